# kernel.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "kernel.ts"
	.file 1 "kernel.ts"
	.text

# function machineFrameOf(virtualAddress)
	.type fn.machineFrameOf,@function
fn.machineFrameOf:
	.loc 1 174 1
	# machineFrameOf: function machineFrameOf(virtualAddress: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	.loc 1 175 5
	# machineFrameOf: return load64(mfnList + Math.floor(virtualAddress / PAGE_SIZE) * 8);
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -8(%rbp), %rax	# virtualAddress
	sarq $12, %rax	# Math.floor(a / 4096)
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_2
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_2
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_3
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_3
.Lreturn_0:
	leave
	ret
.Ltrap_1:
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:175:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_2:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:175:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring2(%rip), %rdi	# trap: kernel.ts:175:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.machineFrameOf, .-fn.machineFrameOf

# function virtualAddressOfFrame(mfn)
	.type fn.virtualAddressOfFrame,@function
fn.virtualAddressOfFrame:
	.loc 1 180 1
	# virtualAddressOfFrame: function virtualAddressOfFrame(mfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mfn
	.loc 1 181 5
	# virtualAddressOfFrame: return machineToPhys(mfn) * PAGE_SIZE;
	movq -8(%rbp), %rax	# mfn
	movabsq $0xFFFF800000000000, %rcx	# machineToPhys: Xen's read-only M2P table
	movq (%rcx,%rax,8), %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_5
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_5
	imulq $4096, %rax	# *
	jo .Ltrap_6
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_6
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_6
.Lreturn_4:
	leave
	ret
.Ltrap_5:
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:181:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_6:
	leaq .Lstring4(%rip), %rdi	# trap: kernel.ts:181:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.virtualAddressOfFrame, .-fn.virtualAddressOfFrame

# function readStartInfo()
	.type fn.readStartInfo,@function
fn.readStartInfo:
	.loc 1 186 1
	# readStartInfo: function readStartInfo(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 187 5
	# readStartInfo: domainPages = load64(startInfo + START_INFO_NR_PAGES);
	movq var.startInfo(%rip), %rax	# startInfo
	addq $32, %rax	# +
	jo .Ltrap_8
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_8
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_8
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_9
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_9
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 188 5
	# readStartInfo: consoleRing = virtualAddressOfFrame(load64(startInfo + START_INFO_CON...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $72, %rax	# +
	jo .Ltrap_10
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_10
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_10
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_11
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_11
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 189 5
	# readStartInfo: consolePort = load32(startInfo + START_INFO_CONSOLE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	addq $80, %rax	# +
	jo .Ltrap_12
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_12
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_12
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 190 5
	# readStartInfo: storeRing = virtualAddressOfFrame(load64(startInfo + START_INFO_STORE...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $56, %rax	# +
	jo .Ltrap_13
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_13
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_13
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_14
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_14
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 191 5
	# readStartInfo: storePort = load32(startInfo + START_INFO_STORE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	addq $64, %rax	# +
	jo .Ltrap_15
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_15
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_15
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.storePort(%rip)	# storePort =
.Lreturn_7:
	leave
	ret
.Ltrap_8:
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:187:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_9:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:187:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_10:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:188:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_11:
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:188:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_12:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:189:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_13:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:190:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_14:
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:190:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring12(%rip), %rdi	# trap: kernel.ts:191:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readStartInfo, .-fn.readStartInfo

# function shutdownForever(reason)
	.type fn.shutdownForever,@function
fn.shutdownForever:
	.loc 1 238 1
	# shutdownForever: function shutdownForever(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 239 5
	# shutdownForever: while (true) {
.Lwhile_17:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_18
	.loc 1 240 9
	# shutdownForever: store32(hypercallArguments, reason);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# reason
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 241 9
	# shutdownForever: hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArguments, 0...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	jmp .Lwhile_17
.Lendwhile_18:
.Lreturn_16:
	leave
	ret
	.size fn.shutdownForever, .-fn.shutdownForever

# function yieldCpu()
	.type fn.yieldCpu,@function
fn.yieldCpu:
	.loc 1 245 1
	# yieldCpu: function yieldCpu(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 246 5
	# yieldCpu: hypercall(HYPERCALL_SCHED_OP, SCHEDOP_YIELD, 0, 0, 0, 0);
	movq $0, %rdi	# SCHEDOP_YIELD
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_19:
	leave
	ret
	.size fn.yieldCpu, .-fn.yieldCpu

# function notifyPort(port)
	.type fn.notifyPort,@function
fn.notifyPort:
	.loc 1 250 1
	# notifyPort: function notifyPort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 251 5
	# notifyPort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 252 5
	# notifyPort: hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_SEND, hypercallArgumen...
	movq $4, %rdi	# EVTCHNOP_SEND
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1024
.Lreturn_20:
	leave
	ret
	.size fn.notifyPort, .-fn.notifyPort

# function pollPorts(port, second, deadlineHigh, deadlineLow)
	.type fn.pollPorts,@function
fn.pollPorts:
	.loc 1 260 1
	# pollPorts: function pollPorts(port: number, second: number, deadlineHigh: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter deadlineHigh
	movq %rcx, -32(%rbp)	# parameter deadlineLow
	.loc 1 261 5
	# pollPorts: store32(pollPortList, port);
	leaq buf.pollPortList(%rip), %rdi	# pollPortList
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 262 5
	# pollPorts: store32(pollPortList + 4, second);
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_22
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_22
	movq %rax, %rdi
	movq -16(%rbp), %rax	# second
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 263 5
	# pollPorts: store64(hypercallArguments, pollPortList);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 264 5
	# pollPorts: store32(hypercallArguments + 8, second === NO_PORT ? 1 : 2);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_23
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_23
	pushq %rax
	movq -16(%rbp), %rax	# second
	cmpq $-1, %rax	# compare with NO_PORT
	jne .Lelse_24
	movq $1, %rax
	jmp .Lendcond_25
.Lelse_24:
	movq $2, %rax
.Lendcond_25:
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 265 5
	# pollPorts: store32(hypercallArguments + 16, deadlineLow);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_26
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_26
	movq %rax, %rdi
	movq -32(%rbp), %rax	# deadlineLow
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 266 5
	# pollPorts: store32(hypercallArguments + 20, deadlineHigh);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $20, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_27
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_27
	movq %rax, %rdi
	movq -24(%rbp), %rax	# deadlineHigh
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 267 5
	# pollPorts: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_POLL, hypercallArguments...
	movq $3, %rdi	# SCHEDOP_POLL
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_21:
	leave
	ret
.Ltrap_22:
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:262:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_23:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:264:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_26:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:265:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_27:
	leaq .Lstring16(%rip), %rdi	# trap: kernel.ts:266:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pollPorts, .-fn.pollPorts

# function allocatePortForDom0()
	.type fn.allocatePortForDom0,@function
fn.allocatePortForDom0:
	.loc 1 273 1
	# allocatePortForDom0: function allocatePortForDom0(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 274 5
	# allocatePortForDom0: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 275 5
	# allocatePortForDom0: store16(hypercallArguments + 2, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $2, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_29
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_29
	movq %rax, %rdi
	movq $0, %rax
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 276 5
	# allocatePortForDom0: store32(hypercallArguments + 4, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_30
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_30
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 277 5
	# allocatePortForDom0: const result = hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_ALLOC_U...
	movq $6, %rdi	# EVTCHNOP_ALLOC_UNBOUND
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1024
	movq %rax, -8(%rbp)	# result
	.loc 1 278 5
	# allocatePortForDom0: return result < 0 ? result : load32(hypercallArguments + 4);
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_31
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_32
.Lelse_31:
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_33
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_33
	movl (%rax), %eax	# load32: read memory at the address in %rax
.Lendcond_32:
.Lreturn_28:
	leave
	ret
.Ltrap_29:
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:275:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_30:
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:276:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_33:
	leaq .Lstring19(%rip), %rdi	# trap: kernel.ts:278:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.allocatePortForDom0, .-fn.allocatePortForDom0

# function closePort(port)
	.type fn.closePort,@function
fn.closePort:
	.loc 1 281 1
	# closePort: function closePort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 282 5
	# closePort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 283 5
	# closePort: hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_CLOSE, hypercallArgume...
	movq $3, %rdi	# EVTCHNOP_CLOSE
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1024
.Lreturn_34:
	leave
	ret
	.size fn.closePort, .-fn.closePort

# function mapPage(virtualAddress, machineAddress)
	.type fn.mapPage,@function
fn.mapPage:
	.loc 1 286 1
	# mapPage: function mapPage(virtualAddress: number, machineAddress: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	movq %rsi, -16(%rbp)	# parameter machineAddress
	.loc 1 287 5
	# mapPage: return hypercall(HYPERCALL_UPDATE_VA_MAPPING, virtualAddress,
	movq -8(%rbp), %rax	# virtualAddress
	pushq %rax
	movq -16(%rbp), %rax	# machineAddress
	addq $3, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_36
	movq %rax, %rsi
	popq %rdi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
.Lreturn_35:
	leave
	ret
.Ltrap_36:
	leaq .Lstring20(%rip), %rdi	# trap: kernel.ts:288:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapPage, .-fn.mapPage

# function hvmParam(index)
	.type fn.hvmParam,@function
fn.hvmParam:
	.loc 1 364 1
	# hvmParam: function hvmParam(index: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	.loc 1 365 5
	# hvmParam: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 366 5
	# hvmParam: store32(hypercallArguments + 4, index);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_38
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_38
	movq %rax, %rdi
	movq -8(%rbp), %rax	# index
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 367 5
	# hvmParam: store64(hypercallArguments + 8, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_39
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_39
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 368 5
	# hvmParam: const result = hypercall(HYPERCALL_HVM_OP, HVMOP_GET_PARAM, hypercall...
	movq $1, %rdi	# HVMOP_GET_PARAM
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1088
	movq %rax, -16(%rbp)	# result
	.loc 1 369 5
	# hvmParam: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_40
	.loc 1 370 9
	# hvmParam: return result;
	movq -16(%rbp), %rax	# result
	jmp .Lreturn_37
.Lelse_40:
	.loc 1 372 5
	# hvmParam: return load64(hypercallArguments + 8);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_41
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_41
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_42
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_42
.Lreturn_37:
	leave
	ret
.Ltrap_38:
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:366:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_39:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:367:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_41:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:372:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_42:
	leaq .Lstring24(%rip), %rdi	# trap: kernel.ts:372:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hvmParam, .-fn.hvmParam

# function placeSharedInfo(address)
	.type fn.placeSharedInfo,@function
fn.placeSharedInfo:
	.loc 1 377 1
	# placeSharedInfo: function placeSharedInfo(address: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	.loc 1 378 5
	# placeSharedInfo: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 379 5
	# placeSharedInfo: store16(hypercallArguments + 2, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $2, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_44
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_44
	movq %rax, %rdi
	movq $0, %rax
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 380 5
	# placeSharedInfo: store32(hypercallArguments + 4, XENMAPSPACE_SHARED_INFO);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_45
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_45
	movq %rax, %rdi
	movq $0, %rax	# XENMAPSPACE_SHARED_INFO
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 381 5
	# placeSharedInfo: store64(hypercallArguments + 8, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_46
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_46
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 382 5
	# placeSharedInfo: store64(hypercallArguments + 16, Math.floor(address / PAGE_SIZE));
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_47
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_47
	pushq %rax
	movq -8(%rbp), %rax	# address
	sarq $12, %rax	# Math.floor(a / 4096)
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 383 5
	# placeSharedInfo: return hypercall(HYPERCALL_MEMORY_OP, XENMEM_ADD_TO_PHYSMAP, hypercal...
	movq $7, %rdi	# XENMEM_ADD_TO_PHYSMAP
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lreturn_43:
	leave
	ret
.Ltrap_44:
	leaq .Lstring25(%rip), %rdi	# trap: kernel.ts:379:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_45:
	leaq .Lstring26(%rip), %rdi	# trap: kernel.ts:380:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_46:
	leaq .Lstring27(%rip), %rdi	# trap: kernel.ts:381:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_47:
	leaq .Lstring28(%rip), %rdi	# trap: kernel.ts:382:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.placeSharedInfo, .-fn.placeSharedInfo

# function currentReservation()
	.type fn.currentReservation,@function
fn.currentReservation:
	.loc 1 386 1
	# currentReservation: function currentReservation(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 387 5
	# currentReservation: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 388 5
	# currentReservation: return hypercall(HYPERCALL_MEMORY_OP, XENMEM_CURRENT_RESERVATION, hyp...
	movq $3, %rdi	# XENMEM_CURRENT_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lreturn_48:
	leave
	ret
	.size fn.currentReservation, .-fn.currentReservation

# function readHvmParams()
	.type fn.readHvmParams,@function
fn.readHvmParams:
	.loc 1 394 1
	# readHvmParams: function readHvmParams(): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 395 5
	# readHvmParams: domainPages = currentReservation();
	call fn.currentReservation
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 396 5
	# readHvmParams: const consolePfn = hvmParam(HVM_PARAM_CONSOLE_PFN);
	movq $17, %rdi	# HVM_PARAM_CONSOLE_PFN
	call fn.hvmParam
	movq %rax, -8(%rbp)	# consolePfn
	.loc 1 397 5
	# readHvmParams: const consoleEvtchn = hvmParam(HVM_PARAM_CONSOLE_EVTCHN);
	movq $18, %rdi	# HVM_PARAM_CONSOLE_EVTCHN
	call fn.hvmParam
	movq %rax, -16(%rbp)	# consoleEvtchn
	.loc 1 398 5
	# readHvmParams: const storePfn = hvmParam(HVM_PARAM_STORE_PFN);
	movq $1, %rdi	# HVM_PARAM_STORE_PFN
	call fn.hvmParam
	movq %rax, -24(%rbp)	# storePfn
	.loc 1 399 5
	# readHvmParams: const storeEvtchn = hvmParam(HVM_PARAM_STORE_EVTCHN);
	movq $2, %rdi	# HVM_PARAM_STORE_EVTCHN
	call fn.hvmParam
	movq %rax, -32(%rbp)	# storeEvtchn
	.loc 1 400 5
	# readHvmParams: consoleRing = consolePfn > 0 ? consolePfn * PAGE_SIZE : 0;
	movq -8(%rbp), %rax	# consolePfn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_50
	movq -8(%rbp), %rax	# consolePfn
	imulq $4096, %rax	# *
	jo .Ltrap_52
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_52
	jmp .Lendcond_51
.Lelse_50:
	movq $0, %rax
.Lendcond_51:
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 401 5
	# readHvmParams: consolePort = consoleEvtchn > 0 ? consoleEvtchn : 0;
	movq -16(%rbp), %rax	# consoleEvtchn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_53
	movq -16(%rbp), %rax	# consoleEvtchn
	jmp .Lendcond_54
.Lelse_53:
	movq $0, %rax
.Lendcond_54:
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 402 5
	# readHvmParams: storeRing = storePfn > 0 ? storePfn * PAGE_SIZE : 0;
	movq -24(%rbp), %rax	# storePfn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_55
	movq -24(%rbp), %rax	# storePfn
	imulq $4096, %rax	# *
	jo .Ltrap_57
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_57
	jmp .Lendcond_56
.Lelse_55:
	movq $0, %rax
.Lendcond_56:
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 403 5
	# readHvmParams: storePort = storeEvtchn > 0 ? storeEvtchn : 0;
	movq -32(%rbp), %rax	# storeEvtchn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_58
	movq -32(%rbp), %rax	# storeEvtchn
	jmp .Lendcond_59
.Lelse_58:
	movq $0, %rax
.Lendcond_59:
	movq %rax, var.storePort(%rip)	# storePort =
	.loc 1 404 5
	# readHvmParams: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_60
	.loc 1 405 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_PFN";
	leaq .Lstring29(%rip), %rax	# "HVM_PARAM_CONSOLE_PFN"
	jmp .Lreturn_49
.Lelse_60:
	.loc 1 407 5
	# readHvmParams: if (consolePort === 0) {
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_61
	.loc 1 408 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_EVTCHN";
	leaq .Lstring30(%rip), %rax	# "HVM_PARAM_CONSOLE_EVTCHN"
	jmp .Lreturn_49
.Lelse_61:
	.loc 1 410 5
	# readHvmParams: if (storeRing === 0) {
	movq var.storeRing(%rip), %rax	# storeRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_62
	.loc 1 411 9
	# readHvmParams: return "HVM_PARAM_STORE_PFN";
	leaq .Lstring31(%rip), %rax	# "HVM_PARAM_STORE_PFN"
	jmp .Lreturn_49
.Lelse_62:
	.loc 1 413 5
	# readHvmParams: if (storePort === 0) {
	movq var.storePort(%rip), %rax	# storePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_63
	.loc 1 414 9
	# readHvmParams: return "HVM_PARAM_STORE_EVTCHN";
	leaq .Lstring32(%rip), %rax	# "HVM_PARAM_STORE_EVTCHN"
	jmp .Lreturn_49
.Lelse_63:
	.loc 1 416 5
	# readHvmParams: return "";
	leaq .Lstring33(%rip), %rax	# ""
.Lreturn_49:
	leave
	ret
.Ltrap_52:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:400:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_57:
	leaq .Lstring35(%rip), %rdi	# trap: kernel.ts:402:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readHvmParams, .-fn.readHvmParams

# function mapSharedInfo()
	.type fn.mapSharedInfo,@function
fn.mapSharedInfo:
	.loc 1 438 1
	# mapSharedInfo: function mapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 439 5
	# mapSharedInfo: const result = bootMode === BOOT_MODE_PVH ? placeSharedInfo(sharedInf...
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_65
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	call fn.placeSharedInfo
	jmp .Lendcond_66
.Lelse_65:
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	addq $40, %rax	# +
	jo .Ltrap_67
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_67
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_67
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_68
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_68
	movq %rax, %rsi
	popq %rdi
	call fn.mapPage
.Lendcond_66:
	movq %rax, -8(%rbp)	# result
	.loc 1 441 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_69
	.loc 1 442 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_69:
	.loc 1 444 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_64:
	leave
	ret
.Ltrap_67:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:440:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_68:
	leaq .Lstring37(%rip), %rdi	# trap: kernel.ts:440:33: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapSharedInfo, .-fn.mapSharedInfo

# function readSystemTime()
	.type fn.readSystemTime,@function
fn.readSystemTime:
	.loc 1 478 1
	# readSystemTime: function readSystemTime(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 479 5
	# readSystemTime: while (true) {
.Lwhile_71:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_72
	.loc 1 480 9
	# readSystemTime: const version = load32(sharedInfoPage + VCPU0_TIME_VERSION);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $32, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_73
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_73
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# version
	.loc 1 481 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 482 9
	# readSystemTime: systemTimeLow = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $48, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_74
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_74
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeLow(%rip)	# systemTimeLow =
	.loc 1 483 9
	# readSystemTime: systemTimeHigh = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME + 4);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $48, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_75
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_75
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_75
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeHigh(%rip)	# systemTimeHigh =
	.loc 1 484 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 485 9
	# readSystemTime: if ((version & 1) === 0 && load32(sharedInfoPage + VCPU0_TIME_VERSION...
	movq -8(%rbp), %rax	# version
	andl $1, %eax	# &
	cmpq $0, %rax	# compare with 0
	jne .Lelse_76
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $32, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_77
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_77
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq -8(%rbp), %rax
	jne .Lelse_76
	.loc 1 486 13
	# readSystemTime: return;
	jmp .Lreturn_70
.Lelse_76:
	jmp .Lwhile_71
.Lendwhile_72:
.Lreturn_70:
	leave
	ret
.Ltrap_73:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:480:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_74:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:482:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_75:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:483:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_77:
	leaq .Lstring41(%rip), %rdi	# trap: kernel.ts:485:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readSystemTime, .-fn.readSystemTime

# function addToTickDeadline(nanoseconds)
	.type fn.addToTickDeadline,@function
fn.addToTickDeadline:
	.loc 1 492 1
	# addToTickDeadline: function addToTickDeadline(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 493 5
	# addToTickDeadline: tickDeadlineLow = tickDeadlineLow + nanoseconds;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	addq -8(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_79
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 494 5
	# addToTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_80
	.loc 1 495 9
	# addToTickDeadline: tickDeadlineLow = tickDeadlineLow - UINT32_MODULUS;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	subq %rdi, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_81
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 496 9
	# addToTickDeadline: tickDeadlineHigh = tickDeadlineHigh + 1;
	movq var.tickDeadlineHigh(%rip), %rax	# tickDeadlineHigh
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_82
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
.Lelse_80:
.Lreturn_78:
	leave
	ret
.Ltrap_79:
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:493:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_81:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:495:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_82:
	leaq .Lstring44(%rip), %rdi	# trap: kernel.ts:496:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.addToTickDeadline, .-fn.addToTickDeadline

# function setTickDeadlineAfterSystemTime(nanoseconds)
	.type fn.setTickDeadlineAfterSystemTime,@function
fn.setTickDeadlineAfterSystemTime:
	.loc 1 501 1
	# setTickDeadlineAfterSystemTime: function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 502 5
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = systemTimeHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
	.loc 1 503 5
	# setTickDeadlineAfterSystemTime: tickDeadlineLow = systemTimeLow;
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 504 5
	# setTickDeadlineAfterSystemTime: addToTickDeadline(nanoseconds);
	movq -8(%rbp), %rdi	# nanoseconds
	call fn.addToTickDeadline
.Lreturn_83:
	leave
	ret
	.size fn.setTickDeadlineAfterSystemTime, .-fn.setTickDeadlineAfterSystemTime

# function startTicking()
	.type fn.startTicking,@function
fn.startTicking:
	.loc 1 507 1
	# startTicking: function startTicking(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 508 5
	# startTicking: readSystemTime();
	call fn.readSystemTime
	.loc 1 509 5
	# startTicking: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lreturn_84:
	leave
	ret
	.size fn.startTicking, .-fn.startTicking

# function advanceTickDeadline()
	.type fn.advanceTickDeadline,@function
fn.advanceTickDeadline:
	.loc 1 513 1
	# advanceTickDeadline: function advanceTickDeadline(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 514 5
	# advanceTickDeadline: addToTickDeadline(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.addToTickDeadline
	.loc 1 517 5
	# advanceTickDeadline: readSystemTime();
	call fn.readSystemTime
	.loc 1 518 5
	# advanceTickDeadline: const behindHigh = systemTimeHigh - tickDeadlineHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	subq var.tickDeadlineHigh(%rip), %rax	# -
	movq %rax, -8(%rbp)	# behindHigh
	.loc 1 519 5
	# advanceTickDeadline: if (behindHigh > 1 || (behindHigh >= 0 &&
	movq -8(%rbp), %rax	# behindHigh
	cmpq $1, %rax	# compare with 1
	jg .Lskip_87
	movq -8(%rbp), %rax	# behindHigh
	cmpq $0, %rax	# compare with 0
	jl .Lelse_86
	movq -8(%rbp), %rax	# behindHigh
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	imulq %rdi, %rax	# *
	pushq %rax
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	subq var.tickDeadlineLow(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_88
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_89
	cmpq $1000000000, %rax	# compare with TICK_PERIOD_NS
	jle .Lelse_86
.Lskip_87:
	.loc 1 521 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_86:
.Lreturn_85:
	leave
	ret
.Ltrap_88:
	leaq .Lstring45(%rip), %rdi	# trap: kernel.ts:520:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_89:
	leaq .Lstring46(%rip), %rdi	# trap: kernel.ts:520:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.advanceTickDeadline, .-fn.advanceTickDeadline

# function portPending(port)
	.type fn.portPending,@function
fn.portPending:
	.loc 1 545 1
	# portPending: function portPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 546 5
	# portPending: return testAndClearBit(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING, p...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $2048, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_91
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_91
	movq %rax, %rdi
	movq -8(%rbp), %rax	# port
	lock btrq %rax, (%rdi)	# testAndClearBit: atomically clear the bit, old value in CF
	setc %al
	movzbl %al, %eax
.Lreturn_90:
	leave
	ret
.Ltrap_91:
	leaq .Lstring47(%rip), %rdi	# trap: kernel.ts:546:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portPending, .-fn.portPending

# function portStillPending(port)
	.type fn.portStillPending,@function
fn.portStillPending:
	.loc 1 550 1
	# portStillPending: function portStillPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 551 5
	# portStillPending: const byte = load8(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING + (por...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $2048, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_93
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_93
	pushq %rax
	movq -8(%rbp), %rax	# port
	shrl $3, %eax	# >>> (a uint32)
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_93
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 552 5
	# portStillPending: return (byte & (1 << (port & 7))) !== 0;
	movq -8(%rbp), %rax	# port
	andl $7, %eax	# &
	movq %rax, %rdi
	movq $1, %rax
	movl %edi, %ecx	# << (count mod 32)
	shll %cl, %eax
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	andl %edi, %eax	# &
	cmpq $0, %rax	# compare with 0
	setne %al	# !==
	movzbl %al, %eax
.Lreturn_92:
	leave
	ret
.Ltrap_93:
	leaq .Lstring48(%rip), %rdi	# trap: kernel.ts:551:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portStillPending, .-fn.portStillPending

# function waitOnPort(port)
	.type fn.waitOnPort,@function
fn.waitOnPort:
	.loc 1 558 1
	# waitOnPort: function waitOnPort(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 559 5
	# waitOnPort: return waitOnPorts(port, NO_PORT);
	movq -8(%rbp), %rdi	# port
	movq $-1, %rsi	# NO_PORT
	call fn.waitOnPorts
.Lreturn_94:
	leave
	ret
	.size fn.waitOnPort, .-fn.waitOnPort

# function waitOnPorts(port, second)
	.type fn.waitOnPorts,@function
fn.waitOnPorts:
	.loc 1 565 1
	# waitOnPorts: function waitOnPorts(port: number, second: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter second
	.loc 1 569 5
	# waitOnPorts: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_96
	.loc 1 570 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 571 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_95
.Lelse_96:
	.loc 1 576 5
	# waitOnPorts: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_97
	.loc 1 577 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_95
.Lelse_97:
	.loc 1 579 5
	# waitOnPorts: if (pollPorts(port, second, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq -16(%rbp), %rsi	# second
	movq var.tickDeadlineHigh(%rip), %rdx	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rcx	# tickDeadlineLow
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_98
	.loc 1 580 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 581 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_95
.Lelse_98:
	.loc 1 586 5
	# waitOnPorts: if (portStillPending(port) || (second !== NO_PORT && portStillPending...
	movq -8(%rbp), %rdi	# port
	call fn.portStillPending
	testq %rax, %rax
	jne .Lskip_100
	movq -16(%rbp), %rax	# second
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_99
	movq -16(%rbp), %rdi	# second
	call fn.portStillPending
	testq %rax, %rax
	je .Lelse_99
.Lskip_100:
	.loc 1 587 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_95
.Lelse_99:
	.loc 1 590 5
	# waitOnPorts: ticksOwed = ticksOwed + 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_101
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 591 5
	# waitOnPorts: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 592 5
	# waitOnPorts: return true;
	movq $1, %rax	# true
.Lreturn_95:
	leave
	ret
.Ltrap_101:
	leaq .Lstring49(%rip), %rdi	# trap: kernel.ts:590:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.waitOnPorts, .-fn.waitOnPorts

# function consoleBytesQueued()
	.type fn.consoleBytesQueued,@function
fn.consoleBytesQueued:
	.loc 1 636 1
	# consoleBytesQueued: function consoleBytesQueued(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 637 5
	# consoleBytesQueued: const consumer = load32(consoleRing + CONSOLE_OUT_CONS);
	movq var.consoleRing(%rip), %rax	# consoleRing
	addq $3080, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_103
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 638 5
	# consoleBytesQueued: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	addq $3084, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_104
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 639 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 640 5
	# consoleBytesQueued: const queued = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	subq -8(%rbp), %rax	# -
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	movq %rax, -24(%rbp)	# queued
	.loc 1 641 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_105
	.loc 1 642 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_102
.Lelse_105:
	.loc 1 644 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_102:
	leave
	ret
.Ltrap_103:
	leaq .Lstring50(%rip), %rdi	# trap: kernel.ts:637:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_104:
	leaq .Lstring51(%rip), %rdi	# trap: kernel.ts:638:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleBytesQueued, .-fn.consoleBytesQueued

# function consolePutRaw(byte)
	.type fn.consolePutRaw,@function
fn.consolePutRaw:
	.loc 1 651 1
	# consolePutRaw: function consolePutRaw(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 652 5
	# consolePutRaw: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_107
	.loc 1 653 9
	# consolePutRaw: return;
	jmp .Lreturn_106
.Lelse_107:
	.loc 1 655 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 656 5
	# consolePutRaw: while (true) {
.Lwhile_108:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_109
	.loc 1 657 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 658 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_110
	.loc 1 659 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_111
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 660 13
	# consolePutRaw: return;
	jmp .Lreturn_106
.Lelse_110:
	.loc 1 662 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_112
	.loc 1 663 13
	# consolePutRaw: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	addq $3084, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_113
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# producer
	.loc 1 664 13
	# consolePutRaw: store8(consoleRing + CONSOLE_OUT + (producer & (CONSOLE_OUT_SIZE - 1)...
	movq var.consoleRing(%rip), %rax	# consoleRing
	addq $1024, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_114
	pushq %rax
	movq $2048, %rax	# CONSOLE_OUT_SIZE
	subq $1, %rax	# -
	movq %rax, %rdi
	movq -32(%rbp), %rax	# producer
	andl %edi, %eax	# &
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_114
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 665 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 666 13
	# consolePutRaw: store32(consoleRing + CONSOLE_OUT_PROD, (producer + 1) >>> 0);
	movq var.consoleRing(%rip), %rax	# consoleRing
	addq $3084, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_115
	pushq %rax
	movq -32(%rbp), %rax	# producer
	addq $1, %rax	# +
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 667 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 668 13
	# consolePutRaw: return;
	jmp .Lreturn_106
.Lelse_112:
	.loc 1 670 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_117
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_116
.Lskip_117:
	.loc 1 671 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_118
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 672 13
	# consolePutRaw: return;
	jmp .Lreturn_106
.Lelse_116:
	.loc 1 674 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 675 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_119
	.loc 1 676 13
	# consolePutRaw: stallTicks = stallTicks + 1;
	movq -16(%rbp), %rax	# stallTicks
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_120
	movq %rax, -16(%rbp)	# stallTicks =
	.loc 1 677 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_121
	.loc 1 678 17
	# consolePutRaw: consoleStalled = true;
	movq $1, %rax	# true
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
.Lelse_121:
.Lelse_119:
	jmp .Lwhile_108
.Lendwhile_109:
.Lreturn_106:
	leave
	ret
.Ltrap_111:
	leaq .Lstring52(%rip), %rdi	# trap: kernel.ts:659:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_113:
	leaq .Lstring53(%rip), %rdi	# trap: kernel.ts:663:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_114:
	leaq .Lstring54(%rip), %rdi	# trap: kernel.ts:664:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_115:
	leaq .Lstring55(%rip), %rdi	# trap: kernel.ts:666:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_118:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:671:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_120:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:676:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consolePutRaw, .-fn.consolePutRaw

# function consolePut(byte)
	.type fn.consolePut,@function
fn.consolePut:
	.loc 1 685 1
	# consolePut: function consolePut(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 686 5
	# consolePut: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_123
	.loc 1 687 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_123:
	.loc 1 689 5
	# consolePut: consolePutRaw(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePutRaw
.Lreturn_122:
	leave
	ret
	.size fn.consolePut, .-fn.consolePut

# function endLine()
	.type fn.endLine,@function
fn.endLine:
	.loc 1 693 1
	# endLine: function endLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 694 5
	# endLine: consolePut(10);
	movq $10, %rdi
	call fn.consolePut
	.loc 1 695 5
	# endLine: if (consoleRing !== 0 && consolePort !== 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lelse_125
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_125
	.loc 1 696 9
	# endLine: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
.Lelse_125:
.Lreturn_124:
	leave
	ret
	.size fn.endLine, .-fn.endLine

# function consoleDrain()
	.type fn.consoleDrain,@function
fn.consoleDrain:
	.loc 1 705 1
	# consoleDrain: function consoleDrain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 706 5
	# consoleDrain: if (consoleRing === 0 || consolePort === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lskip_128
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_127
.Lskip_128:
	.loc 1 707 9
	# consoleDrain: return;
	jmp .Lreturn_126
.Lelse_127:
	.loc 1 709 5
	# consoleDrain: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 710 5
	# consoleDrain: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# stallTicks
	.loc 1 711 5
	# consoleDrain: let blindWaits = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# blindWaits
	.loc 1 712 5
	# consoleDrain: while (consoleBytesQueued() > 0 && stallTicks < CONSOLE_STALL_TICKS &&
.Lwhile_129:
	call fn.consoleBytesQueued
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_130
	movq -8(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jge .Lendwhile_130
	movq -16(%rbp), %rax	# blindWaits
	cmpq $100000, %rax	# compare with CONSOLE_BLIND_WAITS
	jge .Lendwhile_130
	.loc 1 714 9
	# consoleDrain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_131
	.loc 1 715 13
	# consoleDrain: blindWaits = blindWaits + 1;
	movq -16(%rbp), %rax	# blindWaits
	addq $1, %rax	# +
	movq %rax, -16(%rbp)	# blindWaits =
.Lelse_131:
	.loc 1 717 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_132
	.loc 1 718 13
	# consoleDrain: stallTicks = stallTicks + 1;
	movq -8(%rbp), %rax	# stallTicks
	addq $1, %rax	# +
	movq %rax, -8(%rbp)	# stallTicks =
.Lelse_132:
	jmp .Lwhile_129
.Lendwhile_130:
.Lreturn_126:
	leave
	ret
	.size fn.consoleDrain, .-fn.consoleDrain

# function print(text)
	.type fn.print,@function
fn.print:
	.loc 1 735 1
	# print: function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 736 5
	# print: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_134:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_136
	.loc 1 737 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_135:
	.loc 1 736 38
	# print: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_137
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_134
.Lendfor_136:
.Lreturn_133:
	leave
	ret
.Ltrap_137:
	leaq .Lstring58(%rip), %rdi	# trap: kernel.ts:736:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.print, .-fn.print

# function log(text)
	.type fn.log,@function
fn.log:
	.loc 1 741 1
	# log: function log(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 742 5
	# log: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 743 5
	# log: endLine();
	call fn.endLine
.Lreturn_138:
	leave
	ret
	.size fn.log, .-fn.log

# function printDecimal(value)
	.type fn.printDecimal,@function
fn.printDecimal:
	.loc 1 746 1
	# printDecimal: function printDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 747 5
	# printDecimal: if (value < 0) {
	movq -8(%rbp), %rax	# value
	cmpq $0, %rax	# compare with 0
	jge .Lelse_140
	.loc 1 748 9
	# printDecimal: consolePut(45);
	movq $45, %rdi
	call fn.consolePut
	.loc 1 749 9
	# printDecimal: printDecimal(-value);
	movq -8(%rbp), %rax	# value
	negq %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 750 9
	# printDecimal: return;
	jmp .Lreturn_139
.Lelse_140:
	.loc 1 752 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_141
	.loc 1 753 9
	# printDecimal: printDecimal(Math.floor(value / 10));
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_142
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_142
	subq $1, %rax	# then the floor is one below
.Lfloored_142:
	movq %rax, %rdi
	call fn.printDecimal
.Lelse_141:
	.loc 1 755 5
	# printDecimal: consolePut(48 + (value % 10));
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# % (sign of the dividend, as JS)
	idivq %rdi
	movq %rdx, %rax
	movq %rax, %rdi
	movq $48, %rax
	addq %rdi, %rax	# +
	movq %rax, %rdi
	call fn.consolePut
.Lreturn_139:
	leave
	ret
	.size fn.printDecimal, .-fn.printDecimal

# function hexDigit(nibble)
	.type fn.hexDigit,@function
fn.hexDigit:
	.loc 1 758 1
	# hexDigit: function hexDigit(nibble: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nibble
	.loc 1 759 5
	# hexDigit: return nibble < 10 ? 48 + nibble : 87 + nibble;
	movq -8(%rbp), %rax	# nibble
	cmpq $10, %rax	# compare with 10
	jge .Lelse_144
	movq $48, %rax
	addq -8(%rbp), %rax	# +
	jmp .Lendcond_145
.Lelse_144:
	movq $87, %rax
	addq -8(%rbp), %rax	# +
.Lendcond_145:
.Lreturn_143:
	leave
	ret
	.size fn.hexDigit, .-fn.hexDigit

# function printEscapedByte(byte)
	.type fn.printEscapedByte,@function
fn.printEscapedByte:
	.loc 1 762 1
	# printEscapedByte: function printEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 763 5
	# printEscapedByte: if (byte === 34 || byte === 92) {            // '"' and '\'
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_148
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_147
.Lskip_148:
	.loc 1 764 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 765 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_149
.Lelse_147:
	.loc 1 766 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_150
	.loc 1 767 9
	# printEscapedByte: print("\\n");
	leaq .Lstring59(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_151
.Lelse_150:
	.loc 1 768 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_152
	.loc 1 769 9
	# printEscapedByte: print("\\r");
	leaq .Lstring60(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_153
.Lelse_152:
	.loc 1 770 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_154
	.loc 1 771 9
	# printEscapedByte: print("\\t");
	leaq .Lstring61(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_155
.Lelse_154:
	.loc 1 772 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_156
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_156
	.loc 1 773 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_157
.Lelse_156:
	.loc 1 775 9
	# printEscapedByte: print("\\x");
	leaq .Lstring62(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 776 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	shrl $4, %eax	# >>> (a uint32)
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 777 9
	# printEscapedByte: consolePut(hexDigit(byte & 15));
	movq -8(%rbp), %rax	# byte
	andl $15, %eax	# &
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
.Lendif_157:
.Lendif_155:
.Lendif_153:
.Lendif_151:
.Lendif_149:
.Lreturn_146:
	leave
	ret
	.size fn.printEscapedByte, .-fn.printEscapedByte

# function printQuoted(address, length)
	.type fn.printQuoted,@function
fn.printQuoted:
	.loc 1 782 1
	# printQuoted: function printQuoted(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 783 5
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
	.loc 1 784 5
	# printQuoted: const shown = length > DISPLAY_LIMIT ? DISPLAY_LIMIT : length;
	movq -16(%rbp), %rax	# length
	cmpq $120, %rax	# compare with DISPLAY_LIMIT
	jle .Lelse_159
	movq $120, %rax	# DISPLAY_LIMIT
	jmp .Lendcond_160
.Lelse_159:
	movq -16(%rbp), %rax	# length
.Lendcond_160:
	movq %rax, -24(%rbp)	# shown
	.loc 1 785 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_161:
	movq -32(%rbp), %rax	# i
	cmpq -24(%rbp), %rax
	jge .Lendfor_163
	.loc 1 786 9
	# printQuoted: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_164
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_164
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printEscapedByte
.Lfornext_162:
	.loc 1 785 32
	# printQuoted: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_161
.Lendfor_163:
	.loc 1 788 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	cmpq -16(%rbp), %rax
	jge .Lelse_165
	.loc 1 789 9
	# printQuoted: print("...\" (");
	leaq .Lstring63(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 790 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 791 9
	# printQuoted: print(" bytes)");
	leaq .Lstring64(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_166
.Lelse_165:
	.loc 1 793 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_166:
.Lreturn_158:
	leave
	ret
.Ltrap_164:
	leaq .Lstring65(%rip), %rdi	# trap: kernel.ts:786:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printQuoted, .-fn.printQuoted

# function printBytes(address, length)
	.type fn.printBytes,@function
fn.printBytes:
	.loc 1 798 1
	# printBytes: function printBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 799 5
	# printBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_168:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_170
	.loc 1 800 9
	# printBytes: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_171
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printEscapedByte
.Lfornext_169:
	.loc 1 799 33
	# printBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_168
.Lendfor_170:
.Lreturn_167:
	leave
	ret
.Ltrap_171:
	leaq .Lstring66(%rip), %rdi	# trap: kernel.ts:800:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBytes, .-fn.printBytes

# function logErrno(text, errno)
	.type fn.logErrno,@function
fn.logErrno:
	.loc 1 804 1
	# logErrno: function logErrno(text: string, errno: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	movq %rsi, -16(%rbp)	# parameter errno
	.loc 1 805 5
	# logErrno: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 806 5
	# logErrno: printDecimal(errno);
	movq -16(%rbp), %rdi	# errno
	call fn.printDecimal
	.loc 1 807 5
	# logErrno: endLine();
	call fn.endLine
.Lreturn_172:
	leave
	ret
	.size fn.logErrno, .-fn.logErrno

# function copyBytes(destination, source, length)
	.type fn.copyBytes,@function
fn.copyBytes:
	.loc 1 810 1
	# copyBytes: function copyBytes(destination: number, source: number, length: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter source
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 811 5
	# copyBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_174:
	movq -32(%rbp), %rax	# i
	cmpq -24(%rbp), %rax
	jge .Lendfor_176
	.loc 1 812 9
	# copyBytes: store8(destination + i, load8(source + i));
	movq -8(%rbp), %rax	# destination
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_177
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_177
	pushq %rax
	movq -16(%rbp), %rax	# source
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_178
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_178
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_175:
	.loc 1 811 33
	# copyBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_174
.Lendfor_176:
.Lreturn_173:
	leave
	ret
.Ltrap_177:
	leaq .Lstring67(%rip), %rdi	# trap: kernel.ts:812:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_178:
	leaq .Lstring68(%rip), %rdi	# trap: kernel.ts:812:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.copyBytes, .-fn.copyBytes

# function bytesEqual(address, length, word)
	.type fn.bytesEqual,@function
fn.bytesEqual:
	.loc 1 817 1
	# bytesEqual: function bytesEqual(address: number, length: number, word: string): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter word
	.loc 1 818 5
	# bytesEqual: if (length !== word.length) {
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# length
	cmpq %rdi, %rax
	je .Lelse_180
	.loc 1 819 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_179
.Lelse_180:
	.loc 1 821 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_181:
	movq -32(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_183
	.loc 1 822 9
	# bytesEqual: if (load8(address + i) !== word.charCodeAt(i)) {
	movq -8(%rbp), %rax	# address
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_185
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_185
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq -32(%rbp), %rdi
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_186
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_184
	.loc 1 823 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_179
.Lelse_184:
.Lfornext_182:
	.loc 1 821 33
	# bytesEqual: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_181
.Lendfor_183:
	.loc 1 826 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_179:
	leave
	ret
.Ltrap_185:
	leaq .Lstring69(%rip), %rdi	# trap: kernel.ts:822:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_186:
	leaq .Lstring70(%rip), %rdi	# trap: kernel.ts:822:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesEqual, .-fn.bytesEqual

# function bytesMatch(first, second, length)
	.type fn.bytesMatch,@function
fn.bytesMatch:
	.loc 1 830 1
	# bytesMatch: function bytesMatch(first: number, second: number, length: number): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter first
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 831 5
	# bytesMatch: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_188:
	movq -32(%rbp), %rax	# i
	cmpq -24(%rbp), %rax
	jge .Lendfor_190
	.loc 1 832 9
	# bytesMatch: if (load8(first + i) !== load8(second + i)) {
	movq -8(%rbp), %rax	# first
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_192
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -16(%rbp), %rax	# second
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_193
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_193
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_191
	.loc 1 833 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_187
.Lelse_191:
.Lfornext_189:
	.loc 1 831 33
	# bytesMatch: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_188
.Lendfor_190:
	.loc 1 836 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_187:
	leave
	ret
.Ltrap_192:
	leaq .Lstring71(%rip), %rdi	# trap: kernel.ts:832:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_193:
	leaq .Lstring72(%rip), %rdi	# trap: kernel.ts:832:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesMatch, .-fn.bytesMatch

# function decimalFromBytes(address, length)
	.type fn.decimalFromBytes,@function
fn.decimalFromBytes:
	.loc 1 840 1
	# decimalFromBytes: function decimalFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 841 5
	# decimalFromBytes: if (length === 0 || length > 9) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_196
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_195
.Lskip_196:
	.loc 1 842 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_194
.Lelse_195:
	.loc 1 844 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 845 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_197:
	movq -32(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_199
	.loc 1 846 9
	# decimalFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_200
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_200
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 847 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_202
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_201
.Lskip_202:
	.loc 1 848 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_194
.Lelse_201:
	.loc 1 850 9
	# decimalFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	imulq $10, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_203
	pushq %rax
	movq -40(%rbp), %rax	# byte
	subq $48, %rax	# -
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_203
	movq %rax, -24(%rbp)	# value =
.Lfornext_198:
	.loc 1 845 33
	# decimalFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_197
.Lendfor_199:
	.loc 1 852 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_194:
	leave
	ret
.Ltrap_200:
	leaq .Lstring73(%rip), %rdi	# trap: kernel.ts:846:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_203:
	leaq .Lstring74(%rip), %rdi	# trap: kernel.ts:850:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalFromBytes, .-fn.decimalFromBytes

# function decimalIntoBytes(address, value)
	.type fn.decimalIntoBytes,@function
fn.decimalIntoBytes:
	.loc 1 856 1
	# decimalIntoBytes: function decimalIntoBytes(address: number, value: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 857 5
	# decimalIntoBytes: let digits = 1;
	movq $1, %rax
	movq %rax, -24(%rbp)	# digits
	.loc 1 858 5
	# decimalIntoBytes: for (let bigger = value; bigger >= 10; bigger = Math.floor(bigger / 1...
	movq -16(%rbp), %rax	# value
	movq %rax, -32(%rbp)	# bigger
.Lfor_205:
	movq -32(%rbp), %rax	# bigger
	cmpq $10, %rax	# compare with 10
	jl .Lendfor_207
	.loc 1 859 9
	# decimalIntoBytes: digits = digits + 1;
	movq -24(%rbp), %rax	# digits
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_208
	movq %rax, -24(%rbp)	# digits =
.Lfornext_206:
	.loc 1 858 44
	# decimalIntoBytes: bigger = Math.floor(bigger / 10)
	movq -32(%rbp), %rax	# bigger
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_209
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_209
	subq $1, %rax	# then the floor is one below
.Lfloored_209:
	movq %rax, -32(%rbp)	# bigger =
	jmp .Lfor_205
.Lendfor_207:
	.loc 1 861 5
	# decimalIntoBytes: let rest = value;
	movq -16(%rbp), %rax	# value
	movq %rax, -40(%rbp)	# rest
	.loc 1 862 5
	# decimalIntoBytes: for (let i = digits - 1; i >= 0; i--) {
	movq -24(%rbp), %rax	# digits
	subq $1, %rax	# -
	movq %rax, -48(%rbp)	# i
.Lfor_210:
	movq -48(%rbp), %rax	# i
	cmpq $0, %rax	# compare with 0
	jl .Lendfor_212
	.loc 1 863 9
	# decimalIntoBytes: store8(address + i, 48 + (rest % 10));
	movq -8(%rbp), %rax	# address
	addq -48(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_213
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_213
	pushq %rax
	movq -40(%rbp), %rax	# rest
	movq $10, %rdi
	cqo	# % (sign of the dividend, as JS)
	idivq %rdi
	movq %rdx, %rax
	movq %rax, %rdi
	movq $48, %rax
	addq %rdi, %rax	# +
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 864 9
	# decimalIntoBytes: rest = Math.floor(rest / 10);
	movq -40(%rbp), %rax	# rest
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_214
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_214
	subq $1, %rax	# then the floor is one below
.Lfloored_214:
	movq %rax, -40(%rbp)	# rest =
.Lfornext_211:
	.loc 1 862 38
	# decimalIntoBytes: i--
	movq -48(%rbp), %rax	# i
	subq $1, %rax	# --
	movq %rax, -48(%rbp)	# i =
	jmp .Lfor_210
.Lendfor_212:
	.loc 1 866 5
	# decimalIntoBytes: return digits;
	movq -24(%rbp), %rax	# digits
.Lreturn_204:
	leave
	ret
.Ltrap_208:
	leaq .Lstring75(%rip), %rdi	# trap: kernel.ts:859:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_213:
	leaq .Lstring76(%rip), %rdi	# trap: kernel.ts:863:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalIntoBytes, .-fn.decimalIntoBytes

# function bytesStartWith(address, length, prefix)
	.type fn.bytesStartWith,@function
fn.bytesStartWith:
	.loc 1 869 1
	# bytesStartWith: function bytesStartWith(address: number, length: number, prefix: stri...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter prefix
	.loc 1 870 5
	# bytesStartWith: if (length < prefix.length) {
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# length
	cmpq %rdi, %rax
	jge .Lelse_216
	.loc 1 871 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_215
.Lelse_216:
	.loc 1 873 5
	# bytesStartWith: return bytesEqual(address, prefix.length, prefix);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -24(%rbp), %rdx	# prefix
	call fn.bytesEqual
.Lreturn_215:
	leave
	ret
	.size fn.bytesStartWith, .-fn.bytesStartWith

# function storeErrorName(code)
	.type fn.storeErrorName,@function
fn.storeErrorName:
	.loc 1 970 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 971 5
	# storeErrorName: switch (code) {
	movq -8(%rbp), %rax	# code
	cmpq $-1, %rax	# case XSE_EINVAL
	je .Lcase_219
	cmpq $-2, %rax	# case XSE_EACCES
	je .Lcase_220
	cmpq $-3, %rax	# case XSE_EEXIST
	je .Lcase_221
	cmpq $-4, %rax	# case XSE_EISDIR
	je .Lcase_222
	cmpq $-5, %rax	# case XSE_ENOENT
	je .Lcase_223
	cmpq $-6, %rax	# case XSE_ENOMEM
	je .Lcase_224
	cmpq $-7, %rax	# case XSE_ENOSPC
	je .Lcase_225
	cmpq $-8, %rax	# case XSE_EIO
	je .Lcase_226
	cmpq $-9, %rax	# case XSE_ENOTEMPTY
	je .Lcase_227
	cmpq $-10, %rax	# case XSE_ENOSYS
	je .Lcase_228
	cmpq $-11, %rax	# case XSE_EROFS
	je .Lcase_229
	cmpq $-12, %rax	# case XSE_EBUSY
	je .Lcase_230
	cmpq $-13, %rax	# case XSE_EAGAIN
	je .Lcase_231
	cmpq $-14, %rax	# case XSE_EISCONN
	je .Lcase_232
	cmpq $-15, %rax	# case XSE_E2BIG
	je .Lcase_233
	cmpq $-16, %rax	# case XSE_EPERM
	je .Lcase_234
	cmpq $-18, %rax	# case XSE_PROTOCOL
	je .Lcase_235
	cmpq $-19, %rax	# case XSE_TIMEOUT
	je .Lcase_236
	jmp .Lcase_237
.Lcase_219:
	.loc 1 972 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring77(%rip), %rax	# "EINVAL"
	jmp .Lreturn_217
.Lcase_220:
	.loc 1 973 26
	# storeErrorName: return "EACCES";
	leaq .Lstring78(%rip), %rax	# "EACCES"
	jmp .Lreturn_217
.Lcase_221:
	.loc 1 974 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring79(%rip), %rax	# "EEXIST"
	jmp .Lreturn_217
.Lcase_222:
	.loc 1 975 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring80(%rip), %rax	# "EISDIR"
	jmp .Lreturn_217
.Lcase_223:
	.loc 1 976 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring81(%rip), %rax	# "ENOENT"
	jmp .Lreturn_217
.Lcase_224:
	.loc 1 977 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring82(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_217
.Lcase_225:
	.loc 1 978 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring83(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_217
.Lcase_226:
	.loc 1 979 23
	# storeErrorName: return "EIO";
	leaq .Lstring84(%rip), %rax	# "EIO"
	jmp .Lreturn_217
.Lcase_227:
	.loc 1 980 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring85(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_217
.Lcase_228:
	.loc 1 981 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring86(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_217
.Lcase_229:
	.loc 1 982 25
	# storeErrorName: return "EROFS";
	leaq .Lstring87(%rip), %rax	# "EROFS"
	jmp .Lreturn_217
.Lcase_230:
	.loc 1 983 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring88(%rip), %rax	# "EBUSY"
	jmp .Lreturn_217
.Lcase_231:
	.loc 1 984 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring89(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_217
.Lcase_232:
	.loc 1 985 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring90(%rip), %rax	# "EISCONN"
	jmp .Lreturn_217
.Lcase_233:
	.loc 1 986 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring91(%rip), %rax	# "E2BIG"
	jmp .Lreturn_217
.Lcase_234:
	.loc 1 987 25
	# storeErrorName: return "EPERM";
	leaq .Lstring92(%rip), %rax	# "EPERM"
	jmp .Lreturn_217
.Lcase_235:
	.loc 1 988 28
	# storeErrorName: return "protocol error";
	leaq .Lstring93(%rip), %rax	# "protocol error"
	jmp .Lreturn_217
.Lcase_236:
	.loc 1 989 27
	# storeErrorName: return "no reply";
	leaq .Lstring94(%rip), %rax	# "no reply"
	jmp .Lreturn_217
.Lcase_237:
	.loc 1 990 18
	# storeErrorName: return "unknown error";
	leaq .Lstring95(%rip), %rax	# "unknown error"
	jmp .Lreturn_217
.Lendswitch_218:
.Lreturn_217:
	leave
	ret
	.size fn.storeErrorName, .-fn.storeErrorName

# function storeErrorFromReply(address, length)
	.type fn.storeErrorFromReply,@function
fn.storeErrorFromReply:
	.loc 1 995 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 996 5
	# storeErrorFromReply: const nameLength = length > 0 && load8(address + length - 1) === 0 ? ...
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_239
	movq -8(%rbp), %rax	# address
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_241
	subq $1, %rax	# -
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_239
	movq -16(%rbp), %rax	# length
	subq $1, %rax	# -
	jmp .Lendcond_240
.Lelse_239:
	movq -16(%rbp), %rax	# length
.Lendcond_240:
	movq %rax, -24(%rbp)	# nameLength
	.loc 1 997 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_242:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_244
	.loc 1 998 9
	# storeErrorFromReply: if (bytesEqual(address, nameLength, storeErrorName(code))) {
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# nameLength
	pushq %rax
	movq -32(%rbp), %rdi	# code
	call fn.storeErrorName
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_245
	.loc 1 999 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_238
.Lelse_245:
.Lfornext_243:
	.loc 1 997 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_242
.Lendfor_244:
	.loc 1 1002 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_238:
	leave
	ret
.Ltrap_241:
	leaq .Lstring96(%rip), %rdi	# trap: kernel.ts:996:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 1028 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 1029 5
	# requestBegin: store32(storeRequest + XS_HEADER_TYPE, type);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_247
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_247
	movq %rax, %rdi
	movq -8(%rbp), %rax	# type
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1030 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 1031 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_246:
	leave
	ret
.Ltrap_247:
	leaq .Lstring97(%rip), %rdi	# trap: kernel.ts:1029:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 1034 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1035 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_249
	.loc 1 1036 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 1037 9
	# requestAppendByte: return;
	jmp .Lreturn_248
.Lelse_249:
	.loc 1 1039 5
	# requestAppendByte: store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_250
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_250
	addq var.storeRequestLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_250
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 1040 5
	# requestAppendByte: storeRequestLength = storeRequestLength + 1;
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_251
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
.Lreturn_248:
	leave
	ret
.Ltrap_250:
	leaq .Lstring98(%rip), %rdi	# trap: kernel.ts:1039:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_251:
	leaq .Lstring99(%rip), %rdi	# trap: kernel.ts:1040:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendText(text)
	.type fn.requestAppendText,@function
fn.requestAppendText:
	.loc 1 1044 1
	# requestAppendText: function requestAppendText(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1045 5
	# requestAppendText: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_253:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_255
	.loc 1 1046 9
	# requestAppendText: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_254:
	.loc 1 1045 38
	# requestAppendText: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_253
.Lendfor_255:
.Lreturn_252:
	leave
	ret
	.size fn.requestAppendText, .-fn.requestAppendText

# function requestAppendString(text)
	.type fn.requestAppendString,@function
fn.requestAppendString:
	.loc 1 1051 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1052 5
	# requestAppendString: requestAppendText(text);
	movq -8(%rbp), %rdi	# text
	call fn.requestAppendText
	.loc 1 1053 5
	# requestAppendString: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
.Lreturn_256:
	leave
	ret
	.size fn.requestAppendString, .-fn.requestAppendString

# function requestAppendBytes(address, length)
	.type fn.requestAppendBytes,@function
fn.requestAppendBytes:
	.loc 1 1056 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1057 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_258:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_260
	.loc 1 1058 9
	# requestAppendBytes: requestAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_261
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_261
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_259:
	.loc 1 1057 33
	# requestAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_258
.Lendfor_260:
.Lreturn_257:
	leave
	ret
.Ltrap_261:
	leaq .Lstring100(%rip), %rdi	# trap: kernel.ts:1058:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 1063 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1064 5
	# storeRequestSpace: const consumer = load32(storeRing + XS_REQ_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2048, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_263
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1065 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2052, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_264
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1066 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1067 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	subq -8(%rbp), %rax	# -
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 1068 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_265
	.loc 1 1069 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring101(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 1070 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1071 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring102(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1072 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1073 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring103(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 1074 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_262
.Lelse_265:
	.loc 1 1076 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	subq -24(%rbp), %rax	# -
.Lreturn_262:
	leave
	ret
.Ltrap_263:
	leaq .Lstring104(%rip), %rdi	# trap: kernel.ts:1064:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_264:
	leaq .Lstring105(%rip), %rdi	# trap: kernel.ts:1065:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function ringChunk(index, ready, wanted)
	.type fn.ringChunk,@function
fn.ringChunk:
	.loc 1 1082 1
	# ringChunk: function ringChunk(index: number, ready: number, wanted: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	movq %rsi, -16(%rbp)	# parameter ready
	movq %rdx, -24(%rbp)	# parameter wanted
	.loc 1 1083 5
	# ringChunk: let chunk = XS_RING_SIZE - (index & (XS_RING_SIZE - 1));
	movq $1024, %rax	# XS_RING_SIZE
	subq $1, %rax	# -
	movq %rax, %rdi
	movq -8(%rbp), %rax	# index
	andl %edi, %eax	# &
	movq %rax, %rdi
	movq $1024, %rax	# XS_RING_SIZE
	subq %rdi, %rax	# -
	movq %rax, -32(%rbp)	# chunk
	.loc 1 1084 5
	# ringChunk: if (chunk > ready) {
	movq -32(%rbp), %rax	# chunk
	cmpq -16(%rbp), %rax
	jle .Lelse_267
	.loc 1 1085 9
	# ringChunk: chunk = ready;
	movq -16(%rbp), %rax	# ready
	movq %rax, -32(%rbp)	# chunk =
.Lelse_267:
	.loc 1 1087 5
	# ringChunk: if (chunk > wanted) {
	movq -32(%rbp), %rax	# chunk
	cmpq -24(%rbp), %rax
	jle .Lelse_268
	.loc 1 1088 9
	# ringChunk: chunk = wanted;
	movq -24(%rbp), %rax	# wanted
	movq %rax, -32(%rbp)	# chunk =
.Lelse_268:
	.loc 1 1090 5
	# ringChunk: return chunk;
	movq -32(%rbp), %rax	# chunk
.Lreturn_266:
	leave
	ret
	.size fn.ringChunk, .-fn.ringChunk

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 1096 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1097 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 1098 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1099 5
	# storeWriteStream: while (sent < length) {
.Lwhile_270:
	movq -24(%rbp), %rax	# sent
	cmpq -16(%rbp), %rax
	jge .Lendwhile_271
	.loc 1 1100 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 1101 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_272
	.loc 1 1102 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_269
.Lelse_272:
	.loc 1 1104 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_273
	.loc 1 1105 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1106 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_274
	.loc 1 1107 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	addq $1, %rax	# +
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1108 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_275
	.loc 1 1109 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring106(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 1110 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_269
.Lelse_275:
.Lelse_274:
	.loc 1 1113 13
	# storeWriteStream: continue;
	jmp .Lwhile_270
.Lelse_273:
	.loc 1 1115 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2052, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_276
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 1116 9
	# storeWriteStream: const chunk = ringChunk(producer, space, length - sent);
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq -40(%rbp), %rax	# space
	pushq %rax
	movq -16(%rbp), %rax	# length
	subq -24(%rbp), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_277
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1117 9
	# storeWriteStream: const to = storeRing + XS_REQ + (producer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	addq $0, %rax	# +
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	subq $1, %rax	# -
	movq %rax, %rdi
	movq -48(%rbp), %rax	# producer
	andl %edi, %eax	# &
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_278
	movq %rax, -64(%rbp)	# to
	.loc 1 1118 9
	# storeWriteStream: copyBytes(to, source + sent, chunk);
	movq -64(%rbp), %rax	# to
	pushq %rax
	movq -8(%rbp), %rax	# source
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_279
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_279
	movq %rax, %rsi
	popq %rdi
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 1119 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1120 9
	# storeWriteStream: store32(storeRing + XS_REQ_PROD, (producer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2052, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_280
	pushq %rax
	movq -48(%rbp), %rax	# producer
	addq -56(%rbp), %rax	# +
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1121 9
	# storeWriteStream: sent = sent + chunk;
	movq -24(%rbp), %rax	# sent
	addq -56(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_281
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_281
	movq %rax, -24(%rbp)	# sent =
	.loc 1 1122 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	cmpq -16(%rbp), %rax
	jge .Lelse_282
	.loc 1 1123 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_282:
	jmp .Lwhile_270
.Lendwhile_271:
	.loc 1 1126 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1127 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_269:
	leave
	ret
.Ltrap_276:
	leaq .Lstring107(%rip), %rdi	# trap: kernel.ts:1115:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_277:
	leaq .Lstring108(%rip), %rdi	# trap: kernel.ts:1116:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_278:
	leaq .Lstring109(%rip), %rdi	# trap: kernel.ts:1117:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_279:
	leaq .Lstring110(%rip), %rdi	# trap: kernel.ts:1118:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_280:
	leaq .Lstring111(%rip), %rdi	# trap: kernel.ts:1120:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_281:
	leaq .Lstring112(%rip), %rdi	# trap: kernel.ts:1121:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 1135 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1136 5
	# storeResynchronise: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2060, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_284
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 1137 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1138 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2056, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_285
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1139 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_283:
	leave
	ret
.Ltrap_284:
	leaq .Lstring113(%rip), %rdi	# trap: kernel.ts:1136:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_285:
	leaq .Lstring114(%rip), %rdi	# trap: kernel.ts:1138:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 1143 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1144 5
	# storeBytesAvailable: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2056, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_287
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1145 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2060, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_288
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1146 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1147 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	subq -8(%rbp), %rax	# -
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	movq %rax, -24(%rbp)	# available
	.loc 1 1148 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_289
	.loc 1 1149 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring115(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 1150 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1151 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring102(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1152 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1153 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring116(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 1154 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1155 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_286
.Lelse_289:
	.loc 1 1157 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_286:
	leave
	ret
.Ltrap_287:
	leaq .Lstring117(%rip), %rdi	# trap: kernel.ts:1144:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_288:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:1145:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 1161 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1162 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 1163 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1164 5
	# storeReadStream: while (received < length) {
.Lwhile_291:
	movq -24(%rbp), %rax	# received
	cmpq -16(%rbp), %rax
	jge .Lendwhile_292
	.loc 1 1165 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 1166 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_293
	.loc 1 1167 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_290
.Lelse_293:
	.loc 1 1169 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_294
	.loc 1 1170 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_295
	.loc 1 1171 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	addq $1, %rax	# +
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1172 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_296
	.loc 1 1173 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring119(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 1174 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1175 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_290
.Lelse_296:
.Lelse_295:
	.loc 1 1178 13
	# storeReadStream: continue;
	jmp .Lwhile_291
.Lelse_294:
	.loc 1 1180 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2056, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_297
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 1181 9
	# storeReadStream: const chunk = ringChunk(consumer, available, length - received);
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq -40(%rbp), %rax	# available
	pushq %rax
	movq -16(%rbp), %rax	# length
	subq -24(%rbp), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_298
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1182 9
	# storeReadStream: const from = storeRing + XS_RSP + (consumer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	addq $1024, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_299
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	subq $1, %rax	# -
	movq %rax, %rdi
	movq -48(%rbp), %rax	# consumer
	andl %edi, %eax	# &
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_299
	movq %rax, -64(%rbp)	# from
	.loc 1 1183 9
	# storeReadStream: copyBytes(destination + received, from, chunk);
	movq -8(%rbp), %rax	# destination
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_300
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_300
	movq %rax, %rdi
	movq -64(%rbp), %rsi	# from
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 1184 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1185 9
	# storeReadStream: store32(storeRing + XS_RSP_CONS, (consumer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2056, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_301
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	addq -56(%rbp), %rax	# +
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1186 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1187 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	addq -56(%rbp), %rax	# +
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_302
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_291
.Lendwhile_292:
	.loc 1 1189 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_290:
	leave
	ret
.Ltrap_297:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:1180:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_298:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:1181:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_299:
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:1182:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_300:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:1183:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_301:
	leaq .Lstring124(%rip), %rdi	# trap: kernel.ts:1185:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_302:
	leaq .Lstring125(%rip), %rdi	# trap: kernel.ts:1187:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 1193 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1194 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 1195 5
	# noteWatchEvent: while (pathEnd < length && load8(payload + pathEnd) !== 0) {
.Lwhile_304:
	movq -24(%rbp), %rax	# pathEnd
	cmpq -16(%rbp), %rax
	jge .Lendwhile_305
	movq -8(%rbp), %rax	# payload
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_306
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_305
	.loc 1 1196 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	addq $1, %rax	# +
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_304
.Lendwhile_305:
	.loc 1 1198 5
	# noteWatchEvent: const token = payload + pathEnd + 1;
	movq -8(%rbp), %rax	# payload
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_307
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_307
	movq %rax, -32(%rbp)	# token
	.loc 1 1199 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	subq -24(%rbp), %rax	# -
	subq $1, %rax	# -
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 1200 5
	# noteWatchEvent: if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_308
	movq -32(%rbp), %rax	# token
	addq -40(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_309
	subq $1, %rax	# -
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_308
	.loc 1 1201 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	subq $1, %rax	# -
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_308:
	.loc 1 1203 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_310
	.loc 1 1204 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_310:
	.loc 1 1206 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring126(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_311
	.loc 1 1207 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_312
.Lelse_311:
	.loc 1 1208 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring127(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_313
	.loc 1 1209 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_314
.Lelse_313:
	.loc 1 1210 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SYSRQ)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring128(%rip), %rdx	# WATCH_TOKEN_SYSRQ
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_315
	.loc 1 1211 9
	# noteWatchEvent: sysrqWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	jmp .Lendif_316
.Lelse_315:
	.loc 1 1212 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TARGET)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring129(%rip), %rdx	# WATCH_TOKEN_TARGET
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_317
	.loc 1 1213 9
	# noteWatchEvent: targetWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	jmp .Lendif_318
.Lelse_317:
	.loc 1 1215 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring130(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 1216 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 1217 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_318:
.Lendif_316:
.Lendif_314:
.Lendif_312:
.Lreturn_303:
	leave
	ret
.Ltrap_306:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:1195:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_307:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:1198:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_309:
	leaq .Lstring133(%rip), %rdi	# trap: kernel.ts:1200:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 1223 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1224 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 1225 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_320
	.loc 1 1226 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_319
.Lelse_320:
	.loc 1 1228 5
	# storeReceiveMessage: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $12, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_321
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_321
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 1229 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_322
	.loc 1 1230 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring134(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 1231 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 1232 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring135(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 1233 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1234 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_319
.Lelse_322:
	.loc 1 1236 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_323
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_323
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 1237 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_324
	.loc 1 1238 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_319
.Lelse_324:
	.loc 1 1240 5
	# storeReceiveMessage: if (load32(storeMessage + XS_HEADER_TYPE) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_326
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_326
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_325
	.loc 1 1241 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_327
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_327
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 1242 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_319
.Lelse_325:
	.loc 1 1244 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_319:
	leave
	ret
.Ltrap_321:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:1228:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_323:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:1236:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_326:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:1240:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_327:
	leaq .Lstring139(%rip), %rdi	# trap: kernel.ts:1241:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function batchSetResult(slot, result)
	.type fn.batchSetResult,@function
fn.batchSetResult:
	.loc 1 1294 1
	# batchSetResult: function batchSetResult(slot: number, result: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter slot
	movq %rsi, -16(%rbp)	# parameter result
	.loc 1 1295 5
	# batchSetResult: store64(batchResults + slot * 8, result);
	movq -8(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_329
	movq %rax, %rdi
	leaq buf.batchResults(%rip), %rax	# batchResults
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_330
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_330
	movq %rax, %rdi
	movq -16(%rbp), %rax	# result
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1296 5
	# batchSetResult: store64(batchAnswered + slot * 8, 1);
	movq -8(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_331
	movq %rax, %rdi
	leaq buf.batchAnswered(%rip), %rax	# batchAnswered
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_332
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_332
	movq %rax, %rdi
	movq $1, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1297 5
	# batchSetResult: batchUnanswered = batchUnanswered - 1;
	movq var.batchUnanswered(%rip), %rax	# batchUnanswered
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_333
	movq %rax, var.batchUnanswered(%rip)	# batchUnanswered =
.Lreturn_328:
	leave
	ret
.Ltrap_329:
	leaq .Lstring140(%rip), %rdi	# trap: kernel.ts:1295:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_330:
	leaq .Lstring141(%rip), %rdi	# trap: kernel.ts:1295:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_331:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:1296:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_332:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:1296:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_333:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:1297:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.batchSetResult, .-fn.batchSetResult

# function storeQueue(report)
	.type fn.storeQueue,@function
fn.storeQueue:
	.loc 1 1303 1
	# storeQueue: function storeQueue(report: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter report
	.loc 1 1304 5
	# storeQueue: if (batchCount >= XS_BATCH_MAX) {
	movq var.batchCount(%rip), %rax	# batchCount
	cmpq $16, %rax	# compare with XS_BATCH_MAX
	jl .Lelse_335
	.loc 1 1305 9
	# storeQueue: storeFinishBatch();
	call fn.storeFinishBatch
.Lelse_335:
	.loc 1 1307 5
	# storeQueue: const messageBytes = XS_HEADER_BYTES + storeRequestLength;
	movq $16, %rax	# XS_HEADER_BYTES
	addq var.storeRequestLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_336
	movq %rax, -16(%rbp)	# messageBytes
	.loc 1 1308 5
	# storeQueue: if (batchBytes > 0 && batchBytes + messageBytes > XS_RING_SIZE) {
	movq var.batchBytes(%rip), %rax	# batchBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_337
	movq var.batchBytes(%rip), %rax	# batchBytes
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_338
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_337
	.loc 1 1309 9
	# storeQueue: storeSendBatch();
	call fn.storeSendBatch
.Lelse_337:
	.loc 1 1311 5
	# storeQueue: const slot = batchCount;
	movq var.batchCount(%rip), %rax	# batchCount
	movq %rax, -24(%rbp)	# slot
	.loc 1 1312 5
	# storeQueue: batchCount = batchCount + 1;
	movq var.batchCount(%rip), %rax	# batchCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_339
	movq %rax, var.batchCount(%rip)	# batchCount =
	.loc 1 1313 5
	# storeQueue: batchUnanswered = batchUnanswered + 1;
	movq var.batchUnanswered(%rip), %rax	# batchUnanswered
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_340
	movq %rax, var.batchUnanswered(%rip)	# batchUnanswered =
	.loc 1 1314 5
	# storeQueue: store64(batchAnswered + slot * 8, 0);
	movq -24(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_341
	movq %rax, %rdi
	leaq buf.batchAnswered(%rip), %rax	# batchAnswered
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_342
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_342
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1315 5
	# storeQueue: store64(batchReports + slot * 8, report);
	movq -24(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_343
	movq %rax, %rdi
	leaq buf.batchReports(%rip), %rax	# batchReports
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_344
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_344
	movq %rax, %rdi
	movq -8(%rbp), %rax	# report
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1317 5
	# storeQueue: let pathLength = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# pathLength
	.loc 1 1318 5
	# storeQueue: while (pathLength < XS_BATCH_PATH_KEPT && pathLength < storeRequestLe...
.Lwhile_345:
	movq -32(%rbp), %rax	# pathLength
	cmpq $64, %rax	# compare with XS_BATCH_PATH_KEPT
	jge .Lendwhile_346
	movq -32(%rbp), %rax	# pathLength
	cmpq var.storeRequestLength(%rip), %rax
	jge .Lendwhile_346
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_347
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_347
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_347
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_346
	.loc 1 1320 9
	# storeQueue: pathLength = pathLength + 1;
	movq -32(%rbp), %rax	# pathLength
	addq $1, %rax	# +
	movq %rax, -32(%rbp)	# pathLength =
	jmp .Lwhile_345
.Lendwhile_346:
	.loc 1 1322 5
	# storeQueue: copyBytes(batchPaths + slot * XS_BATCH_PATH_KEPT, storeRequest + XS_H...
	movq -24(%rbp), %rax	# slot
	imulq $64, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_348
	movq %rax, %rdi
	leaq buf.batchPaths(%rip), %rax	# batchPaths
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_349
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_349
	pushq %rax
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_350
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_350
	movq %rax, %rsi
	popq %rdi
	movq -32(%rbp), %rdx	# pathLength
	call fn.copyBytes
	.loc 1 1323 5
	# storeQueue: store64(batchPathLengths + slot * 8, pathLength);
	movq -24(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_351
	movq %rax, %rdi
	leaq buf.batchPathLengths(%rip), %rax	# batchPathLengths
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_352
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_352
	movq %rax, %rdi
	movq -32(%rbp), %rax	# pathLength
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1324 5
	# storeQueue: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_353
	.loc 1 1325 9
	# storeQueue: store64(batchIds + slot * 8, 0);
	movq -24(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_354
	movq %rax, %rdi
	leaq buf.batchIds(%rip), %rax	# batchIds
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_355
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_355
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1326 9
	# storeQueue: batchSetResult(slot, XSE_E2BIG);
	movq -24(%rbp), %rdi	# slot
	movq $-15, %rsi	# XSE_E2BIG
	call fn.batchSetResult
	.loc 1 1327 9
	# storeQueue: return slot;
	movq -24(%rbp), %rax	# slot
	jmp .Lreturn_334
.Lelse_353:
	.loc 1 1329 5
	# storeQueue: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -40(%rbp)	# requestId
	.loc 1 1330 5
	# storeQueue: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_356
	movq $1, %rax
	jmp .Lendcond_357
.Lelse_356:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_358
.Lendcond_357:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 1331 5
	# storeQueue: store64(batchIds + slot * 8, requestId);
	movq -24(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_359
	movq %rax, %rdi
	leaq buf.batchIds(%rip), %rax	# batchIds
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_360
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_360
	movq %rax, %rdi
	movq -40(%rbp), %rax	# requestId
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1332 5
	# storeQueue: store32(storeRequest + XS_HEADER_REQ_ID, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_361
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_361
	movq %rax, %rdi
	movq -40(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1333 5
	# storeQueue: store32(storeRequest + XS_HEADER_TX_ID, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_362
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_362
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1334 5
	# storeQueue: store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $12, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_363
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_363
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1335 5
	# storeQueue: copyBytes(batchMessages + batchBytes, storeRequest, messageBytes);
	leaq buf.batchMessages(%rip), %rax	# batchMessages
	addq var.batchBytes(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_364
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_364
	movq %rax, %rdi
	leaq buf.storeRequest(%rip), %rsi	# storeRequest
	movq -16(%rbp), %rdx	# messageBytes
	call fn.copyBytes
	.loc 1 1336 5
	# storeQueue: batchBytes = batchBytes + messageBytes;
	movq var.batchBytes(%rip), %rax	# batchBytes
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_365
	movq %rax, var.batchBytes(%rip)	# batchBytes =
	.loc 1 1337 5
	# storeQueue: return slot;
	movq -24(%rbp), %rax	# slot
.Lreturn_334:
	leave
	ret
.Ltrap_336:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:1307:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_338:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:1308:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_339:
	leaq .Lstring147(%rip), %rdi	# trap: kernel.ts:1312:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_340:
	leaq .Lstring148(%rip), %rdi	# trap: kernel.ts:1313:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_341:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:1314:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_342:
	leaq .Lstring150(%rip), %rdi	# trap: kernel.ts:1314:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_343:
	leaq .Lstring151(%rip), %rdi	# trap: kernel.ts:1315:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_344:
	leaq .Lstring152(%rip), %rdi	# trap: kernel.ts:1315:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_347:
	leaq .Lstring153(%rip), %rdi	# trap: kernel.ts:1319:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_348:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:1322:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_349:
	leaq .Lstring155(%rip), %rdi	# trap: kernel.ts:1322:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_350:
	leaq .Lstring156(%rip), %rdi	# trap: kernel.ts:1322:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_351:
	leaq .Lstring157(%rip), %rdi	# trap: kernel.ts:1323:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_352:
	leaq .Lstring158(%rip), %rdi	# trap: kernel.ts:1323:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_354:
	leaq .Lstring159(%rip), %rdi	# trap: kernel.ts:1325:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_355:
	leaq .Lstring160(%rip), %rdi	# trap: kernel.ts:1325:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_358:
	leaq .Lstring161(%rip), %rdi	# trap: kernel.ts:1330:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_359:
	leaq .Lstring162(%rip), %rdi	# trap: kernel.ts:1331:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_360:
	leaq .Lstring163(%rip), %rdi	# trap: kernel.ts:1331:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_361:
	leaq .Lstring164(%rip), %rdi	# trap: kernel.ts:1332:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_362:
	leaq .Lstring165(%rip), %rdi	# trap: kernel.ts:1333:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_363:
	leaq .Lstring166(%rip), %rdi	# trap: kernel.ts:1334:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_364:
	leaq .Lstring167(%rip), %rdi	# trap: kernel.ts:1335:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_365:
	leaq .Lstring168(%rip), %rdi	# trap: kernel.ts:1336:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeQueue, .-fn.storeQueue

# function batchFailUnanswered(error)
	.type fn.batchFailUnanswered,@function
fn.batchFailUnanswered:
	.loc 1 1341 1
	# batchFailUnanswered: function batchFailUnanswered(error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter error
	.loc 1 1342 5
	# batchFailUnanswered: for (let slot = 0; slot < batchCount; slot++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# slot
.Lfor_367:
	movq -16(%rbp), %rax	# slot
	cmpq var.batchCount(%rip), %rax
	jge .Lendfor_369
	.loc 1 1343 9
	# batchFailUnanswered: if (load64(batchAnswered + slot * 8) === 0) {
	movq -16(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_371
	movq %rax, %rdi
	leaq buf.batchAnswered(%rip), %rax	# batchAnswered
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_372
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_372
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_373
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_373
	cmpq $0, %rax	# compare with 0
	jne .Lelse_370
	.loc 1 1344 13
	# batchFailUnanswered: batchSetResult(slot, error);
	movq -16(%rbp), %rdi	# slot
	movq -8(%rbp), %rsi	# error
	call fn.batchSetResult
.Lelse_370:
.Lfornext_368:
	.loc 1 1342 43
	# batchFailUnanswered: slot++
	movq -16(%rbp), %rax	# slot
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# slot =
	jmp .Lfor_367
.Lendfor_369:
.Lreturn_366:
	leave
	ret
.Ltrap_371:
	leaq .Lstring169(%rip), %rdi	# trap: kernel.ts:1343:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_372:
	leaq .Lstring170(%rip), %rdi	# trap: kernel.ts:1343:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_373:
	leaq .Lstring171(%rip), %rdi	# trap: kernel.ts:1343:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.batchFailUnanswered, .-fn.batchFailUnanswered

# function batchSlotOf(requestId)
	.type fn.batchSlotOf,@function
fn.batchSlotOf:
	.loc 1 1350 1
	# batchSlotOf: function batchSlotOf(requestId: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter requestId
	.loc 1 1351 5
	# batchSlotOf: for (let slot = 0; slot < batchCount; slot++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# slot
.Lfor_375:
	movq -16(%rbp), %rax	# slot
	cmpq var.batchCount(%rip), %rax
	jge .Lendfor_377
	.loc 1 1352 9
	# batchSlotOf: if (load64(batchAnswered + slot * 8) === 0 && load64(batchIds + slot ...
	movq -16(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_379
	movq %rax, %rdi
	leaq buf.batchAnswered(%rip), %rax	# batchAnswered
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_380
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_380
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_381
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_381
	cmpq $0, %rax	# compare with 0
	jne .Lelse_378
	movq -16(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_382
	movq %rax, %rdi
	leaq buf.batchIds(%rip), %rax	# batchIds
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_383
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_383
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_384
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_384
	cmpq -8(%rbp), %rax
	jne .Lelse_378
	.loc 1 1353 13
	# batchSlotOf: return slot;
	movq -16(%rbp), %rax	# slot
	jmp .Lreturn_374
.Lelse_378:
.Lfornext_376:
	.loc 1 1351 43
	# batchSlotOf: slot++
	movq -16(%rbp), %rax	# slot
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# slot =
	jmp .Lfor_375
.Lendfor_377:
	.loc 1 1356 5
	# batchSlotOf: return -1;
	movq $-1, %rax
.Lreturn_374:
	leave
	ret
.Ltrap_379:
	leaq .Lstring172(%rip), %rdi	# trap: kernel.ts:1352:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_380:
	leaq .Lstring173(%rip), %rdi	# trap: kernel.ts:1352:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_381:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1352:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_382:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1352:73: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_383:
	leaq .Lstring176(%rip), %rdi	# trap: kernel.ts:1352:62: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_384:
	leaq .Lstring177(%rip), %rdi	# trap: kernel.ts:1352:55: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.batchSlotOf, .-fn.batchSlotOf

# function batchFirstUnansweredId()
	.type fn.batchFirstUnansweredId,@function
fn.batchFirstUnansweredId:
	.loc 1 1360 1
	# batchFirstUnansweredId: function batchFirstUnansweredId(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1361 5
	# batchFirstUnansweredId: for (let slot = 0; slot < batchCount; slot++) {
	movq $0, %rax
	movq %rax, -8(%rbp)	# slot
.Lfor_386:
	movq -8(%rbp), %rax	# slot
	cmpq var.batchCount(%rip), %rax
	jge .Lendfor_388
	.loc 1 1362 9
	# batchFirstUnansweredId: if (load64(batchAnswered + slot * 8) === 0) {
	movq -8(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_390
	movq %rax, %rdi
	leaq buf.batchAnswered(%rip), %rax	# batchAnswered
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_391
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_391
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_392
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_392
	cmpq $0, %rax	# compare with 0
	jne .Lelse_389
	.loc 1 1363 13
	# batchFirstUnansweredId: return load64(batchIds + slot * 8);
	movq -8(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_393
	movq %rax, %rdi
	leaq buf.batchIds(%rip), %rax	# batchIds
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_394
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_394
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_395
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_395
	jmp .Lreturn_385
.Lelse_389:
.Lfornext_387:
	.loc 1 1361 43
	# batchFirstUnansweredId: slot++
	movq -8(%rbp), %rax	# slot
	addq $1, %rax	# ++
	movq %rax, -8(%rbp)	# slot =
	jmp .Lfor_386
.Lendfor_388:
	.loc 1 1366 5
	# batchFirstUnansweredId: return 0;
	movq $0, %rax
.Lreturn_385:
	leave
	ret
.Ltrap_390:
	leaq .Lstring178(%rip), %rdi	# trap: kernel.ts:1362:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_391:
	leaq .Lstring179(%rip), %rdi	# trap: kernel.ts:1362:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_392:
	leaq .Lstring180(%rip), %rdi	# trap: kernel.ts:1362:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_393:
	leaq .Lstring181(%rip), %rdi	# trap: kernel.ts:1363:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_394:
	leaq .Lstring182(%rip), %rdi	# trap: kernel.ts:1363:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_395:
	leaq .Lstring183(%rip), %rdi	# trap: kernel.ts:1363:20: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.batchFirstUnansweredId, .-fn.batchFirstUnansweredId

# function storeSendBatch()
	.type fn.storeSendBatch,@function
fn.storeSendBatch:
	.loc 1 1372 1
	# storeSendBatch: function storeSendBatch(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1373 5
	# storeSendBatch: if (batchBytes > 0) {
	movq var.batchBytes(%rip), %rax	# batchBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_397
	.loc 1 1374 9
	# storeSendBatch: const sendResult = storeWriteStream(batchMessages, batchBytes);
	leaq buf.batchMessages(%rip), %rdi	# batchMessages
	movq var.batchBytes(%rip), %rsi	# batchBytes
	call fn.storeWriteStream
	movq %rax, -8(%rbp)	# sendResult
	.loc 1 1375 9
	# storeSendBatch: batchBytes = 0;
	movq $0, %rax
	movq %rax, var.batchBytes(%rip)	# batchBytes =
	.loc 1 1376 9
	# storeSendBatch: if (sendResult < 0) {
	movq -8(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_398
	.loc 1 1377 13
	# storeSendBatch: batchFailUnanswered(sendResult);
	movq -8(%rbp), %rdi	# sendResult
	call fn.batchFailUnanswered
	.loc 1 1378 13
	# storeSendBatch: return;
	jmp .Lreturn_396
.Lelse_398:
.Lelse_397:
	.loc 1 1381 5
	# storeSendBatch: while (batchUnanswered > 0) {
.Lwhile_399:
	movq var.batchUnanswered(%rip), %rax	# batchUnanswered
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_400
	.loc 1 1382 9
	# storeSendBatch: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1383 9
	# storeSendBatch: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_401
	.loc 1 1384 13
	# storeSendBatch: batchFailUnanswered(kind);
	movq -16(%rbp), %rdi	# kind
	call fn.batchFailUnanswered
	.loc 1 1385 13
	# storeSendBatch: return;
	jmp .Lreturn_396
.Lelse_401:
	.loc 1 1387 9
	# storeSendBatch: if (kind === 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_402
	.loc 1 1388 13
	# storeSendBatch: continue;
	jmp .Lwhile_399
.Lelse_402:
	.loc 1 1390 9
	# storeSendBatch: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $12, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_403
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_403
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -24(%rbp)	# length
	.loc 1 1391 9
	# storeSendBatch: const slot = batchSlotOf(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_404
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_404
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.batchSlotOf
	movq %rax, -32(%rbp)	# slot
	.loc 1 1392 9
	# storeSendBatch: if (slot < 0) {
	movq -32(%rbp), %rax	# slot
	cmpq $0, %rax	# compare with 0
	jge .Lelse_405
	.loc 1 1393 13
	# storeSendBatch: print("xenstore: dropped a reply to request ");
	leaq .Lstring184(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 1394 13
	# storeSendBatch: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_406
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_406
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1395 13
	# storeSendBatch: print(" while waiting for ");
	leaq .Lstring185(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 1396 13
	# storeSendBatch: printDecimal(batchFirstUnansweredId());
	call fn.batchFirstUnansweredId
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1397 13
	# storeSendBatch: endLine();
	call fn.endLine
	.loc 1 1398 13
	# storeSendBatch: continue;
	jmp .Lwhile_399
.Lelse_405:
	.loc 1 1400 9
	# storeSendBatch: if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_408
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_408
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_407
	.loc 1 1401 13
	# storeSendBatch: batchSetResult(slot, storeErrorFromReply(storeMessage + XS_HEADER_BYT...
	movq -32(%rbp), %rax	# slot
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_409
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_409
	movq %rax, %rdi
	movq -24(%rbp), %rsi	# length
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.storeErrorFromReply
	addq $8, %rsp
	movq %rax, %rsi
	popq %rdi
	call fn.batchSetResult
	.loc 1 1402 13
	# storeSendBatch: continue;
	jmp .Lwhile_399
.Lelse_407:
	.loc 1 1404 9
	# storeSendBatch: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_410
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_410
	movq %rax, %rsi
	popq %rdi
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1405 9
	# storeSendBatch: storeReplyLength = length;
	movq -24(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 1406 9
	# storeSendBatch: if (load64(batchReports + slot * 8) === REPORT_DOMID) {
	movq -32(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_412
	movq %rax, %rdi
	leaq buf.batchReports(%rip), %rax	# batchReports
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_413
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_413
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_414
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_414
	cmpq $4, %rax	# compare with REPORT_DOMID
	jne .Lelse_411
	.loc 1 1407 13
	# storeSendBatch: domainId = decimalFromBytes(storeReply, length);
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -24(%rbp), %rsi	# length
	call fn.decimalFromBytes
	movq %rax, var.domainId(%rip)	# domainId =
.Lelse_411:
	.loc 1 1409 9
	# storeSendBatch: batchSetResult(slot, length);
	movq -32(%rbp), %rdi	# slot
	movq -24(%rbp), %rsi	# length
	call fn.batchSetResult
	jmp .Lwhile_399
.Lendwhile_400:
.Lreturn_396:
	leave
	ret
.Ltrap_403:
	leaq .Lstring186(%rip), %rdi	# trap: kernel.ts:1390:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_404:
	leaq .Lstring187(%rip), %rdi	# trap: kernel.ts:1391:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_406:
	leaq .Lstring188(%rip), %rdi	# trap: kernel.ts:1394:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_408:
	leaq .Lstring189(%rip), %rdi	# trap: kernel.ts:1400:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_409:
	leaq .Lstring190(%rip), %rdi	# trap: kernel.ts:1401:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_410:
	leaq .Lstring191(%rip), %rdi	# trap: kernel.ts:1404:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_412:
	leaq .Lstring192(%rip), %rdi	# trap: kernel.ts:1406:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_413:
	leaq .Lstring193(%rip), %rdi	# trap: kernel.ts:1406:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_414:
	leaq .Lstring194(%rip), %rdi	# trap: kernel.ts:1406:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeSendBatch, .-fn.storeSendBatch

# function storeBatchResult(slot)
	.type fn.storeBatchResult,@function
fn.storeBatchResult:
	.loc 1 1415 1
	# storeBatchResult: function storeBatchResult(slot: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter slot
	.loc 1 1416 5
	# storeBatchResult: return load64(batchResults + slot * 8);
	movq -8(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_416
	movq %rax, %rdi
	leaq buf.batchResults(%rip), %rax	# batchResults
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_417
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_417
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_418
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_418
.Lreturn_415:
	leave
	ret
.Ltrap_416:
	leaq .Lstring195(%rip), %rdi	# trap: kernel.ts:1416:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_417:
	leaq .Lstring196(%rip), %rdi	# trap: kernel.ts:1416:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_418:
	leaq .Lstring197(%rip), %rdi	# trap: kernel.ts:1416:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBatchResult, .-fn.storeBatchResult

# function storeFinishBatch()
	.type fn.storeFinishBatch,@function
fn.storeFinishBatch:
	.loc 1 1421 1
	# storeFinishBatch: function storeFinishBatch(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	.loc 1 1422 5
	# storeFinishBatch: storeSendBatch();
	call fn.storeSendBatch
	.loc 1 1423 5
	# storeFinishBatch: const count = batchCount;
	movq var.batchCount(%rip), %rax	# batchCount
	movq %rax, -8(%rbp)	# count
	.loc 1 1424 5
	# storeFinishBatch: batchCount = 0;
	movq $0, %rax
	movq %rax, var.batchCount(%rip)	# batchCount =
	.loc 1 1425 5
	# storeFinishBatch: for (let slot = 0; slot < count; slot++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# slot
.Lfor_420:
	movq -16(%rbp), %rax	# slot
	cmpq -8(%rbp), %rax
	jge .Lendfor_422
	.loc 1 1426 9
	# storeFinishBatch: const result = load64(batchResults + slot * 8);
	movq -16(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_423
	movq %rax, %rdi
	leaq buf.batchResults(%rip), %rax	# batchResults
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_424
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_424
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_425
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_425
	movq %rax, -24(%rbp)	# result
	.loc 1 1427 9
	# storeFinishBatch: const report = load64(batchReports + slot * 8);
	movq -16(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_426
	movq %rax, %rdi
	leaq buf.batchReports(%rip), %rax	# batchReports
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_427
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_427
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_428
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_428
	movq %rax, -32(%rbp)	# report
	.loc 1 1428 9
	# storeFinishBatch: const path = batchPaths + slot * XS_BATCH_PATH_KEPT;
	movq -16(%rbp), %rax	# slot
	imulq $64, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_429
	movq %rax, %rdi
	leaq buf.batchPaths(%rip), %rax	# batchPaths
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_430
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_430
	movq %rax, -40(%rbp)	# path
	.loc 1 1429 9
	# storeFinishBatch: const pathLength = load64(batchPathLengths + slot * 8);
	movq -16(%rbp), %rax	# slot
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_431
	movq %rax, %rdi
	leaq buf.batchPathLengths(%rip), %rax	# batchPathLengths
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_432
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_432
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_433
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_433
	movq %rax, -48(%rbp)	# pathLength
	.loc 1 1430 9
	# storeFinishBatch: if (report === REPORT_STATUS) {
	movq -32(%rbp), %rax	# report
	cmpq $3, %rax	# compare with REPORT_STATUS
	jne .Lelse_434
	.loc 1 1431 13
	# storeFinishBatch: statusWriteAnswered(result);
	movq -24(%rbp), %rdi	# result
	call fn.statusWriteAnswered
	jmp .Lendif_435
.Lelse_434:
	.loc 1 1432 16
	# storeFinishBatch: if (report === REPORT_DOMID && result < 0) {
	movq -32(%rbp), %rax	# report
	cmpq $4, %rax	# compare with REPORT_DOMID
	jne .Lelse_436
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_436
	.loc 1 1433 13
	# storeFinishBatch: domainId = -1;
	movq $-1, %rax
	movq %rax, var.domainId(%rip)	# domainId =
	jmp .Lendif_437
.Lelse_436:
	.loc 1 1434 16
	# storeFinishBatch: if (report === REPORT_WATCH && result < 0) {
	movq -32(%rbp), %rax	# report
	cmpq $1, %rax	# compare with REPORT_WATCH
	jne .Lelse_438
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_438
	.loc 1 1435 13
	# storeFinishBatch: logPathErrorAt("xenstore: cannot watch ", path, pathLength, result);
	leaq .Lstring198(%rip), %rdi	# "xenstore: cannot watch "
	movq -40(%rbp), %rsi	# path
	movq -48(%rbp), %rdx	# pathLength
	movq -24(%rbp), %rcx	# result
	call fn.logPathErrorAt
	jmp .Lendif_439
.Lelse_438:
	.loc 1 1436 16
	# storeFinishBatch: if (report === REPORT_WRITE && result < 0) {
	movq -32(%rbp), %rax	# report
	cmpq $2, %rax	# compare with REPORT_WRITE
	jne .Lelse_440
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_440
	.loc 1 1437 13
	# storeFinishBatch: logPathErrorAt("xenstore: cannot write ", path, pathLength, result);
	leaq .Lstring199(%rip), %rdi	# "xenstore: cannot write "
	movq -40(%rbp), %rsi	# path
	movq -48(%rbp), %rdx	# pathLength
	movq -24(%rbp), %rcx	# result
	call fn.logPathErrorAt
.Lelse_440:
.Lendif_439:
.Lendif_437:
.Lendif_435:
.Lfornext_421:
	.loc 1 1425 38
	# storeFinishBatch: slot++
	movq -16(%rbp), %rax	# slot
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# slot =
	jmp .Lfor_420
.Lendfor_422:
.Lreturn_419:
	leave
	ret
.Ltrap_423:
	leaq .Lstring200(%rip), %rdi	# trap: kernel.ts:1426:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_424:
	leaq .Lstring201(%rip), %rdi	# trap: kernel.ts:1426:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_425:
	leaq .Lstring202(%rip), %rdi	# trap: kernel.ts:1426:24: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_426:
	leaq .Lstring203(%rip), %rdi	# trap: kernel.ts:1427:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_427:
	leaq .Lstring204(%rip), %rdi	# trap: kernel.ts:1427:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_428:
	leaq .Lstring205(%rip), %rdi	# trap: kernel.ts:1427:24: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_429:
	leaq .Lstring206(%rip), %rdi	# trap: kernel.ts:1428:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_430:
	leaq .Lstring207(%rip), %rdi	# trap: kernel.ts:1428:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_431:
	leaq .Lstring208(%rip), %rdi	# trap: kernel.ts:1429:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_432:
	leaq .Lstring209(%rip), %rdi	# trap: kernel.ts:1429:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_433:
	leaq .Lstring210(%rip), %rdi	# trap: kernel.ts:1429:28: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeFinishBatch, .-fn.storeFinishBatch

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 1446 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1447 5
	# storeTransact: if (batchCount > 0) {
	movq var.batchCount(%rip), %rax	# batchCount
	cmpq $0, %rax	# compare with 0
	jle .Lelse_442
	.loc 1 1448 9
	# storeTransact: storeFinishBatch();
	call fn.storeFinishBatch
.Lelse_442:
	.loc 1 1450 5
	# storeTransact: const slot = storeQueue(REPORT_NONE);
	movq $0, %rdi	# REPORT_NONE
	call fn.storeQueue
	movq %rax, -8(%rbp)	# slot
	.loc 1 1451 5
	# storeTransact: storeSendBatch();
	call fn.storeSendBatch
	.loc 1 1452 5
	# storeTransact: const result = storeBatchResult(slot);
	movq -8(%rbp), %rdi	# slot
	call fn.storeBatchResult
	movq %rax, -16(%rbp)	# result
	.loc 1 1453 5
	# storeTransact: batchCount = 0;
	movq $0, %rax
	movq %rax, var.batchCount(%rip)	# batchCount =
	.loc 1 1454 5
	# storeTransact: return result;
	movq -16(%rbp), %rax	# result
.Lreturn_441:
	leave
	ret
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 1459 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1460 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_444:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_445
	.loc 1 1461 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 1462 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_446
	.loc 1 1463 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_443
.Lelse_446:
	.loc 1 1465 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1466 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_447
	.loc 1 1467 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_443
.Lelse_447:
	.loc 1 1469 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_448
	.loc 1 1470 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring211(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 1471 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_449
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_449
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1472 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_448:
	jmp .Lwhile_444
.Lendwhile_445:
.Lreturn_443:
	leave
	ret
.Ltrap_449:
	leaq .Lstring212(%rip), %rdi	# trap: kernel.ts:1471:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeTransactStatus()
	.type fn.storeTransactStatus,@function
fn.storeTransactStatus:
	.loc 1 1484 1
	# storeTransactStatus: function storeTransactStatus(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1485 5
	# storeTransactStatus: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -8(%rbp)	# result
	.loc 1 1486 5
	# storeTransactStatus: return result < 0 ? result : 0;
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_451
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_452
.Lelse_451:
	movq $0, %rax
.Lendcond_452:
.Lreturn_450:
	leave
	ret
	.size fn.storeTransactStatus, .-fn.storeTransactStatus

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 1489 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1490 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 1491 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1492 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_453:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 1496 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 1497 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1498 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1499 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 1500 5
	# storeWrite: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_454:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 1504 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 1505 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1506 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1507 5
	# storeWriteText: requestAppendText(value);
	movq -16(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1508 5
	# storeWriteText: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_455:
	leave
	ret
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 1511 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1512 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1513 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1514 5
	# storeRemove: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_456:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWriteAt(path, pathLength, value)
	.type fn.storeWriteAt,@function
fn.storeWriteAt:
	.loc 1 1518 1
	# storeWriteAt: function storeWriteAt(path: number, pathLength: number, value: string...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter pathLength
	movq %rdx, -24(%rbp)	# parameter value
	.loc 1 1519 5
	# storeWriteAt: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1520 5
	# storeWriteAt: requestAppendBytes(path, pathLength);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# pathLength
	call fn.requestAppendBytes
	.loc 1 1521 5
	# storeWriteAt: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
	.loc 1 1522 5
	# storeWriteAt: requestAppendText(value);
	movq -24(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1523 5
	# storeWriteAt: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_457:
	leave
	ret
	.size fn.storeWriteAt, .-fn.storeWriteAt

# function storeRemoveAt(path, pathLength)
	.type fn.storeRemoveAt,@function
fn.storeRemoveAt:
	.loc 1 1526 1
	# storeRemoveAt: function storeRemoveAt(path: number, pathLength: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter pathLength
	.loc 1 1527 5
	# storeRemoveAt: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1528 5
	# storeRemoveAt: requestAppendBytes(path, pathLength);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# pathLength
	call fn.requestAppendBytes
	.loc 1 1529 5
	# storeRemoveAt: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
	.loc 1 1530 5
	# storeRemoveAt: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_458:
	leave
	ret
	.size fn.storeRemoveAt, .-fn.storeRemoveAt

# function storeUnwatch(path, token)
	.type fn.storeUnwatch,@function
fn.storeUnwatch:
	.loc 1 1533 1
	# storeUnwatch: function storeUnwatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1534 5
	# storeUnwatch: requestBegin(XS_UNWATCH);
	movq $5, %rdi	# XS_UNWATCH
	call fn.requestBegin
	.loc 1 1535 5
	# storeUnwatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1536 5
	# storeUnwatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1537 5
	# storeUnwatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_459:
	leave
	ret
	.size fn.storeUnwatch, .-fn.storeUnwatch

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 1540 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1541 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1542 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1543 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1544 5
	# storeWatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_460:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function readDomainId()
	.type fn.readDomainId,@function
fn.readDomainId:
	.loc 1 1551 1
	# readDomainId: function readDomainId(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1552 5
	# readDomainId: const length = storeRead("domid");
	leaq .Lstring213(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 1553 5
	# readDomainId: return length >= 0 ? decimalFromBytes(storeReply, length) : -1;
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jl .Lelse_462
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# length
	call fn.decimalFromBytes
	jmp .Lendcond_463
.Lelse_462:
	movq $-1, %rax
.Lendcond_463:
.Lreturn_461:
	leave
	ret
	.size fn.readDomainId, .-fn.readDomainId

# function queueDomainIdRead()
	.type fn.queueDomainIdRead,@function
fn.queueDomainIdRead:
	.loc 1 1557 1
	# queueDomainIdRead: function queueDomainIdRead(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1558 5
	# queueDomainIdRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 1559 5
	# queueDomainIdRead: requestAppendString("domid");
	leaq .Lstring213(%rip), %rdi	# "domid"
	call fn.requestAppendString
	.loc 1 1560 5
	# queueDomainIdRead: storeQueue(REPORT_DOMID);
	movq $4, %rdi	# REPORT_DOMID
	call fn.storeQueue
.Lreturn_464:
	leave
	ret
	.size fn.queueDomainIdRead, .-fn.queueDomainIdRead

# function queueWatch(path, token)
	.type fn.queueWatch,@function
fn.queueWatch:
	.loc 1 1564 1
	# queueWatch: function queueWatch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1565 5
	# queueWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1566 5
	# queueWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1567 5
	# queueWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1568 5
	# queueWatch: storeQueue(REPORT_WATCH);
	movq $1, %rdi	# REPORT_WATCH
	call fn.storeQueue
.Lreturn_465:
	leave
	ret
	.size fn.queueWatch, .-fn.queueWatch

# function queueWriteText(path, value)
	.type fn.queueWriteText,@function
fn.queueWriteText:
	.loc 1 1571 1
	# queueWriteText: function queueWriteText(path: string, value: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 1572 5
	# queueWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1573 5
	# queueWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1574 5
	# queueWriteText: requestAppendText(value);
	movq -16(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1575 5
	# queueWriteText: storeQueue(REPORT_WRITE);
	movq $2, %rdi	# REPORT_WRITE
	call fn.storeQueue
.Lreturn_466:
	leave
	ret
	.size fn.queueWriteText, .-fn.queueWriteText

# function logPathError(what, path, error)
	.type fn.logPathError,@function
fn.logPathError:
	.loc 1 1579 1
	# logPathError: function logPathError(what: string, path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter path
	movq %rdx, -24(%rbp)	# parameter error
	.loc 1 1580 5
	# logPathError: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 1581 5
	# logPathError: print(path);
	movq -16(%rbp), %rdi	# path
	call fn.print
	.loc 1 1582 5
	# logPathError: print(": ");
	leaq .Lstring214(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1583 5
	# logPathError: log(storeErrorName(error));
	movq -24(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_467:
	leave
	ret
	.size fn.logPathError, .-fn.logPathError

# function logPathErrorAt(what, path, length, error)
	.type fn.logPathErrorAt,@function
fn.logPathErrorAt:
	.loc 1 1587 1
	# logPathErrorAt: function logPathErrorAt(what: string, path: number, length: number, e...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter path
	movq %rdx, -24(%rbp)	# parameter length
	movq %rcx, -32(%rbp)	# parameter error
	.loc 1 1588 5
	# logPathErrorAt: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 1589 5
	# logPathErrorAt: printBytes(path, length);
	movq -16(%rbp), %rdi	# path
	movq -24(%rbp), %rsi	# length
	call fn.printBytes
	.loc 1 1590 5
	# logPathErrorAt: print(": ");
	leaq .Lstring214(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1591 5
	# logPathErrorAt: log(storeErrorName(error));
	movq -32(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_468:
	leave
	ret
	.size fn.logPathErrorAt, .-fn.logPathErrorAt

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1713 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1714 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_471
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_472
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_473
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_474
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_475
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_476
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_477
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_478
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_479
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_480
	jmp .Lcase_481
.Lcase_471:
	.loc 1 1715 31
	# actionName: return "poweroff";
	leaq .Lstring215(%rip), %rax	# "poweroff"
	jmp .Lreturn_469
.Lcase_472:
	.loc 1 1716 29
	# actionName: return "reboot";
	leaq .Lstring216(%rip), %rax	# "reboot"
	jmp .Lreturn_469
.Lcase_473:
	.loc 1 1717 27
	# actionName: return "halt";
	leaq .Lstring217(%rip), %rax	# "halt"
	jmp .Lreturn_469
.Lcase_474:
	.loc 1 1718 28
	# actionName: return "crash";
	leaq .Lstring218(%rip), %rax	# "crash"
	jmp .Lreturn_469
.Lcase_475:
	.loc 1 1719 30
	# actionName: return "suspend";
	leaq .Lstring219(%rip), %rax	# "suspend"
	jmp .Lreturn_469
.Lcase_476:
	.loc 1 1720 29
	# actionName: return "ignore";
	leaq .Lstring220(%rip), %rax	# "ignore"
	jmp .Lreturn_469
.Lcase_477:
	.loc 1 1721 27
	# actionName: return "hang";
	leaq .Lstring221(%rip), %rax	# "hang"
	jmp .Lreturn_469
.Lcase_478:
	.loc 1 1722 27
	# actionName: return "spin";
	leaq .Lstring222(%rip), %rax	# "spin"
	jmp .Lreturn_469
.Lcase_479:
	.loc 1 1723 31
	# actionName: return "watchdog";
	leaq .Lstring223(%rip), %rax	# "watchdog"
	jmp .Lreturn_469
.Lcase_480:
	.loc 1 1724 33
	# actionName: return "soft-reset";
	leaq .Lstring224(%rip), %rax	# "soft-reset"
	jmp .Lreturn_469
.Lcase_481:
	.loc 1 1725 18
	# actionName: return "none";
	leaq .Lstring225(%rip), %rax	# "none"
	jmp .Lreturn_469
.Lendswitch_470:
.Lreturn_469:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1730 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1731 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_LAST; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_483:
	movq -24(%rbp), %rax	# action
	cmpq $10, %rax	# compare with ACTION_LAST
	jg .Lendfor_485
	.loc 1 1732 9
	# actionFromBytes: if (bytesEqual(address, length, actionName(action))) {
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_486
	.loc 1 1733 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_482
.Lelse_486:
.Lfornext_484:
	.loc 1 1731 63
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_483
.Lendfor_485:
	.loc 1 1736 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_482:
	leave
	ret
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function ticksFor(seconds)
	.type fn.ticksFor,@function
fn.ticksFor:
	.loc 1 1749 1
	# ticksFor: function ticksFor(seconds: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter seconds
	.loc 1 1750 5
	# ticksFor: return seconds === 0 ? 0 : seconds + 1;
	movq -8(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jne .Lelse_488
	movq $0, %rax
	jmp .Lendcond_489
.Lelse_488:
	movq -8(%rbp), %rax	# seconds
	addq $1, %rax	# +
.Lendcond_489:
.Lreturn_487:
	leave
	ret
	.size fn.ticksFor, .-fn.ticksFor

# function setOverride(action, ackMode, ackText, ackLength, ackDelay, actDelay)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1761 1
	# setOverride: function setOverride(action: number, ackMode: number, ackText: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter ackMode
	movq %rdx, -24(%rbp)	# parameter ackText
	movq %rcx, -32(%rbp)	# parameter ackLength
	movq %r8, -40(%rbp)	# parameter ackDelay
	movq %r9, -48(%rbp)	# parameter actDelay
	.loc 1 1763 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1764 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1765 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1766 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1767 5
	# setOverride: overrideAckDelay = ackDelay;
	movq -40(%rbp), %rax	# ackDelay
	movq %rax, var.overrideAckDelay(%rip)	# overrideAckDelay =
	.loc 1 1768 5
	# setOverride: overrideActDelay = actDelay;
	movq -48(%rbp), %rax	# actDelay
	movq %rax, var.overrideActDelay(%rip)	# overrideActDelay =
	.loc 1 1769 5
	# setOverride: print("override set: ");
	leaq .Lstring226(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1770 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1771 5
	# setOverride: resultAppend("override set: ");
	leaq .Lstring226(%rip), %rdi	# "override set: "
	call fn.resultAppend
	.loc 1 1772 5
	# setOverride: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_490:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function setTimer(action, seconds)
	.type fn.setTimer,@function
fn.setTimer:
	.loc 1 1779 1
	# setTimer: function setTimer(action: number, seconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter seconds
	.loc 1 1780 5
	# setTimer: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_492
	.loc 1 1781 9
	# setTimer: print("timer replaced: ");
	leaq .Lstring227(%rip), %rdi	# "timer replaced: "
	call fn.print
	.loc 1 1782 9
	# setTimer: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lelse_492:
	.loc 1 1784 5
	# setTimer: timerAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1785 5
	# setTimer: timerTicksLeft = ticksFor(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.ticksFor
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1786 5
	# setTimer: timerSecondsSet = seconds;
	movq -16(%rbp), %rax	# seconds
	movq %rax, var.timerSecondsSet(%rip)	# timerSecondsSet =
	.loc 1 1787 5
	# setTimer: resultAppend("timer set: ");
	leaq .Lstring228(%rip), %rdi	# "timer set: "
	call fn.resultAppend
	.loc 1 1788 5
	# setTimer: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 1789 5
	# setTimer: print("timer set: ");
	leaq .Lstring228(%rip), %rdi	# "timer set: "
	call fn.print
	.loc 1 1790 5
	# setTimer: print(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1791 5
	# setTimer: print(" in ");
	leaq .Lstring229(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1792 5
	# setTimer: printDecimal(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.printDecimal
	.loc 1 1793 5
	# setTimer: log(" s");
	leaq .Lstring230(%rip), %rdi	# " s"
	call fn.log
.Lreturn_491:
	leave
	ret
	.size fn.setTimer, .-fn.setTimer

# function remember(record, address, length)
	.type fn.remember,@function
fn.remember:
	.loc 1 1818 1
	# remember: function remember(record: number, address: number, length: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1819 5
	# remember: store64(record, length);
	movq -8(%rbp), %rdi	# record
	movq -24(%rbp), %rax	# length
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1820 5
	# remember: copyBytes(record + 8, address, length);
	movq -8(%rbp), %rax	# record
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_494
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_494
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
.Lreturn_493:
	leave
	ret
.Ltrap_494:
	leaq .Lstring231(%rip), %rdi	# trap: kernel.ts:1820:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remember, .-fn.remember

# function forget(record)
	.type fn.forget,@function
fn.forget:
	.loc 1 1823 1
	# forget: function forget(record: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	.loc 1 1824 5
	# forget: store64(record, 0);
	movq -8(%rbp), %rdi	# record
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lreturn_495:
	leave
	ret
	.size fn.forget, .-fn.forget

# function isRemembered(record, address, length)
	.type fn.isRemembered,@function
fn.isRemembered:
	.loc 1 1827 1
	# isRemembered: function isRemembered(record: number, address: number, length: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1828 5
	# isRemembered: return length > 0 && load64(record) === length && bytesMatch(record +...
	movq -24(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	setg %al	# >
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_498
	movq -8(%rbp), %rax	# record
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_499
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_499
	cmpq -24(%rbp), %rax
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_498:
	testq %rax, %rax
	je .Lendlogic_497
	movq -8(%rbp), %rax	# record
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_500
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_500
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.bytesMatch
.Lendlogic_497:
.Lreturn_496:
	leave
	ret
.Ltrap_499:
	leaq .Lstring232(%rip), %rdi	# trap: kernel.ts:1828:26: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_500:
	leaq .Lstring233(%rip), %rdi	# trap: kernel.ts:1828:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.isRemembered, .-fn.isRemembered

# function alreadyHandled(guard, last)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1845 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	.loc 1 1846 5
	# alreadyHandled: if (guard && isRemembered(last, commandValue, commandLength)) {
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_502
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_502
	.loc 1 1847 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring234(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1848 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_501
.Lelse_502:
	.loc 1 1850 5
	# alreadyHandled: remember(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.remember
	.loc 1 1851 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_501:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1856 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1857 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1858 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_504
	.loc 1 1859 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_503
.Lelse_504:
	.loc 1 1861 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_505
	.loc 1 1862 9
	# readControlKey: logPathError("xenstore: cannot read ", path, length);
	leaq .Lstring235(%rip), %rdi	# "xenstore: cannot read "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# length
	call fn.logPathError
	.loc 1 1863 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_503
.Lelse_505:
	.loc 1 1865 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_506
	.loc 1 1866 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_503
.Lelse_506:
	.loc 1 1868 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1869 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1870 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1871 5
	# readControlKey: print(" = ");
	leaq .Lstring236(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1872 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1873 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1874 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_503:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1877 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1878 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1879 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_508
	.loc 1 1880 9
	# acknowledge: logPathError("ack failed: ", path, result);
	leaq .Lstring237(%rip), %rdi	# "ack failed: "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_508:
.Lreturn_507:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1886 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1887 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1888 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1889 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring238(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_510
	.loc 1 1890 9
	# handleShutdownRequest: return;
	jmp .Lreturn_509
.Lelse_510:
	.loc 1 1892 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_511
	.loc 1 1893 9
	# handleShutdownRequest: return;
	jmp .Lreturn_509
.Lelse_511:
	.loc 1 1895 5
	# handleShutdownRequest: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1896 5
	# handleShutdownRequest: if (isRemembered(ownShutdownAck, commandValue, commandLength)) {
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_512
	.loc 1 1897 9
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1898 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring239(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1899 9
	# handleShutdownRequest: return;
	jmp .Lreturn_509
.Lelse_512:
	.loc 1 1901 5
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1902 5
	# handleShutdownRequest: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_513
	.loc 1 1903 9
	# handleShutdownRequest: log("busy with a delayed response; request ignored");
	leaq .Lstring240(%rip), %rdi	# "busy with a delayed response; request i
	call fn.log
	.loc 1 1904 9
	# handleShutdownRequest: return;
	jmp .Lreturn_509
.Lelse_513:
	.loc 1 1906 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_514
	.loc 1 1907 9
	# handleShutdownRequest: startResponse();
	call fn.startResponse
	.loc 1 1908 9
	# handleShutdownRequest: return;
	jmp .Lreturn_509
.Lelse_514:
	.loc 1 1910 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring238(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1911 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1912 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_516
	movq -16(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_515
.Lskip_516:
	.loc 1 1913 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring241(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1914 9
	# handleShutdownRequest: return;
	jmp .Lreturn_509
.Lelse_515:
	.loc 1 1916 5
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_509:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function startResponse()
	.type fn.startResponse,@function
fn.startResponse:
	.loc 1 1920 1
	# startResponse: function startResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1921 5
	# startResponse: responseAction = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, var.responseAction(%rip)	# responseAction =
	.loc 1 1922 5
	# startResponse: responseAckMode = overrideAckMode;
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	movq %rax, var.responseAckMode(%rip)	# responseAckMode =
	.loc 1 1923 5
	# startResponse: copyBytes(responseAckText, overrideAckText, overrideAckLength);
	leaq buf.responseAckText(%rip), %rdi	# responseAckText
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.copyBytes
	.loc 1 1924 5
	# startResponse: responseAckLength = overrideAckLength;
	movq var.overrideAckLength(%rip), %rax	# overrideAckLength
	movq %rax, var.responseAckLength(%rip)	# responseAckLength =
	.loc 1 1925 5
	# startResponse: responseActDelay = overrideActDelay;
	movq var.overrideActDelay(%rip), %rax	# overrideActDelay
	movq %rax, var.responseActDelay(%rip)	# responseActDelay =
	.loc 1 1926 5
	# startResponse: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1927 5
	# startResponse: print("override ");
	leaq .Lstring242(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1928 5
	# startResponse: print(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1929 5
	# startResponse: log(" replaces the request");
	leaq .Lstring243(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1930 5
	# startResponse: if (overrideAckDelay > 0) {
	movq var.overrideAckDelay(%rip), %rax	# overrideAckDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_518
	.loc 1 1931 9
	# startResponse: responsePhase = RESPONSE_ACKING;
	movq $1, %rax	# RESPONSE_ACKING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1932 9
	# startResponse: responseTicksLeft = ticksFor(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1933 9
	# startResponse: print("acknowledging in ");
	leaq .Lstring244(%rip), %rdi	# "acknowledging in "
	call fn.print
	.loc 1 1934 9
	# startResponse: printDecimal(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.printDecimal
	.loc 1 1935 9
	# startResponse: log(" s");
	leaq .Lstring230(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1936 9
	# startResponse: return;
	jmp .Lreturn_517
.Lelse_518:
	.loc 1 1938 5
	# startResponse: acknowledgeThenAct();
	call fn.acknowledgeThenAct
.Lreturn_517:
	leave
	ret
	.size fn.startResponse, .-fn.startResponse

# function acknowledgeThenAct()
	.type fn.acknowledgeThenAct,@function
fn.acknowledgeThenAct:
	.loc 1 1941 1
	# acknowledgeThenAct: function acknowledgeThenAct(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1942 5
	# acknowledgeThenAct: acknowledgeShutdownPerResponse();
	call fn.acknowledgeShutdownPerResponse
	.loc 1 1943 5
	# acknowledgeThenAct: if (responseActDelay > 0) {
	movq var.responseActDelay(%rip), %rax	# responseActDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_520
	.loc 1 1944 9
	# acknowledgeThenAct: responsePhase = RESPONSE_ACTING;
	movq $2, %rax	# RESPONSE_ACTING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1945 9
	# acknowledgeThenAct: responseTicksLeft = ticksFor(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1946 9
	# acknowledgeThenAct: print("acting in ");
	leaq .Lstring245(%rip), %rdi	# "acting in "
	call fn.print
	.loc 1 1947 9
	# acknowledgeThenAct: printDecimal(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.printDecimal
	.loc 1 1948 9
	# acknowledgeThenAct: log(" s");
	leaq .Lstring230(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1949 9
	# acknowledgeThenAct: return;
	jmp .Lreturn_519
.Lelse_520:
	.loc 1 1951 5
	# acknowledgeThenAct: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1952 5
	# acknowledgeThenAct: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
.Lreturn_519:
	leave
	ret
	.size fn.acknowledgeThenAct, .-fn.acknowledgeThenAct

# function acknowledgeShutdownPerResponse()
	.type fn.acknowledgeShutdownPerResponse,@function
fn.acknowledgeShutdownPerResponse:
	.loc 1 1955 1
	# acknowledgeShutdownPerResponse: function acknowledgeShutdownPerResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1956 5
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_OK) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_522
	.loc 1 1957 9
	# acknowledgeShutdownPerResponse: acknowledge("control/shutdown");
	leaq .Lstring238(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_523
.Lelse_522:
	.loc 1 1958 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_NONE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_524
	.loc 1 1959 9
	# acknowledgeShutdownPerResponse: log("request left in place, as the override asked");
	leaq .Lstring246(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_525
.Lelse_524:
	.loc 1 1960 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_DELETE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_526
	.loc 1 1961 9
	# acknowledgeShutdownPerResponse: const result = storeRemove("control/shutdown");
	leaq .Lstring238(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1962 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_527
	.loc 1 1963 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring237(%rip), %rdi	# "ack failed: "
	leaq .Lstring238(%rip), %rsi	# "control/shutdown"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_527:
	jmp .Lendif_528
.Lelse_526:
	.loc 1 1966 9
	# acknowledgeShutdownPerResponse: const result = storeWrite("control/shutdown", responseAckText, respon...
	leaq .Lstring238(%rip), %rdi	# "control/shutdown"
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1967 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_529
	.loc 1 1968 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring237(%rip), %rdi	# "ack failed: "
	leaq .Lstring238(%rip), %rsi	# "control/shutdown"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
	jmp .Lendif_530
.Lelse_529:
	.loc 1 1970 13
	# acknowledgeShutdownPerResponse: remember(ownShutdownAck, responseAckText, responseAckLength);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.remember
.Lendif_530:
.Lendif_528:
.Lendif_525:
.Lendif_523:
.Lreturn_521:
	leave
	ret
	.size fn.acknowledgeShutdownPerResponse, .-fn.acknowledgeShutdownPerResponse

# function countDownOneSecond()
	.type fn.countDownOneSecond,@function
fn.countDownOneSecond:
	.loc 1 1979 1
	# countDownOneSecond: function countDownOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1980 5
	# countDownOneSecond: if (timerAction !== ACTION_NONE && timerTicksLeft > 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_532
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_532
	.loc 1 1981 9
	# countDownOneSecond: timerTicksLeft = timerTicksLeft - 1;
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_533
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1982 9
	# countDownOneSecond: if (timerTicksLeft > 0) {
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_534
	.loc 1 1983 13
	# countDownOneSecond: print("timer: ");
	leaq .Lstring247(%rip), %rdi	# "timer: "
	call fn.print
	.loc 1 1984 13
	# countDownOneSecond: print(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1985 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring229(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1986 13
	# countDownOneSecond: printDecimal(timerTicksLeft);
	movq var.timerTicksLeft(%rip), %rdi	# timerTicksLeft
	call fn.printDecimal
	.loc 1 1987 13
	# countDownOneSecond: log(" s");
	leaq .Lstring230(%rip), %rdi	# " s"
	call fn.log
.Lelse_534:
.Lelse_532:
	.loc 1 1990 5
	# countDownOneSecond: if (responsePhase !== RESPONSE_NONE && responseTicksLeft > 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_535
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_535
	.loc 1 1991 9
	# countDownOneSecond: responseTicksLeft = responseTicksLeft - 1;
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_536
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1992 9
	# countDownOneSecond: if (responseTicksLeft > 0) {
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_537
	.loc 1 1993 13
	# countDownOneSecond: print("response: ");
	leaq .Lstring248(%rip), %rdi	# "response: "
	call fn.print
	.loc 1 1994 13
	# countDownOneSecond: print(responsePhase === RESPONSE_ACKING ? "acknowledging" : actionNam...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_538
	leaq .Lstring249(%rip), %rax	# "acknowledging"
	jmp .Lendcond_539
.Lelse_538:
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
.Lendcond_539:
	movq %rax, %rdi
	call fn.print
	.loc 1 1995 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring229(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1996 13
	# countDownOneSecond: printDecimal(responseTicksLeft);
	movq var.responseTicksLeft(%rip), %rdi	# responseTicksLeft
	call fn.printDecimal
	.loc 1 1997 13
	# countDownOneSecond: log(" s");
	leaq .Lstring230(%rip), %rdi	# " s"
	call fn.log
.Lelse_537:
.Lelse_535:
.Lreturn_531:
	leave
	ret
.Ltrap_533:
	leaq .Lstring250(%rip), %rdi	# trap: kernel.ts:1981:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_536:
	leaq .Lstring251(%rip), %rdi	# trap: kernel.ts:1991:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.countDownOneSecond, .-fn.countDownOneSecond

# function runDueCounts()
	.type fn.runDueCounts,@function
fn.runDueCounts:
	.loc 1 2003 1
	# runDueCounts: function runDueCounts(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2004 5
	# runDueCounts: if (responsePhase === RESPONSE_ACKING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_541
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_541
	.loc 1 2005 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 2006 9
	# runDueCounts: acknowledgeThenAct();
	call fn.acknowledgeThenAct
	.loc 1 2007 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_540
.Lelse_541:
	.loc 1 2009 5
	# runDueCounts: if (responsePhase === RESPONSE_ACTING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $2, %rax	# compare with RESPONSE_ACTING
	jne .Lelse_542
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_542
	.loc 1 2010 9
	# runDueCounts: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 2011 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 2012 9
	# runDueCounts: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
	.loc 1 2013 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_540
.Lelse_542:
	.loc 1 2015 5
	# runDueCounts: if (timerAction !== ACTION_NONE && timerTicksLeft === 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_543
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_543
	.loc 1 2016 9
	# runDueCounts: const action = timerAction;
	movq var.timerAction(%rip), %rax	# timerAction
	movq %rax, -8(%rbp)	# action
	.loc 1 2017 9
	# runDueCounts: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 2018 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 2019 9
	# runDueCounts: print("timer fired: ");
	leaq .Lstring252(%rip), %rdi	# "timer fired: "
	call fn.print
	.loc 1 2020 9
	# runDueCounts: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2021 9
	# runDueCounts: performAction(action);
	movq -8(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 2022 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_540
.Lelse_543:
	.loc 1 2024 5
	# runDueCounts: return false;
	movq $0, %rax	# false
.Lreturn_540:
	leave
	ret
	.size fn.runDueCounts, .-fn.runDueCounts

# function handleSysrq()
	.type fn.handleSysrq,@function
fn.handleSysrq:
	.loc 1 2029 1
	# handleSysrq: function handleSysrq(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2030 5
	# handleSysrq: const guard = sysrqRepeatGuard;
	movq var.sysrqRepeatGuard(%rip), %rax	# sysrqRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 2031 5
	# handleSysrq: sysrqRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 2032 5
	# handleSysrq: if (!readControlKey("control/sysrq")) {
	leaq .Lstring253(%rip), %rdi	# "control/sysrq"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_545
	.loc 1 2033 9
	# handleSysrq: return;
	jmp .Lreturn_544
.Lelse_545:
	.loc 1 2035 5
	# handleSysrq: if (alreadyHandled(guard, lastSysrqValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastSysrqValue(%rip), %rsi	# lastSysrqValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_546
	.loc 1 2036 9
	# handleSysrq: return;
	jmp .Lreturn_544
.Lelse_546:
	.loc 1 2038 5
	# handleSysrq: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 2039 5
	# handleSysrq: acknowledge("control/sysrq");
	leaq .Lstring253(%rip), %rdi	# "control/sysrq"
	call fn.acknowledge
	.loc 1 2040 5
	# handleSysrq: if (commandLength !== 1) {
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $1, %rax	# compare with 1
	je .Lelse_547
	.loc 1 2041 9
	# handleSysrq: logBogus(BOGUS_SYSRQ_NOT_ONE_KEY);
	movq $19, %rdi	# BOGUS_SYSRQ_NOT_ONE_KEY
	call fn.logBogus
	.loc 1 2042 9
	# handleSysrq: return;
	jmp .Lreturn_544
.Lelse_547:
	.loc 1 2044 5
	# handleSysrq: const key = load8(commandValue);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# key
	.loc 1 2045 5
	# handleSysrq: print("sysrq: ");
	leaq .Lstring254(%rip), %rdi	# "sysrq: "
	call fn.print
	.loc 1 2046 5
	# handleSysrq: printEscapedByte(key);
	movq -16(%rbp), %rdi	# key
	call fn.printEscapedByte
	.loc 1 2047 5
	# handleSysrq: let action = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, -24(%rbp)	# action
	.loc 1 2048 5
	# handleSysrq: if (key === 99) {                    // 'c'
	movq -16(%rbp), %rax	# key
	cmpq $99, %rax	# compare with 99
	jne .Lelse_548
	.loc 1 2049 9
	# handleSysrq: action = ACTION_CRASH;
	movq $4, %rax	# ACTION_CRASH
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_549
.Lelse_548:
	.loc 1 2050 12
	# handleSysrq: if (key === 98) {             // 'b'
	movq -16(%rbp), %rax	# key
	cmpq $98, %rax	# compare with 98
	jne .Lelse_550
	.loc 1 2051 9
	# handleSysrq: action = ACTION_REBOOT;
	movq $2, %rax	# ACTION_REBOOT
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_551
.Lelse_550:
	.loc 1 2052 12
	# handleSysrq: if (key === 111) {            // 'o'
	movq -16(%rbp), %rax	# key
	cmpq $111, %rax	# compare with 111
	jne .Lelse_552
	.loc 1 2053 9
	# handleSysrq: action = ACTION_POWEROFF;
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action =
.Lelse_552:
.Lendif_551:
.Lendif_549:
	.loc 1 2055 5
	# handleSysrq: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_553
	.loc 1 2056 9
	# handleSysrq: log(" (no action)");
	leaq .Lstring255(%rip), %rdi	# " (no action)"
	call fn.log
	.loc 1 2057 9
	# handleSysrq: return;
	jmp .Lreturn_544
.Lelse_553:
	.loc 1 2059 5
	# handleSysrq: endLine();
	call fn.endLine
	.loc 1 2060 5
	# handleSysrq: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_544:
	leave
	ret
	.size fn.handleSysrq, .-fn.handleSysrq

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 2087 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2088 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_556
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_557
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_558
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_559
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_560
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_561
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_562
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_563
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_564
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_565
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_566
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_567
	cmpq $13, %rax	# case BOGUS_AFTER_FORM
	je .Lcase_568
	cmpq $14, %rax	# case BOGUS_SECONDS
	je .Lcase_569
	cmpq $15, %rax	# case BOGUS_DELAY_NOT_SECONDS
	je .Lcase_570
	cmpq $16, %rax	# case BOGUS_ACK_DELAY_NOT_SECONDS
	je .Lcase_571
	cmpq $17, %rax	# case BOGUS_ACK_DELAY_NOW
	je .Lcase_572
	cmpq $18, %rax	# case BOGUS_SUSPEND_CHANNEL_MODE
	je .Lcase_573
	cmpq $19, %rax	# case BOGUS_SYSRQ_NOT_ONE_KEY
	je .Lcase_574
	cmpq $20, %rax	# case BOGUS_FEATURE_FORM
	je .Lcase_575
	cmpq $21, %rax	# case BOGUS_BALLOON_FORM
	je .Lcase_576
	jmp .Lcase_577
.Lcase_556:
	.loc 1 2089 29
	# bogusReason: return "expected now:, next:, after:, cancel, suspend-channel:, agent...
	leaq .Lstring256(%rip), %rax	# "expected now:, next:, after:, cancel, s
	jmp .Lreturn_554
.Lcase_557:
	.loc 1 2090 36
	# bogusReason: return "unknown action";
	leaq .Lstring257(%rip), %rax	# "unknown action"
	jmp .Lreturn_554
.Lcase_558:
	.loc 1 2091 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring258(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_554
.Lcase_559:
	.loc 1 2092 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring259(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_554
.Lcase_560:
	.loc 1 2093 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring260(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_554
.Lcase_561:
	.loc 1 2094 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring261(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_554
.Lcase_562:
	.loc 1 2095 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring262(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_554
.Lcase_563:
	.loc 1 2096 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring263(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_554
.Lcase_564:
	.loc 1 2097 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring264(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_554
.Lcase_565:
	.loc 1 2098 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring265(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_554
.Lcase_566:
	.loc 1 2099 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring266(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_554
.Lcase_567:
	.loc 1 2100 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring267(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_554
.Lcase_568:
	.loc 1 2101 32
	# bogusReason: return "after: expects after:<seconds>:<action>";
	leaq .Lstring268(%rip), %rax	# "after: expects after:<seconds>:<action>
	jmp .Lreturn_554
.Lcase_569:
	.loc 1 2102 29
	# bogusReason: return "seconds must be a whole number from 0 to 86400";
	leaq .Lstring269(%rip), %rax	# "seconds must be a whole number from 0 t
	jmp .Lreturn_554
.Lcase_570:
	.loc 1 2103 39
	# bogusReason: return "member \"delay\" is not a whole number of seconds from 0 to 8...
	leaq .Lstring270(%rip), %rax	# "member \"delay\" is not a whole number 
	jmp .Lreturn_554
.Lcase_571:
	.loc 1 2104 43
	# bogusReason: return "member \"ackDelay\" is not a whole number of seconds from 0 t...
	leaq .Lstring271(%rip), %rax	# "member \"ackDelay\" is not a whole numb
	jmp .Lreturn_554
.Lcase_572:
	.loc 1 2105 35
	# bogusReason: return "\"ackDelay\" needs \"when\":\"onshutdown\"";
	leaq .Lstring272(%rip), %rax	# "\"ackDelay\" needs \"when\":\"onshutdow
	jmp .Lreturn_554
.Lcase_573:
	.loc 1 2106 42
	# bogusReason: return "unknown suspend-channel mode";
	leaq .Lstring273(%rip), %rax	# "unknown suspend-channel mode"
	jmp .Lreturn_554
.Lcase_574:
	.loc 1 2107 39
	# bogusReason: return "control/sysrq must be one key";
	leaq .Lstring274(%rip), %rax	# "control/sysrq must be one key"
	jmp .Lreturn_554
.Lcase_575:
	.loc 1 2108 34
	# bogusReason: return "feature: expects feature:<name>:on|off|absent";
	leaq .Lstring275(%rip), %rax	# "feature: expects feature:<name>:on|off|
	jmp .Lreturn_554
.Lcase_576:
	.loc 1 2109 34
	# bogusReason: return "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<pe...
	leaq .Lstring276(%rip), %rax	# "balloon: expects balloon:obey|refuse|sl
	jmp .Lreturn_554
.Lcase_577:
	.loc 1 2110 18
	# bogusReason: return "unreadable command";
	leaq .Lstring277(%rip), %rax	# "unreadable command"
	jmp .Lreturn_554
.Lendswitch_555:
.Lreturn_554:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function logBogus(reason)
	.type fn.logBogus,@function
fn.logBogus:
	.loc 1 2114 1
	# logBogus: function logBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2115 5
	# logBogus: print("bogus command: ");
	leaq .Lstring278(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 2116 5
	# logBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_578:
	leave
	ret
	.size fn.logBogus, .-fn.logBogus

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 2120 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2121 5
	# reportBogus: logBogus(reason);
	movq -8(%rbp), %rdi	# reason
	call fn.logBogus
	.loc 1 2122 5
	# reportBogus: resultAppend("bogus command: ");
	leaq .Lstring278(%rip), %rdi	# "bogus command: "
	call fn.resultAppend
	.loc 1 2123 5
	# reportBogus: resultAppend(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_579:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function secondsFromBytes(address, length)
	.type fn.secondsFromBytes,@function
fn.secondsFromBytes:
	.loc 1 2128 1
	# secondsFromBytes: function secondsFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 2129 5
	# secondsFromBytes: if (length > 6) {
	movq -16(%rbp), %rax	# length
	cmpq $6, %rax	# compare with 6
	jle .Lelse_581
	.loc 1 2130 9
	# secondsFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_580
.Lelse_581:
	.loc 1 2132 5
	# secondsFromBytes: const value = decimalFromBytes(address, length);
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	call fn.decimalFromBytes
	movq %rax, -24(%rbp)	# value
	.loc 1 2133 5
	# secondsFromBytes: return value > SECONDS_MAX ? -1 : value;
	movq -24(%rbp), %rax	# value
	cmpq $86400, %rax	# compare with SECONDS_MAX
	jle .Lelse_582
	movq $-1, %rax
	jmp .Lendcond_583
.Lelse_582:
	movq -24(%rbp), %rax	# value
.Lendcond_583:
.Lreturn_580:
	leave
	ret
	.size fn.secondsFromBytes, .-fn.secondsFromBytes

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 2136 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2137 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 2138 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 2139 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring279(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_585
	.loc 1 2140 9
	# handleTestingCommand: return;
	jmp .Lreturn_584
.Lelse_585:
	.loc 1 2142 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_586
	.loc 1 2143 9
	# handleTestingCommand: return;
	jmp .Lreturn_584
.Lelse_586:
	.loc 1 2145 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring279(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 2146 5
	# handleTestingCommand: obeyCommand();
	call fn.obeyCommand
.Lreturn_584:
	leave
	ret
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function obeyCommand()
	.type fn.obeyCommand,@function
fn.obeyCommand:
	.loc 1 2150 1
	# obeyCommand: function obeyCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2151 5
	# obeyCommand: noteCommand();
	call fn.noteCommand
	.loc 1 2153 5
	# obeyCommand: let start = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# start
	.loc 1 2154 5
	# obeyCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_588:
	movq -8(%rbp), %rax	# start
	cmpq var.commandLength(%rip), %rax
	jge .Lendwhile_589
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq -8(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_590
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_590
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_589
	.loc 1 2155 9
	# obeyCommand: start = start + 1;
	movq -8(%rbp), %rax	# start
	addq $1, %rax	# +
	movq %rax, -8(%rbp)	# start =
	jmp .Lwhile_588
.Lendwhile_589:
	.loc 1 2157 5
	# obeyCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -8(%rbp), %rax	# start
	cmpq var.commandLength(%rip), %rax
	jge .Lelse_591
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq -8(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_592
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_592
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_591
	.loc 1 2158 9
	# obeyCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 2159 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_591:
	.loc 1 2161 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring280(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_593
	.loc 1 2162 9
	# obeyCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_594
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_594
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	subq $4, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 2163 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_595
	.loc 1 2164 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2165 13
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_595:
	.loc 1 2167 9
	# obeyCommand: resultAppend("action: ");
	leaq .Lstring281(%rip), %rdi	# "action: "
	call fn.resultAppend
	.loc 1 2168 9
	# obeyCommand: resultAppend(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 2169 9
	# obeyCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 2170 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_593:
	.loc 1 2172 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring282(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_596
	.loc 1 2173 9
	# obeyCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $5, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_597
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_597
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	subq $5, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 2174 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_598
	.loc 1 2175 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2176 13
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_598:
	.loc 1 2178 9
	# obeyCommand: setOverride(action, ACK_OK, 0, 0, 0, 0);
	movq -24(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	movq $0, %r8
	movq $0, %r9
	call fn.setOverride
	.loc 1 2179 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_596:
	.loc 1 2181 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "after:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring283(%rip), %rdx	# "after:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_599
	.loc 1 2182 9
	# obeyCommand: handleAfter();
	call fn.handleAfter
	.loc 1 2183 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_599:
	.loc 1 2185 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "cancel")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring284(%rip), %rdx	# "cancel"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_600
	.loc 1 2186 9
	# obeyCommand: cancelEverything();
	call fn.cancelEverything
	.loc 1 2187 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_600:
	.loc 1 2189 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "suspend-channel:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring285(%rip), %rdx	# "suspend-channel:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_601
	.loc 1 2190 9
	# obeyCommand: const mode = suspendChannelModeFromBytes(commandValue + 16, commandLe...
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_602
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_602
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	subq $16, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.suspendChannelModeFromBytes
	movq %rax, -32(%rbp)	# mode
	.loc 1 2191 9
	# obeyCommand: if (mode < 0) {
	movq -32(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with 0
	jge .Lelse_603
	.loc 1 2192 13
	# obeyCommand: reportBogus(BOGUS_SUSPEND_CHANNEL_MODE);
	movq $18, %rdi	# BOGUS_SUSPEND_CHANNEL_MODE
	call fn.reportBogus
	.loc 1 2193 13
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_603:
	.loc 1 2195 9
	# obeyCommand: setSuspendChannel(mode);
	movq -32(%rbp), %rdi	# mode
	call fn.setSuspendChannel
	.loc 1 2196 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_601:
	.loc 1 2198 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:on")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring286(%rip), %rdx	# "agent:on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_604
	.loc 1 2199 9
	# obeyCommand: setAgent(true);
	movq $1, %rdi	# true
	call fn.setAgent
	.loc 1 2200 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_604:
	.loc 1 2202 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:off")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring287(%rip), %rdx	# "agent:off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_605
	.loc 1 2203 9
	# obeyCommand: setAgent(false);
	movq $0, %rdi	# false
	call fn.setAgent
	.loc 1 2204 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_605:
	.loc 1 2206 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "feature:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring288(%rip), %rdx	# "feature:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_606
	.loc 1 2207 9
	# obeyCommand: handleFeature();
	call fn.handleFeature
	.loc 1 2208 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_606:
	.loc 1 2210 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "cant-suspend:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring289(%rip), %rdx	# "cant-suspend:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_607
	.loc 1 2211 9
	# obeyCommand: handleCantSuspend();
	call fn.handleCantSuspend
	.loc 1 2212 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_607:
	.loc 1 2214 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "balloon:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring290(%rip), %rdx	# "balloon:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_608
	.loc 1 2215 9
	# obeyCommand: handleBalloonCommand();
	call fn.handleBalloonCommand
	.loc 1 2216 9
	# obeyCommand: return;
	jmp .Lreturn_587
.Lelse_608:
	.loc 1 2218 5
	# obeyCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_587:
	leave
	ret
.Ltrap_590:
	leaq .Lstring291(%rip), %rdi	# trap: kernel.ts:2154:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_592:
	leaq .Lstring292(%rip), %rdi	# trap: kernel.ts:2157:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_594:
	leaq .Lstring293(%rip), %rdi	# trap: kernel.ts:2162:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_597:
	leaq .Lstring294(%rip), %rdi	# trap: kernel.ts:2173:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_602:
	leaq .Lstring295(%rip), %rdi	# trap: kernel.ts:2190:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommand, .-fn.obeyCommand

# function handleAfter()
	.type fn.handleAfter,@function
fn.handleAfter:
	.loc 1 2222 1
	# handleAfter: function handleAfter(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	.loc 1 2223 5
	# handleAfter: const seconds = commandValue + 6;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $6, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_610
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_610
	movq %rax, -8(%rbp)	# seconds
	.loc 1 2224 5
	# handleAfter: let secondsLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# secondsLength
	.loc 1 2225 5
	# handleAfter: while (6 + secondsLength < commandLength && load8(seconds + secondsLe...
.Lwhile_611:
	movq $6, %rax
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_613
	cmpq var.commandLength(%rip), %rax
	jge .Lendwhile_612
	movq -8(%rbp), %rax	# seconds
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_614
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lendwhile_612
	.loc 1 2226 9
	# handleAfter: secondsLength = secondsLength + 1;
	movq -16(%rbp), %rax	# secondsLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_615
	movq %rax, -16(%rbp)	# secondsLength =
	jmp .Lwhile_611
.Lendwhile_612:
	.loc 1 2228 5
	# handleAfter: const actionLength = commandLength - 6 - secondsLength - 1;
	movq var.commandLength(%rip), %rax	# commandLength
	subq $6, %rax	# -
	subq -16(%rbp), %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_616
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_616
	movq %rax, -24(%rbp)	# actionLength
	.loc 1 2229 5
	# handleAfter: if (secondsLength === 0 || actionLength <= 0) {
	movq -16(%rbp), %rax	# secondsLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_618
	movq -24(%rbp), %rax	# actionLength
	cmpq $0, %rax	# compare with 0
	jg .Lelse_617
.Lskip_618:
	.loc 1 2230 9
	# handleAfter: reportBogus(BOGUS_AFTER_FORM);
	movq $13, %rdi	# BOGUS_AFTER_FORM
	call fn.reportBogus
	.loc 1 2231 9
	# handleAfter: return;
	jmp .Lreturn_609
.Lelse_617:
	.loc 1 2233 5
	# handleAfter: const count = secondsFromBytes(seconds, secondsLength);
	movq -8(%rbp), %rdi	# seconds
	movq -16(%rbp), %rsi	# secondsLength
	call fn.secondsFromBytes
	movq %rax, -32(%rbp)	# count
	.loc 1 2234 5
	# handleAfter: if (count < 0) {
	movq -32(%rbp), %rax	# count
	cmpq $0, %rax	# compare with 0
	jge .Lelse_619
	.loc 1 2235 9
	# handleAfter: reportBogus(BOGUS_SECONDS);
	movq $14, %rdi	# BOGUS_SECONDS
	call fn.reportBogus
	.loc 1 2236 9
	# handleAfter: return;
	jmp .Lreturn_609
.Lelse_619:
	.loc 1 2238 5
	# handleAfter: const action = actionFromBytes(seconds + secondsLength + 1, actionLen...
	movq -8(%rbp), %rax	# seconds
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_620
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_620
	movq %rax, %rdi
	movq -24(%rbp), %rsi	# actionLength
	call fn.actionFromBytes
	movq %rax, -40(%rbp)	# action
	.loc 1 2239 5
	# handleAfter: if (action === ACTION_NONE) {
	movq -40(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_621
	.loc 1 2240 9
	# handleAfter: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2241 9
	# handleAfter: return;
	jmp .Lreturn_609
.Lelse_621:
	.loc 1 2243 5
	# handleAfter: setTimer(action, count);
	movq -40(%rbp), %rdi	# action
	movq -32(%rbp), %rsi	# count
	call fn.setTimer
.Lreturn_609:
	leave
	ret
.Ltrap_610:
	leaq .Lstring296(%rip), %rdi	# trap: kernel.ts:2223:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_613:
	leaq .Lstring297(%rip), %rdi	# trap: kernel.ts:2225:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_614:
	leaq .Lstring298(%rip), %rdi	# trap: kernel.ts:2225:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_615:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:2226:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_616:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:2228:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_620:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:2238:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleAfter, .-fn.handleAfter

# function cancelEverything()
	.type fn.cancelEverything,@function
fn.cancelEverything:
	.loc 1 2246 1
	# cancelEverything: function cancelEverything(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2247 5
	# cancelEverything: let dropped = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# dropped
	.loc 1 2248 5
	# cancelEverything: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_623
	.loc 1 2249 9
	# cancelEverything: print("override cancelled: ");
	leaq .Lstring302(%rip), %rdi	# "override cancelled: "
	call fn.print
	.loc 1 2250 9
	# cancelEverything: log(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2251 9
	# cancelEverything: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 2252 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_623:
	.loc 1 2254 5
	# cancelEverything: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_624
	.loc 1 2255 9
	# cancelEverything: print("timer cancelled: ");
	leaq .Lstring303(%rip), %rdi	# "timer cancelled: "
	call fn.print
	.loc 1 2256 9
	# cancelEverything: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2257 9
	# cancelEverything: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 2258 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_624:
	.loc 1 2260 5
	# cancelEverything: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_625
	.loc 1 2261 9
	# cancelEverything: print("delayed response cancelled: ");
	leaq .Lstring304(%rip), %rdi	# "delayed response cancelled: "
	call fn.print
	.loc 1 2262 9
	# cancelEverything: log(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2263 9
	# cancelEverything: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 2264 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_625:
	.loc 1 2266 5
	# cancelEverything: if (!dropped) {
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	jne .Lelse_626
	.loc 1 2267 9
	# cancelEverything: log("cancel: nothing was pending");
	leaq .Lstring305(%rip), %rdi	# "cancel: nothing was pending"
	call fn.log
.Lelse_626:
	.loc 1 2269 5
	# cancelEverything: resultAppend(dropped ? "cancelled" : "nothing was pending");
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	je .Lelse_627
	leaq .Lstring306(%rip), %rax	# "cancelled"
	jmp .Lendcond_628
.Lelse_627:
	leaq .Lstring307(%rip), %rax	# "nothing was pending"
.Lendcond_628:
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_622:
	leave
	ret
	.size fn.cancelEverything, .-fn.cancelEverything

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 2275 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2276 5
	# handleJsonCommand: const refusal = readJsonCommand();
	call fn.readJsonCommand
	movq %rax, -8(%rbp)	# refusal
	.loc 1 2277 5
	# handleJsonCommand: if (refusal !== 0) {
	movq -8(%rbp), %rax	# refusal
	cmpq $0, %rax	# compare with 0
	je .Lelse_630
	.loc 1 2278 9
	# handleJsonCommand: reportBogus(refusal);
	movq -8(%rbp), %rdi	# refusal
	call fn.reportBogus
	.loc 1 2279 9
	# handleJsonCommand: return;
	jmp .Lreturn_629
.Lelse_630:
	.loc 1 2281 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, jsonActionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq var.jsonActionLength(%rip), %rsi	# jsonActionLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 2282 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_631
	.loc 1 2283 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2284 9
	# handleJsonCommand: return;
	jmp .Lreturn_629
.Lelse_631:
	.loc 1 2286 5
	# handleJsonCommand: const delay = jsonDelay < 0 ? 0 : jsonDelay;
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jge .Lelse_632
	movq $0, %rax
	jmp .Lendcond_633
.Lelse_632:
	movq var.jsonDelay(%rip), %rax	# jsonDelay
.Lendcond_633:
	movq %rax, -24(%rbp)	# delay
	.loc 1 2287 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring308(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_634
	.loc 1 2288 9
	# handleJsonCommand: if (jsonAckDelay >= 0) {
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_635
	.loc 1 2289 13
	# handleJsonCommand: reportBogus(BOGUS_ACK_DELAY_NOW);
	movq $17, %rdi	# BOGUS_ACK_DELAY_NOW
	call fn.reportBogus
	jmp .Lendif_636
.Lelse_635:
	.loc 1 2290 16
	# handleJsonCommand: if (jsonDelay >= 0) {
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_637
	.loc 1 2291 13
	# handleJsonCommand: setTimer(action, delay);
	movq -16(%rbp), %rdi	# action
	movq -24(%rbp), %rsi	# delay
	call fn.setTimer
	jmp .Lendif_638
.Lelse_637:
	.loc 1 2293 13
	# handleJsonCommand: resultAppend("action: ");
	leaq .Lstring281(%rip), %rdi	# "action: "
	call fn.resultAppend
	.loc 1 2294 13
	# handleJsonCommand: resultAppend(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 2295 13
	# handleJsonCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lendif_638:
.Lendif_636:
	.loc 1 2297 9
	# handleJsonCommand: return;
	jmp .Lreturn_629
.Lelse_634:
	.loc 1 2299 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring309(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_639
	.loc 1 2300 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 2301 9
	# handleJsonCommand: return;
	jmp .Lreturn_629
.Lelse_639:
	.loc 1 2303 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -32(%rbp)	# ackMode
	.loc 1 2304 5
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring310(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_640
	.loc 1 2305 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_641
.Lelse_640:
	.loc 1 2306 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring225(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_642
	.loc 1 2307 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_643
.Lelse_642:
	.loc 1 2308 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring311(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_644
	.loc 1 2309 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -32(%rbp)	# ackMode =
.Lelse_644:
.Lendif_643:
.Lendif_641:
	.loc 1 2311 5
	# handleJsonCommand: setOverride(action, ackMode, jsonAck, jsonAckLength, jsonAckDelay < 0...
	movq -16(%rbp), %rax	# action
	pushq %rax
	movq -32(%rbp), %rax	# ackMode
	pushq %rax
	leaq buf.jsonAck(%rip), %rax	# jsonAck
	pushq %rax
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	pushq %rax
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
	cmpq $0, %rax	# compare with 0
	jge .Lelse_645
	movq $0, %rax
	jmp .Lendcond_646
.Lelse_645:
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
.Lendcond_646:
	movq %rax, %r8
	popq %rcx
	popq %rdx
	popq %rsi
	popq %rdi
	movq -24(%rbp), %r9	# delay
	call fn.setOverride
.Lreturn_629:
	leave
	ret
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function commandLineAddress()
	.type fn.commandLineAddress,@function
fn.commandLineAddress:
	.loc 1 2323 1
	# commandLineAddress: function commandLineAddress(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2324 5
	# commandLineAddress: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_648
	.loc 1 2325 9
	# commandLineAddress: return startInfo + START_INFO_CMD_LINE;
	movq var.startInfo(%rip), %rax	# startInfo
	addq $128, %rax	# +
	jo .Ltrap_649
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_649
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_649
	jmp .Lreturn_647
.Lelse_648:
	.loc 1 2327 5
	# commandLineAddress: const address = load64(hvmStartInfo + HVM_START_INFO_CMDLINE_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $24, %rax	# +
	jo .Ltrap_650
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_650
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_650
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_651
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_651
	movq %rax, -8(%rbp)	# address
	.loc 1 2328 5
	# commandLineAddress: if (address !== 0 && address + COMMAND_LINE_BYTES > IDENTITY_MAP_END) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	je .Lelse_652
	movq -8(%rbp), %rax	# address
	addq $1024, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_653
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jle .Lelse_652
	.loc 1 2329 9
	# commandLineAddress: log("command line: above the first 4 GiB, which boot.S does not map; ...
	leaq .Lstring312(%rip), %rdi	# "command line: above the first 4 GiB, wh
	call fn.log
	.loc 1 2330 9
	# commandLineAddress: return 0;
	movq $0, %rax
	jmp .Lreturn_647
.Lelse_652:
	.loc 1 2332 5
	# commandLineAddress: return address;
	movq -8(%rbp), %rax	# address
.Lreturn_647:
	leave
	ret
.Ltrap_649:
	leaq .Lstring313(%rip), %rdi	# trap: kernel.ts:2325:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_650:
	leaq .Lstring314(%rip), %rdi	# trap: kernel.ts:2327:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_651:
	leaq .Lstring315(%rip), %rdi	# trap: kernel.ts:2327:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_653:
	leaq .Lstring316(%rip), %rdi	# trap: kernel.ts:2328:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.commandLineAddress, .-fn.commandLineAddress

# function obeyCommandLine()
	.type fn.obeyCommandLine,@function
fn.obeyCommandLine:
	.loc 1 2335 1
	# obeyCommandLine: function obeyCommandLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2336 5
	# obeyCommandLine: const address = commandLineAddress();
	call fn.commandLineAddress
	movq %rax, -8(%rbp)	# address
	.loc 1 2337 5
	# obeyCommandLine: if (address === 0) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	jne .Lelse_655
	.loc 1 2338 9
	# obeyCommandLine: return;
	jmp .Lreturn_654
.Lelse_655:
	.loc 1 2342 5
	# obeyCommandLine: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 2343 5
	# obeyCommandLine: while (length < COMMAND_LINE_BYTES && load8(address + length) !== 0) {
.Lwhile_656:
	movq -16(%rbp), %rax	# length
	cmpq $1024, %rax	# compare with COMMAND_LINE_BYTES
	jge .Lendwhile_657
	movq -8(%rbp), %rax	# address
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_658
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_657
	.loc 1 2344 9
	# obeyCommandLine: store8(commandLine + length, load8(address + length));
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_659
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_659
	pushq %rax
	movq -8(%rbp), %rax	# address
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_660
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 2345 9
	# obeyCommandLine: length = length + 1;
	movq -16(%rbp), %rax	# length
	addq $1, %rax	# +
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_656
.Lendwhile_657:
	.loc 1 2347 5
	# obeyCommandLine: let at = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# at
	.loc 1 2348 5
	# obeyCommandLine: while (at < length) {
.Lwhile_661:
	movq -24(%rbp), %rax	# at
	cmpq -16(%rbp), %rax
	jge .Lendwhile_662
	.loc 1 2349 9
	# obeyCommandLine: while (at < length && load8(commandLine + at) === 32) {
.Lwhile_663:
	movq -24(%rbp), %rax	# at
	cmpq -16(%rbp), %rax
	jge .Lendwhile_664
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_665
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_665
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	jne .Lendwhile_664
	.loc 1 2350 13
	# obeyCommandLine: at = at + 1;
	movq -24(%rbp), %rax	# at
	addq $1, %rax	# +
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_663
.Lendwhile_664:
	.loc 1 2352 9
	# obeyCommandLine: let end = at;
	movq -24(%rbp), %rax	# at
	movq %rax, -32(%rbp)	# end
	.loc 1 2353 9
	# obeyCommandLine: while (end < length && load8(commandLine + end) !== 32) {
.Lwhile_666:
	movq -32(%rbp), %rax	# end
	cmpq -16(%rbp), %rax
	jge .Lendwhile_667
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_668
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_668
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	je .Lendwhile_667
	.loc 1 2354 13
	# obeyCommandLine: end = end + 1;
	movq -32(%rbp), %rax	# end
	addq $1, %rax	# +
	movq %rax, -32(%rbp)	# end =
	jmp .Lwhile_666
.Lendwhile_667:
	.loc 1 2356 9
	# obeyCommandLine: if (end > at) {
	movq -32(%rbp), %rax	# end
	cmpq -24(%rbp), %rax
	jle .Lelse_669
	.loc 1 2357 13
	# obeyCommandLine: copyBytes(commandValue, commandLine + at, end - at);
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_670
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_670
	pushq %rax
	movq -32(%rbp), %rax	# end
	subq -24(%rbp), %rax	# -
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 2358 13
	# obeyCommandLine: commandLength = end - at;
	movq -32(%rbp), %rax	# end
	subq -24(%rbp), %rax	# -
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 2359 13
	# obeyCommandLine: print("command line: ");
	leaq .Lstring317(%rip), %rdi	# "command line: "
	call fn.print
	.loc 1 2360 13
	# obeyCommandLine: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 2361 13
	# obeyCommandLine: endLine();
	call fn.endLine
	.loc 1 2362 13
	# obeyCommandLine: obeyCommand();
	call fn.obeyCommand
.Lelse_669:
	.loc 1 2364 9
	# obeyCommandLine: at = end;
	movq -32(%rbp), %rax	# end
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_661
.Lendwhile_662:
.Lreturn_654:
	leave
	ret
.Ltrap_658:
	leaq .Lstring318(%rip), %rdi	# trap: kernel.ts:2343:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_659:
	leaq .Lstring319(%rip), %rdi	# trap: kernel.ts:2344:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_660:
	leaq .Lstring320(%rip), %rdi	# trap: kernel.ts:2344:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_665:
	leaq .Lstring321(%rip), %rdi	# trap: kernel.ts:2349:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_668:
	leaq .Lstring322(%rip), %rdi	# trap: kernel.ts:2353:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_670:
	leaq .Lstring323(%rip), %rdi	# trap: kernel.ts:2357:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommandLine, .-fn.obeyCommandLine

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 2379 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 2380 5
	# watch: queueWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.queueWatch
	.loc 1 2381 5
	# watch: storeFinishBatch();
	call fn.storeFinishBatch
.Lreturn_671:
	leave
	ret
	.size fn.watch, .-fn.watch

# function connectControlKeys()
	.type fn.connectControlKeys,@function
fn.connectControlKeys:
	.loc 1 2384 1
	# connectControlKeys: function connectControlKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2385 5
	# connectControlKeys: queueWatch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring238(%rip), %rdi	# "control/shutdown"
	leaq .Lstring126(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.queueWatch
	.loc 1 2386 5
	# connectControlKeys: queueWatch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring279(%rip), %rdi	# "control/testing"
	leaq .Lstring127(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.queueWatch
	.loc 1 2387 5
	# connectControlKeys: queueWatch("control/sysrq", WATCH_TOKEN_SYSRQ);
	leaq .Lstring253(%rip), %rdi	# "control/sysrq"
	leaq .Lstring128(%rip), %rsi	# WATCH_TOKEN_SYSRQ
	call fn.queueWatch
	.loc 1 2388 5
	# connectControlKeys: queueWriteText("control/feature-poweroff", "1");
	leaq .Lstring325(%rip), %rdi	# "control/feature-poweroff"
	leaq .Lstring324(%rip), %rsi	# "1"
	call fn.queueWriteText
	.loc 1 2389 5
	# connectControlKeys: queueWriteText("control/feature-reboot", "1");
	leaq .Lstring326(%rip), %rdi	# "control/feature-reboot"
	leaq .Lstring324(%rip), %rsi	# "1"
	call fn.queueWriteText
	.loc 1 2390 5
	# connectControlKeys: queueWriteText("control/feature-suspend", "1");
	leaq .Lstring327(%rip), %rdi	# "control/feature-suspend"
	leaq .Lstring324(%rip), %rsi	# "1"
	call fn.queueWriteText
.Lreturn_672:
	leave
	ret
	.size fn.connectControlKeys, .-fn.connectControlKeys

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 2426 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2427 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_676
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_676:
	testq %rax, %rax
	jne .Lendlogic_675
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_675:
	testq %rax, %rax
	jne .Lendlogic_674
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_674:
.Lreturn_673:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 2430 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2431 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lelse_678
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_679
.Lelse_678:
	movq $-1, %rax
.Lendcond_679:
.Lreturn_677:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 2434 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2435 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_681:
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lendwhile_682
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_682
	.loc 1 2436 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_683
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_683
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_681
.Lendwhile_682:
.Lreturn_680:
	leave
	ret
.Ltrap_683:
	leaq .Lstring328(%rip), %rdi	# trap: kernel.ts:2436:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 2440 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2441 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_685
	.loc 1 2442 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_685:
	.loc 1 2444 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_684:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 2447 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2448 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_687
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_687
	.loc 1 2449 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	subq $48, %rax	# -
	jmp .Lreturn_686
.Lelse_687:
	.loc 1 2451 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_688
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_688
	.loc 1 2452 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	subq $87, %rax	# -
	jmp .Lreturn_686
.Lelse_688:
	.loc 1 2454 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_689
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_689
	.loc 1 2455 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	subq $55, %rax	# -
	jmp .Lreturn_686
.Lelse_689:
	.loc 1 2457 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_686:
	leave
	ret
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 2461 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2462 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	subq var.jsonAt(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_692
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_692
	cmpq $4, %rax	# compare with 4
	jge .Lelse_691
	.loc 1 2463 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_690
.Lelse_691:
	.loc 1 2465 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 2466 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_693:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_695
	.loc 1 2467 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_696
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_696
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 2468 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_697
	.loc 1 2469 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_690
.Lelse_697:
	.loc 1 2471 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	imulq $16, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_698
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_698
	movq %rax, -8(%rbp)	# value =
.Lfornext_694:
	.loc 1 2466 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_693
.Lendfor_695:
	.loc 1 2473 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_699
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_699
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2474 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_690:
	leave
	ret
.Ltrap_692:
	leaq .Lstring329(%rip), %rdi	# trap: kernel.ts:2462:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_696:
	leaq .Lstring330(%rip), %rdi	# trap: kernel.ts:2467:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_698:
	leaq .Lstring331(%rip), %rdi	# trap: kernel.ts:2471:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_699:
	leaq .Lstring332(%rip), %rdi	# trap: kernel.ts:2473:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 2477 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 2478 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_701
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_701
	.loc 1 2479 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	addq var.jsonDecodedLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_702
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_702
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_701:
	.loc 1 2481 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_703
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_700:
	leave
	ret
.Ltrap_702:
	leaq .Lstring333(%rip), %rdi	# trap: kernel.ts:2479:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_703:
	leaq .Lstring334(%rip), %rdi	# trap: kernel.ts:2481:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 2484 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 2485 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_705
	.loc 1 2486 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_706
.Lelse_705:
	.loc 1 2487 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_707
	.loc 1 2488 9
	# jsonEmitCodePoint: jsonEmit(destination, 0xc0 + (codePoint >> 6));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	sarl $6, %eax	# >>
	movq %rax, %rdi
	movq $192, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2489 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + (codePoint & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	andl $63, %eax	# &
	movq %rax, %rdi
	movq $128, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_708
.Lelse_707:
	.loc 1 2490 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_709
	.loc 1 2491 9
	# jsonEmitCodePoint: jsonEmit(destination, 0xe0 + (codePoint >> 12));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	sarl $12, %eax	# >>
	movq %rax, %rdi
	movq $224, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2492 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + ((codePoint >> 6) & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	sarl $6, %eax	# >>
	andl $63, %eax	# &
	movq %rax, %rdi
	movq $128, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2493 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + (codePoint & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	andl $63, %eax	# &
	movq %rax, %rdi
	movq $128, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_710
.Lelse_709:
	.loc 1 2495 9
	# jsonEmitCodePoint: jsonEmit(destination, 0xf0 + (codePoint >> 18));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	sarl $18, %eax	# >>
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	movq $240, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2496 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + ((codePoint >> 12) & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	sarl $12, %eax	# >>
	movslq %eax, %rax	# int32 result
	andl $63, %eax	# &
	movq %rax, %rdi
	movq $128, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2497 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + ((codePoint >> 6) & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	sarl $6, %eax	# >>
	movslq %eax, %rax	# int32 result
	andl $63, %eax	# &
	movq %rax, %rdi
	movq $128, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2498 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + (codePoint & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	andl $63, %eax	# &
	movq %rax, %rdi
	movq $128, %rax
	addq %rdi, %rax	# +
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
.Lendif_710:
.Lendif_708:
.Lendif_706:
.Lreturn_704:
	leave
	ret
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 2504 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 2505 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_712
	.loc 1 2506 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_711
.Lelse_712:
	.loc 1 2508 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_713
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_713
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2509 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 2510 5
	# jsonString: while (true) {
.Lwhile_714:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_715
	.loc 1 2511 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jl .Lelse_716
	.loc 1 2512 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_711
.Lelse_716:
	.loc 1 2514 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 2515 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_717
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_717
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2516 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_718
	.loc 1 2517 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_711
.Lelse_718:
	.loc 1 2519 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_719
	.loc 1 2520 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_711
.Lelse_719:
	.loc 1 2522 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_720
	.loc 1 2523 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 2524 13
	# jsonString: continue;
	jmp .Lwhile_714
.Lelse_720:
	.loc 1 2526 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jl .Lelse_721
	.loc 1 2527 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_711
.Lelse_721:
	.loc 1 2529 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 2530 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_722
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_722
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2531 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_724
	cmpq $92, %rax	# case 92
	je .Lcase_725
	cmpq $47, %rax	# case 47
	je .Lcase_726
	cmpq $98, %rax	# case 98
	je .Lcase_727
	cmpq $102, %rax	# case 102
	je .Lcase_728
	cmpq $110, %rax	# case 110
	je .Lcase_729
	cmpq $114, %rax	# case 114
	je .Lcase_730
	cmpq $116, %rax	# case 116
	je .Lcase_731
	cmpq $117, %rax	# case 117
	je .Lcase_732
	jmp .Lcase_733
.Lcase_724:
	.loc 1 2532 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 2532 49
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_725:
	.loc 1 2533 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 2533 49
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_726:
	.loc 1 2534 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 2534 49
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_727:
	.loc 1 2535 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 2535 48
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_728:
	.loc 1 2536 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 2536 50
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_729:
	.loc 1 2537 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 2537 50
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_730:
	.loc 1 2538 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 2538 50
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_731:
	.loc 1 2539 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 2539 49
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_732:
	.loc 1 2541 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 2542 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_734
	.loc 1 2543 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_711
.Lelse_734:
	.loc 1 2546 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_735
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_735
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	subq var.jsonAt(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_736
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_736
	cmpq $6, %rax	# compare with 6
	jl .Lelse_735
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_735
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_737
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_737
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_735
	.loc 1 2548 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 2549 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $2, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_738
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_738
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2550 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 2551 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_739
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_739
	.loc 1 2552 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq -32(%rbp), %rax	# codePoint
	subq $55296, %rax	# -
	imulq $1024, %rax	# *
	movq %rax, %rdi
	movq $65536, %rax
	addq %rdi, %rax	# +
	pushq %rax
	movq -48(%rbp), %rax	# low
	subq $56320, %rax	# -
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_740
.Lelse_739:
	.loc 1 2554 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_740:
.Lelse_735:
	.loc 1 2557 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 2558 17
	# jsonString: break;
	jmp .Lendswitch_723
.Lcase_733:
	.loc 1 2561 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_711
.Lendswitch_723:
	jmp .Lwhile_714
.Lendwhile_715:
.Lreturn_711:
	leave
	ret
.Ltrap_713:
	leaq .Lstring335(%rip), %rdi	# trap: kernel.ts:2508:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_717:
	leaq .Lstring336(%rip), %rdi	# trap: kernel.ts:2515:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_722:
	leaq .Lstring337(%rip), %rdi	# trap: kernel.ts:2530:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_736:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:2546:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_737:
	leaq .Lstring339(%rip), %rdi	# trap: kernel.ts:2547:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_738:
	leaq .Lstring340(%rip), %rdi	# trap: kernel.ts:2549:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 2566 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2567 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 2568 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_742:
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lendwhile_743
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_743
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_743
	.loc 1 2569 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_744
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_744
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2570 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_745
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_742
.Lendwhile_743:
	.loc 1 2572 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_741:
	leave
	ret
.Ltrap_744:
	leaq .Lstring341(%rip), %rdi	# trap: kernel.ts:2569:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_745:
	leaq .Lstring342(%rip), %rdi	# trap: kernel.ts:2570:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 2576 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2577 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_747
	.loc 1 2578 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_748
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_748
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_747:
	.loc 1 2580 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_749
	.loc 1 2581 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_750
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_750
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_751
.Lelse_749:
	.loc 1 2582 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_752
	.loc 1 2583 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_746
.Lelse_752:
.Lendif_751:
	.loc 1 2585 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_753
	.loc 1 2586 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_754
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_754
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2587 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_755
	.loc 1 2588 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_746
.Lelse_755:
.Lelse_753:
	.loc 1 2591 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_757
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_756
.Lskip_757:
	.loc 1 2592 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_758
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_758
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2593 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_760
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_759
.Lskip_760:
	.loc 1 2594 13
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_761
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_761
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_759:
	.loc 1 2596 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_762
	.loc 1 2597 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_746
.Lelse_762:
.Lelse_756:
	.loc 1 2600 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_746:
	leave
	ret
.Ltrap_748:
	leaq .Lstring343(%rip), %rdi	# trap: kernel.ts:2578:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_750:
	leaq .Lstring344(%rip), %rdi	# trap: kernel.ts:2581:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_754:
	leaq .Lstring345(%rip), %rdi	# trap: kernel.ts:2586:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_758:
	leaq .Lstring346(%rip), %rdi	# trap: kernel.ts:2592:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_761:
	leaq .Lstring347(%rip), %rdi	# trap: kernel.ts:2594:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 2603 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 2604 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	subq var.jsonAt(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_766
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_766
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_765
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_764
.Lskip_765:
	.loc 1 2605 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_763
.Lelse_764:
	.loc 1 2607 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_767
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_767
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2608 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_763:
	leave
	ret
.Ltrap_766:
	leaq .Lstring348(%rip), %rdi	# trap: kernel.ts:2604:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_767:
	leaq .Lstring349(%rip), %rdi	# trap: kernel.ts:2607:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 2612 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 2613 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_769
	.loc 1 2614 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_768
.Lelse_769:
	.loc 1 2616 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2617 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 2618 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_770
	.loc 1 2619 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_768
.Lelse_770:
	.loc 1 2621 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_772
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_771
.Lskip_772:
	.loc 1 2622 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_773
	movq $125, %rax
	jmp .Lendcond_774
.Lelse_773:
	movq $93, %rax
.Lendcond_774:
	movq %rax, -24(%rbp)	# closer
	.loc 1 2623 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_775
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_775
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2624 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2625 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	cmpq -24(%rbp), %rax
	jne .Lelse_776
	.loc 1 2626 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_777
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_777
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2627 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_768
.Lelse_776:
	.loc 1 2629 9
	# jsonSkipValue: while (true) {
.Lwhile_778:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_779
	.loc 1 2630 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_780
	.loc 1 2631 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2632 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_781
	.loc 1 2633 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_768
.Lelse_781:
	.loc 1 2635 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2636 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_782
	.loc 1 2637 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_768
.Lelse_782:
	.loc 1 2639 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_783
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_783
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_780:
	.loc 1 2641 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	addq $1, %rax	# +
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_784
	.loc 1 2642 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_768
.Lelse_784:
	.loc 1 2644 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2645 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 2646 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_785
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_785
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2647 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	cmpq -24(%rbp), %rax
	jne .Lelse_786
	.loc 1 2648 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_768
.Lelse_786:
	.loc 1 2650 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_787
	.loc 1 2651 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_768
.Lelse_787:
	jmp .Lwhile_778
.Lendwhile_779:
.Lelse_771:
	.loc 1 2655 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_788
	.loc 1 2656 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring350(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_768
.Lelse_788:
	.loc 1 2658 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_789
	.loc 1 2659 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring351(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_768
.Lelse_789:
	.loc 1 2661 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_790
	.loc 1 2662 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring352(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_768
.Lelse_790:
	.loc 1 2664 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_768:
	leave
	ret
.Ltrap_775:
	leaq .Lstring353(%rip), %rdi	# trap: kernel.ts:2623:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_777:
	leaq .Lstring354(%rip), %rdi	# trap: kernel.ts:2626:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_783:
	leaq .Lstring355(%rip), %rdi	# trap: kernel.ts:2639:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_785:
	leaq .Lstring356(%rip), %rdi	# trap: kernel.ts:2646:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 2668 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 2669 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2670 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_792
	.loc 1 2671 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_793
	.loc 1 2672 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_791
.Lelse_793:
	.loc 1 2674 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 2675 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_791
.Lelse_792:
	.loc 1 2677 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_794
	.loc 1 2678 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_791
.Lelse_794:
	.loc 1 2680 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_791:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function jsonMemberSeconds(notSecondsReason)
	.type fn.jsonMemberSeconds,@function
fn.jsonMemberSeconds:
	.loc 1 2687 1
	# jsonMemberSeconds: function jsonMemberSeconds(notSecondsReason: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter notSecondsReason
	.loc 1 2688 5
	# jsonMemberSeconds: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2689 5
	# jsonMemberSeconds: const start = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -16(%rbp)	# start
	.loc 1 2690 5
	# jsonMemberSeconds: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_796
	.loc 1 2691 9
	# jsonMemberSeconds: return -1;
	movq $-1, %rax
	jmp .Lreturn_795
.Lelse_796:
	.loc 1 2693 5
	# jsonMemberSeconds: const seconds = secondsFromBytes(start, jsonAt - start);
	movq -16(%rbp), %rax	# start
	pushq %rax
	movq var.jsonAt(%rip), %rax	# jsonAt
	subq -16(%rbp), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_797
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_797
	movq %rax, %rsi
	popq %rdi
	call fn.secondsFromBytes
	movq %rax, -24(%rbp)	# seconds
	.loc 1 2694 5
	# jsonMemberSeconds: if (seconds < 0) {
	movq -24(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jge .Lelse_798
	.loc 1 2695 9
	# jsonMemberSeconds: jsonFail(notSecondsReason);
	movq -8(%rbp), %rdi	# notSecondsReason
	call fn.jsonFail
.Lelse_798:
	.loc 1 2697 5
	# jsonMemberSeconds: return seconds;
	movq -24(%rbp), %rax	# seconds
.Lreturn_795:
	leave
	ret
.Ltrap_797:
	leaq .Lstring357(%rip), %rdi	# trap: kernel.ts:2693:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonMemberSeconds, .-fn.jsonMemberSeconds

# function readJsonCommand()
	.type fn.readJsonCommand,@function
fn.readJsonCommand:
	.loc 1 2703 1
	# readJsonCommand: function readJsonCommand(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 2704 5
	# readJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2705 5
	# readJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq var.commandLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_800
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_800
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 2706 5
	# readJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 2707 5
	# readJsonCommand: jsonWhenLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	.loc 1 2708 5
	# readJsonCommand: jsonAckLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	.loc 1 2709 5
	# readJsonCommand: jsonActionLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	.loc 1 2710 5
	# readJsonCommand: jsonDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	.loc 1 2711 5
	# readJsonCommand: jsonAckDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	.loc 1 2712 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2713 5
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_801
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_801
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2714 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2715 5
	# readJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_802
	.loc 1 2716 9
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_803
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_803
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_804
.Lelse_802:
	.loc 1 2718 9
	# readJsonCommand: while (jsonError === 0) {
.Lwhile_805:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_806
	.loc 1 2719 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2720 13
	# readJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_807
	.loc 1 2721 17
	# readJsonCommand: break;
	jmp .Lendwhile_806
.Lelse_807:
	.loc 1 2723 13
	# readJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -8(%rbp)	# keyLength
	.loc 1 2724 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2725 13
	# readJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_808
	.loc 1 2726 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 2727 17
	# readJsonCommand: break;
	jmp .Lendwhile_806
.Lelse_808:
	.loc 1 2729 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_809
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_809
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2730 13
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring358(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_810
	.loc 1 2731 17
	# readJsonCommand: jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	jmp .Lendif_811
.Lelse_810:
	.loc 1 2732 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring359(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_812
	.loc 1 2733 17
	# readJsonCommand: jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	jmp .Lendif_813
.Lelse_812:
	.loc 1 2734 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring360(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_814
	.loc 1 2735 17
	# readJsonCommand: jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRI...
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	jmp .Lendif_815
.Lelse_814:
	.loc 1 2736 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "delay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring361(%rip), %rdx	# "delay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_816
	.loc 1 2737 17
	# readJsonCommand: jsonDelay = jsonMemberSeconds(BOGUS_DELAY_NOT_SECONDS);
	movq $15, %rdi	# BOGUS_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	jmp .Lendif_817
.Lelse_816:
	.loc 1 2738 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ackDelay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring362(%rip), %rdx	# "ackDelay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_818
	.loc 1 2739 17
	# readJsonCommand: jsonAckDelay = jsonMemberSeconds(BOGUS_ACK_DELAY_NOT_SECONDS);
	movq $16, %rdi	# BOGUS_ACK_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	jmp .Lendif_819
.Lelse_818:
	.loc 1 2741 17
	# readJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_819:
.Lendif_817:
.Lendif_815:
.Lendif_813:
.Lendif_811:
	.loc 1 2743 13
	# readJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_820
	.loc 1 2744 17
	# readJsonCommand: break;
	jmp .Lendwhile_806
.Lelse_820:
	.loc 1 2746 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2747 13
	# readJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# next
	.loc 1 2748 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_821
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_821
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2749 13
	# readJsonCommand: if (next === 125) {
	movq -16(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_822
	.loc 1 2750 17
	# readJsonCommand: break;
	jmp .Lendwhile_806
.Lelse_822:
	.loc 1 2752 13
	# readJsonCommand: if (next !== 44) {
	movq -16(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_823
	.loc 1 2753 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_823:
	jmp .Lwhile_805
.Lendwhile_806:
.Lendif_804:
	.loc 1 2757 5
	# readJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_824
	.loc 1 2758 9
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2759 9
	# readJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lelse_825
	.loc 1 2760 13
	# readJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_825:
.Lelse_824:
	.loc 1 2763 5
	# readJsonCommand: if (jsonError === 0 && jsonWhenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_826
	movq var.jsonWhenLength(%rip), %rax	# jsonWhenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_826
	.loc 1 2764 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_826:
	.loc 1 2766 5
	# readJsonCommand: if (jsonError === 0 && jsonAckLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_827
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_827
	.loc 1 2767 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_827:
	.loc 1 2769 5
	# readJsonCommand: if (jsonError === 0 && jsonActionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_828
	movq var.jsonActionLength(%rip), %rax	# jsonActionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_828
	.loc 1 2770 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_828:
	.loc 1 2772 5
	# readJsonCommand: return jsonError;
	movq var.jsonError(%rip), %rax	# jsonError
.Lreturn_799:
	leave
	ret
.Ltrap_800:
	leaq .Lstring363(%rip), %rdi	# trap: kernel.ts:2705:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_801:
	leaq .Lstring364(%rip), %rdi	# trap: kernel.ts:2713:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_803:
	leaq .Lstring365(%rip), %rdi	# trap: kernel.ts:2716:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_809:
	leaq .Lstring366(%rip), %rdi	# trap: kernel.ts:2729:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_821:
	leaq .Lstring367(%rip), %rdi	# trap: kernel.ts:2748:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readJsonCommand, .-fn.readJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 2834 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 2835 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_830:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_832
	.loc 1 2836 9
	# clearWords: store64(address + i * 8, 0);
	movq -24(%rbp), %rax	# i
	imulq $8, %rax	# *
	movq %rax, %rdi
	movq -8(%rbp), %rax	# address
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_833
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_833
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_831:
	.loc 1 2835 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_830
.Lendfor_832:
.Lreturn_829:
	leave
	ret
.Ltrap_833:
	leaq .Lstring368(%rip), %rdi	# trap: kernel.ts:2836:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 2842 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 7 local slot(s)
	.loc 1 2843 5
	# publishFrameListTree: const entries = p2mExtended ? balloonPfnLimit : domainPages;
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_835
	movq var.balloonPfnLimit(%rip), %rax	# balloonPfnLimit
	jmp .Lendcond_836
.Lelse_835:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_836:
	movq %rax, -8(%rbp)	# entries
	.loc 1 2844 5
	# publishFrameListTree: const builderPages = Math.floor(p2mBuilderEntries / P2M_ENTRIES_PER_P...
	movq var.p2mBuilderEntries(%rip), %rax	# p2mBuilderEntries
	sarq $9, %rax	# Math.floor(a / 512)
	movq %rax, -16(%rbp)	# builderPages
	.loc 1 2845 5
	# publishFrameListTree: const p2mPages = Math.floor((entries + P2M_ENTRIES_PER_PAGE - 1) / P2...
	movq -8(%rbp), %rax	# entries
	addq $512, %rax	# +
	jo .Ltrap_837
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_837
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_837
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_837
	sarq $9, %rax	# Math.floor(a / 512)
	movq %rax, -24(%rbp)	# p2mPages
	.loc 1 2846 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -24(%rbp), %rax	# p2mPages
	addq $512, %rax	# +
	subq $1, %rax	# -
	sarq $9, %rax	# Math.floor(a / 512)
	movq %rax, -32(%rbp)	# frameListCount
	.loc 1 2847 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -32(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_838
	.loc 1 2848 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring369(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 2849 9
	# publishFrameListTree: printDecimal(entries);
	movq -8(%rbp), %rdi	# entries
	call fn.printDecimal
	.loc 1 2850 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring370(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 2851 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_834
.Lelse_838:
	.loc 1 2853 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 2854 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# frameListCount
	imulq $512, %rax	# *
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 2855 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# page
.Lfor_839:
	movq -40(%rbp), %rax	# page
	cmpq -24(%rbp), %rax
	jge .Lendfor_841
	.loc 1 2856 9
	# publishFrameListTree: const address = p2mExtended && page >= builderPages ?
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_842
	movq -40(%rbp), %rax	# page
	cmpq -16(%rbp), %rax
	jl .Lelse_842
	movq -40(%rbp), %rax	# page
	subq -16(%rbp), %rax	# -
	imulq $4096, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_844
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_844
	movq %rax, %rdi
	leaq buf.p2mExtension(%rip), %rax	# p2mExtension
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_845
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_845
	jmp .Lendcond_843
.Lelse_842:
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -40(%rbp), %rax	# page
	imulq $4096, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_846
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_847
.Lendcond_843:
	movq %rax, -48(%rbp)	# address
	.loc 1 2858 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(address));
	movq -40(%rbp), %rax	# page
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.frameLists(%rip), %rax	# frameLists
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_848
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_848
	pushq %rax
	movq -48(%rbp), %rdi	# address
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_840:
	.loc 1 2855 41
	# publishFrameListTree: page++
	movq -40(%rbp), %rax	# page
	addq $1, %rax	# ++
	movq %rax, -40(%rbp)	# page =
	jmp .Lfor_839
.Lendfor_841:
	.loc 1 2860 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -56(%rbp)	# list
.Lfor_849:
	movq -56(%rbp), %rax	# list
	cmpq -32(%rbp), %rax
	jge .Lendfor_851
	.loc 1 2861 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	movq -56(%rbp), %rax	# list
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.frameListList(%rip), %rax	# frameListList
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_852
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_852
	pushq %rax
	movq -56(%rbp), %rax	# list
	imulq $4096, %rax	# *
	movq %rax, %rdi
	leaq buf.frameLists(%rip), %rax	# frameLists
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_853
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_853
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_850:
	.loc 1 2860 47
	# publishFrameListTree: list++
	movq -56(%rbp), %rax	# list
	addq $1, %rax	# ++
	movq %rax, -56(%rbp)	# list =
	jmp .Lfor_849
.Lendfor_851:
	.loc 1 2863 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, entries);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $3088, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_854
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_854
	movq %rax, %rdi
	movq -8(%rbp), %rax	# entries
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2864 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 2865 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $3096, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_855
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_855
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2866 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_834:
	leave
	ret
.Ltrap_837:
	leaq .Lstring371(%rip), %rdi	# trap: kernel.ts:2845:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_844:
	leaq .Lstring372(%rip), %rdi	# trap: kernel.ts:2857:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_845:
	leaq .Lstring373(%rip), %rdi	# trap: kernel.ts:2857:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_846:
	leaq .Lstring374(%rip), %rdi	# trap: kernel.ts:2857:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_847:
	leaq .Lstring375(%rip), %rdi	# trap: kernel.ts:2857:64: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_848:
	leaq .Lstring376(%rip), %rdi	# trap: kernel.ts:2858:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_852:
	leaq .Lstring377(%rip), %rdi	# trap: kernel.ts:2861:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_853:
	leaq .Lstring378(%rip), %rdi	# trap: kernel.ts:2861:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_854:
	leaq .Lstring379(%rip), %rdi	# trap: kernel.ts:2863:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_855:
	leaq .Lstring380(%rip), %rdi	# trap: kernel.ts:2865:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 2869 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2870 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 2871 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_857
	.loc 1 2872 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_857:
	.loc 1 2874 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_856:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendHypercall(startInfoFrame)
	.type fn.suspendHypercall,@function
fn.suspendHypercall:
	.loc 1 2878 1
	# suspendHypercall: function suspendHypercall(startInfoFrame: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoFrame
	.loc 1 2879 5
	# suspendHypercall: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2880 5
	# suspendHypercall: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArgum...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_858:
	leave
	ret
	.size fn.suspendHypercall, .-fn.suspendHypercall

# function suspendPv()
	.type fn.suspendPv,@function
fn.suspendPv:
	.loc 1 2884 1
	# suspendPv: function suspendPv(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2887 5
	# suspendPv: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 2888 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $56, %rax	# +
	jo .Ltrap_860
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_860
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_860
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	sarq $12, %rax	# Math.floor(a / 4096)
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2889 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $72, %rax	# +
	jo .Ltrap_861
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_861
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_861
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	sarq $12, %rax	# Math.floor(a / 4096)
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2890 5
	# suspendPv: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 2891 5
	# suspendPv: const result = unmapResult === 0 ? suspendHypercall(startInfoFrame) :...
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_862
	movq -8(%rbp), %rdi	# startInfoFrame
	call fn.suspendHypercall
	jmp .Lendcond_863
.Lelse_862:
	movq -16(%rbp), %rax	# unmapResult
.Lendcond_863:
	movq %rax, -24(%rbp)	# result
	.loc 1 2892 5
	# suspendPv: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_864
	.loc 1 2893 9
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
	jmp .Lreturn_859
.Lelse_864:
	.loc 1 2898 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	addq $56, %rax	# +
	jo .Ltrap_865
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_865
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_865
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2899 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $72, %rax	# +
	jo .Ltrap_866
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_866
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_866
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2900 5
	# suspendPv: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_867
	.loc 1 2901 9
	# suspendPv: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_867:
	.loc 1 2903 5
	# suspendPv: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2904 5
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
.Lreturn_859:
	leave
	ret
.Ltrap_860:
	leaq .Lstring381(%rip), %rdi	# trap: kernel.ts:2888:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_861:
	leaq .Lstring382(%rip), %rdi	# trap: kernel.ts:2889:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_865:
	leaq .Lstring383(%rip), %rdi	# trap: kernel.ts:2898:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_866:
	leaq .Lstring384(%rip), %rdi	# trap: kernel.ts:2899:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendPv, .-fn.suspendPv

# function suspendPvh()
	.type fn.suspendPvh,@function
fn.suspendPvh:
	.loc 1 2914 1
	# suspendPvh: function suspendPvh(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2915 5
	# suspendPvh: const result = suspendHypercall(0);
	movq $0, %rdi
	call fn.suspendHypercall
	movq %rax, -8(%rbp)	# result
	.loc 1 2916 5
	# suspendPvh: if (result !== 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	je .Lelse_869
	.loc 1 2917 9
	# suspendPvh: return result;
	movq -8(%rbp), %rax	# result
	jmp .Lreturn_868
.Lelse_869:
	.loc 1 2919 5
	# suspendPvh: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
	.loc 1 2920 5
	# suspendPvh: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -16(%rbp)	# missing
	.loc 1 2921 5
	# suspendPvh: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2922 5
	# suspendPvh: startTicking();
	call fn.startTicking
	.loc 1 2923 5
	# suspendPvh: if (missing.length > 0) {
	movq -16(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_870
	.loc 1 2924 9
	# suspendPvh: print("resume: Xen gave no value for ");
	leaq .Lstring385(%rip), %rdi	# "resume: Xen gave no value for "
	call fn.print
	.loc 1 2925 9
	# suspendPvh: log(missing);
	movq -16(%rbp), %rdi	# missing
	call fn.log
.Lelse_870:
	.loc 1 2927 5
	# suspendPvh: const id = readDomainId();
	call fn.readDomainId
	movq %rax, -24(%rbp)	# id
	.loc 1 2928 5
	# suspendPvh: return id >= 0 && id === domainId ? 1 : 0;
	movq -24(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jl .Lelse_871
	movq -24(%rbp), %rax	# id
	cmpq var.domainId(%rip), %rax
	jne .Lelse_871
	movq $1, %rax
	jmp .Lendcond_872
.Lelse_871:
	movq $0, %rax
.Lendcond_872:
.Lreturn_868:
	leave
	ret
	.size fn.suspendPvh, .-fn.suspendPvh

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 2931 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2932 5
	# suspendDomain: if (bootMode === BOOT_MODE_PV && !publishFrameListTree()) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_874
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_874
	.loc 1 2933 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring386(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 2934 9
	# suspendDomain: return;
	jmp .Lreturn_873
.Lelse_874:
	.loc 1 2936 5
	# suspendDomain: log("suspending");
	leaq .Lstring387(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 2937 5
	# suspendDomain: publishState("suspending");
	leaq .Lstring387(%rip), %rdi	# "suspending"
	call fn.publishState
	.loc 1 2938 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 2939 5
	# suspendDomain: const result = bootMode === BOOT_MODE_PV ? suspendPv() : suspendPvh();
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_875
	call fn.suspendPv
	jmp .Lendcond_876
.Lelse_875:
	call fn.suspendPvh
.Lendcond_876:
	movq %rax, -8(%rbp)	# result
	.loc 1 2940 5
	# suspendDomain: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_877
	.loc 1 2941 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_878
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	.loc 1 2942 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 2943 9
	# suspendDomain: return;
	jmp .Lreturn_873
.Lelse_877:
	.loc 1 2945 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 2946 5
	# suspendDomain: if (result === 1) {
	movq -8(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_879
	.loc 1 2947 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring388(%rip), %rdi	# "suspend cancelled"
	call fn.log
	.loc 1 2948 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_880
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	jmp .Lendif_881
.Lelse_879:
	.loc 1 2950 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring389(%rip), %rdi	# "suspend failed: error "
	movq -8(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_881:
	.loc 1 2952 5
	# suspendDomain: offerFreshSuspendChannel(true);
	movq $1, %rdi	# true
	call fn.offerFreshSuspendChannel
	.loc 1 2953 5
	# suspendDomain: publishState("running");
	leaq .Lstring390(%rip), %rdi	# "running"
	call fn.publishState
.Lreturn_873:
	leave
	ret
.Ltrap_878:
	leaq .Lstring391(%rip), %rdi	# trap: kernel.ts:2941:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_880:
	leaq .Lstring392(%rip), %rdi	# trap: kernel.ts:2948:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 2961 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2962 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 2963 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_883
	.loc 1 2964 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring393(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 2965 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 2966 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_883:
	.loc 1 2968 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_884
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_884
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_882:
	leave
	ret
.Ltrap_884:
	leaq .Lstring394(%rip), %rdi	# trap: kernel.ts:2968:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 2971 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2972 5
	# resumeInNewDomain: if (bootMode === BOOT_MODE_PV) {     // PVH has done this already, in...
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_886
	.loc 1 2973 9
	# resumeInNewDomain: readStartInfo();
	call fn.readStartInfo
	.loc 1 2974 9
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2975 9
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 2976 9
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_886:
	.loc 1 2978 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 2981 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2982 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2983 5
	# resumeInNewDomain: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 2984 5
	# resumeInNewDomain: targetWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	.loc 1 2985 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 2986 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 2987 5
	# resumeInNewDomain: sysrqRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 2990 5
	# resumeInNewDomain: queueDomainIdRead();
	call fn.queueDomainIdRead
	.loc 1 2991 5
	# resumeInNewDomain: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 2992 5
	# resumeInNewDomain: if (targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	je .Lelse_887
	.loc 1 2993 9
	# resumeInNewDomain: queueWatch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring395(%rip), %rdi	# "memory/target"
	leaq .Lstring129(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.queueWatch
.Lelse_887:
	.loc 1 2995 5
	# resumeInNewDomain: queueState("running");
	leaq .Lstring390(%rip), %rdi	# "running"
	call fn.queueState
	.loc 1 2996 5
	# resumeInNewDomain: storeSendBatch();
	call fn.storeSendBatch
	.loc 1 2997 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring396(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 2998 5
	# resumeInNewDomain: storeFinishBatch();
	call fn.storeFinishBatch
	.loc 1 2999 5
	# resumeInNewDomain: offerFreshSuspendChannel(false);
	movq $0, %rdi	# false
	call fn.offerFreshSuspendChannel
	.loc 1 3000 5
	# resumeInNewDomain: if (agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_888
	.loc 1 3001 9
	# resumeInNewDomain: writeAgentKeys();
	call fn.writeAgentKeys
.Lelse_888:
.Lreturn_885:
	leave
	ret
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function suspendChannelModeFromBytes(address, length)
	.type fn.suspendChannelModeFromBytes,@function
fn.suspendChannelModeFromBytes:
	.loc 1 3031 1
	# suspendChannelModeFromBytes: function suspendChannelModeFromBytes(address: number, length: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3032 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "on")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring397(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_890
	.loc 1 3033 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_ON;
	movq $1, %rax	# SUSPEND_CHANNEL_ON
	jmp .Lreturn_889
.Lelse_890:
	.loc 1 3035 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "ignore")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring220(%rip), %rdx	# "ignore"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_891
	.loc 1 3036 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_IGNORE;
	movq $2, %rax	# SUSPEND_CHANNEL_IGNORE
	jmp .Lreturn_889
.Lelse_891:
	.loc 1 3038 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "off")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring398(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_892
	.loc 1 3039 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_OFF;
	movq $0, %rax	# SUSPEND_CHANNEL_OFF
	jmp .Lreturn_889
.Lelse_892:
	.loc 1 3041 5
	# suspendChannelModeFromBytes: return -1;
	movq $-1, %rax
.Lreturn_889:
	leave
	ret
	.size fn.suspendChannelModeFromBytes, .-fn.suspendChannelModeFromBytes

# function setSuspendChannel(mode)
	.type fn.setSuspendChannel,@function
fn.setSuspendChannel:
	.loc 1 3044 1
	# setSuspendChannel: function setSuspendChannel(mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3045 5
	# setSuspendChannel: resultAppend("suspend channel: ");
	leaq .Lstring399(%rip), %rdi	# "suspend channel: "
	call fn.resultAppend
	.loc 1 3046 5
	# setSuspendChannel: resultAppend(suspendChannelModeName(mode));
	movq -8(%rbp), %rdi	# mode
	call fn.suspendChannelModeName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 3047 5
	# setSuspendChannel: if (mode === SUSPEND_CHANNEL_OFF) {
	movq -8(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	jne .Lelse_894
	.loc 1 3048 9
	# setSuspendChannel: if (suspendChannelPort === NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	jne .Lelse_895
	.loc 1 3049 13
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 3050 13
	# setSuspendChannel: log("suspend channel: none offered");
	leaq .Lstring400(%rip), %rdi	# "suspend channel: none offered"
	call fn.log
	.loc 1 3051 13
	# setSuspendChannel: return;
	jmp .Lreturn_893
.Lelse_895:
	.loc 1 3053 9
	# setSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
	.loc 1 3054 9
	# setSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 3055 9
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 3056 9
	# setSuspendChannel: const result = storeWriteText("device/suspend/event-channel", "");
	leaq .Lstring401(%rip), %rdi	# "device/suspend/event-channel"
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 3057 9
	# setSuspendChannel: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_896
	.loc 1 3058 13
	# setSuspendChannel: logPathError("suspend channel: cannot empty ", "device/suspend/event-...
	leaq .Lstring402(%rip), %rdi	# "suspend channel: cannot empty "
	leaq .Lstring401(%rip), %rsi	# "device/suspend/event-channel"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_896:
	.loc 1 3060 9
	# setSuspendChannel: log("suspend channel: withdrawn");
	leaq .Lstring403(%rip), %rdi	# "suspend channel: withdrawn"
	call fn.log
	.loc 1 3061 9
	# setSuspendChannel: return;
	jmp .Lreturn_893
.Lelse_894:
	.loc 1 3063 5
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 3064 5
	# setSuspendChannel: if (suspendChannelPort !== NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_897
	.loc 1 3065 9
	# setSuspendChannel: log(mode === SUSPEND_CHANNEL_ON ? "suspend channel: notifications obe...
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_898
	leaq .Lstring404(%rip), %rax	# "suspend channel: notifications obeyed"
	jmp .Lendcond_899
.Lelse_898:
	leaq .Lstring405(%rip), %rax	# "suspend channel: notifications ignored"
.Lendcond_899:
	movq %rax, %rdi
	call fn.log
	.loc 1 3067 9
	# setSuspendChannel: return;
	jmp .Lreturn_893
.Lelse_897:
	.loc 1 3069 5
	# setSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lreturn_893:
	leave
	ret
	.size fn.setSuspendChannel, .-fn.setSuspendChannel

# function offerSuspendChannel()
	.type fn.offerSuspendChannel,@function
fn.offerSuspendChannel:
	.loc 1 3074 1
	# offerSuspendChannel: function offerSuspendChannel(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3075 5
	# offerSuspendChannel: const port = allocatePortForDom0();
	call fn.allocatePortForDom0
	movq %rax, -8(%rbp)	# port
	.loc 1 3076 5
	# offerSuspendChannel: if (port < 0) {
	movq -8(%rbp), %rax	# port
	cmpq $0, %rax	# compare with 0
	jge .Lelse_901
	.loc 1 3077 9
	# offerSuspendChannel: logErrno("suspend channel: cannot offer: error ", port);
	leaq .Lstring406(%rip), %rdi	# "suspend channel: cannot offer: error "
	movq -8(%rbp), %rsi	# port
	call fn.logErrno
	.loc 1 3078 9
	# offerSuspendChannel: return;
	jmp .Lreturn_900
.Lelse_901:
	.loc 1 3080 5
	# offerSuspendChannel: const digits = decimalIntoBytes(suspendChannelDigits, port);
	leaq buf.suspendChannelDigits(%rip), %rdi	# suspendChannelDigits
	movq -8(%rbp), %rsi	# port
	call fn.decimalIntoBytes
	movq %rax, -16(%rbp)	# digits
	.loc 1 3081 5
	# offerSuspendChannel: const result = storeWrite("device/suspend/event-channel", suspendChan...
	leaq .Lstring401(%rip), %rdi	# "device/suspend/event-channel"
	leaq buf.suspendChannelDigits(%rip), %rsi	# suspendChannelDigits
	movq -16(%rbp), %rdx	# digits
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 3082 5
	# offerSuspendChannel: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_902
	.loc 1 3083 9
	# offerSuspendChannel: closePort(port);
	movq -8(%rbp), %rdi	# port
	call fn.closePort
	.loc 1 3084 9
	# offerSuspendChannel: logPathError("suspend channel: cannot offer: ", "device/suspend/event...
	leaq .Lstring407(%rip), %rdi	# "suspend channel: cannot offer: "
	leaq .Lstring401(%rip), %rsi	# "device/suspend/event-channel"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
	.loc 1 3085 9
	# offerSuspendChannel: return;
	jmp .Lreturn_900
.Lelse_902:
	.loc 1 3087 5
	# offerSuspendChannel: suspendChannelPort = port;
	movq -8(%rbp), %rax	# port
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 3088 5
	# offerSuspendChannel: print("suspend channel: port ");
	leaq .Lstring408(%rip), %rdi	# "suspend channel: port "
	call fn.print
	.loc 1 3089 5
	# offerSuspendChannel: printDecimal(port);
	movq -8(%rbp), %rdi	# port
	call fn.printDecimal
	.loc 1 3090 5
	# offerSuspendChannel: print(" offered");
	leaq .Lstring409(%rip), %rdi	# " offered"
	call fn.print
	.loc 1 3091 5
	# offerSuspendChannel: log(suspendChannelMode === SUSPEND_CHANNEL_IGNORE ? " (notifications ...
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_903
	leaq .Lstring410(%rip), %rax	# " (notifications ignored)"
	jmp .Lendcond_904
.Lelse_903:
	leaq .Lstring33(%rip), %rax	# ""
.Lendcond_904:
	movq %rax, %rdi
	call fn.log
.Lreturn_900:
	leave
	ret
	.size fn.offerSuspendChannel, .-fn.offerSuspendChannel

# function offerFreshSuspendChannel(sameDomain)
	.type fn.offerFreshSuspendChannel,@function
fn.offerFreshSuspendChannel:
	.loc 1 3096 1
	# offerFreshSuspendChannel: function offerFreshSuspendChannel(sameDomain: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter sameDomain
	.loc 1 3097 5
	# offerFreshSuspendChannel: if (sameDomain && suspendChannelPort !== NO_PORT) {
	movq -8(%rbp), %rax	# sameDomain
	testq %rax, %rax
	je .Lelse_906
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_906
	.loc 1 3098 9
	# offerFreshSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
.Lelse_906:
	.loc 1 3100 5
	# offerFreshSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 3101 5
	# offerFreshSuspendChannel: if (suspendChannelMode !== SUSPEND_CHANNEL_OFF) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	je .Lelse_907
	.loc 1 3102 9
	# offerFreshSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lelse_907:
.Lreturn_905:
	leave
	ret
	.size fn.offerFreshSuspendChannel, .-fn.offerFreshSuspendChannel

# function handleSuspendChannelNotification()
	.type fn.handleSuspendChannelNotification,@function
fn.handleSuspendChannelNotification:
	.loc 1 3106 1
	# handleSuspendChannelNotification: function handleSuspendChannelNotification(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3107 5
	# handleSuspendChannelNotification: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3108 5
	# handleSuspendChannelNotification: if (suspendChannelMode !== SUSPEND_CHANNEL_ON) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	je .Lelse_909
	.loc 1 3109 9
	# handleSuspendChannelNotification: log("suspend channel: notification ignored");
	leaq .Lstring411(%rip), %rdi	# "suspend channel: notification ignored"
	call fn.log
	.loc 1 3110 9
	# handleSuspendChannelNotification: return;
	jmp .Lreturn_908
.Lelse_909:
	.loc 1 3112 5
	# handleSuspendChannelNotification: log("suspend channel: notified");
	leaq .Lstring412(%rip), %rdi	# "suspend channel: notified"
	call fn.log
	.loc 1 3113 5
	# handleSuspendChannelNotification: performAction(ACTION_SUSPEND);
	movq $5, %rdi	# ACTION_SUSPEND
	call fn.performAction
.Lreturn_908:
	leave
	ret
	.size fn.handleSuspendChannelNotification, .-fn.handleSuspendChannelNotification

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 3143 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 3144 5
	# performAction: print("action: ");
	leaq .Lstring281(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 3145 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 3146 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_912
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_913
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_914
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_915
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_916
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_917
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_918
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_919
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_920
	jmp .Lcase_921
.Lcase_912:
.Lcase_913:
	.loc 1 3149 13
	# performAction: actLast(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.actLast
	.loc 1 3150 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_914:
	.loc 1 3152 13
	# performAction: actLast(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.actLast
	.loc 1 3153 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_915:
	.loc 1 3155 13
	# performAction: actLast(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.actLast
	.loc 1 3156 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_916:
	.loc 1 3158 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 3159 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_917:
	.loc 1 3161 13
	# performAction: publishState("hung");
	leaq .Lstring413(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 3162 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 3163 13
	# performAction: hangForever();
	call fn.hangForever
	.loc 1 3164 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_918:
	.loc 1 3166 13
	# performAction: publishState("hung");
	leaq .Lstring413(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 3167 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 3168 13
	# performAction: spinForever();
	call fn.spinForever
	.loc 1 3169 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_919:
	.loc 1 3171 13
	# performAction: armWatchdogNeverFed();
	call fn.armWatchdogNeverFed
	.loc 1 3172 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_920:
	.loc 1 3174 13
	# performAction: actLast(SHUTDOWN_SOFT_RESET);
	movq $5, %rdi	# SHUTDOWN_SOFT_RESET
	call fn.actLast
	.loc 1 3175 13
	# performAction: break;
	jmp .Lendswitch_911
.Lcase_921:
	.loc 1 3177 13
	# performAction: break;
	jmp .Lendswitch_911
.Lendswitch_911:
.Lreturn_910:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function actLast(reason)
	.type fn.actLast,@function
fn.actLast:
	.loc 1 3182 1
	# actLast: function actLast(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 3183 5
	# actLast: publishState("acting");
	leaq .Lstring414(%rip), %rdi	# "acting"
	call fn.publishState
	.loc 1 3184 5
	# actLast: consoleDrain();
	call fn.consoleDrain
	.loc 1 3185 5
	# actLast: shutdownForever(reason);
	movq -8(%rbp), %rdi	# reason
	call fn.shutdownForever
.Lreturn_922:
	leave
	ret
	.size fn.actLast, .-fn.actLast

# function hangForever()
	.type fn.hangForever,@function
fn.hangForever:
	.loc 1 3188 1
	# hangForever: function hangForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3189 5
	# hangForever: while (true) {
.Lwhile_924:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_925
	.loc 1 3190 9
	# hangForever: if (sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	je .Lelse_926
	.loc 1 3191 13
	# hangForever: portPending(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.portPending
.Lelse_926:
	.loc 1 3193 9
	# hangForever: if (pollPorts(storePort, NO_PORT, 0, 0) < 0) {
	movq var.storePort(%rip), %rdi	# storePort
	movq $-1, %rsi	# NO_PORT
	movq $0, %rdx
	movq $0, %rcx
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_927
	.loc 1 3194 13
	# hangForever: yieldCpu();
	call fn.yieldCpu
.Lelse_927:
	jmp .Lwhile_924
.Lendwhile_925:
.Lreturn_923:
	leave
	ret
	.size fn.hangForever, .-fn.hangForever

# function spinForever()
	.type fn.spinForever,@function
fn.spinForever:
	.loc 1 3199 1
	# spinForever: function spinForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3200 5
	# spinForever: while (true) {
.Lwhile_929:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_930
	.loc 1 3201 9
	# spinForever: cpuRelax();
	pause	# cpuRelax: the spin-wait hint; the loop around it is the program's
	jmp .Lwhile_929
.Lendwhile_930:
.Lreturn_928:
	leave
	ret
	.size fn.spinForever, .-fn.spinForever

# function armWatchdogNeverFed()
	.type fn.armWatchdogNeverFed,@function
fn.armWatchdogNeverFed:
	.loc 1 3207 1
	# armWatchdogNeverFed: function armWatchdogNeverFed(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3208 5
	# armWatchdogNeverFed: store32(hypercallArguments, 0);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3209 5
	# armWatchdogNeverFed: store32(hypercallArguments + 4, WATCHDOG_SECONDS);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_932
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_932
	movq %rax, %rdi
	movq $1, %rax	# WATCHDOG_SECONDS
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3210 5
	# armWatchdogNeverFed: const id = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_WATCHDOG, hypercallA...
	movq $6, %rdi	# SCHEDOP_WATCHDOG
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	movq %rax, -8(%rbp)	# id
	.loc 1 3211 5
	# armWatchdogNeverFed: if (id < 0) {
	movq -8(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jge .Lelse_933
	.loc 1 3212 9
	# armWatchdogNeverFed: logErrno("watchdog: SCHEDOP_watchdog failed: error ", id);
	leaq .Lstring415(%rip), %rdi	# "watchdog: SCHEDOP_watchdog failed: erro
	movq -8(%rbp), %rsi	# id
	call fn.logErrno
	.loc 1 3213 9
	# armWatchdogNeverFed: return;
	jmp .Lreturn_931
.Lelse_933:
	.loc 1 3215 5
	# armWatchdogNeverFed: log("watchdog armed: 1 s, never fed");
	leaq .Lstring416(%rip), %rdi	# "watchdog armed: 1 s, never fed"
	call fn.log
.Lreturn_931:
	leave
	ret
.Ltrap_932:
	leaq .Lstring417(%rip), %rdi	# trap: kernel.ts:3209:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.armWatchdogNeverFed, .-fn.armWatchdogNeverFed

# function p2mEntry(pfn)
	.type fn.p2mEntry,@function
fn.p2mEntry:
	.loc 1 3296 1
	# p2mEntry: function p2mEntry(pfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter pfn
	.loc 1 3297 5
	# p2mEntry: if (pfn < p2mBuilderEntries) {
	movq -8(%rbp), %rax	# pfn
	cmpq var.p2mBuilderEntries(%rip), %rax
	jge .Lelse_935
	.loc 1 3298 9
	# p2mEntry: return mfnList + pfn * 8;
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -8(%rbp), %rax	# pfn
	imulq $8, %rax	# *
	jo .Ltrap_936
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_936
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_936
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_937
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_937
	jmp .Lreturn_934
.Lelse_935:
	.loc 1 3300 5
	# p2mEntry: return p2mExtension + (pfn - p2mBuilderEntries) * 8;
	movq -8(%rbp), %rax	# pfn
	subq var.p2mBuilderEntries(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_938
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_938
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_939
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_939
	movq %rax, %rdi
	leaq buf.p2mExtension(%rip), %rax	# p2mExtension
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_940
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_940
.Lreturn_934:
	leave
	ret
.Ltrap_936:
	leaq .Lstring418(%rip), %rdi	# trap: kernel.ts:3298:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_937:
	leaq .Lstring419(%rip), %rdi	# trap: kernel.ts:3298:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_938:
	leaq .Lstring420(%rip), %rdi	# trap: kernel.ts:3300:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_939:
	leaq .Lstring421(%rip), %rdi	# trap: kernel.ts:3300:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_940:
	leaq .Lstring422(%rip), %rdi	# trap: kernel.ts:3300:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.p2mEntry, .-fn.p2mEntry

# function pvhRam(limitPfn)
	.type fn.pvhRam,@function
fn.pvhRam:
	.loc 1 3306 1
	# pvhRam: function pvhRam(limitPfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $80, %rsp	# 10 local slot(s)
	movq %rdi, -8(%rbp)	# parameter limitPfn
	.loc 1 3307 5
	# pvhRam: if (load32(hvmStartInfo + HVM_START_INFO_VERSION) >= 1) {
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $4, %rax	# +
	jo .Ltrap_943
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_943
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_943
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $1, %rax	# compare with 1
	jl .Lelse_942
	.loc 1 3308 9
	# pvhRam: const map = load64(hvmStartInfo + HVM_START_INFO_MEMMAP_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $40, %rax	# +
	jo .Ltrap_944
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_944
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_944
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_945
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_945
	movq %rax, -16(%rbp)	# map
	.loc 1 3309 9
	# pvhRam: const entries = load32(hvmStartInfo + HVM_START_INFO_MEMMAP_ENTRIES);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $48, %rax	# +
	jo .Ltrap_946
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_946
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_946
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -24(%rbp)	# entries
	.loc 1 3310 9
	# pvhRam: let top = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# top
	.loc 1 3311 9
	# pvhRam: let below = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# below
	.loc 1 3312 9
	# pvhRam: for (let i = 0; i < entries && i < 128 && map !== 0 && map < IDENTITY...
	movq $0, %rax
	movq %rax, -48(%rbp)	# i
.Lfor_947:
	movq -48(%rbp), %rax	# i
	cmpq -24(%rbp), %rax
	jge .Lendfor_949
	movq -48(%rbp), %rax	# i
	cmpq $128, %rax	# compare with 128
	jge .Lendfor_949
	movq -16(%rbp), %rax	# map
	cmpq $0, %rax	# compare with 0
	je .Lendfor_949
	movq -16(%rbp), %rax	# map
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jge .Lendfor_949
	.loc 1 3313 13
	# pvhRam: const entry = map + i * HVM_MEMMAP_ENTRY_BYTES;
	movq -48(%rbp), %rax	# i
	imulq $24, %rax	# *
	movq %rax, %rdi
	movq -16(%rbp), %rax	# map
	addq %rdi, %rax	# +
	movq %rax, -56(%rbp)	# entry
	.loc 1 3314 13
	# pvhRam: const start = Math.floor(load64(entry + HVM_MEMMAP_ADDR) / PAGE_SIZE);
	movq -56(%rbp), %rax	# entry
	addq $0, %rax	# +
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_950
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_950
	sarq $12, %rax	# Math.floor(a / 4096)
	movq %rax, -64(%rbp)	# start
	.loc 1 3315 13
	# pvhRam: const end = Math.floor((load64(entry + HVM_MEMMAP_ADDR) + load64(entr...
	movq -56(%rbp), %rax	# entry
	addq $0, %rax	# +
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_951
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_951
	pushq %rax
	movq -56(%rbp), %rax	# entry
	addq $8, %rax	# +
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_952
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_952
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_953
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_953
	sarq $12, %rax	# Math.floor(a / 4096)
	movq %rax, -72(%rbp)	# end
	.loc 1 3316 13
	# pvhRam: if (load32(entry + HVM_MEMMAP_TYPE) === HVM_MEMMAP_TYPE_RAM && end <=...
	movq -56(%rbp), %rax	# entry
	addq $16, %rax	# +
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $1, %rax	# compare with HVM_MEMMAP_TYPE_RAM
	jne .Lelse_954
	movq -72(%rbp), %rax	# end
	cmpq $1048576, %rax	# compare with Math.floor(IDENTITY_MAP_END / PAGE_SIZE)
	jg .Lelse_954
	.loc 1 3317 17
	# pvhRam: top = end > top ? end : top;
	movq -72(%rbp), %rax	# end
	cmpq -32(%rbp), %rax
	jle .Lelse_955
	movq -72(%rbp), %rax	# end
	jmp .Lendcond_956
.Lelse_955:
	movq -32(%rbp), %rax	# top
.Lendcond_956:
	movq %rax, -32(%rbp)	# top =
	.loc 1 3318 17
	# pvhRam: const stop = end < limitPfn ? end : limitPfn;
	movq -72(%rbp), %rax	# end
	cmpq -8(%rbp), %rax
	jge .Lelse_957
	movq -72(%rbp), %rax	# end
	jmp .Lendcond_958
.Lelse_957:
	movq -8(%rbp), %rax	# limitPfn
.Lendcond_958:
	movq %rax, -80(%rbp)	# stop
	.loc 1 3319 17
	# pvhRam: below = stop > start ? below + (stop - start) : below;
	movq -80(%rbp), %rax	# stop
	cmpq -64(%rbp), %rax
	jle .Lelse_959
	movq -80(%rbp), %rax	# stop
	subq -64(%rbp), %rax	# -
	movq %rax, %rdi
	movq -40(%rbp), %rax	# below
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_961
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_961
	jmp .Lendcond_960
.Lelse_959:
	movq -40(%rbp), %rax	# below
.Lendcond_960:
	movq %rax, -40(%rbp)	# below =
.Lelse_954:
.Lfornext_948:
	.loc 1 3312 88
	# pvhRam: i++
	movq -48(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -48(%rbp)	# i =
	jmp .Lfor_947
.Lendfor_949:
	.loc 1 3322 9
	# pvhRam: if (top > 0) {
	movq -32(%rbp), %rax	# top
	cmpq $0, %rax	# compare with 0
	jle .Lelse_962
	.loc 1 3323 13
	# pvhRam: return limitPfn === 0 ? top : below;
	movq -8(%rbp), %rax	# limitPfn
	cmpq $0, %rax	# compare with 0
	jne .Lelse_963
	movq -32(%rbp), %rax	# top
	jmp .Lendcond_964
.Lelse_963:
	movq -40(%rbp), %rax	# below
.Lendcond_964:
	jmp .Lreturn_941
.Lelse_962:
.Lelse_942:
	.loc 1 3326 5
	# pvhRam: return limitPfn === 0 ? currentReservation() : currentReservation() -...
	movq -8(%rbp), %rax	# limitPfn
	cmpq $0, %rax	# compare with 0
	jne .Lelse_965
	call fn.currentReservation
	jmp .Lendcond_966
.Lelse_965:
	call fn.currentReservation
	pushq %rax
	movq var.pvhInitialTop(%rip), %rax	# pvhInitialTop
	subq -8(%rbp), %rax	# -
	jo .Ltrap_967
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_967
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_967
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_968
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_968
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_968
.Lendcond_966:
.Lreturn_941:
	leave
	ret
.Ltrap_943:
	leaq .Lstring423(%rip), %rdi	# trap: kernel.ts:3307:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_944:
	leaq .Lstring424(%rip), %rdi	# trap: kernel.ts:3308:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_945:
	leaq .Lstring425(%rip), %rdi	# trap: kernel.ts:3308:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_946:
	leaq .Lstring426(%rip), %rdi	# trap: kernel.ts:3309:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_950:
	leaq .Lstring427(%rip), %rdi	# trap: kernel.ts:3314:38: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_951:
	leaq .Lstring428(%rip), %rdi	# trap: kernel.ts:3315:37: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_952:
	leaq .Lstring429(%rip), %rdi	# trap: kernel.ts:3315:71: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_953:
	leaq .Lstring430(%rip), %rdi	# trap: kernel.ts:3315:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_961:
	leaq .Lstring431(%rip), %rdi	# trap: kernel.ts:3319:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_967:
	leaq .Lstring432(%rip), %rdi	# trap: kernel.ts:3326:76: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_968:
	leaq .Lstring433(%rip), %rdi	# trap: kernel.ts:3326:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pvhRam, .-fn.pvhRam

# function balloonHeld()
	.type fn.balloonHeld,@function
fn.balloonHeld:
	.loc 1 3336 1
	# balloonHeld: function balloonHeld(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3337 5
	# balloonHeld: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_970
	.loc 1 3338 9
	# balloonHeld: return pagesHeld();
	call fn.pagesHeld
	jmp .Lreturn_969
.Lelse_970:
	.loc 1 3340 5
	# balloonHeld: if (balloonTop <= pvhInitialTop) {
	movq var.balloonTop(%rip), %rax	# balloonTop
	cmpq var.pvhInitialTop(%rip), %rax
	jg .Lelse_971
	.loc 1 3341 9
	# balloonHeld: return pvhRam(balloonTop);
	movq var.balloonTop(%rip), %rdi	# balloonTop
	call fn.pvhRam
	jmp .Lreturn_969
.Lelse_971:
	.loc 1 3343 5
	# balloonHeld: return pvhRam(pvhInitialTop) + (balloonTop - pvhInitialTop);
	movq var.pvhInitialTop(%rip), %rdi	# pvhInitialTop
	call fn.pvhRam
	pushq %rax
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq var.pvhInitialTop(%rip), %rax	# -
	jo .Ltrap_972
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_972
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_972
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_973
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_973
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_973
.Lreturn_969:
	leave
	ret
.Ltrap_972:
	leaq .Lstring434(%rip), %rdi	# trap: kernel.ts:3343:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_973:
	leaq .Lstring435(%rip), %rdi	# trap: kernel.ts:3343:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonHeld, .-fn.balloonHeld

# function measureMemory()
	.type fn.measureMemory,@function
fn.measureMemory:
	.loc 1 3348 1
	# measureMemory: function measureMemory(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3349 5
	# measureMemory: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_975
	.loc 1 3350 9
	# measureMemory: balloonTop = domainPages;
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3351 9
	# measureMemory: p2mBuilderEntries = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - ...
	movq var.domainPages(%rip), %rax	# domainPages
	addq $512, %rax	# +
	jo .Ltrap_976
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_976
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_976
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_976
	sarq $9, %rax	# Math.floor(a / 512)
	imulq $512, %rax	# *
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_977
	movq %rax, var.p2mBuilderEntries(%rip)	# p2mBuilderEntries =
	.loc 1 3353 9
	# measureMemory: balloonPfnLimit = p2mBuilderEntries + P2M_EXTENSION_ENTRIES;
	movq var.p2mBuilderEntries(%rip), %rax	# p2mBuilderEntries
	addq $16384, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_978
	movq %rax, var.balloonPfnLimit(%rip)	# balloonPfnLimit =
	.loc 1 3355 9
	# measureMemory: const piecesEnd = Math.floor(load64(startInfo + START_INFO_PT_BASE) /...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $88, %rax	# +
	jo .Ltrap_979
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_979
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_979
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_980
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_980
	sarq $12, %rax	# Math.floor(a / 4096)
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	addq $96, %rax	# +
	jo .Ltrap_981
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_981
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_981
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_982
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_982
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_983
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_983
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_983
	movq %rax, -8(%rbp)	# piecesEnd
	.loc 1 3357 9
	# measureMemory: const mappedEnd = Math.floor((piecesEnd + 128 + MIB_4_PAGES - 1) / MI...
	movq -8(%rbp), %rax	# piecesEnd
	addq $128, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_984
	addq $1024, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_984
	subq $1, %rax	# -
	sarq $10, %rax	# Math.floor(a / 1024)
	imulq $1024, %rax	# *
	movq %rax, -16(%rbp)	# mappedEnd
	.loc 1 3358 9
	# measureMemory: balloonFloorPfn = mappedEnd < domainPages ? mappedEnd : domainPages;
	movq -16(%rbp), %rax	# mappedEnd
	cmpq var.domainPages(%rip), %rax
	jge .Lelse_985
	movq -16(%rbp), %rax	# mappedEnd
	jmp .Lendcond_986
.Lelse_985:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_986:
	movq %rax, var.balloonFloorPfn(%rip)	# balloonFloorPfn =
	.loc 1 3359 9
	# measureMemory: return;
	jmp .Lreturn_974
.Lelse_975:
	.loc 1 3361 5
	# measureMemory: balloonTop = pvhRam(0);
	movq $0, %rdi
	call fn.pvhRam
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3362 5
	# measureMemory: pvhInitialTop = balloonTop;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, var.pvhInitialTop(%rip)	# pvhInitialTop =
	.loc 1 3363 5
	# measureMemory: balloonPfnLimit = PVH_PFN_LIMIT;
	movq $786432, %rax	# PVH_PFN_LIMIT
	movq %rax, var.balloonPfnLimit(%rip)	# balloonPfnLimit =
	.loc 1 3364 5
	# measureMemory: balloonFloorPfn = Math.floor((addressOf("_image_end") + 2 * 1048576 -...
	leaq _image_end(%rip), %rax	# addressOf("_image_end")
	pushq %rax
	movq $2, %rax
	imulq $1048576, %rax	# *
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_987
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_987
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_987
	sarq $21, %rax	# Math.floor(a / 2097152)
	imulq $512, %rax	# *
	addq $512, %rax	# +
	movq %rax, var.balloonFloorPfn(%rip)	# balloonFloorPfn =
.Lreturn_974:
	leave
	ret
.Ltrap_976:
	leaq .Lstring436(%rip), %rdi	# trap: kernel.ts:3351:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_977:
	leaq .Lstring437(%rip), %rdi	# trap: kernel.ts:3351:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_978:
	leaq .Lstring438(%rip), %rdi	# trap: kernel.ts:3353:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_979:
	leaq .Lstring439(%rip), %rdi	# trap: kernel.ts:3355:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_980:
	leaq .Lstring440(%rip), %rdi	# trap: kernel.ts:3355:38: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_981:
	leaq .Lstring441(%rip), %rdi	# trap: kernel.ts:3356:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_982:
	leaq .Lstring442(%rip), %rdi	# trap: kernel.ts:3356:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_983:
	leaq .Lstring443(%rip), %rdi	# trap: kernel.ts:3355:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_984:
	leaq .Lstring444(%rip), %rdi	# trap: kernel.ts:3357:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_987:
	leaq .Lstring445(%rip), %rdi	# trap: kernel.ts:3364:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.measureMemory, .-fn.measureMemory

# function extendP2m()
	.type fn.extendP2m,@function
fn.extendP2m:
	.loc 1 3371 1
	# extendP2m: function extendP2m(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3372 5
	# extendP2m: if (bootMode !== BOOT_MODE_PV || p2mExtended) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lskip_990
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_989
.Lskip_990:
	.loc 1 3373 9
	# extendP2m: return;
	jmp .Lreturn_988
.Lelse_989:
	.loc 1 3375 5
	# extendP2m: for (let pfn = balloonTop; pfn < balloonPfnLimit; pfn++) {
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, -8(%rbp)	# pfn
.Lfor_991:
	movq -8(%rbp), %rax	# pfn
	cmpq var.balloonPfnLimit(%rip), %rax
	jge .Lendfor_993
	.loc 1 3376 9
	# extendP2m: store64(p2mEntry(pfn), INVALID_P2M_ENTRY);
	movq -8(%rbp), %rdi	# pfn
	call fn.p2mEntry
	movq %rax, %rdi
	movq $-1, %rax	# INVALID_P2M_ENTRY
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_992:
	.loc 1 3375 55
	# extendP2m: pfn++
	movq -8(%rbp), %rax	# pfn
	addq $1, %rax	# ++
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_994
	movq %rax, -8(%rbp)	# pfn =
	jmp .Lfor_991
.Lendfor_993:
	.loc 1 3378 5
	# extendP2m: p2mExtended = true;
	movq $1, %rax	# true
	movq %rax, var.p2mExtended(%rip)	# p2mExtended =
	.loc 1 3379 5
	# extendP2m: publishFrameListTree();
	call fn.publishFrameListTree
.Lreturn_988:
	leave
	ret
.Ltrap_994:
	leaq .Lstring446(%rip), %rdi	# trap: kernel.ts:3375:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.extendP2m, .-fn.extendP2m

# function maximumReservation()
	.type fn.maximumReservation,@function
fn.maximumReservation:
	.loc 1 3382 1
	# maximumReservation: function maximumReservation(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3383 5
	# maximumReservation: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 3384 5
	# maximumReservation: return hypercall(HYPERCALL_MEMORY_OP, XENMEM_MAXIMUM_RESERVATION, hyp...
	movq $4, %rdi	# XENMEM_MAXIMUM_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lreturn_995:
	leave
	ret
	.size fn.maximumReservation, .-fn.maximumReservation

# function reservationCall(op, count)
	.type fn.reservationCall,@function
fn.reservationCall:
	.loc 1 3388 1
	# reservationCall: function reservationCall(op: number, count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter op
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 3389 5
	# reservationCall: store64(hypercallArguments + RESERVATION_EXTENT_START, balloonFrames);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_997
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_997
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 3390 5
	# reservationCall: store64(hypercallArguments + RESERVATION_NR_EXTENTS, count);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_998
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_998
	movq %rax, %rdi
	movq -16(%rbp), %rax	# count
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 3391 5
	# reservationCall: store32(hypercallArguments + RESERVATION_EXTENT_ORDER, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_999
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_999
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3392 5
	# reservationCall: store32(hypercallArguments + RESERVATION_MEM_FLAGS, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $20, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1000
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1000
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3393 5
	# reservationCall: store16(hypercallArguments + RESERVATION_DOMID, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $24, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1001
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1001
	movq %rax, %rdi
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 3394 5
	# reservationCall: const done = op === XENMEM_DECREASE_RESERVATION ?
	movq -8(%rbp), %rax	# op
	cmpq $1, %rax	# compare with XENMEM_DECREASE_RESERVATION
	jne .Lelse_1002
	movq $1, %rdi	# XENMEM_DECREASE_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
	jmp .Lendcond_1003
.Lelse_1002:
	movq $6, %rdi	# XENMEM_POPULATE_PHYSMAP
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lendcond_1003:
	movq %rax, -24(%rbp)	# done
	.loc 1 3397 5
	# reservationCall: return done < 0 ? 0 : done;
	movq -24(%rbp), %rax	# done
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1004
	movq $0, %rax
	jmp .Lendcond_1005
.Lelse_1004:
	movq -24(%rbp), %rax	# done
.Lendcond_1005:
.Lreturn_996:
	leave
	ret
.Ltrap_997:
	leaq .Lstring447(%rip), %rdi	# trap: kernel.ts:3389:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_998:
	leaq .Lstring448(%rip), %rdi	# trap: kernel.ts:3390:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_999:
	leaq .Lstring449(%rip), %rdi	# trap: kernel.ts:3391:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1000:
	leaq .Lstring450(%rip), %rdi	# trap: kernel.ts:3392:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1001:
	leaq .Lstring451(%rip), %rdi	# trap: kernel.ts:3393:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.reservationCall, .-fn.reservationCall

# function giveBack(count)
	.type fn.giveBack,@function
fn.giveBack:
	.loc 1 3401 1
	# giveBack: function giveBack(count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter count
	.loc 1 3402 5
	# giveBack: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1007:
	movq -16(%rbp), %rax	# i
	cmpq -8(%rbp), %rax
	jge .Lendfor_1009
	.loc 1 3403 9
	# giveBack: const pfn = balloonTop - 1 - i;
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq $1, %rax	# -
	jo .Ltrap_1010
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1010
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1010
	subq -16(%rbp), %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_1010
	movq %rax, -24(%rbp)	# pfn
	.loc 1 3404 9
	# giveBack: store64(balloonFrames + i * 8, bootMode === BOOT_MODE_PV ? load64(p2m...
	movq -16(%rbp), %rax	# i
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1011
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1011
	pushq %rax
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1012
	movq -24(%rbp), %rdi	# pfn
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.p2mEntry
	addq $8, %rsp
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1014
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1014
	jmp .Lendcond_1013
.Lelse_1012:
	movq -24(%rbp), %rax	# pfn
.Lendcond_1013:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1008:
	.loc 1 3402 32
	# giveBack: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1007
.Lendfor_1009:
	.loc 1 3406 5
	# giveBack: const done = reservationCall(XENMEM_DECREASE_RESERVATION, count);
	movq $1, %rdi	# XENMEM_DECREASE_RESERVATION
	movq -8(%rbp), %rsi	# count
	call fn.reservationCall
	movq %rax, -32(%rbp)	# done
	.loc 1 3407 5
	# giveBack: for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# i
.Lfor_1015:
	movq -40(%rbp), %rax	# i
	cmpq -32(%rbp), %rax
	jge .Lendfor_1017
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lendfor_1017
	.loc 1 3408 9
	# giveBack: store64(p2mEntry(balloonTop - 1 - i), INVALID_P2M_ENTRY);
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq $1, %rax	# -
	jo .Ltrap_1018
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1018
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1018
	subq -40(%rbp), %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_1018
	movq %rax, %rdi
	call fn.p2mEntry
	movq %rax, %rdi
	movq $-1, %rax	# INVALID_P2M_ENTRY
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1016:
	.loc 1 3407 60
	# giveBack: i++
	movq -40(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1019
	movq %rax, -40(%rbp)	# i =
	jmp .Lfor_1015
.Lendfor_1017:
	.loc 1 3410 5
	# giveBack: balloonTop = balloonTop - done;
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq -32(%rbp), %rax	# -
	jo .Ltrap_1020
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1020
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1020
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3411 5
	# giveBack: return done;
	movq -32(%rbp), %rax	# done
.Lreturn_1006:
	leave
	ret
.Ltrap_1010:
	leaq .Lstring452(%rip), %rdi	# trap: kernel.ts:3403:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1011:
	leaq .Lstring453(%rip), %rdi	# trap: kernel.ts:3404:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1014:
	leaq .Lstring454(%rip), %rdi	# trap: kernel.ts:3404:68: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1018:
	leaq .Lstring455(%rip), %rdi	# trap: kernel.ts:3408:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1019:
	leaq .Lstring456(%rip), %rdi	# trap: kernel.ts:3407:60: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1020:
	leaq .Lstring457(%rip), %rdi	# trap: kernel.ts:3410:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.giveBack, .-fn.giveBack

# function takeBack(count)
	.type fn.takeBack,@function
fn.takeBack:
	.loc 1 3415 1
	# takeBack: function takeBack(count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter count
	.loc 1 3416 5
	# takeBack: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1022:
	movq -16(%rbp), %rax	# i
	cmpq -8(%rbp), %rax
	jge .Lendfor_1024
	.loc 1 3417 9
	# takeBack: store64(balloonFrames + i * 8, balloonTop + i);
	movq -16(%rbp), %rax	# i
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1025
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1025
	pushq %rax
	movq var.balloonTop(%rip), %rax	# balloonTop
	addq -16(%rbp), %rax	# +
	jo .Ltrap_1026
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1026
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1026
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1023:
	.loc 1 3416 32
	# takeBack: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1022
.Lendfor_1024:
	.loc 1 3419 5
	# takeBack: const done = reservationCall(XENMEM_POPULATE_PHYSMAP, count);
	movq $6, %rdi	# XENMEM_POPULATE_PHYSMAP
	movq -8(%rbp), %rsi	# count
	call fn.reservationCall
	movq %rax, -24(%rbp)	# done
	.loc 1 3420 5
	# takeBack: for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_1027:
	movq -32(%rbp), %rax	# i
	cmpq -24(%rbp), %rax
	jge .Lendfor_1029
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lendfor_1029
	.loc 1 3421 9
	# takeBack: store64(p2mEntry(balloonTop + i), load64(balloonFrames + i * 8));
	movq var.balloonTop(%rip), %rax	# balloonTop
	addq -32(%rbp), %rax	# +
	jo .Ltrap_1030
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1030
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1030
	movq %rax, %rdi
	call fn.p2mEntry
	pushq %rax
	movq -32(%rbp), %rax	# i
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1031
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1032
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1032
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1033
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1033
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1028:
	.loc 1 3420 60
	# takeBack: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1034
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_1027
.Lendfor_1029:
	.loc 1 3423 5
	# takeBack: balloonTop = balloonTop + done;
	movq var.balloonTop(%rip), %rax	# balloonTop
	addq -24(%rbp), %rax	# +
	jo .Ltrap_1035
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1035
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1035
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3424 5
	# takeBack: return done;
	movq -24(%rbp), %rax	# done
.Lreturn_1021:
	leave
	ret
.Ltrap_1025:
	leaq .Lstring458(%rip), %rdi	# trap: kernel.ts:3417:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1026:
	leaq .Lstring459(%rip), %rdi	# trap: kernel.ts:3417:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1030:
	leaq .Lstring460(%rip), %rdi	# trap: kernel.ts:3421:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1031:
	leaq .Lstring461(%rip), %rdi	# trap: kernel.ts:3421:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1032:
	leaq .Lstring462(%rip), %rdi	# trap: kernel.ts:3421:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1033:
	leaq .Lstring463(%rip), %rdi	# trap: kernel.ts:3421:43: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1034:
	leaq .Lstring464(%rip), %rdi	# trap: kernel.ts:3420:60: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1035:
	leaq .Lstring465(%rip), %rdi	# trap: kernel.ts:3423:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.takeBack, .-fn.takeBack

# function printKib(pages)
	.type fn.printKib,@function
fn.printKib:
	.loc 1 3427 1
	# printKib: function printKib(pages: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter pages
	.loc 1 3428 5
	# printKib: printDecimal(pages * KIB_PER_PAGE);
	movq -8(%rbp), %rax	# pages
	imulq $4, %rax	# *
	jo .Ltrap_1037
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1037
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1037
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3429 5
	# printKib: print(" KiB");
	leaq .Lstring466(%rip), %rdi	# " KiB"
	call fn.print
.Lreturn_1036:
	leave
	ret
.Ltrap_1037:
	leaq .Lstring467(%rip), %rdi	# trap: kernel.ts:3428:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printKib, .-fn.printKib

# function setBalloon(mode, amount)
	.type fn.setBalloon,@function
fn.setBalloon:
	.loc 1 3434 1
	# setBalloon: function setBalloon(mode: number, amount: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	movq %rsi, -16(%rbp)	# parameter amount
	.loc 1 3435 5
	# setBalloon: balloonMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.balloonMode(%rip)	# balloonMode =
	.loc 1 3436 5
	# setBalloon: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3437 5
	# setBalloon: resultAppend("balloon: ");
	leaq .Lstring468(%rip), %rdi	# "balloon: "
	call fn.resultAppend
	.loc 1 3438 5
	# setBalloon: print("balloon: ");
	leaq .Lstring468(%rip), %rdi	# "balloon: "
	call fn.print
	.loc 1 3439 5
	# setBalloon: if (mode === BALLOON_OFF) {
	movq -8(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with BALLOON_OFF
	jne .Lelse_1039
	.loc 1 3440 9
	# setBalloon: log("off");
	leaq .Lstring398(%rip), %rdi	# "off"
	call fn.log
	.loc 1 3441 9
	# setBalloon: resultAppend("off");
	leaq .Lstring398(%rip), %rdi	# "off"
	call fn.resultAppend
	.loc 1 3442 9
	# setBalloon: if (targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	je .Lelse_1040
	.loc 1 3443 13
	# setBalloon: const result = storeUnwatch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring395(%rip), %rdi	# "memory/target"
	leaq .Lstring129(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.storeUnwatch
	movq %rax, -24(%rbp)	# result
	.loc 1 3444 13
	# setBalloon: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1041
	.loc 1 3445 17
	# setBalloon: logPathError("xenstore: cannot unwatch ", "memory/target", result);
	leaq .Lstring469(%rip), %rdi	# "xenstore: cannot unwatch "
	leaq .Lstring395(%rip), %rsi	# "memory/target"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1041:
	.loc 1 3447 13
	# setBalloon: targetWatched = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatched(%rip)	# targetWatched =
.Lelse_1040:
	.loc 1 3449 9
	# setBalloon: return;
	jmp .Lreturn_1038
.Lelse_1039:
	.loc 1 3451 5
	# setBalloon: if (mode === BALLOON_SLOW) {
	movq -8(%rbp), %rax	# mode
	cmpq $3, %rax	# compare with BALLOON_SLOW
	jne .Lelse_1042
	.loc 1 3452 9
	# setBalloon: balloonRate = amount;
	movq -16(%rbp), %rax	# amount
	movq %rax, var.balloonRate(%rip)	# balloonRate =
	.loc 1 3453 9
	# setBalloon: print("slow, ");
	leaq .Lstring470(%rip), %rdi	# "slow, "
	call fn.print
	.loc 1 3454 9
	# setBalloon: printDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.printDecimal
	.loc 1 3455 9
	# setBalloon: log(" pages a second");
	leaq .Lstring471(%rip), %rdi	# " pages a second"
	call fn.log
	.loc 1 3456 9
	# setBalloon: resultAppend("slow, ");
	leaq .Lstring470(%rip), %rdi	# "slow, "
	call fn.resultAppend
	.loc 1 3457 9
	# setBalloon: resultAppendDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.resultAppendDecimal
	.loc 1 3458 9
	# setBalloon: resultAppend(" pages a second");
	leaq .Lstring471(%rip), %rdi	# " pages a second"
	call fn.resultAppend
	jmp .Lendif_1043
.Lelse_1042:
	.loc 1 3459 12
	# setBalloon: if (mode === BALLOON_PARTIAL) {
	movq -8(%rbp), %rax	# mode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1044
	.loc 1 3460 9
	# setBalloon: balloonPercent = amount;
	movq -16(%rbp), %rax	# amount
	movq %rax, var.balloonPercent(%rip)	# balloonPercent =
	.loc 1 3461 9
	# setBalloon: print("partial, ");
	leaq .Lstring472(%rip), %rdi	# "partial, "
	call fn.print
	.loc 1 3462 9
	# setBalloon: printDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.printDecimal
	.loc 1 3463 9
	# setBalloon: log(" %");
	leaq .Lstring473(%rip), %rdi	# " %"
	call fn.log
	.loc 1 3464 9
	# setBalloon: resultAppend("partial, ");
	leaq .Lstring472(%rip), %rdi	# "partial, "
	call fn.resultAppend
	.loc 1 3465 9
	# setBalloon: resultAppendDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.resultAppendDecimal
	.loc 1 3466 9
	# setBalloon: resultAppend(" %");
	leaq .Lstring473(%rip), %rdi	# " %"
	call fn.resultAppend
	jmp .Lendif_1045
.Lelse_1044:
	.loc 1 3468 9
	# setBalloon: log(mode === BALLOON_OBEY ? "obey" : "refuse");
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	jne .Lelse_1046
	leaq .Lstring474(%rip), %rax	# "obey"
	jmp .Lendcond_1047
.Lelse_1046:
	leaq .Lstring475(%rip), %rax	# "refuse"
.Lendcond_1047:
	movq %rax, %rdi
	call fn.log
	.loc 1 3469 9
	# setBalloon: resultAppend(mode === BALLOON_OBEY ? "obey" : "refuse");
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	jne .Lelse_1048
	leaq .Lstring474(%rip), %rax	# "obey"
	jmp .Lendcond_1049
.Lelse_1048:
	leaq .Lstring475(%rip), %rax	# "refuse"
.Lendcond_1049:
	movq %rax, %rdi
	call fn.resultAppend
.Lendif_1045:
.Lendif_1043:
	.loc 1 3471 5
	# setBalloon: extendP2m();
	call fn.extendP2m
	.loc 1 3472 5
	# setBalloon: if (!targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	jne .Lelse_1050
	.loc 1 3473 9
	# setBalloon: watch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring395(%rip), %rdi	# "memory/target"
	leaq .Lstring129(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.watch
	.loc 1 3474 9
	# setBalloon: targetWatched = true;
	movq $1, %rax	# true
	movq %rax, var.targetWatched(%rip)	# targetWatched =
.Lelse_1050:
.Lreturn_1038:
	leave
	ret
	.size fn.setBalloon, .-fn.setBalloon

# function handleBalloonCommand()
	.type fn.handleBalloonCommand,@function
fn.handleBalloonCommand:
	.loc 1 3479 1
	# handleBalloonCommand: function handleBalloonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 3480 5
	# handleBalloonCommand: const word = commandValue + 8;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1052
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1052
	movq %rax, -8(%rbp)	# word
	.loc 1 3481 5
	# handleBalloonCommand: const wordLength = commandLength - 8;
	movq var.commandLength(%rip), %rax	# commandLength
	subq $8, %rax	# -
	movq %rax, -16(%rbp)	# wordLength
	.loc 1 3482 5
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "obey")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring474(%rip), %rdx	# "obey"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1053
	.loc 1 3483 9
	# handleBalloonCommand: setBalloon(BALLOON_OBEY, 0);
	movq $1, %rdi	# BALLOON_OBEY
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_1054
.Lelse_1053:
	.loc 1 3484 12
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "refuse")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring475(%rip), %rdx	# "refuse"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1055
	.loc 1 3485 9
	# handleBalloonCommand: setBalloon(BALLOON_REFUSE, 0);
	movq $2, %rdi	# BALLOON_REFUSE
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_1056
.Lelse_1055:
	.loc 1 3486 12
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "off")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring398(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1057
	.loc 1 3487 9
	# handleBalloonCommand: setBalloon(BALLOON_OFF, 0);
	movq $0, %rdi	# BALLOON_OFF
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_1058
.Lelse_1057:
	.loc 1 3488 12
	# handleBalloonCommand: if (bytesStartWith(word, wordLength, "slow:")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring476(%rip), %rdx	# "slow:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_1059
	.loc 1 3489 9
	# handleBalloonCommand: const rate = wordLength - 5 > 7 ? -1 : decimalFromBytes(word + 5, wor...
	movq -16(%rbp), %rax	# wordLength
	subq $5, %rax	# -
	cmpq $7, %rax	# compare with 7
	jle .Lelse_1060
	movq $-1, %rax
	jmp .Lendcond_1061
.Lelse_1060:
	movq -8(%rbp), %rax	# word
	addq $5, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1062
	pushq %rax
	movq -16(%rbp), %rax	# wordLength
	subq $5, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.decimalFromBytes
.Lendcond_1061:
	movq %rax, -24(%rbp)	# rate
	.loc 1 3490 9
	# handleBalloonCommand: if (rate < 1 || rate > BALLOON_RATE_MAX) {
	movq -24(%rbp), %rax	# rate
	cmpq $1, %rax	# compare with 1
	jl .Lskip_1064
	movq -24(%rbp), %rax	# rate
	cmpq $1048576, %rax	# compare with BALLOON_RATE_MAX
	jle .Lelse_1063
.Lskip_1064:
	.loc 1 3491 13
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
	.loc 1 3492 13
	# handleBalloonCommand: return;
	jmp .Lreturn_1051
.Lelse_1063:
	.loc 1 3494 9
	# handleBalloonCommand: setBalloon(BALLOON_SLOW, rate);
	movq $3, %rdi	# BALLOON_SLOW
	movq -24(%rbp), %rsi	# rate
	call fn.setBalloon
	jmp .Lendif_1065
.Lelse_1059:
	.loc 1 3495 12
	# handleBalloonCommand: if (bytesStartWith(word, wordLength, "partial:")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring477(%rip), %rdx	# "partial:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_1066
	.loc 1 3496 9
	# handleBalloonCommand: const percent = wordLength - 8 > 3 ? -1 : decimalFromBytes(word + 8, ...
	movq -16(%rbp), %rax	# wordLength
	subq $8, %rax	# -
	cmpq $3, %rax	# compare with 3
	jle .Lelse_1067
	movq $-1, %rax
	jmp .Lendcond_1068
.Lelse_1067:
	movq -8(%rbp), %rax	# word
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1069
	pushq %rax
	movq -16(%rbp), %rax	# wordLength
	subq $8, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.decimalFromBytes
.Lendcond_1068:
	movq %rax, -32(%rbp)	# percent
	.loc 1 3497 9
	# handleBalloonCommand: if (percent < 0 || percent > 100) {
	movq -32(%rbp), %rax	# percent
	cmpq $0, %rax	# compare with 0
	jl .Lskip_1071
	movq -32(%rbp), %rax	# percent
	cmpq $100, %rax	# compare with 100
	jle .Lelse_1070
.Lskip_1071:
	.loc 1 3498 13
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
	.loc 1 3499 13
	# handleBalloonCommand: return;
	jmp .Lreturn_1051
.Lelse_1070:
	.loc 1 3501 9
	# handleBalloonCommand: setBalloon(BALLOON_PARTIAL, percent);
	movq $4, %rdi	# BALLOON_PARTIAL
	movq -32(%rbp), %rsi	# percent
	call fn.setBalloon
	jmp .Lendif_1072
.Lelse_1066:
	.loc 1 3503 9
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
.Lendif_1072:
.Lendif_1065:
.Lendif_1058:
.Lendif_1056:
.Lendif_1054:
.Lreturn_1051:
	leave
	ret
.Ltrap_1052:
	leaq .Lstring478(%rip), %rdi	# trap: kernel.ts:3480:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1062:
	leaq .Lstring479(%rip), %rdi	# trap: kernel.ts:3489:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1069:
	leaq .Lstring480(%rip), %rdi	# trap: kernel.ts:3496:68: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleBalloonCommand, .-fn.handleBalloonCommand

# function kibFromBytes(address, length)
	.type fn.kibFromBytes,@function
fn.kibFromBytes:
	.loc 1 3508 1
	# kibFromBytes: function kibFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3509 5
	# kibFromBytes: if (length === 0 || length > TARGET_DIGITS_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_1075
	movq -16(%rbp), %rax	# length
	cmpq $12, %rax	# compare with TARGET_DIGITS_MAX
	jle .Lelse_1074
.Lskip_1075:
	.loc 1 3510 9
	# kibFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_1073
.Lelse_1074:
	.loc 1 3512 5
	# kibFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 3513 5
	# kibFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_1076:
	movq -32(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_1078
	.loc 1 3514 9
	# kibFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1079
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1079
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 3515 9
	# kibFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_1081
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_1080
.Lskip_1081:
	.loc 1 3516 13
	# kibFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_1073
.Lelse_1080:
	.loc 1 3518 9
	# kibFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	imulq $10, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1082
	pushq %rax
	movq -40(%rbp), %rax	# byte
	subq $48, %rax	# -
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1082
	movq %rax, -24(%rbp)	# value =
.Lfornext_1077:
	.loc 1 3513 33
	# kibFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_1076
.Lendfor_1078:
	.loc 1 3520 5
	# kibFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_1073:
	leave
	ret
.Ltrap_1079:
	leaq .Lstring481(%rip), %rdi	# trap: kernel.ts:3514:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1082:
	leaq .Lstring482(%rip), %rdi	# trap: kernel.ts:3518:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.kibFromBytes, .-fn.kibFromBytes

# function handleTarget()
	.type fn.handleTarget,@function
fn.handleTarget:
	.loc 1 3525 1
	# handleTarget: function handleTarget(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	.loc 1 3526 5
	# handleTarget: if (balloonMode === BALLOON_OFF) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $0, %rax	# compare with BALLOON_OFF
	jne .Lelse_1084
	.loc 1 3527 9
	# handleTarget: return;
	jmp .Lreturn_1083
.Lelse_1084:
	.loc 1 3529 5
	# handleTarget: const length = storeRead("memory/target");
	leaq .Lstring395(%rip), %rdi	# "memory/target"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 3530 5
	# handleTarget: if (length < 0) {
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1085
	.loc 1 3531 9
	# handleTarget: if (length !== XSE_ENOENT) {
	movq -8(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1086
	.loc 1 3532 13
	# handleTarget: logPathError("xenstore: cannot read ", "memory/target", length);
	leaq .Lstring235(%rip), %rdi	# "xenstore: cannot read "
	leaq .Lstring395(%rip), %rsi	# "memory/target"
	movq -8(%rbp), %rdx	# length
	call fn.logPathError
.Lelse_1086:
	.loc 1 3534 9
	# handleTarget: return;
	jmp .Lreturn_1083
.Lelse_1085:
	.loc 1 3536 5
	# handleTarget: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -8(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 3537 5
	# handleTarget: commandLength = length;
	movq -8(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 3538 5
	# handleTarget: print("memory/target = ");
	leaq .Lstring483(%rip), %rdi	# "memory/target = "
	call fn.print
	.loc 1 3539 5
	# handleTarget: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 3540 5
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3541 5
	# handleTarget: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3542 5
	# handleTarget: const kib = kibFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.kibFromBytes
	movq %rax, -16(%rbp)	# kib
	.loc 1 3543 5
	# handleTarget: if (kib <= 0) {
	movq -16(%rbp), %rax	# kib
	cmpq $0, %rax	# compare with 0
	jg .Lelse_1087
	.loc 1 3544 9
	# handleTarget: log("balloon: target ignored: not a positive number of KiB");
	leaq .Lstring484(%rip), %rdi	# "balloon: target ignored: not a positive
	call fn.log
	.loc 1 3545 9
	# handleTarget: return;
	jmp .Lreturn_1083
.Lelse_1087:
	.loc 1 3547 5
	# handleTarget: if (balloonMode === BALLOON_REFUSE) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $2, %rax	# compare with BALLOON_REFUSE
	jne .Lelse_1088
	.loc 1 3548 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring485(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3549 9
	# handleTarget: printDecimal(kib);
	movq -16(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3550 9
	# handleTarget: log(" KiB; refusing");
	leaq .Lstring486(%rip), %rdi	# " KiB; refusing"
	call fn.log
	.loc 1 3551 9
	# handleTarget: return;
	jmp .Lreturn_1083
.Lelse_1088:
	.loc 1 3553 5
	# handleTarget: const held = balloonHeld();
	call fn.balloonHeld
	movq %rax, -24(%rbp)	# held
	.loc 1 3554 5
	# handleTarget: let goal = Math.floor(kib / KIB_PER_PAGE);
	movq -16(%rbp), %rax	# kib
	sarq $2, %rax	# Math.floor(a / 4)
	movq %rax, -32(%rbp)	# goal
	.loc 1 3559 5
	# handleTarget: const least = held - (balloonTop - balloonFloorPfn);
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq var.balloonFloorPfn(%rip), %rax	# -
	jo .Ltrap_1089
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1089
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1089
	movq %rax, %rdi
	movq -24(%rbp), %rax	# held
	subq %rdi, %rax	# -
	jo .Ltrap_1090
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1090
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1090
	movq %rax, -40(%rbp)	# least
	.loc 1 3560 5
	# handleTarget: const maximum = maximumReservation() - (pagesHeld() - held);
	call fn.maximumReservation
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.pagesHeld
	addq $8, %rsp
	subq -24(%rbp), %rax	# -
	jo .Ltrap_1091
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1091
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1091
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_1092
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1092
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1092
	movq %rax, -48(%rbp)	# maximum
	.loc 1 3561 5
	# handleTarget: let most = held + (balloonPfnLimit - balloonTop);
	movq var.balloonPfnLimit(%rip), %rax	# balloonPfnLimit
	subq var.balloonTop(%rip), %rax	# -
	jo .Ltrap_1093
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1093
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1093
	movq %rax, %rdi
	movq -24(%rbp), %rax	# held
	addq %rdi, %rax	# +
	jo .Ltrap_1094
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1094
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1094
	movq %rax, -56(%rbp)	# most
	.loc 1 3562 5
	# handleTarget: if (maximum > 0 && maximum < most) {
	movq -48(%rbp), %rax	# maximum
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1095
	movq -48(%rbp), %rax	# maximum
	cmpq -56(%rbp), %rax
	jge .Lelse_1095
	.loc 1 3563 9
	# handleTarget: most = maximum;
	movq -48(%rbp), %rax	# maximum
	movq %rax, -56(%rbp)	# most =
.Lelse_1095:
	.loc 1 3565 5
	# handleTarget: if (goal < least) {
	movq -32(%rbp), %rax	# goal
	cmpq -40(%rbp), %rax
	jge .Lelse_1096
	.loc 1 3566 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring485(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3567 9
	# handleTarget: printDecimal(kib);
	movq -16(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3568 9
	# handleTarget: print(" KiB is below what the kernel needs (");
	leaq .Lstring487(%rip), %rdi	# " KiB is below what the kernel needs ("
	call fn.print
	.loc 1 3569 9
	# handleTarget: printKib(least);
	movq -40(%rbp), %rdi	# least
	call fn.printKib
	.loc 1 3570 9
	# handleTarget: print("); aiming for ");
	leaq .Lstring488(%rip), %rdi	# "); aiming for "
	call fn.print
	.loc 1 3571 9
	# handleTarget: printKib(least);
	movq -40(%rbp), %rdi	# least
	call fn.printKib
	.loc 1 3572 9
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3573 9
	# handleTarget: goal = least;
	movq -40(%rbp), %rax	# least
	movq %rax, -32(%rbp)	# goal =
	jmp .Lendif_1097
.Lelse_1096:
	.loc 1 3574 12
	# handleTarget: if (goal > most) {
	movq -32(%rbp), %rax	# goal
	cmpq -56(%rbp), %rax
	jle .Lelse_1098
	.loc 1 3575 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring485(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3576 9
	# handleTarget: printDecimal(kib);
	movq -16(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3577 9
	# handleTarget: print(" KiB is above the most this domain may hold (");
	leaq .Lstring489(%rip), %rdi	# " KiB is above the most this domain may 
	call fn.print
	.loc 1 3578 9
	# handleTarget: printKib(most);
	movq -56(%rbp), %rdi	# most
	call fn.printKib
	.loc 1 3579 9
	# handleTarget: print("); aiming for ");
	leaq .Lstring488(%rip), %rdi	# "); aiming for "
	call fn.print
	.loc 1 3580 9
	# handleTarget: printKib(most);
	movq -56(%rbp), %rdi	# most
	call fn.printKib
	.loc 1 3581 9
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3582 9
	# handleTarget: goal = most;
	movq -56(%rbp), %rax	# most
	movq %rax, -32(%rbp)	# goal =
.Lelse_1098:
.Lendif_1097:
	.loc 1 3584 5
	# handleTarget: if (balloonMode === BALLOON_PARTIAL) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1099
	.loc 1 3585 9
	# handleTarget: const way = goal - held;
	movq -32(%rbp), %rax	# goal
	subq -24(%rbp), %rax	# -
	jo .Ltrap_1100
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1100
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1100
	movq %rax, -64(%rbp)	# way
	.loc 1 3586 9
	# handleTarget: goal = held + (way >= 0 ? Math.floor(way * balloonPercent / 100) :
	movq -64(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1101
	movq -64(%rbp), %rax	# way
	imulq var.balloonPercent(%rip), %rax	# *
	jo .Ltrap_1104
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1104
	movq $100, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1103
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1103
	subq $1, %rax	# then the floor is one below
.Lfloored_1103:
	jmp .Lendcond_1102
.Lelse_1101:
	movq -64(%rbp), %rax	# way
	negq %rax
	imulq var.balloonPercent(%rip), %rax	# *
	jo .Ltrap_1106
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1106
	movq $100, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1105
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1105
	subq $1, %rax	# then the floor is one below
.Lfloored_1105:
	negq %rax
.Lendcond_1102:
	movq %rax, %rdi
	movq -24(%rbp), %rax	# held
	addq %rdi, %rax	# +
	jo .Ltrap_1107
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1107
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1107
	movq %rax, -32(%rbp)	# goal =
	.loc 1 3588 9
	# handleTarget: print("balloon: partial: aiming for ");
	leaq .Lstring490(%rip), %rdi	# "balloon: partial: aiming for "
	call fn.print
	.loc 1 3589 9
	# handleTarget: printKib(goal);
	movq -32(%rbp), %rdi	# goal
	call fn.printKib
	.loc 1 3590 9
	# handleTarget: endLine();
	call fn.endLine
.Lelse_1099:
	.loc 1 3592 5
	# handleTarget: print("balloon: from ");
	leaq .Lstring491(%rip), %rdi	# "balloon: from "
	call fn.print
	.loc 1 3593 5
	# handleTarget: printKib(held);
	movq -24(%rbp), %rdi	# held
	call fn.printKib
	.loc 1 3594 5
	# handleTarget: print(" to ");
	leaq .Lstring492(%rip), %rdi	# " to "
	call fn.print
	.loc 1 3595 5
	# handleTarget: printKib(goal);
	movq -32(%rbp), %rdi	# goal
	call fn.printKib
	.loc 1 3596 5
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3597 5
	# handleTarget: balloonGoal = goal;
	movq -32(%rbp), %rax	# goal
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
.Lreturn_1083:
	leave
	ret
.Ltrap_1089:
	leaq .Lstring493(%rip), %rdi	# trap: kernel.ts:3559:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1090:
	leaq .Lstring494(%rip), %rdi	# trap: kernel.ts:3559:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1091:
	leaq .Lstring495(%rip), %rdi	# trap: kernel.ts:3560:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1092:
	leaq .Lstring496(%rip), %rdi	# trap: kernel.ts:3560:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1093:
	leaq .Lstring497(%rip), %rdi	# trap: kernel.ts:3561:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1094:
	leaq .Lstring498(%rip), %rdi	# trap: kernel.ts:3561:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1100:
	leaq .Lstring499(%rip), %rdi	# trap: kernel.ts:3585:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1104:
	leaq .Lstring500(%rip), %rdi	# trap: kernel.ts:3586:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1106:
	leaq .Lstring501(%rip), %rdi	# trap: kernel.ts:3587:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1107:
	leaq .Lstring502(%rip), %rdi	# trap: kernel.ts:3586:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleTarget, .-fn.handleTarget

# function balloonStep(limit)
	.type fn.balloonStep,@function
fn.balloonStep:
	.loc 1 3601 1
	# balloonStep: function balloonStep(limit: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter limit
	.loc 1 3602 5
	# balloonStep: if (balloonGoal < 0) {
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1109
	.loc 1 3603 9
	# balloonStep: return false;
	movq $0, %rax	# false
	jmp .Lreturn_1108
.Lelse_1109:
	.loc 1 3605 5
	# balloonStep: const held = balloonHeld();
	call fn.balloonHeld
	movq %rax, -16(%rbp)	# held
	.loc 1 3606 5
	# balloonStep: const way = balloonGoal - held;
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	subq -16(%rbp), %rax	# -
	jo .Ltrap_1110
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1110
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1110
	movq %rax, -24(%rbp)	# way
	.loc 1 3607 5
	# balloonStep: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3608 5
	# balloonStep: if (way === 0) {
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1111
	.loc 1 3609 9
	# balloonStep: print("balloon: reached ");
	leaq .Lstring503(%rip), %rdi	# "balloon: reached "
	call fn.print
	.loc 1 3610 9
	# balloonStep: printKib(held);
	movq -16(%rbp), %rdi	# held
	call fn.printKib
	.loc 1 3611 9
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3612 9
	# balloonStep: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3613 9
	# balloonStep: return true;
	movq $1, %rax	# true
	jmp .Lreturn_1108
.Lelse_1111:
	.loc 1 3615 5
	# balloonStep: let count = way > 0 ? way : -way;
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1112
	movq -24(%rbp), %rax	# way
	jmp .Lendcond_1113
.Lelse_1112:
	movq -24(%rbp), %rax	# way
	negq %rax
.Lendcond_1113:
	movq %rax, -32(%rbp)	# count
	.loc 1 3616 5
	# balloonStep: count = count < limit ? count : limit;
	movq -32(%rbp), %rax	# count
	cmpq -8(%rbp), %rax
	jge .Lelse_1114
	movq -32(%rbp), %rax	# count
	jmp .Lendcond_1115
.Lelse_1114:
	movq -8(%rbp), %rax	# limit
.Lendcond_1115:
	movq %rax, -32(%rbp)	# count =
	.loc 1 3617 5
	# balloonStep: count = count < BALLOON_BATCH ? count : BALLOON_BATCH;
	movq -32(%rbp), %rax	# count
	cmpq $512, %rax	# compare with BALLOON_BATCH
	jge .Lelse_1116
	movq -32(%rbp), %rax	# count
	jmp .Lendcond_1117
.Lelse_1116:
	movq $512, %rax	# BALLOON_BATCH
.Lendcond_1117:
	movq %rax, -32(%rbp)	# count =
	.loc 1 3618 5
	# balloonStep: const done = way < 0 ? giveBack(count) : takeBack(count);
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1118
	movq -32(%rbp), %rdi	# count
	call fn.giveBack
	jmp .Lendcond_1119
.Lelse_1118:
	movq -32(%rbp), %rdi	# count
	call fn.takeBack
.Lendcond_1119:
	movq %rax, -40(%rbp)	# done
	.loc 1 3619 5
	# balloonStep: const now = balloonHeld();
	call fn.balloonHeld
	movq %rax, -48(%rbp)	# now
	.loc 1 3620 5
	# balloonStep: if (done < count) {
	movq -40(%rbp), %rax	# done
	cmpq -32(%rbp), %rax
	jge .Lelse_1120
	.loc 1 3621 9
	# balloonStep: print(way < 0 ? "balloon: Xen took only " : "balloon: Xen gave only ");
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1121
	leaq .Lstring504(%rip), %rax	# "balloon: Xen took only "
	jmp .Lendcond_1122
.Lelse_1121:
	leaq .Lstring505(%rip), %rax	# "balloon: Xen gave only "
.Lendcond_1122:
	movq %rax, %rdi
	call fn.print
	.loc 1 3622 9
	# balloonStep: printDecimal(done);
	movq -40(%rbp), %rdi	# done
	call fn.printDecimal
	.loc 1 3623 9
	# balloonStep: print(" of the ");
	leaq .Lstring506(%rip), %rdi	# " of the "
	call fn.print
	.loc 1 3624 9
	# balloonStep: printDecimal(count);
	movq -32(%rbp), %rdi	# count
	call fn.printDecimal
	.loc 1 3625 9
	# balloonStep: print(" pages asked; stopping at ");
	leaq .Lstring507(%rip), %rdi	# " pages asked; stopping at "
	call fn.print
	.loc 1 3626 9
	# balloonStep: printKib(now);
	movq -48(%rbp), %rdi	# now
	call fn.printKib
	.loc 1 3627 9
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3628 9
	# balloonStep: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3629 9
	# balloonStep: return true;
	movq $1, %rax	# true
	jmp .Lreturn_1108
.Lelse_1120:
	.loc 1 3631 5
	# balloonStep: print(way < 0 ? "balloon: gave back " : "balloon: took ");
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1123
	leaq .Lstring508(%rip), %rax	# "balloon: gave back "
	jmp .Lendcond_1124
.Lelse_1123:
	leaq .Lstring509(%rip), %rax	# "balloon: took "
.Lendcond_1124:
	movq %rax, %rdi
	call fn.print
	.loc 1 3632 5
	# balloonStep: printDecimal(done);
	movq -40(%rbp), %rdi	# done
	call fn.printDecimal
	.loc 1 3633 5
	# balloonStep: print(" pages, now ");
	leaq .Lstring510(%rip), %rdi	# " pages, now "
	call fn.print
	.loc 1 3634 5
	# balloonStep: printKib(now);
	movq -48(%rbp), %rdi	# now
	call fn.printKib
	.loc 1 3635 5
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3636 5
	# balloonStep: return true;
	movq $1, %rax	# true
.Lreturn_1108:
	leave
	ret
.Ltrap_1110:
	leaq .Lstring511(%rip), %rdi	# trap: kernel.ts:3606:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonStep, .-fn.balloonStep

# function balloonWork()
	.type fn.balloonWork,@function
fn.balloonWork:
	.loc 1 3640 1
	# balloonWork: function balloonWork(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3641 5
	# balloonWork: if (balloonMode === BALLOON_OBEY || balloonMode === BALLOON_PARTIAL) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	je .Lskip_1127
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1126
.Lskip_1127:
	.loc 1 3642 9
	# balloonWork: return balloonStep(BALLOON_BATCH);
	movq $512, %rdi	# BALLOON_BATCH
	call fn.balloonStep
	jmp .Lreturn_1125
.Lelse_1126:
	.loc 1 3644 5
	# balloonWork: return false;
	movq $0, %rax	# false
.Lreturn_1125:
	leave
	ret
	.size fn.balloonWork, .-fn.balloonWork

# function balloonOneSecond()
	.type fn.balloonOneSecond,@function
fn.balloonOneSecond:
	.loc 1 3648 1
	# balloonOneSecond: function balloonOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3649 5
	# balloonOneSecond: if (balloonMode === BALLOON_SLOW) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $3, %rax	# compare with BALLOON_SLOW
	jne .Lelse_1129
	.loc 1 3650 9
	# balloonOneSecond: let left = balloonRate;
	movq var.balloonRate(%rip), %rax	# balloonRate
	movq %rax, -8(%rbp)	# left
	.loc 1 3651 9
	# balloonOneSecond: while (left > 0 && balloonGoal >= 0) {
.Lwhile_1130:
	movq -8(%rbp), %rax	# left
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_1131
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	cmpq $0, %rax	# compare with 0
	jl .Lendwhile_1131
	.loc 1 3652 13
	# balloonOneSecond: const before = balloonTop;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, -16(%rbp)	# before
	.loc 1 3653 13
	# balloonOneSecond: if (!balloonStep(left)) {
	movq -8(%rbp), %rdi	# left
	call fn.balloonStep
	testq %rax, %rax
	jne .Lelse_1132
	.loc 1 3654 17
	# balloonOneSecond: return;
	jmp .Lreturn_1128
.Lelse_1132:
	.loc 1 3656 13
	# balloonOneSecond: const moved = balloonTop > before ? balloonTop - before : before - ba...
	movq var.balloonTop(%rip), %rax	# balloonTop
	cmpq -16(%rbp), %rax
	jle .Lelse_1133
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq -16(%rbp), %rax	# -
	jo .Ltrap_1135
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1135
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1135
	jmp .Lendcond_1134
.Lelse_1133:
	movq -16(%rbp), %rax	# before
	subq var.balloonTop(%rip), %rax	# -
	jo .Ltrap_1136
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1136
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1136
.Lendcond_1134:
	movq %rax, -24(%rbp)	# moved
	.loc 1 3657 13
	# balloonOneSecond: if (moved === 0) {
	movq -24(%rbp), %rax	# moved
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1137
	.loc 1 3658 17
	# balloonOneSecond: return;
	jmp .Lreturn_1128
.Lelse_1137:
	.loc 1 3660 13
	# balloonOneSecond: left = left - moved;
	movq -8(%rbp), %rax	# left
	subq -24(%rbp), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1138
	movq %rax, -8(%rbp)	# left =
	jmp .Lwhile_1130
.Lendwhile_1131:
.Lelse_1129:
.Lreturn_1128:
	leave
	ret
.Ltrap_1135:
	leaq .Lstring512(%rip), %rdi	# trap: kernel.ts:3656:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1136:
	leaq .Lstring513(%rip), %rdi	# trap: kernel.ts:3656:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1138:
	leaq .Lstring514(%rip), %rdi	# trap: kernel.ts:3660:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonOneSecond, .-fn.balloonOneSecond

# function balloonModeName(mode)
	.type fn.balloonModeName,@function
fn.balloonModeName:
	.loc 1 3665 1
	# balloonModeName: function balloonModeName(mode: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3666 5
	# balloonModeName: switch (mode) {
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# case BALLOON_OBEY
	je .Lcase_1141
	cmpq $2, %rax	# case BALLOON_REFUSE
	je .Lcase_1142
	cmpq $3, %rax	# case BALLOON_SLOW
	je .Lcase_1143
	cmpq $4, %rax	# case BALLOON_PARTIAL
	je .Lcase_1144
	jmp .Lcase_1145
.Lcase_1141:
	.loc 1 3667 28
	# balloonModeName: return "obey";
	leaq .Lstring474(%rip), %rax	# "obey"
	jmp .Lreturn_1139
.Lcase_1142:
	.loc 1 3668 30
	# balloonModeName: return "refuse";
	leaq .Lstring475(%rip), %rax	# "refuse"
	jmp .Lreturn_1139
.Lcase_1143:
	.loc 1 3669 28
	# balloonModeName: return "slow";
	leaq .Lstring515(%rip), %rax	# "slow"
	jmp .Lreturn_1139
.Lcase_1144:
	.loc 1 3670 31
	# balloonModeName: return "partial";
	leaq .Lstring516(%rip), %rax	# "partial"
	jmp .Lreturn_1139
.Lcase_1145:
	.loc 1 3671 18
	# balloonModeName: return "off";
	leaq .Lstring398(%rip), %rax	# "off"
	jmp .Lreturn_1139
.Lendswitch_1140:
.Lreturn_1139:
	leave
	ret
	.size fn.balloonModeName, .-fn.balloonModeName

# function statusAppendByte(byte)
	.type fn.statusAppendByte,@function
fn.statusAppendByte:
	.loc 1 3733 1
	# statusAppendByte: function statusAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3734 5
	# statusAppendByte: if (statusLength < STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jge .Lelse_1147
	.loc 1 3735 9
	# statusAppendByte: store8(statusText + statusLength, byte);
	leaq buf.statusText(%rip), %rax	# statusText
	addq var.statusLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1148
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1148
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3736 9
	# statusAppendByte: statusLength = statusLength + 1;
	movq var.statusLength(%rip), %rax	# statusLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1149
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_1147:
.Lreturn_1146:
	leave
	ret
.Ltrap_1148:
	leaq .Lstring517(%rip), %rdi	# trap: kernel.ts:3735:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1149:
	leaq .Lstring518(%rip), %rdi	# trap: kernel.ts:3736:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendByte, .-fn.statusAppendByte

# function statusAppend(text)
	.type fn.statusAppend,@function
fn.statusAppend:
	.loc 1 3740 1
	# statusAppend: function statusAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3741 5
	# statusAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1151:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1153
	.loc 1 3742 9
	# statusAppend: statusAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lfornext_1152:
	.loc 1 3741 38
	# statusAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1151
.Lendfor_1153:
.Lreturn_1150:
	leave
	ret
	.size fn.statusAppend, .-fn.statusAppend

# function statusAppendEscapedByte(byte)
	.type fn.statusAppendEscapedByte,@function
fn.statusAppendEscapedByte:
	.loc 1 3750 1
	# statusAppendEscapedByte: function statusAppendEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3751 5
	# statusAppendEscapedByte: if (byte === 34 || byte === 92) {
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_1156
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_1155
.Lskip_1156:
	.loc 1 3752 9
	# statusAppendEscapedByte: statusAppendByte(92);
	movq $92, %rdi
	call fn.statusAppendByte
	.loc 1 3753 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_1157
.Lelse_1155:
	.loc 1 3754 12
	# statusAppendEscapedByte: if (byte >= 32 && byte <= 126) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_1158
	movq -8(%rbp), %rax	# byte
	cmpq $126, %rax	# compare with 126
	jg .Lelse_1158
	.loc 1 3755 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_1159
.Lelse_1158:
	.loc 1 3757 9
	# statusAppendEscapedByte: statusAppend("\\u00");
	leaq .Lstring519(%rip), %rdi	# "\\u00"
	call fn.statusAppend
	.loc 1 3758 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	shrl $4, %eax	# >>> (a uint32)
	movq %rax, %rdi
	leaq .Lstring520(%rip), %rax	# HEX_DIGITS
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
	.loc 1 3759 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte & 15));
	movq -8(%rbp), %rax	# byte
	andl $15, %eax	# &
	movq %rax, %rdi
	leaq .Lstring520(%rip), %rax	# HEX_DIGITS
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lendif_1159:
.Lendif_1157:
.Lreturn_1154:
	leave
	ret
	.size fn.statusAppendEscapedByte, .-fn.statusAppendEscapedByte

# function statusAppendQuotedBytes(address, length)
	.type fn.statusAppendQuotedBytes,@function
fn.statusAppendQuotedBytes:
	.loc 1 3763 1
	# statusAppendQuotedBytes: function statusAppendQuotedBytes(address: number, length: number): vo...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3764 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3765 5
	# statusAppendQuotedBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1161:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_1163
	.loc 1 3766 9
	# statusAppendQuotedBytes: statusAppendEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1164
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1164
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1162:
	.loc 1 3765 33
	# statusAppendQuotedBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1161
.Lendfor_1163:
	.loc 1 3768 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_1160:
	leave
	ret
.Ltrap_1164:
	leaq .Lstring521(%rip), %rdi	# trap: kernel.ts:3766:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendQuotedBytes, .-fn.statusAppendQuotedBytes

# function statusAppendQuoted(text)
	.type fn.statusAppendQuoted,@function
fn.statusAppendQuoted:
	.loc 1 3771 1
	# statusAppendQuoted: function statusAppendQuoted(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3772 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3773 5
	# statusAppendQuoted: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1166:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1168
	.loc 1 3774 9
	# statusAppendQuoted: statusAppendEscapedByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1167:
	.loc 1 3773 38
	# statusAppendQuoted: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1166
.Lendfor_1168:
	.loc 1 3776 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_1165:
	leave
	ret
	.size fn.statusAppendQuoted, .-fn.statusAppendQuoted

# function statusAppendDecimal(value)
	.type fn.statusAppendDecimal,@function
fn.statusAppendDecimal:
	.loc 1 3779 1
	# statusAppendDecimal: function statusAppendDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 3780 5
	# statusAppendDecimal: if (statusLength + 16 <= STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1171
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jg .Lelse_1170
	.loc 1 3781 9
	# statusAppendDecimal: statusLength = statusLength + decimalIntoBytes(statusText + statusLen...
	movq var.statusLength(%rip), %rax	# statusLength
	pushq %rax
	leaq buf.statusText(%rip), %rax	# statusText
	addq var.statusLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1172
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1172
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# value
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.decimalIntoBytes
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1173
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_1170:
.Lreturn_1169:
	leave
	ret
.Ltrap_1171:
	leaq .Lstring522(%rip), %rdi	# trap: kernel.ts:3780:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1172:
	leaq .Lstring523(%rip), %rdi	# trap: kernel.ts:3781:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1173:
	leaq .Lstring524(%rip), %rdi	# trap: kernel.ts:3781:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendDecimal, .-fn.statusAppendDecimal

# function statusAppendActionOrNull(action)
	.type fn.statusAppendActionOrNull,@function
fn.statusAppendActionOrNull:
	.loc 1 3785 1
	# statusAppendActionOrNull: function statusAppendActionOrNull(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 3786 5
	# statusAppendActionOrNull: if (action === ACTION_NONE) {
	movq -8(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_1175
	.loc 1 3787 9
	# statusAppendActionOrNull: statusAppend("null");
	leaq .Lstring352(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1176
.Lelse_1175:
	.loc 1 3789 9
	# statusAppendActionOrNull: statusAppendQuoted(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppendQuoted
.Lendif_1176:
.Lreturn_1174:
	leave
	ret
	.size fn.statusAppendActionOrNull, .-fn.statusAppendActionOrNull

# function suspendChannelModeName(mode)
	.type fn.suspendChannelModeName,@function
fn.suspendChannelModeName:
	.loc 1 3793 1
	# suspendChannelModeName: function suspendChannelModeName(mode: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3794 5
	# suspendChannelModeName: if (mode === SUSPEND_CHANNEL_ON) {
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_1178
	.loc 1 3795 9
	# suspendChannelModeName: return "on";
	leaq .Lstring397(%rip), %rax	# "on"
	jmp .Lreturn_1177
.Lelse_1178:
	.loc 1 3797 5
	# suspendChannelModeName: return mode === SUSPEND_CHANNEL_IGNORE ? "ignore" : "off";
	movq -8(%rbp), %rax	# mode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_1179
	leaq .Lstring220(%rip), %rax	# "ignore"
	jmp .Lendcond_1180
.Lelse_1179:
	leaq .Lstring398(%rip), %rax	# "off"
.Lendcond_1180:
.Lreturn_1177:
	leave
	ret
	.size fn.suspendChannelModeName, .-fn.suspendChannelModeName

# function versionLength()
	.type fn.versionLength,@function
fn.versionLength:
	.loc 1 3801 1
	# versionLength: function versionLength(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3802 5
	# versionLength: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -8(%rbp)	# version
	.loc 1 3803 5
	# versionLength: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 3804 5
	# versionLength: while (length < VERSION_BYTES_MAX && load8(version + length) !== 0) {
.Lwhile_1182:
	movq -16(%rbp), %rax	# length
	cmpq $32, %rax	# compare with VERSION_BYTES_MAX
	jge .Lendwhile_1183
	movq -8(%rbp), %rax	# version
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1184
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1184
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_1183
	.loc 1 3805 9
	# versionLength: length = length + 1;
	movq -16(%rbp), %rax	# length
	addq $1, %rax	# +
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_1182
.Lendwhile_1183:
	.loc 1 3807 5
	# versionLength: return length;
	movq -16(%rbp), %rax	# length
.Lreturn_1181:
	leave
	ret
.Ltrap_1184:
	leaq .Lstring525(%rip), %rdi	# trap: kernel.ts:3804:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionLength, .-fn.versionLength

# function queueStatus()
	.type fn.queueStatus,@function
fn.queueStatus:
	.loc 1 3811 1
	# queueStatus: function queueStatus(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3812 5
	# queueStatus: statusDirty = false;
	movq $0, %rax	# false
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3813 5
	# queueStatus: statusLength = 0;
	movq $0, %rax
	movq %rax, var.statusLength(%rip)	# statusLength =
	.loc 1 3814 5
	# queueStatus: statusAppend("{\"version\":");
	leaq .Lstring526(%rip), %rdi	# "{\"version\":"
	call fn.statusAppend
	.loc 1 3815 5
	# queueStatus: statusAppendQuotedBytes(addressOf("guest_version"), versionLength());
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.versionLength
	addq $8, %rsp
	movq %rax, %rsi
	popq %rdi
	call fn.statusAppendQuotedBytes
	.loc 1 3816 5
	# queueStatus: statusAppend(",\"mode\":");
	leaq .Lstring527(%rip), %rdi	# ",\"mode\":"
	call fn.statusAppend
	.loc 1 3817 5
	# queueStatus: statusAppendQuoted(bootMode === BOOT_MODE_PVH ? "pvh" : "pv");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1186
	leaq .Lstring528(%rip), %rax	# "pvh"
	jmp .Lendcond_1187
.Lelse_1186:
	leaq .Lstring529(%rip), %rax	# "pv"
.Lendcond_1187:
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3818 5
	# queueStatus: statusAppend(",\"state\":");
	leaq .Lstring530(%rip), %rdi	# ",\"state\":"
	call fn.statusAppend
	.loc 1 3819 5
	# queueStatus: statusAppendQuoted(statusState);
	movq var.statusState(%rip), %rdi	# statusState
	call fn.statusAppendQuoted
	.loc 1 3820 5
	# queueStatus: statusAppend(",\"override\":");
	leaq .Lstring531(%rip), %rdi	# ",\"override\":"
	call fn.statusAppend
	.loc 1 3821 5
	# queueStatus: statusAppendActionOrNull(overrideAction);
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.statusAppendActionOrNull
	.loc 1 3822 5
	# queueStatus: statusAppend(",\"timer\":");
	leaq .Lstring532(%rip), %rdi	# ",\"timer\":"
	call fn.statusAppend
	.loc 1 3823 5
	# queueStatus: if (timerAction === ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_1188
	.loc 1 3824 9
	# queueStatus: statusAppend("null");
	leaq .Lstring352(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1189
.Lelse_1188:
	.loc 1 3826 9
	# queueStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3827 9
	# queueStatus: statusAppend(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3828 9
	# queueStatus: statusAppend(" in ");
	leaq .Lstring229(%rip), %rdi	# " in "
	call fn.statusAppend
	.loc 1 3829 9
	# queueStatus: statusAppendDecimal(timerSecondsSet);
	movq var.timerSecondsSet(%rip), %rdi	# timerSecondsSet
	call fn.statusAppendDecimal
	.loc 1 3830 9
	# queueStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_1189:
	.loc 1 3832 5
	# queueStatus: statusAppend(",\"response\":");
	leaq .Lstring533(%rip), %rdi	# ",\"response\":"
	call fn.statusAppend
	.loc 1 3833 5
	# queueStatus: statusAppendActionOrNull(responsePhase === RESPONSE_NONE ? ACTION_NON...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	jne .Lelse_1190
	movq $0, %rax	# ACTION_NONE
	jmp .Lendcond_1191
.Lelse_1190:
	movq var.responseAction(%rip), %rax	# responseAction
.Lendcond_1191:
	movq %rax, %rdi
	call fn.statusAppendActionOrNull
	.loc 1 3834 5
	# queueStatus: statusAppend(",\"suspendChannel\":");
	leaq .Lstring534(%rip), %rdi	# ",\"suspendChannel\":"
	call fn.statusAppend
	.loc 1 3835 5
	# queueStatus: statusAppendQuoted(suspendChannelModeName(suspendChannelMode));
	movq var.suspendChannelMode(%rip), %rdi	# suspendChannelMode
	call fn.suspendChannelModeName
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3836 5
	# queueStatus: statusAppend(agentOn ? ",\"agent\":true" : ",\"agent\":false");
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_1192
	leaq .Lstring535(%rip), %rax	# ",\"agent\":true"
	jmp .Lendcond_1193
.Lelse_1192:
	leaq .Lstring536(%rip), %rax	# ",\"agent\":false"
.Lendcond_1193:
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3837 5
	# queueStatus: statusAppend(",\"balloon\":");
	leaq .Lstring537(%rip), %rdi	# ",\"balloon\":"
	call fn.statusAppend
	.loc 1 3838 5
	# queueStatus: statusAppendQuoted(balloonModeName(balloonMode));
	movq var.balloonMode(%rip), %rdi	# balloonMode
	call fn.balloonModeName
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3839 5
	# queueStatus: statusAppend(",\"memoryKiB\":");
	leaq .Lstring538(%rip), %rdi	# ",\"memoryKiB\":"
	call fn.statusAppend
	.loc 1 3840 5
	# queueStatus: statusAppendDecimal(pagesHeld() * KIB_PER_PAGE);
	call fn.pagesHeld
	imulq $4, %rax	# *
	jo .Ltrap_1194
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1194
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1194
	movq %rax, %rdi
	call fn.statusAppendDecimal
	.loc 1 3841 5
	# queueStatus: statusAppend(",\"resumes\":");
	leaq .Lstring539(%rip), %rdi	# ",\"resumes\":"
	call fn.statusAppend
	.loc 1 3842 5
	# queueStatus: statusAppendDecimal(resumeCount);
	movq var.resumeCount(%rip), %rdi	# resumeCount
	call fn.statusAppendDecimal
	.loc 1 3843 5
	# queueStatus: statusAppend(",\"commands\":");
	leaq .Lstring540(%rip), %rdi	# ",\"commands\":"
	call fn.statusAppend
	.loc 1 3844 5
	# queueStatus: statusAppendDecimal(commandCount);
	movq var.commandCount(%rip), %rdi	# commandCount
	call fn.statusAppendDecimal
	.loc 1 3845 5
	# queueStatus: statusAppend(",\"last\":");
	leaq .Lstring541(%rip), %rdi	# ",\"last\":"
	call fn.statusAppend
	.loc 1 3846 5
	# queueStatus: if (lastCommandLength < 0) {
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1195
	.loc 1 3847 9
	# queueStatus: statusAppend("null");
	leaq .Lstring352(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1196
.Lelse_1195:
	.loc 1 3849 9
	# queueStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3850 9
	# queueStatus: const shown = lastCommandLength < LAST_COMMAND_SHOWN ? lastCommandLen...
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_1197
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	jmp .Lendcond_1198
.Lelse_1197:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_1198:
	movq %rax, -8(%rbp)	# shown
	.loc 1 3851 9
	# queueStatus: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1199:
	movq -16(%rbp), %rax	# i
	cmpq -8(%rbp), %rax
	jge .Lendfor_1201
	.loc 1 3852 13
	# queueStatus: statusAppendEscapedByte(load8(lastCommand + i));
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1202
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1202
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1200:
	.loc 1 3851 36
	# queueStatus: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1199
.Lendfor_1201:
	.loc 1 3854 9
	# queueStatus: if (shown < lastCommandLength) {
	movq -8(%rbp), %rax	# shown
	cmpq var.lastCommandLength(%rip), %rax
	jge .Lelse_1203
	.loc 1 3855 13
	# queueStatus: statusAppend("...");
	leaq .Lstring542(%rip), %rdi	# "..."
	call fn.statusAppend
.Lelse_1203:
	.loc 1 3857 9
	# queueStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_1196:
	.loc 1 3859 5
	# queueStatus: statusAppend(",\"result\":");
	leaq .Lstring543(%rip), %rdi	# ",\"result\":"
	call fn.statusAppend
	.loc 1 3860 5
	# queueStatus: if (resultLength < 0) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1204
	.loc 1 3861 9
	# queueStatus: statusAppend("null");
	leaq .Lstring352(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1205
.Lelse_1204:
	.loc 1 3863 9
	# queueStatus: statusAppendQuotedBytes(resultText, resultLength);
	leaq buf.resultText(%rip), %rdi	# resultText
	movq var.resultLength(%rip), %rsi	# resultLength
	call fn.statusAppendQuotedBytes
.Lendif_1205:
	.loc 1 3865 5
	# queueStatus: statusAppendByte(125);
	movq $125, %rdi
	call fn.statusAppendByte
	.loc 1 3866 5
	# queueStatus: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 3867 5
	# queueStatus: requestAppendString("data/test-vm/status");
	leaq .Lstring544(%rip), %rdi	# "data/test-vm/status"
	call fn.requestAppendString
	.loc 1 3868 5
	# queueStatus: requestAppendBytes(statusText, statusLength);
	leaq buf.statusText(%rip), %rdi	# statusText
	movq var.statusLength(%rip), %rsi	# statusLength
	call fn.requestAppendBytes
	.loc 1 3869 5
	# queueStatus: storeQueue(REPORT_STATUS);
	movq $3, %rdi	# REPORT_STATUS
	call fn.storeQueue
.Lreturn_1185:
	leave
	ret
.Ltrap_1194:
	leaq .Lstring545(%rip), %rdi	# trap: kernel.ts:3840:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1202:
	leaq .Lstring546(%rip), %rdi	# trap: kernel.ts:3852:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.queueStatus, .-fn.queueStatus

# function statusWriteAnswered(result)
	.type fn.statusWriteAnswered,@function
fn.statusWriteAnswered:
	.loc 1 3873 1
	# statusWriteAnswered: function statusWriteAnswered(result: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter result
	.loc 1 3874 5
	# statusWriteAnswered: if (result < 0 && !statusWriteFailing) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1207
	movq var.statusWriteFailing(%rip), %rax	# statusWriteFailing
	testq %rax, %rax
	jne .Lelse_1207
	.loc 1 3875 9
	# statusWriteAnswered: logPathError("status: cannot write ", "data/test-vm/status", result);
	leaq .Lstring547(%rip), %rdi	# "status: cannot write "
	leaq .Lstring544(%rip), %rsi	# "data/test-vm/status"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1207:
	.loc 1 3877 5
	# statusWriteAnswered: statusWriteFailing = result < 0;
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	setl %al	# <
	movzbl %al, %eax
	movq %rax, var.statusWriteFailing(%rip)	# statusWriteFailing =
.Lreturn_1206:
	leave
	ret
	.size fn.statusWriteAnswered, .-fn.statusWriteAnswered

# function writeStatus()
	.type fn.writeStatus,@function
fn.writeStatus:
	.loc 1 3880 1
	# writeStatus: function writeStatus(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3881 5
	# writeStatus: queueStatus();
	call fn.queueStatus
	.loc 1 3882 5
	# writeStatus: storeFinishBatch();
	call fn.storeFinishBatch
.Lreturn_1208:
	leave
	ret
	.size fn.writeStatus, .-fn.writeStatus

# function publishState(state)
	.type fn.publishState,@function
fn.publishState:
	.loc 1 3888 1
	# publishState: function publishState(state: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter state
	.loc 1 3889 5
	# publishState: statusState = state;
	movq -8(%rbp), %rax	# state
	movq %rax, var.statusState(%rip)	# statusState =
	.loc 1 3890 5
	# publishState: writeStatus();
	call fn.writeStatus
.Lreturn_1209:
	leave
	ret
	.size fn.publishState, .-fn.publishState

# function queueState(state)
	.type fn.queueState,@function
fn.queueState:
	.loc 1 3893 1
	# queueState: function queueState(state: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter state
	.loc 1 3894 5
	# queueState: statusState = state;
	movq -8(%rbp), %rax	# state
	movq %rax, var.statusState(%rip)	# statusState =
	.loc 1 3895 5
	# queueState: queueStatus();
	call fn.queueStatus
.Lreturn_1210:
	leave
	ret
	.size fn.queueState, .-fn.queueState

# function noteCommand()
	.type fn.noteCommand,@function
fn.noteCommand:
	.loc 1 3900 1
	# noteCommand: function noteCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3901 5
	# noteCommand: commandCount = commandCount + 1;
	movq var.commandCount(%rip), %rax	# commandCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1212
	movq %rax, var.commandCount(%rip)	# commandCount =
	.loc 1 3902 5
	# noteCommand: lastCommandLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastCommandLength(%rip)	# lastCommandLength =
	.loc 1 3903 5
	# noteCommand: copyBytes(lastCommand, commandValue, commandLength < LAST_COMMAND_SHO...
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_1213
	movq var.commandLength(%rip), %rax	# commandLength
	jmp .Lendcond_1214
.Lelse_1213:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_1214:
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 3904 5
	# noteCommand: resultLength = 0;
	movq $0, %rax
	movq %rax, var.resultLength(%rip)	# resultLength =
	.loc 1 3905 5
	# noteCommand: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
.Lreturn_1211:
	leave
	ret
.Ltrap_1212:
	leaq .Lstring548(%rip), %rdi	# trap: kernel.ts:3901:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteCommand, .-fn.noteCommand

# function resultAppendByte(byte)
	.type fn.resultAppendByte,@function
fn.resultAppendByte:
	.loc 1 3908 1
	# resultAppendByte: function resultAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3909 5
	# resultAppendByte: if (resultLength >= 0 && resultLength < RESULT_BYTES_MAX) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1216
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $256, %rax	# compare with RESULT_BYTES_MAX
	jge .Lelse_1216
	.loc 1 3910 9
	# resultAppendByte: store8(resultText + resultLength, byte);
	leaq buf.resultText(%rip), %rax	# resultText
	addq var.resultLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1217
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1217
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3911 9
	# resultAppendByte: resultLength = resultLength + 1;
	movq var.resultLength(%rip), %rax	# resultLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1218
	movq %rax, var.resultLength(%rip)	# resultLength =
.Lelse_1216:
.Lreturn_1215:
	leave
	ret
.Ltrap_1217:
	leaq .Lstring549(%rip), %rdi	# trap: kernel.ts:3910:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1218:
	leaq .Lstring550(%rip), %rdi	# trap: kernel.ts:3911:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendByte, .-fn.resultAppendByte

# function resultAppend(text)
	.type fn.resultAppend,@function
fn.resultAppend:
	.loc 1 3915 1
	# resultAppend: function resultAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3916 5
	# resultAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1220:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1222
	.loc 1 3917 9
	# resultAppend: resultAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_1221:
	.loc 1 3916 38
	# resultAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1220
.Lendfor_1222:
.Lreturn_1219:
	leave
	ret
	.size fn.resultAppend, .-fn.resultAppend

# function resultAppendDecimal(value)
	.type fn.resultAppendDecimal,@function
fn.resultAppendDecimal:
	.loc 1 3921 1
	# resultAppendDecimal: function resultAppendDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 3922 5
	# resultAppendDecimal: if (resultLength >= 0 && resultLength + 16 <= RESULT_BYTES_MAX) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1224
	movq var.resultLength(%rip), %rax	# resultLength
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1225
	cmpq $256, %rax	# compare with RESULT_BYTES_MAX
	jg .Lelse_1224
	.loc 1 3923 9
	# resultAppendDecimal: resultLength = resultLength + decimalIntoBytes(resultText + resultLen...
	movq var.resultLength(%rip), %rax	# resultLength
	pushq %rax
	leaq buf.resultText(%rip), %rax	# resultText
	addq var.resultLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1226
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1226
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# value
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.decimalIntoBytes
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1227
	movq %rax, var.resultLength(%rip)	# resultLength =
.Lelse_1224:
.Lreturn_1223:
	leave
	ret
.Ltrap_1225:
	leaq .Lstring551(%rip), %rdi	# trap: kernel.ts:3922:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1226:
	leaq .Lstring552(%rip), %rdi	# trap: kernel.ts:3923:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1227:
	leaq .Lstring553(%rip), %rdi	# trap: kernel.ts:3923:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendDecimal, .-fn.resultAppendDecimal

# function resultAppendBytes(address, length)
	.type fn.resultAppendBytes,@function
fn.resultAppendBytes:
	.loc 1 3927 1
	# resultAppendBytes: function resultAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3928 5
	# resultAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1229:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_1231
	.loc 1 3929 9
	# resultAppendBytes: resultAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1232
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_1230:
	.loc 1 3928 33
	# resultAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1229
.Lendfor_1231:
.Lreturn_1228:
	leave
	ret
.Ltrap_1232:
	leaq .Lstring554(%rip), %rdi	# trap: kernel.ts:3929:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendBytes, .-fn.resultAppendBytes

# function agentWrite(path, value, length)
	.type fn.agentWrite,@function
fn.agentWrite:
	.loc 1 3940 1
	# agentWrite: function agentWrite(path: string, value: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 3941 5
	# agentWrite: const result = storeWrite(path, value, length);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	movq -24(%rbp), %rdx	# length
	call fn.storeWrite
	movq %rax, -32(%rbp)	# result
	.loc 1 3942 5
	# agentWrite: if (result < 0) {
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1234
	.loc 1 3943 9
	# agentWrite: logPathError("agent: cannot write ", path, result);
	leaq .Lstring555(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -32(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1234:
.Lreturn_1233:
	leave
	ret
	.size fn.agentWrite, .-fn.agentWrite

# function agentWriteText(path, value)
	.type fn.agentWriteText,@function
fn.agentWriteText:
	.loc 1 3947 1
	# agentWriteText: function agentWriteText(path: string, value: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3948 5
	# agentWriteText: const result = storeWriteText(path, value);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	call fn.storeWriteText
	movq %rax, -24(%rbp)	# result
	.loc 1 3949 5
	# agentWriteText: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1236
	.loc 1 3950 9
	# agentWriteText: logPathError("agent: cannot write ", path, result);
	leaq .Lstring555(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1236:
.Lreturn_1235:
	leave
	ret
	.size fn.agentWriteText, .-fn.agentWriteText

# function agentWriteDecimal(path, value)
	.type fn.agentWriteDecimal,@function
fn.agentWriteDecimal:
	.loc 1 3954 1
	# agentWriteDecimal: function agentWriteDecimal(path: string, value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3955 5
	# agentWriteDecimal: agentWrite(path, agentValue, decimalIntoBytes(agentValue, value));
	movq -8(%rbp), %rax	# path
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	leaq buf.agentValue(%rip), %rdi	# agentValue
	movq -16(%rbp), %rsi	# value
	call fn.decimalIntoBytes
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
.Lreturn_1237:
	leave
	ret
	.size fn.agentWriteDecimal, .-fn.agentWriteDecimal

# function versionPart(part)
	.type fn.versionPart,@function
fn.versionPart:
	.loc 1 3960 1
	# versionPart: function versionPart(part: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter part
	.loc 1 3961 5
	# versionPart: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -16(%rbp)	# version
	.loc 1 3962 5
	# versionPart: const length = versionLength();
	call fn.versionLength
	movq %rax, -24(%rbp)	# length
	.loc 1 3963 5
	# versionPart: let at = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# at
	.loc 1 3964 5
	# versionPart: for (let dots = 0; dots < part && at < length; at++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# dots
.Lfor_1239:
	movq -40(%rbp), %rax	# dots
	cmpq -8(%rbp), %rax
	jge .Lendfor_1241
	movq -32(%rbp), %rax	# at
	cmpq -24(%rbp), %rax
	jge .Lendfor_1241
	.loc 1 3965 9
	# versionPart: if (load8(version + at) === 46) {
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1243
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1243
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $46, %rax	# compare with 46
	jne .Lelse_1242
	.loc 1 3966 13
	# versionPart: dots = dots + 1;
	movq -40(%rbp), %rax	# dots
	addq $1, %rax	# +
	movq %rax, -40(%rbp)	# dots =
.Lelse_1242:
.Lfornext_1240:
	.loc 1 3964 52
	# versionPart: at++
	movq -32(%rbp), %rax	# at
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# at =
	jmp .Lfor_1239
.Lendfor_1241:
	.loc 1 3969 5
	# versionPart: let partLength = 0;
	movq $0, %rax
	movq %rax, -48(%rbp)	# partLength
	.loc 1 3970 5
	# versionPart: while (at + partLength < length && load8(version + at + partLength) >...
.Lwhile_1244:
	movq -32(%rbp), %rax	# at
	addq -48(%rbp), %rax	# +
	cmpq -24(%rbp), %rax
	jge .Lendwhile_1245
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1246
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1246
	addq -48(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1246
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_1245
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1247
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1247
	addq -48(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1247
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_1245
	movq -48(%rbp), %rax	# partLength
	cmpq $16, %rax	# compare with 16
	jge .Lendwhile_1245
	.loc 1 3972 9
	# versionPart: partLength = partLength + 1;
	movq -48(%rbp), %rax	# partLength
	addq $1, %rax	# +
	movq %rax, -48(%rbp)	# partLength =
	jmp .Lwhile_1244
.Lendwhile_1245:
	.loc 1 3974 5
	# versionPart: copyBytes(agentValue, version + at, partLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1248
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1248
	movq %rax, %rsi
	popq %rdi
	movq -48(%rbp), %rdx	# partLength
	call fn.copyBytes
	.loc 1 3975 5
	# versionPart: return partLength;
	movq -48(%rbp), %rax	# partLength
.Lreturn_1238:
	leave
	ret
.Ltrap_1243:
	leaq .Lstring556(%rip), %rdi	# trap: kernel.ts:3965:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1246:
	leaq .Lstring557(%rip), %rdi	# trap: kernel.ts:3970:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1247:
	leaq .Lstring558(%rip), %rdi	# trap: kernel.ts:3971:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1248:
	leaq .Lstring559(%rip), %rdi	# trap: kernel.ts:3974:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionPart, .-fn.versionPart

# function kernelPages()
	.type fn.kernelPages,@function
fn.kernelPages:
	.loc 1 3981 1
	# kernelPages: function kernelPages(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3982 5
	# kernelPages: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1250
	.loc 1 3983 9
	# kernelPages: return Math.floor(load64(startInfo + START_INFO_PT_BASE) / PAGE_SIZE) +
	movq var.startInfo(%rip), %rax	# startInfo
	addq $88, %rax	# +
	jo .Ltrap_1251
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1251
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1251
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1252
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1252
	sarq $12, %rax	# Math.floor(a / 4096)
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	addq $96, %rax	# +
	jo .Ltrap_1253
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1253
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1253
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1254
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1254
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1255
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1255
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1255
	jmp .Lreturn_1249
.Lelse_1250:
	.loc 1 3986 5
	# kernelPages: return Math.floor(addressOf("_image_end") / PAGE_SIZE);
	leaq _image_end(%rip), %rax	# addressOf("_image_end")
	sarq $12, %rax	# Math.floor(a / 4096)
.Lreturn_1249:
	leave
	ret
.Ltrap_1251:
	leaq .Lstring560(%rip), %rdi	# trap: kernel.ts:3983:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1252:
	leaq .Lstring561(%rip), %rdi	# trap: kernel.ts:3983:27: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1253:
	leaq .Lstring562(%rip), %rdi	# trap: kernel.ts:3984:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1254:
	leaq .Lstring563(%rip), %rdi	# trap: kernel.ts:3984:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1255:
	leaq .Lstring564(%rip), %rdi	# trap: kernel.ts:3983:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.kernelPages, .-fn.kernelPages

# function pagesHeld()
	.type fn.pagesHeld,@function
fn.pagesHeld:
	.loc 1 3990 1
	# pagesHeld: function pagesHeld(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3991 5
	# pagesHeld: const held = currentReservation();
	call fn.currentReservation
	movq %rax, -8(%rbp)	# held
	.loc 1 3992 5
	# pagesHeld: return held > 0 ? held : domainPages;
	movq -8(%rbp), %rax	# held
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1257
	movq -8(%rbp), %rax	# held
	jmp .Lendcond_1258
.Lelse_1257:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_1258:
.Lreturn_1256:
	leave
	ret
	.size fn.pagesHeld, .-fn.pagesHeld

# function writeAgentMemory()
	.type fn.writeAgentMemory,@function
fn.writeAgentMemory:
	.loc 1 3995 1
	# writeAgentMemory: function writeAgentMemory(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3996 5
	# writeAgentMemory: const held = pagesHeld();
	call fn.pagesHeld
	movq %rax, -8(%rbp)	# held
	.loc 1 3997 5
	# writeAgentMemory: const free = held > kernelPages() ? held - kernelPages() : 0;
	call fn.kernelPages
	movq %rax, %rdi
	movq -8(%rbp), %rax	# held
	cmpq %rdi, %rax
	jle .Lelse_1260
	call fn.kernelPages
	movq %rax, %rdi
	movq -8(%rbp), %rax	# held
	subq %rdi, %rax	# -
	jo .Ltrap_1262
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1262
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1262
	jmp .Lendcond_1261
.Lelse_1260:
	movq $0, %rax
.Lendcond_1261:
	movq %rax, -16(%rbp)	# free
	.loc 1 3998 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_total", held * KIB_PER_PAGE);
	leaq .Lstring565(%rip), %rax	# "data/meminfo_total"
	pushq %rax
	movq -8(%rbp), %rax	# held
	imulq $4, %rax	# *
	jo .Ltrap_1263
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1263
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1263
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 3999 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_free", free * KIB_PER_PAGE);
	leaq .Lstring566(%rip), %rax	# "data/meminfo_free"
	pushq %rax
	movq -16(%rbp), %rax	# free
	imulq $4, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1264
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1264
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 4000 5
	# writeAgentMemory: agentWriteText("data/updated", "1");
	leaq .Lstring567(%rip), %rdi	# "data/updated"
	leaq .Lstring324(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 4001 5
	# writeAgentMemory: agentSecondsSinceRefresh = 0;
	movq $0, %rax
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
.Lreturn_1259:
	leave
	ret
.Ltrap_1262:
	leaq .Lstring568(%rip), %rdi	# trap: kernel.ts:3997:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1263:
	leaq .Lstring569(%rip), %rdi	# trap: kernel.ts:3998:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1264:
	leaq .Lstring570(%rip), %rdi	# trap: kernel.ts:3999:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentMemory, .-fn.writeAgentMemory

# function writeAgentKeys()
	.type fn.writeAgentKeys,@function
fn.writeAgentKeys:
	.loc 1 4004 1
	# writeAgentKeys: function writeAgentKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 4005 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MajorVersion", agentValue, versionPart(0));
	leaq .Lstring571(%rip), %rax	# "attr/PVAddons/MajorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $0, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 4006 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MinorVersion", agentValue, versionPart(1));
	leaq .Lstring572(%rip), %rax	# "attr/PVAddons/MinorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $1, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 4007 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MicroVersion", agentValue, versionPart(2));
	leaq .Lstring573(%rip), %rax	# "attr/PVAddons/MicroVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $2, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 4008 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/BuildVersion", "0");
	leaq .Lstring575(%rip), %rdi	# "attr/PVAddons/BuildVersion"
	leaq .Lstring574(%rip), %rsi	# "0"
	call fn.agentWriteText
	.loc 1 4009 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/Installed", "1");
	leaq .Lstring576(%rip), %rdi	# "attr/PVAddons/Installed"
	leaq .Lstring324(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 4010 5
	# writeAgentKeys: const nameLength = versionLength();
	call fn.versionLength
	movq %rax, -8(%rbp)	# nameLength
	.loc 1 4011 5
	# writeAgentKeys: copyBytes(agentValue, addressOf("guest_version"), nameLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 4012 5
	# writeAgentKeys: agentWrite("data/os_uname", agentValue, nameLength);
	leaq .Lstring577(%rip), %rdi	# "data/os_uname"
	leaq buf.agentValue(%rip), %rsi	# agentValue
	movq -8(%rbp), %rdx	# nameLength
	call fn.agentWrite
	.loc 1 4013 5
	# writeAgentKeys: agentWriteText("data/os_distro", "xen-test-vm");
	leaq .Lstring579(%rip), %rdi	# "data/os_distro"
	leaq .Lstring578(%rip), %rsi	# "xen-test-vm"
	call fn.agentWriteText
	.loc 1 4014 5
	# writeAgentKeys: const prefix = "xen-test-vm ";
	leaq .Lstring580(%rip), %rax	# "xen-test-vm "
	movq %rax, -16(%rbp)	# prefix
	.loc 1 4015 5
	# writeAgentKeys: for (let i = 0; i < prefix.length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1266:
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -24(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1268
	.loc 1 4016 9
	# writeAgentKeys: store8(agentValue + i, prefix.charCodeAt(i));
	leaq buf.agentValue(%rip), %rax	# agentValue
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1269
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1269
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq -24(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1267:
	.loc 1 4015 40
	# writeAgentKeys: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1266
.Lendfor_1268:
	.loc 1 4018 5
	# writeAgentKeys: copyBytes(agentValue + prefix.length, addressOf("guest_version"), nam...
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	leaq buf.agentValue(%rip), %rax	# agentValue
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1270
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1270
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 4019 5
	# writeAgentKeys: agentWrite("data/os_name", agentValue, prefix.length + nameLength);
	leaq .Lstring581(%rip), %rax	# "data/os_name"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	addq -8(%rbp), %rax	# +
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 4020 5
	# writeAgentKeys: writeAgentMemory();
	call fn.writeAgentMemory
.Lreturn_1265:
	leave
	ret
.Ltrap_1269:
	leaq .Lstring582(%rip), %rdi	# trap: kernel.ts:4016:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1270:
	leaq .Lstring583(%rip), %rdi	# trap: kernel.ts:4018:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentKeys, .-fn.writeAgentKeys

# function agentRemove(path)
	.type fn.agentRemove,@function
fn.agentRemove:
	.loc 1 4023 1
	# agentRemove: function agentRemove(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 4024 5
	# agentRemove: const result = storeRemove(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRemove
	movq %rax, -16(%rbp)	# result
	.loc 1 4025 5
	# agentRemove: if (result < 0 && result !== XSE_ENOENT) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1272
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1272
	.loc 1 4026 9
	# agentRemove: logPathError("agent: cannot remove ", path, result);
	leaq .Lstring584(%rip), %rdi	# "agent: cannot remove "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1272:
.Lreturn_1271:
	leave
	ret
	.size fn.agentRemove, .-fn.agentRemove

# function setAgent(on)
	.type fn.setAgent,@function
fn.setAgent:
	.loc 1 4030 1
	# setAgent: function setAgent(on: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter on
	.loc 1 4031 5
	# setAgent: agentOn = on;
	movq -8(%rbp), %rax	# on
	movq %rax, var.agentOn(%rip)	# agentOn =
	.loc 1 4032 5
	# setAgent: if (on) {
	movq -8(%rbp), %rax	# on
	testq %rax, %rax
	je .Lelse_1274
	.loc 1 4033 9
	# setAgent: writeAgentKeys();
	call fn.writeAgentKeys
	.loc 1 4034 9
	# setAgent: log("agent: on");
	leaq .Lstring585(%rip), %rdi	# "agent: on"
	call fn.log
	.loc 1 4035 9
	# setAgent: resultAppend("agent: on");
	leaq .Lstring585(%rip), %rdi	# "agent: on"
	call fn.resultAppend
	.loc 1 4036 9
	# setAgent: return;
	jmp .Lreturn_1273
.Lelse_1274:
	.loc 1 4038 5
	# setAgent: agentRemove("attr/PVAddons");
	leaq .Lstring586(%rip), %rdi	# "attr/PVAddons"
	call fn.agentRemove
	.loc 1 4039 5
	# setAgent: agentRemove("data/os_name");
	leaq .Lstring581(%rip), %rdi	# "data/os_name"
	call fn.agentRemove
	.loc 1 4040 5
	# setAgent: agentRemove("data/os_uname");
	leaq .Lstring577(%rip), %rdi	# "data/os_uname"
	call fn.agentRemove
	.loc 1 4041 5
	# setAgent: agentRemove("data/os_distro");
	leaq .Lstring579(%rip), %rdi	# "data/os_distro"
	call fn.agentRemove
	.loc 1 4042 5
	# setAgent: agentRemove("data/meminfo_total");
	leaq .Lstring565(%rip), %rdi	# "data/meminfo_total"
	call fn.agentRemove
	.loc 1 4043 5
	# setAgent: agentRemove("data/meminfo_free");
	leaq .Lstring566(%rip), %rdi	# "data/meminfo_free"
	call fn.agentRemove
	.loc 1 4044 5
	# setAgent: agentRemove("data/updated");
	leaq .Lstring567(%rip), %rdi	# "data/updated"
	call fn.agentRemove
	.loc 1 4045 5
	# setAgent: log("agent: off");
	leaq .Lstring587(%rip), %rdi	# "agent: off"
	call fn.log
	.loc 1 4046 5
	# setAgent: resultAppend("agent: off");
	leaq .Lstring587(%rip), %rdi	# "agent: off"
	call fn.resultAppend
.Lreturn_1273:
	leave
	ret
	.size fn.setAgent, .-fn.setAgent

# function agentOneSecond()
	.type fn.agentOneSecond,@function
fn.agentOneSecond:
	.loc 1 4050 1
	# agentOneSecond: function agentOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 4051 5
	# agentOneSecond: if (!agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	jne .Lelse_1276
	.loc 1 4052 9
	# agentOneSecond: return;
	jmp .Lreturn_1275
.Lelse_1276:
	.loc 1 4054 5
	# agentOneSecond: agentSecondsSinceRefresh = agentSecondsSinceRefresh + 1;
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1277
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
	.loc 1 4055 5
	# agentOneSecond: if (agentSecondsSinceRefresh >= AGENT_REFRESH_SECONDS) {
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	cmpq $60, %rax	# compare with AGENT_REFRESH_SECONDS
	jl .Lelse_1278
	.loc 1 4056 9
	# agentOneSecond: writeAgentMemory();
	call fn.writeAgentMemory
.Lelse_1278:
.Lreturn_1275:
	leave
	ret
.Ltrap_1277:
	leaq .Lstring588(%rip), %rdi	# trap: kernel.ts:4054:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.agentOneSecond, .-fn.agentOneSecond

# function isFeatureNameByte(byte)
	.type fn.isFeatureNameByte,@function
fn.isFeatureNameByte:
	.loc 1 4066 1
	# isFeatureNameByte: function isFeatureNameByte(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 4067 5
	# isFeatureNameByte: return (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || b...
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1283
	movq -8(%rbp), %rax	# byte
	cmpq $122, %rax	# compare with 122
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1283:
	testq %rax, %rax
	jne .Lendlogic_1282
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1284
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1284:
.Lendlogic_1282:
	testq %rax, %rax
	jne .Lendlogic_1281
	movq -8(%rbp), %rax	# byte
	cmpq $45, %rax	# compare with 45
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1281:
	testq %rax, %rax
	jne .Lendlogic_1280
	movq -8(%rbp), %rax	# byte
	cmpq $95, %rax	# compare with 95
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1280:
.Lreturn_1279:
	leave
	ret
	.size fn.isFeatureNameByte, .-fn.isFeatureNameByte

# function handleFeature()
	.type fn.handleFeature,@function
fn.handleFeature:
	.loc 1 4071 1
	# handleFeature: function handleFeature(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $96, %rsp	# 12 local slot(s)
	.loc 1 4072 5
	# handleFeature: const name = commandValue + 8;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1286
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1286
	movq %rax, -8(%rbp)	# name
	.loc 1 4073 5
	# handleFeature: let nameLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# nameLength
	.loc 1 4074 5
	# handleFeature: while (8 + nameLength < commandLength && isFeatureNameByte(load8(name...
.Lwhile_1287:
	movq $8, %rax
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1289
	cmpq var.commandLength(%rip), %rax
	jge .Lendwhile_1288
	movq -8(%rbp), %rax	# name
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1290
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isFeatureNameByte
	testq %rax, %rax
	je .Lendwhile_1288
	.loc 1 4075 9
	# handleFeature: nameLength = nameLength + 1;
	movq -16(%rbp), %rax	# nameLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1291
	movq %rax, -16(%rbp)	# nameLength =
	jmp .Lwhile_1287
.Lendwhile_1288:
	.loc 1 4077 5
	# handleFeature: const modeAt = 8 + nameLength + 1;
	movq $8, %rax
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1292
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1292
	movq %rax, -24(%rbp)	# modeAt
	.loc 1 4078 5
	# handleFeature: if (nameLength === 0 || nameLength > FEATURE_NAME_MAX || modeAt > com...
	movq -16(%rbp), %rax	# nameLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_1294
	movq -16(%rbp), %rax	# nameLength
	cmpq $32, %rax	# compare with FEATURE_NAME_MAX
	jg .Lskip_1294
	movq -24(%rbp), %rax	# modeAt
	cmpq var.commandLength(%rip), %rax
	jg .Lskip_1294
	movq -8(%rbp), %rax	# name
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1295
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lelse_1293
.Lskip_1294:
	.loc 1 4080 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 4081 9
	# handleFeature: return;
	jmp .Lreturn_1285
.Lelse_1293:
	.loc 1 4083 5
	# handleFeature: const mode = commandValue + modeAt;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1296
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1296
	movq %rax, -32(%rbp)	# mode
	.loc 1 4084 5
	# handleFeature: const modeLength = commandLength - modeAt;
	movq var.commandLength(%rip), %rax	# commandLength
	subq -24(%rbp), %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_1297
	movq %rax, -40(%rbp)	# modeLength
	.loc 1 4085 5
	# handleFeature: let value = "";
	leaq .Lstring33(%rip), %rax	# ""
	movq %rax, -48(%rbp)	# value
	.loc 1 4086 5
	# handleFeature: if (bytesEqual(mode, modeLength, "on")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring397(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1298
	.loc 1 4087 9
	# handleFeature: value = "1";
	leaq .Lstring324(%rip), %rax	# "1"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1299
.Lelse_1298:
	.loc 1 4088 12
	# handleFeature: if (bytesEqual(mode, modeLength, "off")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring398(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1300
	.loc 1 4089 9
	# handleFeature: value = "0";
	leaq .Lstring574(%rip), %rax	# "0"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1301
.Lelse_1300:
	.loc 1 4090 12
	# handleFeature: if (!bytesEqual(mode, modeLength, "absent")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring589(%rip), %rdx	# "absent"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_1302
	.loc 1 4091 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 4092 9
	# handleFeature: return;
	jmp .Lreturn_1285
.Lelse_1302:
.Lendif_1301:
.Lendif_1299:
	.loc 1 4094 5
	# handleFeature: for (let i = 0; i < FEATURE_PREFIX.length; i++) {
	movq $0, %rax
	movq %rax, -56(%rbp)	# i
.Lfor_1303:
	movq -56(%rbp), %rax	# i
	cmpq $16, %rax	# compare with FEATURE_PREFIX.length
	jge .Lendfor_1305
	.loc 1 4095 9
	# handleFeature: store8(featurePath + i, FEATURE_PREFIX.charCodeAt(i));
	leaq buf.featurePath(%rip), %rax	# featurePath
	addq -56(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1306
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1306
	pushq %rax
	leaq .Lstring590(%rip), %rax	# FEATURE_PREFIX
	movq -56(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1304:
	.loc 1 4094 48
	# handleFeature: i++
	movq -56(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -56(%rbp)	# i =
	jmp .Lfor_1303
.Lendfor_1305:
	.loc 1 4097 5
	# handleFeature: copyBytes(featurePath + FEATURE_PREFIX.length, name, nameLength);
	leaq .Lstring590(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	leaq buf.featurePath(%rip), %rax	# featurePath
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1307
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1307
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# name
	movq -16(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 4098 5
	# handleFeature: const pathLength = FEATURE_PREFIX.length + nameLength;
	leaq .Lstring590(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	addq -16(%rbp), %rax	# +
	movq %rax, -64(%rbp)	# pathLength
	.loc 1 4099 5
	# handleFeature: const result = value.length > 0 ?
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1308
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	movq -48(%rbp), %rdx	# value
	call fn.storeWriteAt
	jmp .Lendcond_1309
.Lelse_1308:
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	call fn.storeRemoveAt
.Lendcond_1309:
	movq %rax, -72(%rbp)	# result
	.loc 1 4101 5
	# handleFeature: const shown = featurePath + 8;
	leaq buf.featurePath(%rip), %rax	# featurePath
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1310
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1310
	movq %rax, -80(%rbp)	# shown
	.loc 1 4102 5
	# handleFeature: const shownLength = pathLength - 8;
	movq -64(%rbp), %rax	# pathLength
	subq $8, %rax	# -
	movq %rax, -88(%rbp)	# shownLength
	.loc 1 4103 5
	# handleFeature: printBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.printBytes
	.loc 1 4104 5
	# handleFeature: resultAppendBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.resultAppendBytes
	.loc 1 4105 5
	# handleFeature: if (result < 0 && !(value.length === 0 && result === XSE_ENOENT)) {
	movq -72(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1311
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1312
	movq -72(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1311
.Lskip_1312:
	.loc 1 4106 9
	# handleFeature: print(": cannot write: ");
	leaq .Lstring591(%rip), %rdi	# ": cannot write: "
	call fn.print
	.loc 1 4107 9
	# handleFeature: log(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 4108 9
	# handleFeature: resultAppend(": cannot write: ");
	leaq .Lstring591(%rip), %rdi	# ": cannot write: "
	call fn.resultAppend
	.loc 1 4109 9
	# handleFeature: resultAppend(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 4110 9
	# handleFeature: return;
	jmp .Lreturn_1285
.Lelse_1311:
	.loc 1 4112 5
	# handleFeature: const said = value.length > 0 ? value : "removed";
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1313
	movq -48(%rbp), %rax	# value
	jmp .Lendcond_1314
.Lelse_1313:
	leaq .Lstring592(%rip), %rax	# "removed"
.Lendcond_1314:
	movq %rax, -96(%rbp)	# said
	.loc 1 4113 5
	# handleFeature: print(": ");
	leaq .Lstring214(%rip), %rdi	# ": "
	call fn.print
	.loc 1 4114 5
	# handleFeature: log(said);
	movq -96(%rbp), %rdi	# said
	call fn.log
	.loc 1 4115 5
	# handleFeature: resultAppend(": ");
	leaq .Lstring214(%rip), %rdi	# ": "
	call fn.resultAppend
	.loc 1 4116 5
	# handleFeature: resultAppend(said);
	movq -96(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1285:
	leave
	ret
.Ltrap_1286:
	leaq .Lstring593(%rip), %rdi	# trap: kernel.ts:4072:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1289:
	leaq .Lstring594(%rip), %rdi	# trap: kernel.ts:4074:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1290:
	leaq .Lstring595(%rip), %rdi	# trap: kernel.ts:4074:70: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1291:
	leaq .Lstring596(%rip), %rdi	# trap: kernel.ts:4075:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1292:
	leaq .Lstring597(%rip), %rdi	# trap: kernel.ts:4077:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1295:
	leaq .Lstring598(%rip), %rdi	# trap: kernel.ts:4079:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1296:
	leaq .Lstring599(%rip), %rdi	# trap: kernel.ts:4083:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1297:
	leaq .Lstring600(%rip), %rdi	# trap: kernel.ts:4084:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1306:
	leaq .Lstring601(%rip), %rdi	# trap: kernel.ts:4095:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1307:
	leaq .Lstring602(%rip), %rdi	# trap: kernel.ts:4097:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1310:
	leaq .Lstring603(%rip), %rdi	# trap: kernel.ts:4101:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleFeature, .-fn.handleFeature

# function handleCantSuspend()
	.type fn.handleCantSuspend,@function
fn.handleCantSuspend:
	.loc 1 4120 1
	# handleCantSuspend: function handleCantSuspend(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 4121 5
	# handleCantSuspend: const textLength = commandLength - 13;
	movq var.commandLength(%rip), %rax	# commandLength
	subq $13, %rax	# -
	movq %rax, -8(%rbp)	# textLength
	.loc 1 4122 5
	# handleCantSuspend: const result = textLength > 0 ?
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1316
	leaq .Lstring604(%rip), %rax	# "data/cant_suspend_reason"
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $13, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1318
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1318
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# textLength
	call fn.storeWrite
	jmp .Lendcond_1317
.Lelse_1316:
	leaq .Lstring604(%rip), %rdi	# "data/cant_suspend_reason"
	call fn.storeRemove
.Lendcond_1317:
	movq %rax, -16(%rbp)	# result
	.loc 1 4125 5
	# handleCantSuspend: if (result < 0 && !(textLength === 0 && result === XSE_ENOENT)) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1319
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1320
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1319
.Lskip_1320:
	.loc 1 4126 9
	# handleCantSuspend: print("cant-suspend: cannot write: ");
	leaq .Lstring605(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.print
	.loc 1 4127 9
	# handleCantSuspend: log(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 4128 9
	# handleCantSuspend: resultAppend("cant-suspend: cannot write: ");
	leaq .Lstring605(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.resultAppend
	.loc 1 4129 9
	# handleCantSuspend: resultAppend(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 4130 9
	# handleCantSuspend: return;
	jmp .Lreturn_1315
.Lelse_1319:
	.loc 1 4132 5
	# handleCantSuspend: const said = textLength > 0 ? "cant-suspend: set" : "cant-suspend: re...
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1321
	leaq .Lstring606(%rip), %rax	# "cant-suspend: set"
	jmp .Lendcond_1322
.Lelse_1321:
	leaq .Lstring607(%rip), %rax	# "cant-suspend: removed"
.Lendcond_1322:
	movq %rax, -24(%rbp)	# said
	.loc 1 4133 5
	# handleCantSuspend: log(said);
	movq -24(%rbp), %rdi	# said
	call fn.log
	.loc 1 4134 5
	# handleCantSuspend: resultAppend(said);
	movq -24(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1315:
	leave
	ret
.Ltrap_1318:
	leaq .Lstring608(%rip), %rdi	# trap: kernel.ts:4123:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleCantSuspend, .-fn.handleCantSuspend

# function checkHypercallPage()
	.type fn.checkHypercallPage,@function
fn.checkHypercallPage:
	.loc 1 4176 1
	# checkHypercallPage: function checkHypercallPage(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 4177 5
	# checkHypercallPage: if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	je .Lelse_1324
	.loc 1 4178 9
	# checkHypercallPage: return;
	jmp .Lreturn_1323
.Lelse_1324:
	.loc 1 4180 5
	# checkHypercallPage: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 4181 5
	# checkHypercallPage: if (bootMode === BOOT_MODE_PVH) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1325
	.loc 1 4182 9
	# checkHypercallPage: debugPortPrint("xen-test-vm: PVH boot: Xen did not fill the hypercall...
	leaq .Lstring609(%rip), %rdi	# "xen-test-vm: PVH boot: Xen did not fill
	call fn.debugPortPrint
.Lelse_1325:
	.loc 1 4184 5
	# checkHypercallPage: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring610(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 4185 5
	# checkHypercallPage: while (true) {
.Lwhile_1326:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1327
	.loc 1 4186 9
	# checkHypercallPage: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_1326
.Lendwhile_1327:
.Lreturn_1323:
	leave
	ret
	.size fn.checkHypercallPage, .-fn.checkHypercallPage

# function checkStartInfoMagic()
	.type fn.checkStartInfoMagic,@function
fn.checkStartInfoMagic:
	.loc 1 4190 1
	# checkStartInfoMagic: function checkStartInfoMagic(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 4191 5
	# checkStartInfoMagic: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1330
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1330
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring611(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_1329
	.loc 1 4192 9
	# checkStartInfoMagic: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring612(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_1329:
.Lreturn_1328:
	leave
	ret
.Ltrap_1330:
	leaq .Lstring613(%rip), %rdi	# trap: kernel.ts:4191:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.checkStartInfoMagic, .-fn.checkStartInfoMagic

# function debugPortPrint(text)
	.type fn.debugPortPrint,@function
fn.debugPortPrint:
	.loc 1 4202 1
	# debugPortPrint: function debugPortPrint(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 4203 5
	# debugPortPrint: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1332:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1334
	.loc 1 4204 9
	# debugPortPrint: debugPortWrite(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call debugPortWrite
.Lfornext_1333:
	.loc 1 4203 38
	# debugPortPrint: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1332
.Lendfor_1334:
.Lreturn_1331:
	leave
	ret
	.size fn.debugPortPrint, .-fn.debugPortPrint

# function pvhCannotBoot(what, detail)
	.type fn.pvhCannotBoot,@function
fn.pvhCannotBoot:
	.loc 1 4208 1
	# pvhCannotBoot: function pvhCannotBoot(what: string, detail: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter detail
	.loc 1 4209 5
	# pvhCannotBoot: debugPortPrint("xen-test-vm: PVH boot: ");
	leaq .Lstring614(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.debugPortPrint
	.loc 1 4210 5
	# pvhCannotBoot: debugPortPrint(what);
	movq -8(%rbp), %rdi	# what
	call fn.debugPortPrint
	.loc 1 4211 5
	# pvhCannotBoot: debugPortPrint(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.debugPortPrint
	.loc 1 4212 5
	# pvhCannotBoot: debugPortPrint("; crashing\n");
	leaq .Lstring615(%rip), %rdi	# "; crashing\n"
	call fn.debugPortPrint
	.loc 1 4213 5
	# pvhCannotBoot: print("xen-test-vm: PVH boot: ");
	leaq .Lstring614(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.print
	.loc 1 4214 5
	# pvhCannotBoot: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 4215 5
	# pvhCannotBoot: print(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.print
	.loc 1 4216 5
	# pvhCannotBoot: log("; crashing");
	leaq .Lstring616(%rip), %rdi	# "; crashing"
	call fn.log
	.loc 1 4217 5
	# pvhCannotBoot: consoleDrain();
	call fn.consoleDrain
	.loc 1 4218 5
	# pvhCannotBoot: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1335:
	leave
	ret
	.size fn.pvhCannotBoot, .-fn.pvhCannotBoot

# function enterDomain(bootInfo, mode)
	.type fn.enterDomain,@function
fn.enterDomain:
	.loc 1 4226 1
	# enterDomain: function enterDomain(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 4227 5
	# enterDomain: bootMode = mode === BOOT_MODE_PVH ? BOOT_MODE_PVH : BOOT_MODE_PV;
	movq -16(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1337
	movq $1, %rax	# BOOT_MODE_PVH
	jmp .Lendcond_1338
.Lelse_1337:
	movq $0, %rax	# BOOT_MODE_PV
.Lendcond_1338:
	movq %rax, var.bootMode(%rip)	# bootMode =
	.loc 1 4228 5
	# enterDomain: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1339
	.loc 1 4229 9
	# enterDomain: startInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 4230 9
	# enterDomain: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	addq $104, %rax	# +
	jo .Ltrap_1340
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1340
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1340
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1341
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1341
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 4231 9
	# enterDomain: readStartInfo();
	call fn.readStartInfo
	jmp .Lendif_1342
.Lelse_1339:
	.loc 1 4233 9
	# enterDomain: hvmStartInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.hvmStartInfo(%rip)	# hvmStartInfo =
.Lendif_1342:
.Lreturn_1336:
	leave
	ret
.Ltrap_1340:
	leaq .Lstring617(%rip), %rdi	# trap: kernel.ts:4230:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1341:
	leaq .Lstring618(%rip), %rdi	# trap: kernel.ts:4230:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.enterDomain, .-fn.enterDomain

# function findRings()
	.type fn.findRings,@function
fn.findRings:
	.loc 1 4237 1
	# findRings: function findRings(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 4238 5
	# findRings: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1344
	.loc 1 4239 9
	# findRings: checkStartInfoMagic();
	call fn.checkStartInfoMagic
	.loc 1 4240 9
	# findRings: return;
	jmp .Lreturn_1343
.Lelse_1344:
	.loc 1 4242 5
	# findRings: if (load32(hvmStartInfo + HVM_START_INFO_MAGIC) !== HVM_START_MAGIC_V...
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1346
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1346
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $862897528, %rax	# compare with HVM_START_MAGIC_VALUE
	je .Lelse_1345
	.loc 1 4243 9
	# findRings: pvhCannotBoot("hvm_start_info has the wrong magic number", "");
	leaq .Lstring619(%rip), %rdi	# "hvm_start_info has the wrong magic numb
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.pvhCannotBoot
.Lelse_1345:
	.loc 1 4245 5
	# findRings: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -8(%rbp)	# missing
	.loc 1 4246 5
	# findRings: if (missing.length > 0) {
	movq -8(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1347
	.loc 1 4247 9
	# findRings: pvhCannotBoot("Xen gave no value for ", missing);
	leaq .Lstring620(%rip), %rdi	# "Xen gave no value for "
	movq -8(%rbp), %rsi	# missing
	call fn.pvhCannotBoot
.Lelse_1347:
.Lreturn_1343:
	leave
	ret
.Ltrap_1346:
	leaq .Lstring621(%rip), %rdi	# trap: kernel.ts:4242:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.findRings, .-fn.findRings

# function printTerminated(address, limit)
	.type fn.printTerminated,@function
fn.printTerminated:
	.loc 1 4252 1
	# printTerminated: function printTerminated(address: number, limit: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter limit
	.loc 1 4253 5
	# printTerminated: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1349:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_1351
	.loc 1 4254 9
	# printTerminated: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1352
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1352
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -32(%rbp)	# byte
	.loc 1 4255 9
	# printTerminated: if (byte === 0) {
	movq -32(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1353
	.loc 1 4256 13
	# printTerminated: return;
	jmp .Lreturn_1348
.Lelse_1353:
	.loc 1 4258 9
	# printTerminated: printEscapedByte(byte);
	movq -32(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_1350:
	.loc 1 4253 32
	# printTerminated: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1349
.Lendfor_1351:
.Lreturn_1348:
	leave
	ret
.Ltrap_1352:
	leaq .Lstring622(%rip), %rdi	# trap: kernel.ts:4254:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printTerminated, .-fn.printTerminated

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 4267 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 4268 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring580(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 4269 5
	# printBanner: printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rdi
	movq $32, %rsi	# VERSION_BYTES_MAX
	call fn.printTerminated
	.loc 1 4270 5
	# printBanner: print(bootMode === BOOT_MODE_PVH ? " PVH" : " PV");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1355
	leaq .Lstring623(%rip), %rax	# " PVH"
	jmp .Lendcond_1356
.Lelse_1355:
	leaq .Lstring624(%rip), %rax	# " PV"
.Lendcond_1356:
	movq %rax, %rdi
	call fn.print
	.loc 1 4271 5
	# printBanner: print(", domid ");
	leaq .Lstring625(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 4272 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1357
	.loc 1 4273 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_1358
.Lelse_1357:
	.loc 1 4275 9
	# printBanner: print("unknown");
	leaq .Lstring626(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_1358:
	.loc 1 4277 5
	# printBanner: print(", memory ");
	leaq .Lstring627(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 4278 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	sarq $8, %rax	# Math.floor(a / 256)
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4279 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring628(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 4280 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -8(%rbp)	# version
	.loc 1 4281 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -8(%rbp), %rax	# version
	sarq $16, %rax	# Math.floor(a / 65536)
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4282 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 4283 5
	# printBanner: printDecimal(version & 0xffff);
	movq -8(%rbp), %rax	# version
	andl $65535, %eax	# &
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4284 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1359:
	movq -16(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_1361
	.loc 1 4285 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1362
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1362
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1360:
	.loc 1 4284 56
	# printBanner: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1359
.Lendfor_1361:
	.loc 1 4287 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1363
	.loc 1 4288 9
	# printBanner: printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
	leaq buf.xenExtraVersion(%rip), %rdi	# xenExtraVersion
	movq $16, %rsi	# XENVER_EXTRAVERSION_BYTES
	call fn.printTerminated
.Lelse_1363:
	.loc 1 4290 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_1354:
	leave
	ret
.Ltrap_1362:
	leaq .Lstring629(%rip), %rdi	# trap: kernel.ts:4285:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 4293 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 4294 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1365
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 4295 5
	# tick: print("domain ");
	leaq .Lstring630(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 4296 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 4297 5
	# tick: print(" tick ");
	leaq .Lstring631(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 4298 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 4299 5
	# tick: endLine();
	call fn.endLine
	.loc 1 4300 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_1366
	.loc 1 4301 9
	# tick: print("override ");
	leaq .Lstring242(%rip), %rdi	# "override "
	call fn.print
	.loc 1 4302 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 4303 9
	# tick: log(" is active");
	leaq .Lstring632(%rip), %rdi	# " is active"
	call fn.log
.Lelse_1366:
	.loc 1 4305 5
	# tick: countDownOneSecond();
	call fn.countDownOneSecond
	.loc 1 4306 5
	# tick: agentOneSecond();
	call fn.agentOneSecond
	.loc 1 4307 5
	# tick: balloonOneSecond();
	call fn.balloonOneSecond
.Lreturn_1364:
	leave
	ret
.Ltrap_1365:
	leaq .Lstring633(%rip), %rdi	# trap: kernel.ts:4294:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 4316 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 4317 5
	# mainLoop: while (true) {
.Lwhile_1368:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1369
	.loc 1 4318 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 4319 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 4320 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired || sysrqWatchFired || ...
.Lwhile_1370:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_1372
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	jne .Lskip_1372
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	jne .Lskip_1372
	movq var.targetWatchFired(%rip), %rax	# targetWatchFired
	testq %rax, %rax
	je .Lendwhile_1371
.Lskip_1372:
	.loc 1 4321 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 4322 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_1373
	.loc 1 4323 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 4324 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_1373:
	.loc 1 4326 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_1374
	.loc 1 4327 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 4328 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_1374:
	.loc 1 4330 13
	# mainLoop: if (sysrqWatchFired) {
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	je .Lelse_1375
	.loc 1 4331 17
	# mainLoop: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 4332 17
	# mainLoop: handleSysrq();
	call fn.handleSysrq
.Lelse_1375:
	.loc 1 4334 13
	# mainLoop: if (targetWatchFired) {
	movq var.targetWatchFired(%rip), %rax	# targetWatchFired
	testq %rax, %rax
	je .Lelse_1376
	.loc 1 4335 17
	# mainLoop: targetWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	.loc 1 4336 17
	# mainLoop: handleTarget();
	call fn.handleTarget
.Lelse_1376:
	jmp .Lwhile_1370
.Lendwhile_1371:
	.loc 1 4339 9
	# mainLoop: if (suspendChannelPort !== NO_PORT && portPending(suspendChannelPort)) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_1377
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.portPending
	testq %rax, %rax
	je .Lelse_1377
	.loc 1 4340 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 4341 13
	# mainLoop: handleSuspendChannelNotification();
	call fn.handleSuspendChannelNotification
.Lelse_1377:
	.loc 1 4343 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1378
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_1378
	.loc 1 4344 13
	# mainLoop: print("console: ");
	leaq .Lstring634(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 4345 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 4346 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring635(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 4347 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_1378:
	.loc 1 4349 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_1379:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_1380
	.loc 1 4350 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_1381
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 4351 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 4352 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_1379
.Lendwhile_1380:
	.loc 1 4354 9
	# mainLoop: if (runDueCounts() || balloonWork()) {
	call fn.runDueCounts
	testq %rax, %rax
	jne .Lskip_1383
	call fn.balloonWork
	testq %rax, %rax
	je .Lelse_1382
.Lskip_1383:
	.loc 1 4355 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
.Lelse_1382:
	.loc 1 4357 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_1384
	.loc 1 4358 13
	# mainLoop: continue;
	jmp .Lwhile_1368
.Lelse_1384:
	.loc 1 4360 9
	# mainLoop: if (statusDirty) {
	movq var.statusDirty(%rip), %rax	# statusDirty
	testq %rax, %rax
	je .Lelse_1385
	.loc 1 4361 13
	# mainLoop: writeStatus();
	call fn.writeStatus
.Lelse_1385:
	.loc 1 4363 9
	# mainLoop: waitOnPorts(storePort, suspendChannelPort);
	movq var.storePort(%rip), %rdi	# storePort
	movq var.suspendChannelPort(%rip), %rsi	# suspendChannelPort
	call fn.waitOnPorts
	jmp .Lwhile_1368
.Lendwhile_1369:
.Lreturn_1367:
	leave
	ret
.Ltrap_1381:
	leaq .Lstring636(%rip), %rdi	# trap: kernel.ts:4350:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(bootInfo, mode), exported
	.globl main
	.type main,@function
main:
	.loc 1 4369 1
	# main: export function main(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 4370 5
	# main: enterDomain(bootInfo, mode);
	movq -8(%rbp), %rdi	# bootInfo
	movq -16(%rbp), %rsi	# mode
	call fn.enterDomain
	.loc 1 4371 5
	# main: checkHypercallPage();
	call fn.checkHypercallPage
	.loc 1 4372 5
	# main: findRings();
	call fn.findRings
	.loc 1 4373 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 4374 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 4375 5
	# main: measureMemory();
	call fn.measureMemory
	.loc 1 4376 5
	# main: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1387
	.loc 1 4377 9
	# main: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_1387:
	.loc 1 4379 5
	# main: queueDomainIdRead();
	call fn.queueDomainIdRead
	.loc 1 4380 5
	# main: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 4381 5
	# main: queueState("booting");
	leaq .Lstring637(%rip), %rdi	# "booting"
	call fn.queueState
	.loc 1 4382 5
	# main: storeSendBatch();
	call fn.storeSendBatch
	.loc 1 4383 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 4384 5
	# main: storeFinishBatch();
	call fn.storeFinishBatch
	.loc 1 4385 5
	# main: obeyCommandLine();
	call fn.obeyCommandLine
	.loc 1 4386 5
	# main: log("ready");
	leaq .Lstring638(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 4387 5
	# main: publishState("running");
	leaq .Lstring390(%rip), %rdi	# "running"
	call fn.publishState
	.loc 1 4388 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_1386:
	leave
	ret
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 4396 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 4397 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_1389
	.loc 1 4398 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 4399 9
	# trap: print("trap: ");
	leaq .Lstring639(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 4400 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 4401 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_1389:
	.loc 1 4403 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1388:
	leave
	ret
	.size trap, .-trap

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "kernel.ts:175:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:175:29: integer result outside the exact range"
	.balign 8
.Lstring1:	# "kernel.ts:175:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:175:19: integer result outside the exact range"
	.balign 8
.Lstring2:	# "kernel.ts:175:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:175:12: load64 value outside the exact range"
	.balign 8
.Lstring3:	# "kernel.ts:181:12: machineToPhys value outside the exact range"
	.quad 61
	.ascii "kernel.ts:181:12: machineToPhys value outside the exact range"
	.balign 8
.Lstring4:	# "kernel.ts:181:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:181:12: integer result outside the exact range"
	.balign 8
.Lstring5:	# "kernel.ts:187:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:187:26: integer result outside the exact range"
	.balign 8
.Lstring6:	# "kernel.ts:187:19: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:187:19: load64 value outside the exact range"
	.balign 8
.Lstring7:	# "kernel.ts:188:48: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:188:48: integer result outside the exact range"
	.balign 8
.Lstring8:	# "kernel.ts:188:41: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:188:41: load64 value outside the exact range"
	.balign 8
.Lstring9:	# "kernel.ts:189:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:189:26: integer result outside the exact range"
	.balign 8
.Lstring10:	# "kernel.ts:190:46: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:190:46: integer result outside the exact range"
	.balign 8
.Lstring11:	# "kernel.ts:190:39: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:190:39: load64 value outside the exact range"
	.balign 8
.Lstring12:	# "kernel.ts:191:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:191:24: integer result outside the exact range"
	.balign 8
.Lstring13:	# "kernel.ts:262:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:262:13: integer result outside the exact range"
	.balign 8
.Lstring14:	# "kernel.ts:264:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:264:13: integer result outside the exact range"
	.balign 8
.Lstring15:	# "kernel.ts:265:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:265:13: integer result outside the exact range"
	.balign 8
.Lstring16:	# "kernel.ts:266:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:266:13: integer result outside the exact range"
	.balign 8
.Lstring17:	# "kernel.ts:275:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:275:13: integer result outside the exact range"
	.balign 8
.Lstring18:	# "kernel.ts:276:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:276:13: integer result outside the exact range"
	.balign 8
.Lstring19:	# "kernel.ts:278:41: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:278:41: integer result outside the exact range"
	.balign 8
.Lstring20:	# "kernel.ts:288:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:288:9: integer result outside the exact range"
	.balign 8
.Lstring21:	# "kernel.ts:366:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:366:13: integer result outside the exact range"
	.balign 8
.Lstring22:	# "kernel.ts:367:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:367:13: integer result outside the exact range"
	.balign 8
.Lstring23:	# "kernel.ts:372:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:372:19: integer result outside the exact range"
	.balign 8
.Lstring24:	# "kernel.ts:372:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:372:12: load64 value outside the exact range"
	.balign 8
.Lstring25:	# "kernel.ts:379:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:379:13: integer result outside the exact range"
	.balign 8
.Lstring26:	# "kernel.ts:380:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:380:13: integer result outside the exact range"
	.balign 8
.Lstring27:	# "kernel.ts:381:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:381:13: integer result outside the exact range"
	.balign 8
.Lstring28:	# "kernel.ts:382:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:382:13: integer result outside the exact range"
	.balign 8
.Lstring29:	# "HVM_PARAM_CONSOLE_PFN"
	.quad 21
	.ascii "HVM_PARAM_CONSOLE_PFN"
	.balign 8
.Lstring30:	# "HVM_PARAM_CONSOLE_EVTCHN"
	.quad 24
	.ascii "HVM_PARAM_CONSOLE_EVTCHN"
	.balign 8
.Lstring31:	# "HVM_PARAM_STORE_PFN"
	.quad 19
	.ascii "HVM_PARAM_STORE_PFN"
	.balign 8
.Lstring32:	# "HVM_PARAM_STORE_EVTCHN"
	.quad 22
	.ascii "HVM_PARAM_STORE_EVTCHN"
	.balign 8
.Lstring33:	# ""
	.quad 0
	.balign 8
.Lstring34:	# "kernel.ts:400:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:400:36: integer result outside the exact range"
	.balign 8
.Lstring35:	# "kernel.ts:402:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:402:32: integer result outside the exact range"
	.balign 8
.Lstring36:	# "kernel.ts:440:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:440:40: integer result outside the exact range"
	.balign 8
.Lstring37:	# "kernel.ts:440:33: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:440:33: load64 value outside the exact range"
	.balign 8
.Lstring38:	# "kernel.ts:480:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:480:32: integer result outside the exact range"
	.balign 8
.Lstring39:	# "kernel.ts:482:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:482:32: integer result outside the exact range"
	.balign 8
.Lstring40:	# "kernel.ts:483:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:483:33: integer result outside the exact range"
	.balign 8
.Lstring41:	# "kernel.ts:485:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:485:43: integer result outside the exact range"
	.balign 8
.Lstring42:	# "kernel.ts:493:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:493:23: integer result outside the exact range"
	.balign 8
.Lstring43:	# "kernel.ts:495:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:495:27: integer result outside the exact range"
	.balign 8
.Lstring44:	# "kernel.ts:496:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:496:28: integer result outside the exact range"
	.balign 8
.Lstring45:	# "kernel.ts:520:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:520:40: integer result outside the exact range"
	.balign 8
.Lstring46:	# "kernel.ts:520:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:520:9: integer result outside the exact range"
	.balign 8
.Lstring47:	# "kernel.ts:546:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:546:28: integer result outside the exact range"
	.balign 8
.Lstring48:	# "kernel.ts:551:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:551:24: integer result outside the exact range"
	.balign 8
.Lstring49:	# "kernel.ts:590:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:590:17: integer result outside the exact range"
	.balign 8
.Lstring50:	# "kernel.ts:637:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:637:29: integer result outside the exact range"
	.balign 8
.Lstring51:	# "kernel.ts:638:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:638:29: integer result outside the exact range"
	.balign 8
.Lstring52:	# "kernel.ts:659:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:659:35: integer result outside the exact range"
	.balign 8
.Lstring53:	# "kernel.ts:663:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:663:37: integer result outside the exact range"
	.balign 8
.Lstring54:	# "kernel.ts:664:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:664:20: integer result outside the exact range"
	.balign 8
.Lstring55:	# "kernel.ts:666:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:666:21: integer result outside the exact range"
	.balign 8
.Lstring56:	# "kernel.ts:671:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:671:35: integer result outside the exact range"
	.balign 8
.Lstring57:	# "kernel.ts:676:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:676:26: integer result outside the exact range"
	.balign 8
.Lstring58:	# "kernel.ts:736:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:736:38: integer result outside the exact range"
	.balign 8
.Lstring59:	# "\\n"
	.quad 2
	.ascii "\\n"
	.balign 8
.Lstring60:	# "\\r"
	.quad 2
	.ascii "\\r"
	.balign 8
.Lstring61:	# "\\t"
	.quad 2
	.ascii "\\t"
	.balign 8
.Lstring62:	# "\\x"
	.quad 2
	.ascii "\\x"
	.balign 8
.Lstring63:	# "...\" ("
	.quad 6
	.ascii "...\" ("
	.balign 8
.Lstring64:	# " bytes)"
	.quad 7
	.ascii " bytes)"
	.balign 8
.Lstring65:	# "kernel.ts:786:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:786:32: integer result outside the exact range"
	.balign 8
.Lstring66:	# "kernel.ts:800:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:800:32: integer result outside the exact range"
	.balign 8
.Lstring67:	# "kernel.ts:812:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:812:16: integer result outside the exact range"
	.balign 8
.Lstring68:	# "kernel.ts:812:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:812:39: integer result outside the exact range"
	.balign 8
.Lstring69:	# "kernel.ts:822:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:822:19: integer result outside the exact range"
	.balign 8
.Lstring70:	# "kernel.ts:822:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:822:36: charCodeAt index out of range"
	.balign 8
.Lstring71:	# "kernel.ts:832:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:832:19: integer result outside the exact range"
	.balign 8
.Lstring72:	# "kernel.ts:832:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:832:40: integer result outside the exact range"
	.balign 8
.Lstring73:	# "kernel.ts:846:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:846:28: integer result outside the exact range"
	.balign 8
.Lstring74:	# "kernel.ts:850:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:850:17: integer result outside the exact range"
	.balign 8
.Lstring75:	# "kernel.ts:859:18: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:859:18: integer result outside the exact range"
	.balign 8
.Lstring76:	# "kernel.ts:863:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:863:16: integer result outside the exact range"
	.balign 8
.Lstring77:	# "EINVAL"
	.quad 6
	.ascii "EINVAL"
	.balign 8
.Lstring78:	# "EACCES"
	.quad 6
	.ascii "EACCES"
	.balign 8
.Lstring79:	# "EEXIST"
	.quad 6
	.ascii "EEXIST"
	.balign 8
.Lstring80:	# "EISDIR"
	.quad 6
	.ascii "EISDIR"
	.balign 8
.Lstring81:	# "ENOENT"
	.quad 6
	.ascii "ENOENT"
	.balign 8
.Lstring82:	# "ENOMEM"
	.quad 6
	.ascii "ENOMEM"
	.balign 8
.Lstring83:	# "ENOSPC"
	.quad 6
	.ascii "ENOSPC"
	.balign 8
.Lstring84:	# "EIO"
	.quad 3
	.ascii "EIO"
	.balign 8
.Lstring85:	# "ENOTEMPTY"
	.quad 9
	.ascii "ENOTEMPTY"
	.balign 8
.Lstring86:	# "ENOSYS"
	.quad 6
	.ascii "ENOSYS"
	.balign 8
.Lstring87:	# "EROFS"
	.quad 5
	.ascii "EROFS"
	.balign 8
.Lstring88:	# "EBUSY"
	.quad 5
	.ascii "EBUSY"
	.balign 8
.Lstring89:	# "EAGAIN"
	.quad 6
	.ascii "EAGAIN"
	.balign 8
.Lstring90:	# "EISCONN"
	.quad 7
	.ascii "EISCONN"
	.balign 8
.Lstring91:	# "E2BIG"
	.quad 5
	.ascii "E2BIG"
	.balign 8
.Lstring92:	# "EPERM"
	.quad 5
	.ascii "EPERM"
	.balign 8
.Lstring93:	# "protocol error"
	.quad 14
	.ascii "protocol error"
	.balign 8
.Lstring94:	# "no reply"
	.quad 8
	.ascii "no reply"
	.balign 8
.Lstring95:	# "unknown error"
	.quad 13
	.ascii "unknown error"
	.balign 8
.Lstring96:	# "kernel.ts:996:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:996:44: integer result outside the exact range"
	.balign 8
.Lstring97:	# "kernel.ts:1029:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1029:13: integer result outside the exact range"
	.balign 8
.Lstring98:	# "kernel.ts:1039:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1039:12: integer result outside the exact range"
	.balign 8
.Lstring99:	# "kernel.ts:1040:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1040:26: integer result outside the exact range"
	.balign 8
.Lstring100:	# "kernel.ts:1058:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1058:33: integer result outside the exact range"
	.balign 8
.Lstring101:	# "xenstore: request ring indexes make no sense (prod "
	.quad 51
	.ascii "xenstore: request ring indexes make no sense (prod "
	.balign 8
.Lstring102:	# ", cons "
	.quad 7
	.ascii ", cons "
	.balign 8
.Lstring103:	# "); request dropped"
	.quad 18
	.ascii "); request dropped"
	.balign 8
.Lstring104:	# "kernel.ts:1064:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1064:29: integer result outside the exact range"
	.balign 8
.Lstring105:	# "kernel.ts:1065:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1065:29: integer result outside the exact range"
	.balign 8
.Lstring106:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring107:	# "kernel.ts:1115:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1115:33: integer result outside the exact range"
	.balign 8
.Lstring108:	# "kernel.ts:1116:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1116:50: integer result outside the exact range"
	.balign 8
.Lstring109:	# "kernel.ts:1117:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1117:20: integer result outside the exact range"
	.balign 8
.Lstring110:	# "kernel.ts:1118:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1118:23: integer result outside the exact range"
	.balign 8
.Lstring111:	# "kernel.ts:1120:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1120:17: integer result outside the exact range"
	.balign 8
.Lstring112:	# "kernel.ts:1121:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1121:16: integer result outside the exact range"
	.balign 8
.Lstring113:	# "kernel.ts:1136:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1136:29: integer result outside the exact range"
	.balign 8
.Lstring114:	# "kernel.ts:1138:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1138:13: integer result outside the exact range"
	.balign 8
.Lstring115:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring116:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring117:	# "kernel.ts:1144:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1144:29: integer result outside the exact range"
	.balign 8
.Lstring118:	# "kernel.ts:1145:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1145:29: integer result outside the exact range"
	.balign 8
.Lstring119:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring120:	# "kernel.ts:1180:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1180:33: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:1181:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1181:54: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:1182:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1182:22: integer result outside the exact range"
	.balign 8
.Lstring123:	# "kernel.ts:1183:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1183:19: integer result outside the exact range"
	.balign 8
.Lstring124:	# "kernel.ts:1185:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1185:17: integer result outside the exact range"
	.balign 8
.Lstring125:	# "kernel.ts:1187:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1187:20: integer result outside the exact range"
	.balign 8
.Lstring126:	# "shutdown-watch"
	.quad 14
	.ascii "shutdown-watch"
	.balign 8
.Lstring127:	# "testing-watch"
	.quad 13
	.ascii "testing-watch"
	.balign 8
.Lstring128:	# "sysrq-watch"
	.quad 11
	.ascii "sysrq-watch"
	.balign 8
.Lstring129:	# "target-watch"
	.quad 12
	.ascii "target-watch"
	.balign 8
.Lstring130:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring131:	# "kernel.ts:1195:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1195:38: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:1198:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1198:19: integer result outside the exact range"
	.balign 8
.Lstring133:	# "kernel.ts:1200:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1200:34: integer result outside the exact range"
	.balign 8
.Lstring134:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring135:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring136:	# "kernel.ts:1228:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1228:27: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:1236:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1236:43: integer result outside the exact range"
	.balign 8
.Lstring138:	# "kernel.ts:1240:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1240:16: integer result outside the exact range"
	.balign 8
.Lstring139:	# "kernel.ts:1241:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1241:24: integer result outside the exact range"
	.balign 8
.Lstring140:	# "kernel.ts:1295:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1295:28: integer result outside the exact range"
	.balign 8
.Lstring141:	# "kernel.ts:1295:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1295:13: integer result outside the exact range"
	.balign 8
.Lstring142:	# "kernel.ts:1296:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1296:29: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:1296:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1296:13: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:1297:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1297:23: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:1307:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1307:26: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:1308:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1308:27: integer result outside the exact range"
	.balign 8
.Lstring147:	# "kernel.ts:1312:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1312:18: integer result outside the exact range"
	.balign 8
.Lstring148:	# "kernel.ts:1313:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1313:23: integer result outside the exact range"
	.balign 8
.Lstring149:	# "kernel.ts:1314:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1314:29: integer result outside the exact range"
	.balign 8
.Lstring150:	# "kernel.ts:1314:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1314:13: integer result outside the exact range"
	.balign 8
.Lstring151:	# "kernel.ts:1315:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1315:28: integer result outside the exact range"
	.balign 8
.Lstring152:	# "kernel.ts:1315:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1315:13: integer result outside the exact range"
	.balign 8
.Lstring153:	# "kernel.ts:1319:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1319:15: integer result outside the exact range"
	.balign 8
.Lstring154:	# "kernel.ts:1322:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1322:28: integer result outside the exact range"
	.balign 8
.Lstring155:	# "kernel.ts:1322:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1322:15: integer result outside the exact range"
	.balign 8
.Lstring156:	# "kernel.ts:1322:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1322:55: integer result outside the exact range"
	.balign 8
.Lstring157:	# "kernel.ts:1323:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1323:32: integer result outside the exact range"
	.balign 8
.Lstring158:	# "kernel.ts:1323:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1323:13: integer result outside the exact range"
	.balign 8
.Lstring159:	# "kernel.ts:1325:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1325:28: integer result outside the exact range"
	.balign 8
.Lstring160:	# "kernel.ts:1325:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1325:17: integer result outside the exact range"
	.balign 8
.Lstring161:	# "kernel.ts:1330:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1330:65: integer result outside the exact range"
	.balign 8
.Lstring162:	# "kernel.ts:1331:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1331:24: integer result outside the exact range"
	.balign 8
.Lstring163:	# "kernel.ts:1331:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1331:13: integer result outside the exact range"
	.balign 8
.Lstring164:	# "kernel.ts:1332:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1332:13: integer result outside the exact range"
	.balign 8
.Lstring165:	# "kernel.ts:1333:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1333:13: integer result outside the exact range"
	.balign 8
.Lstring166:	# "kernel.ts:1334:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1334:13: integer result outside the exact range"
	.balign 8
.Lstring167:	# "kernel.ts:1335:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1335:15: integer result outside the exact range"
	.balign 8
.Lstring168:	# "kernel.ts:1336:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1336:18: integer result outside the exact range"
	.balign 8
.Lstring169:	# "kernel.ts:1343:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1343:36: integer result outside the exact range"
	.balign 8
.Lstring170:	# "kernel.ts:1343:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1343:20: integer result outside the exact range"
	.balign 8
.Lstring171:	# "kernel.ts:1343:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1343:13: load64 value outside the exact range"
	.balign 8
.Lstring172:	# "kernel.ts:1352:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1352:36: integer result outside the exact range"
	.balign 8
.Lstring173:	# "kernel.ts:1352:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1352:20: integer result outside the exact range"
	.balign 8
.Lstring174:	# "kernel.ts:1352:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1352:13: load64 value outside the exact range"
	.balign 8
.Lstring175:	# "kernel.ts:1352:73: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1352:73: integer result outside the exact range"
	.balign 8
.Lstring176:	# "kernel.ts:1352:62: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1352:62: integer result outside the exact range"
	.balign 8
.Lstring177:	# "kernel.ts:1352:55: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1352:55: load64 value outside the exact range"
	.balign 8
.Lstring178:	# "kernel.ts:1362:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1362:36: integer result outside the exact range"
	.balign 8
.Lstring179:	# "kernel.ts:1362:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1362:20: integer result outside the exact range"
	.balign 8
.Lstring180:	# "kernel.ts:1362:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1362:13: load64 value outside the exact range"
	.balign 8
.Lstring181:	# "kernel.ts:1363:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1363:38: integer result outside the exact range"
	.balign 8
.Lstring182:	# "kernel.ts:1363:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1363:27: integer result outside the exact range"
	.balign 8
.Lstring183:	# "kernel.ts:1363:20: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1363:20: load64 value outside the exact range"
	.balign 8
.Lstring184:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring185:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring186:	# "kernel.ts:1390:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1390:31: integer result outside the exact range"
	.balign 8
.Lstring187:	# "kernel.ts:1391:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1391:41: integer result outside the exact range"
	.balign 8
.Lstring188:	# "kernel.ts:1394:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1394:33: integer result outside the exact range"
	.balign 8
.Lstring189:	# "kernel.ts:1400:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1400:20: integer result outside the exact range"
	.balign 8
.Lstring190:	# "kernel.ts:1401:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1401:54: integer result outside the exact range"
	.balign 8
.Lstring191:	# "kernel.ts:1404:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1404:31: integer result outside the exact range"
	.balign 8
.Lstring192:	# "kernel.ts:1406:35: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1406:35: integer result outside the exact range"
	.balign 8
.Lstring193:	# "kernel.ts:1406:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1406:20: integer result outside the exact range"
	.balign 8
.Lstring194:	# "kernel.ts:1406:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1406:13: load64 value outside the exact range"
	.balign 8
.Lstring195:	# "kernel.ts:1416:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1416:34: integer result outside the exact range"
	.balign 8
.Lstring196:	# "kernel.ts:1416:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1416:19: integer result outside the exact range"
	.balign 8
.Lstring197:	# "kernel.ts:1416:12: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1416:12: load64 value outside the exact range"
	.balign 8
.Lstring198:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring199:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring200:	# "kernel.ts:1426:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1426:46: integer result outside the exact range"
	.balign 8
.Lstring201:	# "kernel.ts:1426:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1426:31: integer result outside the exact range"
	.balign 8
.Lstring202:	# "kernel.ts:1426:24: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1426:24: load64 value outside the exact range"
	.balign 8
.Lstring203:	# "kernel.ts:1427:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1427:46: integer result outside the exact range"
	.balign 8
.Lstring204:	# "kernel.ts:1427:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1427:31: integer result outside the exact range"
	.balign 8
.Lstring205:	# "kernel.ts:1427:24: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1427:24: load64 value outside the exact range"
	.balign 8
.Lstring206:	# "kernel.ts:1428:35: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1428:35: integer result outside the exact range"
	.balign 8
.Lstring207:	# "kernel.ts:1428:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1428:22: integer result outside the exact range"
	.balign 8
.Lstring208:	# "kernel.ts:1429:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1429:54: integer result outside the exact range"
	.balign 8
.Lstring209:	# "kernel.ts:1429:35: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1429:35: integer result outside the exact range"
	.balign 8
.Lstring210:	# "kernel.ts:1429:28: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1429:28: load64 value outside the exact range"
	.balign 8
.Lstring211:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring212:	# "kernel.ts:1471:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1471:33: integer result outside the exact range"
	.balign 8
.Lstring213:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring214:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring215:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring216:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring217:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring218:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring219:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring220:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring221:	# "hang"
	.quad 4
	.ascii "hang"
	.balign 8
.Lstring222:	# "spin"
	.quad 4
	.ascii "spin"
	.balign 8
.Lstring223:	# "watchdog"
	.quad 8
	.ascii "watchdog"
	.balign 8
.Lstring224:	# "soft-reset"
	.quad 10
	.ascii "soft-reset"
	.balign 8
.Lstring225:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring226:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring227:	# "timer replaced: "
	.quad 16
	.ascii "timer replaced: "
	.balign 8
.Lstring228:	# "timer set: "
	.quad 11
	.ascii "timer set: "
	.balign 8
.Lstring229:	# " in "
	.quad 4
	.ascii " in "
	.balign 8
.Lstring230:	# " s"
	.quad 2
	.ascii " s"
	.balign 8
.Lstring231:	# "kernel.ts:1820:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1820:15: integer result outside the exact range"
	.balign 8
.Lstring232:	# "kernel.ts:1828:26: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1828:26: load64 value outside the exact range"
	.balign 8
.Lstring233:	# "kernel.ts:1828:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1828:66: integer result outside the exact range"
	.balign 8
.Lstring234:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring235:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring236:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring237:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring238:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring239:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring240:	# "busy with a delayed response; request ignored"
	.quad 45
	.ascii "busy with a delayed response; request ignored"
	.balign 8
.Lstring241:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring242:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring243:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring244:	# "acknowledging in "
	.quad 17
	.ascii "acknowledging in "
	.balign 8
.Lstring245:	# "acting in "
	.quad 10
	.ascii "acting in "
	.balign 8
.Lstring246:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring247:	# "timer: "
	.quad 7
	.ascii "timer: "
	.balign 8
.Lstring248:	# "response: "
	.quad 10
	.ascii "response: "
	.balign 8
.Lstring249:	# "acknowledging"
	.quad 13
	.ascii "acknowledging"
	.balign 8
.Lstring250:	# "kernel.ts:1981:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1981:26: integer result outside the exact range"
	.balign 8
.Lstring251:	# "kernel.ts:1991:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1991:29: integer result outside the exact range"
	.balign 8
.Lstring252:	# "timer fired: "
	.quad 13
	.ascii "timer fired: "
	.balign 8
.Lstring253:	# "control/sysrq"
	.quad 13
	.ascii "control/sysrq"
	.balign 8
.Lstring254:	# "sysrq: "
	.quad 7
	.ascii "sysrq: "
	.balign 8
.Lstring255:	# " (no action)"
	.quad 12
	.ascii " (no action)"
	.balign 8
.Lstring256:	# "expected now:, next:, after:, cancel, suspend-channel:, agent:, featu
	.quad 114
	.ascii "expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object"
	.balign 8
.Lstring257:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring258:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring259:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring260:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring261:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring262:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring263:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring264:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring265:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring266:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring267:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring268:	# "after: expects after:<seconds>:<action>"
	.quad 39
	.ascii "after: expects after:<seconds>:<action>"
	.balign 8
.Lstring269:	# "seconds must be a whole number from 0 to 86400"
	.quad 46
	.ascii "seconds must be a whole number from 0 to 86400"
	.balign 8
.Lstring270:	# "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.quad 63
	.ascii "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring271:	# "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.quad 66
	.ascii "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring272:	# "\"ackDelay\" needs \"when\":\"onshutdown\""
	.quad 36
	.ascii "\"ackDelay\" needs \"when\":\"onshutdown\""
	.balign 8
.Lstring273:	# "unknown suspend-channel mode"
	.quad 28
	.ascii "unknown suspend-channel mode"
	.balign 8
.Lstring274:	# "control/sysrq must be one key"
	.quad 29
	.ascii "control/sysrq must be one key"
	.balign 8
.Lstring275:	# "feature: expects feature:<name>:on|off|absent"
	.quad 45
	.ascii "feature: expects feature:<name>:on|off|absent"
	.balign 8
.Lstring276:	# "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|o
	.quad 71
	.ascii "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|off"
	.balign 8
.Lstring277:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring278:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring279:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring280:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring281:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring282:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring283:	# "after:"
	.quad 6
	.ascii "after:"
	.balign 8
.Lstring284:	# "cancel"
	.quad 6
	.ascii "cancel"
	.balign 8
.Lstring285:	# "suspend-channel:"
	.quad 16
	.ascii "suspend-channel:"
	.balign 8
.Lstring286:	# "agent:on"
	.quad 8
	.ascii "agent:on"
	.balign 8
.Lstring287:	# "agent:off"
	.quad 9
	.ascii "agent:off"
	.balign 8
.Lstring288:	# "feature:"
	.quad 8
	.ascii "feature:"
	.balign 8
.Lstring289:	# "cant-suspend:"
	.quad 13
	.ascii "cant-suspend:"
	.balign 8
.Lstring290:	# "balloon:"
	.quad 8
	.ascii "balloon:"
	.balign 8
.Lstring291:	# "kernel.ts:2154:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2154:55: integer result outside the exact range"
	.balign 8
.Lstring292:	# "kernel.ts:2157:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2157:40: integer result outside the exact range"
	.balign 8
.Lstring293:	# "kernel.ts:2162:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2162:40: integer result outside the exact range"
	.balign 8
.Lstring294:	# "kernel.ts:2173:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2173:40: integer result outside the exact range"
	.balign 8
.Lstring295:	# "kernel.ts:2190:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2190:50: integer result outside the exact range"
	.balign 8
.Lstring296:	# "kernel.ts:2223:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2223:21: integer result outside the exact range"
	.balign 8
.Lstring297:	# "kernel.ts:2225:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2225:12: integer result outside the exact range"
	.balign 8
.Lstring298:	# "kernel.ts:2225:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2225:55: integer result outside the exact range"
	.balign 8
.Lstring299:	# "kernel.ts:2226:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2226:25: integer result outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:2228:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2228:26: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:2238:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2238:36: integer result outside the exact range"
	.balign 8
.Lstring302:	# "override cancelled: "
	.quad 20
	.ascii "override cancelled: "
	.balign 8
.Lstring303:	# "timer cancelled: "
	.quad 17
	.ascii "timer cancelled: "
	.balign 8
.Lstring304:	# "delayed response cancelled: "
	.quad 28
	.ascii "delayed response cancelled: "
	.balign 8
.Lstring305:	# "cancel: nothing was pending"
	.quad 27
	.ascii "cancel: nothing was pending"
	.balign 8
.Lstring306:	# "cancelled"
	.quad 9
	.ascii "cancelled"
	.balign 8
.Lstring307:	# "nothing was pending"
	.quad 19
	.ascii "nothing was pending"
	.balign 8
.Lstring308:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring309:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring310:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring311:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring312:	# "command line: above the first 4 GiB, which boot.S does not map; ignor
	.quad 71
	.ascii "command line: above the first 4 GiB, which boot.S does not map; ignored"
	.balign 8
.Lstring313:	# "kernel.ts:2325:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2325:16: integer result outside the exact range"
	.balign 8
.Lstring314:	# "kernel.ts:2327:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2327:28: integer result outside the exact range"
	.balign 8
.Lstring315:	# "kernel.ts:2327:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2327:21: load64 value outside the exact range"
	.balign 8
.Lstring316:	# "kernel.ts:2328:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2328:26: integer result outside the exact range"
	.balign 8
.Lstring317:	# "command line: "
	.quad 14
	.ascii "command line: "
	.balign 8
.Lstring318:	# "kernel.ts:2343:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2343:49: integer result outside the exact range"
	.balign 8
.Lstring319:	# "kernel.ts:2344:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2344:16: integer result outside the exact range"
	.balign 8
.Lstring320:	# "kernel.ts:2344:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2344:44: integer result outside the exact range"
	.balign 8
.Lstring321:	# "kernel.ts:2349:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2349:37: integer result outside the exact range"
	.balign 8
.Lstring322:	# "kernel.ts:2353:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2353:38: integer result outside the exact range"
	.balign 8
.Lstring323:	# "kernel.ts:2357:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2357:37: integer result outside the exact range"
	.balign 8
.Lstring324:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring325:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring326:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring327:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring328:	# "kernel.ts:2436:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2436:18: integer result outside the exact range"
	.balign 8
.Lstring329:	# "kernel.ts:2462:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2462:9: integer result outside the exact range"
	.balign 8
.Lstring330:	# "kernel.ts:2467:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2467:38: integer result outside the exact range"
	.balign 8
.Lstring331:	# "kernel.ts:2471:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2471:17: integer result outside the exact range"
	.balign 8
.Lstring332:	# "kernel.ts:2473:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2473:14: integer result outside the exact range"
	.balign 8
.Lstring333:	# "kernel.ts:2479:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2479:16: integer result outside the exact range"
	.balign 8
.Lstring334:	# "kernel.ts:2481:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2481:25: integer result outside the exact range"
	.balign 8
.Lstring335:	# "kernel.ts:2508:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2508:14: integer result outside the exact range"
	.balign 8
.Lstring336:	# "kernel.ts:2515:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2515:18: integer result outside the exact range"
	.balign 8
.Lstring337:	# "kernel.ts:2530:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2530:18: integer result outside the exact range"
	.balign 8
.Lstring338:	# "kernel.ts:2546:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2546:66: integer result outside the exact range"
	.balign 8
.Lstring339:	# "kernel.ts:2547:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2547:51: integer result outside the exact range"
	.balign 8
.Lstring340:	# "kernel.ts:2549:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2549:30: integer result outside the exact range"
	.balign 8
.Lstring341:	# "kernel.ts:2569:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2569:18: integer result outside the exact range"
	.balign 8
.Lstring342:	# "kernel.ts:2570:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2570:17: integer result outside the exact range"
	.balign 8
.Lstring343:	# "kernel.ts:2578:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2578:18: integer result outside the exact range"
	.balign 8
.Lstring344:	# "kernel.ts:2581:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2581:18: integer result outside the exact range"
	.balign 8
.Lstring345:	# "kernel.ts:2586:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2586:18: integer result outside the exact range"
	.balign 8
.Lstring346:	# "kernel.ts:2592:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2592:18: integer result outside the exact range"
	.balign 8
.Lstring347:	# "kernel.ts:2594:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2594:22: integer result outside the exact range"
	.balign 8
.Lstring348:	# "kernel.ts:2604:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2604:9: integer result outside the exact range"
	.balign 8
.Lstring349:	# "kernel.ts:2607:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2607:14: integer result outside the exact range"
	.balign 8
.Lstring350:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring351:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring352:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring353:	# "kernel.ts:2623:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2623:18: integer result outside the exact range"
	.balign 8
.Lstring354:	# "kernel.ts:2626:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2626:22: integer result outside the exact range"
	.balign 8
.Lstring355:	# "kernel.ts:2639:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2639:26: integer result outside the exact range"
	.balign 8
.Lstring356:	# "kernel.ts:2646:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2646:22: integer result outside the exact range"
	.balign 8
.Lstring357:	# "kernel.ts:2693:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2693:45: integer result outside the exact range"
	.balign 8
.Lstring358:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring359:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring360:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring361:	# "delay"
	.quad 5
	.ascii "delay"
	.balign 8
.Lstring362:	# "ackDelay"
	.quad 8
	.ascii "ackDelay"
	.balign 8
.Lstring363:	# "kernel.ts:2705:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2705:15: integer result outside the exact range"
	.balign 8
.Lstring364:	# "kernel.ts:2713:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2713:14: integer result outside the exact range"
	.balign 8
.Lstring365:	# "kernel.ts:2716:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2716:18: integer result outside the exact range"
	.balign 8
.Lstring366:	# "kernel.ts:2729:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2729:22: integer result outside the exact range"
	.balign 8
.Lstring367:	# "kernel.ts:2748:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2748:22: integer result outside the exact range"
	.balign 8
.Lstring368:	# "kernel.ts:2836:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2836:17: integer result outside the exact range"
	.balign 8
.Lstring369:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring370:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring371:	# "kernel.ts:2845:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2845:34: integer result outside the exact range"
	.balign 8
.Lstring372:	# "kernel.ts:2857:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2857:28: integer result outside the exact range"
	.balign 8
.Lstring373:	# "kernel.ts:2857:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2857:13: integer result outside the exact range"
	.balign 8
.Lstring374:	# "kernel.ts:2857:74: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2857:74: integer result outside the exact range"
	.balign 8
.Lstring375:	# "kernel.ts:2857:64: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2857:64: integer result outside the exact range"
	.balign 8
.Lstring376:	# "kernel.ts:2858:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2858:17: integer result outside the exact range"
	.balign 8
.Lstring377:	# "kernel.ts:2861:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2861:17: integer result outside the exact range"
	.balign 8
.Lstring378:	# "kernel.ts:2861:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2861:58: integer result outside the exact range"
	.balign 8
.Lstring379:	# "kernel.ts:2863:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2863:13: integer result outside the exact range"
	.balign 8
.Lstring380:	# "kernel.ts:2865:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2865:13: integer result outside the exact range"
	.balign 8
.Lstring381:	# "kernel.ts:2888:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2888:13: integer result outside the exact range"
	.balign 8
.Lstring382:	# "kernel.ts:2889:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2889:13: integer result outside the exact range"
	.balign 8
.Lstring383:	# "kernel.ts:2898:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2898:13: integer result outside the exact range"
	.balign 8
.Lstring384:	# "kernel.ts:2899:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2899:13: integer result outside the exact range"
	.balign 8
.Lstring385:	# "resume: Xen gave no value for "
	.quad 30
	.ascii "resume: Xen gave no value for "
	.balign 8
.Lstring386:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring387:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring388:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring389:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring390:	# "running"
	.quad 7
	.ascii "running"
	.balign 8
.Lstring391:	# "kernel.ts:2941:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2941:23: integer result outside the exact range"
	.balign 8
.Lstring392:	# "kernel.ts:2948:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2948:23: integer result outside the exact range"
	.balign 8
.Lstring393:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring394:	# "kernel.ts:2968:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2968:12: integer result outside the exact range"
	.balign 8
.Lstring395:	# "memory/target"
	.quad 13
	.ascii "memory/target"
	.balign 8
.Lstring396:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring397:	# "on"
	.quad 2
	.ascii "on"
	.balign 8
.Lstring398:	# "off"
	.quad 3
	.ascii "off"
	.balign 8
.Lstring399:	# "suspend channel: "
	.quad 17
	.ascii "suspend channel: "
	.balign 8
.Lstring400:	# "suspend channel: none offered"
	.quad 29
	.ascii "suspend channel: none offered"
	.balign 8
.Lstring401:	# "device/suspend/event-channel"
	.quad 28
	.ascii "device/suspend/event-channel"
	.balign 8
.Lstring402:	# "suspend channel: cannot empty "
	.quad 30
	.ascii "suspend channel: cannot empty "
	.balign 8
.Lstring403:	# "suspend channel: withdrawn"
	.quad 26
	.ascii "suspend channel: withdrawn"
	.balign 8
.Lstring404:	# "suspend channel: notifications obeyed"
	.quad 37
	.ascii "suspend channel: notifications obeyed"
	.balign 8
.Lstring405:	# "suspend channel: notifications ignored"
	.quad 38
	.ascii "suspend channel: notifications ignored"
	.balign 8
.Lstring406:	# "suspend channel: cannot offer: error "
	.quad 37
	.ascii "suspend channel: cannot offer: error "
	.balign 8
.Lstring407:	# "suspend channel: cannot offer: "
	.quad 31
	.ascii "suspend channel: cannot offer: "
	.balign 8
.Lstring408:	# "suspend channel: port "
	.quad 22
	.ascii "suspend channel: port "
	.balign 8
.Lstring409:	# " offered"
	.quad 8
	.ascii " offered"
	.balign 8
.Lstring410:	# " (notifications ignored)"
	.quad 24
	.ascii " (notifications ignored)"
	.balign 8
.Lstring411:	# "suspend channel: notification ignored"
	.quad 37
	.ascii "suspend channel: notification ignored"
	.balign 8
.Lstring412:	# "suspend channel: notified"
	.quad 25
	.ascii "suspend channel: notified"
	.balign 8
.Lstring413:	# "hung"
	.quad 4
	.ascii "hung"
	.balign 8
.Lstring414:	# "acting"
	.quad 6
	.ascii "acting"
	.balign 8
.Lstring415:	# "watchdog: SCHEDOP_watchdog failed: error "
	.quad 41
	.ascii "watchdog: SCHEDOP_watchdog failed: error "
	.balign 8
.Lstring416:	# "watchdog armed: 1 s, never fed"
	.quad 30
	.ascii "watchdog armed: 1 s, never fed"
	.balign 8
.Lstring417:	# "kernel.ts:3209:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3209:13: integer result outside the exact range"
	.balign 8
.Lstring418:	# "kernel.ts:3298:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3298:26: integer result outside the exact range"
	.balign 8
.Lstring419:	# "kernel.ts:3298:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3298:16: integer result outside the exact range"
	.balign 8
.Lstring420:	# "kernel.ts:3300:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3300:28: integer result outside the exact range"
	.balign 8
.Lstring421:	# "kernel.ts:3300:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3300:27: integer result outside the exact range"
	.balign 8
.Lstring422:	# "kernel.ts:3300:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3300:12: integer result outside the exact range"
	.balign 8
.Lstring423:	# "kernel.ts:3307:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3307:16: integer result outside the exact range"
	.balign 8
.Lstring424:	# "kernel.ts:3308:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3308:28: integer result outside the exact range"
	.balign 8
.Lstring425:	# "kernel.ts:3308:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3308:21: load64 value outside the exact range"
	.balign 8
.Lstring426:	# "kernel.ts:3309:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3309:32: integer result outside the exact range"
	.balign 8
.Lstring427:	# "kernel.ts:3314:38: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3314:38: load64 value outside the exact range"
	.balign 8
.Lstring428:	# "kernel.ts:3315:37: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3315:37: load64 value outside the exact range"
	.balign 8
.Lstring429:	# "kernel.ts:3315:71: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3315:71: load64 value outside the exact range"
	.balign 8
.Lstring430:	# "kernel.ts:3315:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3315:37: integer result outside the exact range"
	.balign 8
.Lstring431:	# "kernel.ts:3319:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3319:40: integer result outside the exact range"
	.balign 8
.Lstring432:	# "kernel.ts:3326:76: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3326:76: integer result outside the exact range"
	.balign 8
.Lstring433:	# "kernel.ts:3326:52: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3326:52: integer result outside the exact range"
	.balign 8
.Lstring434:	# "kernel.ts:3343:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3343:37: integer result outside the exact range"
	.balign 8
.Lstring435:	# "kernel.ts:3343:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3343:12: integer result outside the exact range"
	.balign 8
.Lstring436:	# "kernel.ts:3351:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3351:41: integer result outside the exact range"
	.balign 8
.Lstring437:	# "kernel.ts:3351:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3351:29: integer result outside the exact range"
	.balign 8
.Lstring438:	# "kernel.ts:3353:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3353:27: integer result outside the exact range"
	.balign 8
.Lstring439:	# "kernel.ts:3355:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3355:45: integer result outside the exact range"
	.balign 8
.Lstring440:	# "kernel.ts:3355:38: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3355:38: load64 value outside the exact range"
	.balign 8
.Lstring441:	# "kernel.ts:3356:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3356:20: integer result outside the exact range"
	.balign 8
.Lstring442:	# "kernel.ts:3356:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3356:13: load64 value outside the exact range"
	.balign 8
.Lstring443:	# "kernel.ts:3355:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3355:27: integer result outside the exact range"
	.balign 8
.Lstring444:	# "kernel.ts:3357:39: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3357:39: integer result outside the exact range"
	.balign 8
.Lstring445:	# "kernel.ts:3364:35: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3364:35: integer result outside the exact range"
	.balign 8
.Lstring446:	# "kernel.ts:3375:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3375:55: integer result outside the exact range"
	.balign 8
.Lstring447:	# "kernel.ts:3389:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3389:13: integer result outside the exact range"
	.balign 8
.Lstring448:	# "kernel.ts:3390:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3390:13: integer result outside the exact range"
	.balign 8
.Lstring449:	# "kernel.ts:3391:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3391:13: integer result outside the exact range"
	.balign 8
.Lstring450:	# "kernel.ts:3392:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3392:13: integer result outside the exact range"
	.balign 8
.Lstring451:	# "kernel.ts:3393:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3393:13: integer result outside the exact range"
	.balign 8
.Lstring452:	# "kernel.ts:3403:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3403:21: integer result outside the exact range"
	.balign 8
.Lstring453:	# "kernel.ts:3404:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3404:17: integer result outside the exact range"
	.balign 8
.Lstring454:	# "kernel.ts:3404:68: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3404:68: load64 value outside the exact range"
	.balign 8
.Lstring455:	# "kernel.ts:3408:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3408:26: integer result outside the exact range"
	.balign 8
.Lstring456:	# "kernel.ts:3407:60: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3407:60: integer result outside the exact range"
	.balign 8
.Lstring457:	# "kernel.ts:3410:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3410:18: integer result outside the exact range"
	.balign 8
.Lstring458:	# "kernel.ts:3417:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3417:17: integer result outside the exact range"
	.balign 8
.Lstring459:	# "kernel.ts:3417:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3417:40: integer result outside the exact range"
	.balign 8
.Lstring460:	# "kernel.ts:3421:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3421:26: integer result outside the exact range"
	.balign 8
.Lstring461:	# "kernel.ts:3421:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3421:66: integer result outside the exact range"
	.balign 8
.Lstring462:	# "kernel.ts:3421:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3421:50: integer result outside the exact range"
	.balign 8
.Lstring463:	# "kernel.ts:3421:43: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3421:43: load64 value outside the exact range"
	.balign 8
.Lstring464:	# "kernel.ts:3420:60: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3420:60: integer result outside the exact range"
	.balign 8
.Lstring465:	# "kernel.ts:3423:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3423:18: integer result outside the exact range"
	.balign 8
.Lstring466:	# " KiB"
	.quad 4
	.ascii " KiB"
	.balign 8
.Lstring467:	# "kernel.ts:3428:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3428:18: integer result outside the exact range"
	.balign 8
.Lstring468:	# "balloon: "
	.quad 9
	.ascii "balloon: "
	.balign 8
.Lstring469:	# "xenstore: cannot unwatch "
	.quad 25
	.ascii "xenstore: cannot unwatch "
	.balign 8
.Lstring470:	# "slow, "
	.quad 6
	.ascii "slow, "
	.balign 8
.Lstring471:	# " pages a second"
	.quad 15
	.ascii " pages a second"
	.balign 8
.Lstring472:	# "partial, "
	.quad 9
	.ascii "partial, "
	.balign 8
.Lstring473:	# " %"
	.quad 2
	.ascii " %"
	.balign 8
.Lstring474:	# "obey"
	.quad 4
	.ascii "obey"
	.balign 8
.Lstring475:	# "refuse"
	.quad 6
	.ascii "refuse"
	.balign 8
.Lstring476:	# "slow:"
	.quad 5
	.ascii "slow:"
	.balign 8
.Lstring477:	# "partial:"
	.quad 8
	.ascii "partial:"
	.balign 8
.Lstring478:	# "kernel.ts:3480:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3480:18: integer result outside the exact range"
	.balign 8
.Lstring479:	# "kernel.ts:3489:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3489:65: integer result outside the exact range"
	.balign 8
.Lstring480:	# "kernel.ts:3496:68: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3496:68: integer result outside the exact range"
	.balign 8
.Lstring481:	# "kernel.ts:3514:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3514:28: integer result outside the exact range"
	.balign 8
.Lstring482:	# "kernel.ts:3518:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3518:17: integer result outside the exact range"
	.balign 8
.Lstring483:	# "memory/target = "
	.quad 16
	.ascii "memory/target = "
	.balign 8
.Lstring484:	# "balloon: target ignored: not a positive number of KiB"
	.quad 53
	.ascii "balloon: target ignored: not a positive number of KiB"
	.balign 8
.Lstring485:	# "balloon: target "
	.quad 16
	.ascii "balloon: target "
	.balign 8
.Lstring486:	# " KiB; refusing"
	.quad 14
	.ascii " KiB; refusing"
	.balign 8
.Lstring487:	# " KiB is below what the kernel needs ("
	.quad 37
	.ascii " KiB is below what the kernel needs ("
	.balign 8
.Lstring488:	# "); aiming for "
	.quad 14
	.ascii "); aiming for "
	.balign 8
.Lstring489:	# " KiB is above the most this domain may hold ("
	.quad 45
	.ascii " KiB is above the most this domain may hold ("
	.balign 8
.Lstring490:	# "balloon: partial: aiming for "
	.quad 29
	.ascii "balloon: partial: aiming for "
	.balign 8
.Lstring491:	# "balloon: from "
	.quad 14
	.ascii "balloon: from "
	.balign 8
.Lstring492:	# " to "
	.quad 4
	.ascii " to "
	.balign 8
.Lstring493:	# "kernel.ts:3559:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3559:27: integer result outside the exact range"
	.balign 8
.Lstring494:	# "kernel.ts:3559:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3559:19: integer result outside the exact range"
	.balign 8
.Lstring495:	# "kernel.ts:3560:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3560:45: integer result outside the exact range"
	.balign 8
.Lstring496:	# "kernel.ts:3560:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3560:21: integer result outside the exact range"
	.balign 8
.Lstring497:	# "kernel.ts:3561:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3561:24: integer result outside the exact range"
	.balign 8
.Lstring498:	# "kernel.ts:3561:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3561:16: integer result outside the exact range"
	.balign 8
.Lstring499:	# "kernel.ts:3585:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3585:21: integer result outside the exact range"
	.balign 8
.Lstring500:	# "kernel.ts:3586:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3586:46: integer result outside the exact range"
	.balign 8
.Lstring501:	# "kernel.ts:3587:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3587:25: integer result outside the exact range"
	.balign 8
.Lstring502:	# "kernel.ts:3586:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3586:16: integer result outside the exact range"
	.balign 8
.Lstring503:	# "balloon: reached "
	.quad 17
	.ascii "balloon: reached "
	.balign 8
.Lstring504:	# "balloon: Xen took only "
	.quad 23
	.ascii "balloon: Xen took only "
	.balign 8
.Lstring505:	# "balloon: Xen gave only "
	.quad 23
	.ascii "balloon: Xen gave only "
	.balign 8
.Lstring506:	# " of the "
	.quad 8
	.ascii " of the "
	.balign 8
.Lstring507:	# " pages asked; stopping at "
	.quad 26
	.ascii " pages asked; stopping at "
	.balign 8
.Lstring508:	# "balloon: gave back "
	.quad 19
	.ascii "balloon: gave back "
	.balign 8
.Lstring509:	# "balloon: took "
	.quad 14
	.ascii "balloon: took "
	.balign 8
.Lstring510:	# " pages, now "
	.quad 12
	.ascii " pages, now "
	.balign 8
.Lstring511:	# "kernel.ts:3606:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3606:17: integer result outside the exact range"
	.balign 8
.Lstring512:	# "kernel.ts:3656:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3656:49: integer result outside the exact range"
	.balign 8
.Lstring513:	# "kernel.ts:3656:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3656:71: integer result outside the exact range"
	.balign 8
.Lstring514:	# "kernel.ts:3660:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3660:20: integer result outside the exact range"
	.balign 8
.Lstring515:	# "slow"
	.quad 4
	.ascii "slow"
	.balign 8
.Lstring516:	# "partial"
	.quad 7
	.ascii "partial"
	.balign 8
.Lstring517:	# "kernel.ts:3735:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3735:16: integer result outside the exact range"
	.balign 8
.Lstring518:	# "kernel.ts:3736:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3736:24: integer result outside the exact range"
	.balign 8
.Lstring519:	# "\\u00"
	.quad 4
	.ascii "\\u00"
	.balign 8
.Lstring520:	# "0123456789abcdef"
	.quad 16
	.ascii "0123456789abcdef"
	.balign 8
.Lstring521:	# "kernel.ts:3766:39: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3766:39: integer result outside the exact range"
	.balign 8
.Lstring522:	# "kernel.ts:3780:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:3780:9: integer result outside the exact range"
	.balign 8
.Lstring523:	# "kernel.ts:3781:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3781:56: integer result outside the exact range"
	.balign 8
.Lstring524:	# "kernel.ts:3781:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3781:24: integer result outside the exact range"
	.balign 8
.Lstring525:	# "kernel.ts:3804:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3804:48: integer result outside the exact range"
	.balign 8
.Lstring526:	# "{\"version\":"
	.quad 11
	.ascii "{\"version\":"
	.balign 8
.Lstring527:	# ",\"mode\":"
	.quad 8
	.ascii ",\"mode\":"
	.balign 8
.Lstring528:	# "pvh"
	.quad 3
	.ascii "pvh"
	.balign 8
.Lstring529:	# "pv"
	.quad 2
	.ascii "pv"
	.balign 8
.Lstring530:	# ",\"state\":"
	.quad 9
	.ascii ",\"state\":"
	.balign 8
.Lstring531:	# ",\"override\":"
	.quad 12
	.ascii ",\"override\":"
	.balign 8
.Lstring532:	# ",\"timer\":"
	.quad 9
	.ascii ",\"timer\":"
	.balign 8
.Lstring533:	# ",\"response\":"
	.quad 12
	.ascii ",\"response\":"
	.balign 8
.Lstring534:	# ",\"suspendChannel\":"
	.quad 18
	.ascii ",\"suspendChannel\":"
	.balign 8
.Lstring535:	# ",\"agent\":true"
	.quad 13
	.ascii ",\"agent\":true"
	.balign 8
.Lstring536:	# ",\"agent\":false"
	.quad 14
	.ascii ",\"agent\":false"
	.balign 8
.Lstring537:	# ",\"balloon\":"
	.quad 11
	.ascii ",\"balloon\":"
	.balign 8
.Lstring538:	# ",\"memoryKiB\":"
	.quad 13
	.ascii ",\"memoryKiB\":"
	.balign 8
.Lstring539:	# ",\"resumes\":"
	.quad 11
	.ascii ",\"resumes\":"
	.balign 8
.Lstring540:	# ",\"commands\":"
	.quad 12
	.ascii ",\"commands\":"
	.balign 8
.Lstring541:	# ",\"last\":"
	.quad 8
	.ascii ",\"last\":"
	.balign 8
.Lstring542:	# "..."
	.quad 3
	.ascii "..."
	.balign 8
.Lstring543:	# ",\"result\":"
	.quad 10
	.ascii ",\"result\":"
	.balign 8
.Lstring544:	# "data/test-vm/status"
	.quad 19
	.ascii "data/test-vm/status"
	.balign 8
.Lstring545:	# "kernel.ts:3840:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3840:25: integer result outside the exact range"
	.balign 8
.Lstring546:	# "kernel.ts:3852:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3852:43: integer result outside the exact range"
	.balign 8
.Lstring547:	# "status: cannot write "
	.quad 21
	.ascii "status: cannot write "
	.balign 8
.Lstring548:	# "kernel.ts:3901:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3901:20: integer result outside the exact range"
	.balign 8
.Lstring549:	# "kernel.ts:3910:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3910:16: integer result outside the exact range"
	.balign 8
.Lstring550:	# "kernel.ts:3911:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3911:24: integer result outside the exact range"
	.balign 8
.Lstring551:	# "kernel.ts:3922:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3922:30: integer result outside the exact range"
	.balign 8
.Lstring552:	# "kernel.ts:3923:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3923:56: integer result outside the exact range"
	.balign 8
.Lstring553:	# "kernel.ts:3923:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3923:24: integer result outside the exact range"
	.balign 8
.Lstring554:	# "kernel.ts:3929:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3929:32: integer result outside the exact range"
	.balign 8
.Lstring555:	# "agent: cannot write "
	.quad 20
	.ascii "agent: cannot write "
	.balign 8
.Lstring556:	# "kernel.ts:3965:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3965:19: integer result outside the exact range"
	.balign 8
.Lstring557:	# "kernel.ts:3970:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3970:46: integer result outside the exact range"
	.balign 8
.Lstring558:	# "kernel.ts:3971:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3971:15: integer result outside the exact range"
	.balign 8
.Lstring559:	# "kernel.ts:3974:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3974:27: integer result outside the exact range"
	.balign 8
.Lstring560:	# "kernel.ts:3983:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3983:34: integer result outside the exact range"
	.balign 8
.Lstring561:	# "kernel.ts:3983:27: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3983:27: load64 value outside the exact range"
	.balign 8
.Lstring562:	# "kernel.ts:3984:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3984:20: integer result outside the exact range"
	.balign 8
.Lstring563:	# "kernel.ts:3984:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3984:13: load64 value outside the exact range"
	.balign 8
.Lstring564:	# "kernel.ts:3983:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3983:16: integer result outside the exact range"
	.balign 8
.Lstring565:	# "data/meminfo_total"
	.quad 18
	.ascii "data/meminfo_total"
	.balign 8
.Lstring566:	# "data/meminfo_free"
	.quad 17
	.ascii "data/meminfo_free"
	.balign 8
.Lstring567:	# "data/updated"
	.quad 12
	.ascii "data/updated"
	.balign 8
.Lstring568:	# "kernel.ts:3997:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3997:41: integer result outside the exact range"
	.balign 8
.Lstring569:	# "kernel.ts:3998:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3998:45: integer result outside the exact range"
	.balign 8
.Lstring570:	# "kernel.ts:3999:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3999:44: integer result outside the exact range"
	.balign 8
.Lstring571:	# "attr/PVAddons/MajorVersion"
	.quad 26
	.ascii "attr/PVAddons/MajorVersion"
	.balign 8
.Lstring572:	# "attr/PVAddons/MinorVersion"
	.quad 26
	.ascii "attr/PVAddons/MinorVersion"
	.balign 8
.Lstring573:	# "attr/PVAddons/MicroVersion"
	.quad 26
	.ascii "attr/PVAddons/MicroVersion"
	.balign 8
.Lstring574:	# "0"
	.quad 1
	.ascii "0"
	.balign 8
.Lstring575:	# "attr/PVAddons/BuildVersion"
	.quad 26
	.ascii "attr/PVAddons/BuildVersion"
	.balign 8
.Lstring576:	# "attr/PVAddons/Installed"
	.quad 23
	.ascii "attr/PVAddons/Installed"
	.balign 8
.Lstring577:	# "data/os_uname"
	.quad 13
	.ascii "data/os_uname"
	.balign 8
.Lstring578:	# "xen-test-vm"
	.quad 11
	.ascii "xen-test-vm"
	.balign 8
.Lstring579:	# "data/os_distro"
	.quad 14
	.ascii "data/os_distro"
	.balign 8
.Lstring580:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring581:	# "data/os_name"
	.quad 12
	.ascii "data/os_name"
	.balign 8
.Lstring582:	# "kernel.ts:4016:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4016:16: integer result outside the exact range"
	.balign 8
.Lstring583:	# "kernel.ts:4018:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4018:15: integer result outside the exact range"
	.balign 8
.Lstring584:	# "agent: cannot remove "
	.quad 21
	.ascii "agent: cannot remove "
	.balign 8
.Lstring585:	# "agent: on"
	.quad 9
	.ascii "agent: on"
	.balign 8
.Lstring586:	# "attr/PVAddons"
	.quad 13
	.ascii "attr/PVAddons"
	.balign 8
.Lstring587:	# "agent: off"
	.quad 10
	.ascii "agent: off"
	.balign 8
.Lstring588:	# "kernel.ts:4054:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4054:32: integer result outside the exact range"
	.balign 8
.Lstring589:	# "absent"
	.quad 6
	.ascii "absent"
	.balign 8
.Lstring590:	# "control/feature-"
	.quad 16
	.ascii "control/feature-"
	.balign 8
.Lstring591:	# ": cannot write: "
	.quad 16
	.ascii ": cannot write: "
	.balign 8
.Lstring592:	# "removed"
	.quad 7
	.ascii "removed"
	.balign 8
.Lstring593:	# "kernel.ts:4072:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4072:18: integer result outside the exact range"
	.balign 8
.Lstring594:	# "kernel.ts:4074:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4074:12: integer result outside the exact range"
	.balign 8
.Lstring595:	# "kernel.ts:4074:70: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4074:70: integer result outside the exact range"
	.balign 8
.Lstring596:	# "kernel.ts:4075:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4075:22: integer result outside the exact range"
	.balign 8
.Lstring597:	# "kernel.ts:4077:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4077:20: integer result outside the exact range"
	.balign 8
.Lstring598:	# "kernel.ts:4079:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4079:15: integer result outside the exact range"
	.balign 8
.Lstring599:	# "kernel.ts:4083:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4083:18: integer result outside the exact range"
	.balign 8
.Lstring600:	# "kernel.ts:4084:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4084:24: integer result outside the exact range"
	.balign 8
.Lstring601:	# "kernel.ts:4095:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4095:16: integer result outside the exact range"
	.balign 8
.Lstring602:	# "kernel.ts:4097:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4097:15: integer result outside the exact range"
	.balign 8
.Lstring603:	# "kernel.ts:4101:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4101:19: integer result outside the exact range"
	.balign 8
.Lstring604:	# "data/cant_suspend_reason"
	.quad 24
	.ascii "data/cant_suspend_reason"
	.balign 8
.Lstring605:	# "cant-suspend: cannot write: "
	.quad 28
	.ascii "cant-suspend: cannot write: "
	.balign 8
.Lstring606:	# "cant-suspend: set"
	.quad 17
	.ascii "cant-suspend: set"
	.balign 8
.Lstring607:	# "cant-suspend: removed"
	.quad 21
	.ascii "cant-suspend: removed"
	.balign 8
.Lstring608:	# "kernel.ts:4123:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4123:48: integer result outside the exact range"
	.balign 8
.Lstring609:	# "xen-test-vm: PVH boot: Xen did not fill the hypercall page\n"
	.quad 59
	.ascii "xen-test-vm: PVH boot: Xen did not fill the hypercall page\012"
	.balign 8
.Lstring610:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring611:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring612:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring613:	# "kernel.ts:4191:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4191:25: integer result outside the exact range"
	.balign 8
.Lstring614:	# "xen-test-vm: PVH boot: "
	.quad 23
	.ascii "xen-test-vm: PVH boot: "
	.balign 8
.Lstring615:	# "; crashing\n"
	.quad 11
	.ascii "; crashing\012"
	.balign 8
.Lstring616:	# "; crashing"
	.quad 10
	.ascii "; crashing"
	.balign 8
.Lstring617:	# "kernel.ts:4230:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4230:26: integer result outside the exact range"
	.balign 8
.Lstring618:	# "kernel.ts:4230:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:4230:19: load64 value outside the exact range"
	.balign 8
.Lstring619:	# "hvm_start_info has the wrong magic number"
	.quad 41
	.ascii "hvm_start_info has the wrong magic number"
	.balign 8
.Lstring620:	# "Xen gave no value for "
	.quad 22
	.ascii "Xen gave no value for "
	.balign 8
.Lstring621:	# "kernel.ts:4242:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4242:16: integer result outside the exact range"
	.balign 8
.Lstring622:	# "kernel.ts:4254:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4254:28: integer result outside the exact range"
	.balign 8
.Lstring623:	# " PVH"
	.quad 4
	.ascii " PVH"
	.balign 8
.Lstring624:	# " PV"
	.quad 3
	.ascii " PV"
	.balign 8
.Lstring625:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring626:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring627:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring628:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring629:	# "kernel.ts:4285:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4285:16: integer result outside the exact range"
	.balign 8
.Lstring630:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring631:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring632:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring633:	# "kernel.ts:4294:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4294:17: integer result outside the exact range"
	.balign 8
.Lstring634:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring635:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring636:	# "kernel.ts:4350:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4350:25: integer result outside the exact range"
	.balign 8
.Lstring637:	# "booting"
	.quad 7
	.ascii "booting"
	.balign 8
.Lstring638:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring639:	# "trap: "
	.quad 6
	.ascii "trap: "

	.data
# module-level lets
	.balign 8
	.type var.startInfo,@object
	.size var.startInfo, 8
var.startInfo:
	.quad 0	# let startInfo = 0
	.balign 8
	.type var.mfnList,@object
	.size var.mfnList, 8
var.mfnList:
	.quad 0	# let mfnList = 0
	.balign 8
	.type var.domainPages,@object
	.size var.domainPages, 8
var.domainPages:
	.quad 0	# let domainPages = 0
	.balign 8
	.type var.consoleRing,@object
	.size var.consoleRing, 8
var.consoleRing:
	.quad 0	# let consoleRing = 0
	.balign 8
	.type var.consolePort,@object
	.size var.consolePort, 8
var.consolePort:
	.quad 0	# let consolePort = 0
	.balign 8
	.type var.storeRing,@object
	.size var.storeRing, 8
var.storeRing:
	.quad 0	# let storeRing = 0
	.balign 8
	.type var.storePort,@object
	.size var.storePort, 8
var.storePort:
	.quad 0	# let storePort = 0
	.balign 8
	.type var.bootMode,@object
	.size var.bootMode, 8
var.bootMode:
	.quad 0	# let bootMode = BOOT_MODE_PV
	.balign 8
	.type var.hvmStartInfo,@object
	.size var.hvmStartInfo, 8
var.hvmStartInfo:
	.quad 0	# let hvmStartInfo = 0
	.balign 8
	.type var.sharedInfoMapped,@object
	.size var.sharedInfoMapped, 8
var.sharedInfoMapped:
	.quad 0	# let sharedInfoMapped = false
	.balign 8
	.type var.tickDeadlineHigh,@object
	.size var.tickDeadlineHigh, 8
var.tickDeadlineHigh:
	.quad 0	# let tickDeadlineHigh = 0
	.balign 8
	.type var.tickDeadlineLow,@object
	.size var.tickDeadlineLow, 8
var.tickDeadlineLow:
	.quad 0	# let tickDeadlineLow = 0
	.balign 8
	.type var.systemTimeHigh,@object
	.size var.systemTimeHigh, 8
var.systemTimeHigh:
	.quad 0	# let systemTimeHigh = 0
	.balign 8
	.type var.systemTimeLow,@object
	.size var.systemTimeLow, 8
var.systemTimeLow:
	.quad 0	# let systemTimeLow = 0
	.balign 8
	.type var.ticksOwed,@object
	.size var.ticksOwed, 8
var.ticksOwed:
	.quad 0	# let ticksOwed = 0
	.balign 8
	.type var.consoleStalled,@object
	.size var.consoleStalled, 8
var.consoleStalled:
	.quad 0	# let consoleStalled = false
	.balign 8
	.type var.consoleDroppedBytes,@object
	.size var.consoleDroppedBytes, 8
var.consoleDroppedBytes:
	.quad 0	# let consoleDroppedBytes = 0
	.balign 8
	.type var.storeNextRequestId,@object
	.size var.storeNextRequestId, 8
var.storeNextRequestId:
	.quad 1	# let storeNextRequestId = 1
	.balign 8
	.type var.storeRequestLength,@object
	.size var.storeRequestLength, 8
var.storeRequestLength:
	.quad 0	# let storeRequestLength = 0
	.balign 8
	.type var.storeRequestTooLong,@object
	.size var.storeRequestTooLong, 8
var.storeRequestTooLong:
	.quad 0	# let storeRequestTooLong = false
	.balign 8
	.type var.storeReplyLength,@object
	.size var.storeReplyLength, 8
var.storeReplyLength:
	.quad 0	# let storeReplyLength = 0
	.balign 8
	.type var.shutdownWatchFired,@object
	.size var.shutdownWatchFired, 8
var.shutdownWatchFired:
	.quad 0	# let shutdownWatchFired = false
	.balign 8
	.type var.testingWatchFired,@object
	.size var.testingWatchFired, 8
var.testingWatchFired:
	.quad 0	# let testingWatchFired = false
	.balign 8
	.type var.sysrqWatchFired,@object
	.size var.sysrqWatchFired, 8
var.sysrqWatchFired:
	.quad 0	# let sysrqWatchFired = false
	.balign 8
	.type var.targetWatchFired,@object
	.size var.targetWatchFired, 8
var.targetWatchFired:
	.quad 0	# let targetWatchFired = false
	.balign 8
	.type var.batchBytes,@object
	.size var.batchBytes, 8
var.batchBytes:
	.quad 0	# let batchBytes = 0
	.balign 8
	.type var.batchCount,@object
	.size var.batchCount, 8
var.batchCount:
	.quad 0	# let batchCount = 0
	.balign 8
	.type var.batchUnanswered,@object
	.size var.batchUnanswered, 8
var.batchUnanswered:
	.quad 0	# let batchUnanswered = 0
	.balign 8
	.type var.domainId,@object
	.size var.domainId, 8
var.domainId:
	.quad -1	# let domainId = -1
	.balign 8
	.type var.overrideAction,@object
	.size var.overrideAction, 8
var.overrideAction:
	.quad 0	# let overrideAction = ACTION_NONE
	.balign 8
	.type var.overrideAckMode,@object
	.size var.overrideAckMode, 8
var.overrideAckMode:
	.quad 0	# let overrideAckMode = ACK_OK
	.balign 8
	.type var.overrideAckLength,@object
	.size var.overrideAckLength, 8
var.overrideAckLength:
	.quad 0	# let overrideAckLength = 0
	.balign 8
	.type var.overrideAckDelay,@object
	.size var.overrideAckDelay, 8
var.overrideAckDelay:
	.quad 0	# let overrideAckDelay = 0
	.balign 8
	.type var.overrideActDelay,@object
	.size var.overrideActDelay, 8
var.overrideActDelay:
	.quad 0	# let overrideActDelay = 0
	.balign 8
	.type var.timerAction,@object
	.size var.timerAction, 8
var.timerAction:
	.quad 0	# let timerAction = ACTION_NONE
	.balign 8
	.type var.timerTicksLeft,@object
	.size var.timerTicksLeft, 8
var.timerTicksLeft:
	.quad 0	# let timerTicksLeft = 0
	.balign 8
	.type var.responsePhase,@object
	.size var.responsePhase, 8
var.responsePhase:
	.quad 0	# let responsePhase = RESPONSE_NONE
	.balign 8
	.type var.responseAction,@object
	.size var.responseAction, 8
var.responseAction:
	.quad 0	# let responseAction = ACTION_NONE
	.balign 8
	.type var.responseTicksLeft,@object
	.size var.responseTicksLeft, 8
var.responseTicksLeft:
	.quad 0	# let responseTicksLeft = 0
	.balign 8
	.type var.responseActDelay,@object
	.size var.responseActDelay, 8
var.responseActDelay:
	.quad 0	# let responseActDelay = 0
	.balign 8
	.type var.responseAckMode,@object
	.size var.responseAckMode, 8
var.responseAckMode:
	.quad 0	# let responseAckMode = ACK_OK
	.balign 8
	.type var.responseAckLength,@object
	.size var.responseAckLength, 8
var.responseAckLength:
	.quad 0	# let responseAckLength = 0
	.balign 8
	.type var.shutdownRepeatGuard,@object
	.size var.shutdownRepeatGuard, 8
var.shutdownRepeatGuard:
	.quad 0	# let shutdownRepeatGuard = false
	.balign 8
	.type var.testingRepeatGuard,@object
	.size var.testingRepeatGuard, 8
var.testingRepeatGuard:
	.quad 0	# let testingRepeatGuard = false
	.balign 8
	.type var.sysrqRepeatGuard,@object
	.size var.sysrqRepeatGuard, 8
var.sysrqRepeatGuard:
	.quad 0	# let sysrqRepeatGuard = false
	.balign 8
	.type var.commandLength,@object
	.size var.commandLength, 8
var.commandLength:
	.quad 0	# let commandLength = 0
	.balign 8
	.type var.jsonAt,@object
	.size var.jsonAt, 8
var.jsonAt:
	.quad 0	# let jsonAt = 0
	.balign 8
	.type var.jsonEnd,@object
	.size var.jsonEnd, 8
var.jsonEnd:
	.quad 0	# let jsonEnd = 0
	.balign 8
	.type var.jsonError,@object
	.size var.jsonError, 8
var.jsonError:
	.quad 0	# let jsonError = 0
	.balign 8
	.type var.jsonDecodedLength,@object
	.size var.jsonDecodedLength, 8
var.jsonDecodedLength:
	.quad 0	# let jsonDecodedLength = 0
	.balign 8
	.type var.jsonWhenLength,@object
	.size var.jsonWhenLength, 8
var.jsonWhenLength:
	.quad -1	# let jsonWhenLength = -1
	.balign 8
	.type var.jsonAckLength,@object
	.size var.jsonAckLength, 8
var.jsonAckLength:
	.quad -1	# let jsonAckLength = -1
	.balign 8
	.type var.jsonActionLength,@object
	.size var.jsonActionLength, 8
var.jsonActionLength:
	.quad -1	# let jsonActionLength = -1
	.balign 8
	.type var.jsonDelay,@object
	.size var.jsonDelay, 8
var.jsonDelay:
	.quad -1	# let jsonDelay = -1
	.balign 8
	.type var.jsonAckDelay,@object
	.size var.jsonAckDelay, 8
var.jsonAckDelay:
	.quad -1	# let jsonAckDelay = -1
	.balign 8
	.type var.suspendChannelMode,@object
	.size var.suspendChannelMode, 8
var.suspendChannelMode:
	.quad 0	# let suspendChannelMode = SUSPEND_CHANNEL_OFF
	.balign 8
	.type var.suspendChannelPort,@object
	.size var.suspendChannelPort, 8
var.suspendChannelPort:
	.quad -1	# let suspendChannelPort = NO_PORT
	.balign 8
	.type var.balloonMode,@object
	.size var.balloonMode, 8
var.balloonMode:
	.quad 0	# let balloonMode = BALLOON_OFF
	.balign 8
	.type var.balloonRate,@object
	.size var.balloonRate, 8
var.balloonRate:
	.quad 0	# let balloonRate = 0
	.balign 8
	.type var.balloonPercent,@object
	.size var.balloonPercent, 8
var.balloonPercent:
	.quad 100	# let balloonPercent = 100
	.balign 8
	.type var.balloonGoal,@object
	.size var.balloonGoal, 8
var.balloonGoal:
	.quad -1	# let balloonGoal = -1
	.balign 8
	.type var.balloonTop,@object
	.size var.balloonTop, 8
var.balloonTop:
	.quad 0	# let balloonTop = 0
	.balign 8
	.type var.balloonFloorPfn,@object
	.size var.balloonFloorPfn, 8
var.balloonFloorPfn:
	.quad 0	# let balloonFloorPfn = 0
	.balign 8
	.type var.balloonPfnLimit,@object
	.size var.balloonPfnLimit, 8
var.balloonPfnLimit:
	.quad 0	# let balloonPfnLimit = 0
	.balign 8
	.type var.p2mBuilderEntries,@object
	.size var.p2mBuilderEntries, 8
var.p2mBuilderEntries:
	.quad 0	# let p2mBuilderEntries = 0
	.balign 8
	.type var.p2mExtended,@object
	.size var.p2mExtended, 8
var.p2mExtended:
	.quad 0	# let p2mExtended = false
	.balign 8
	.type var.targetWatched,@object
	.size var.targetWatched, 8
var.targetWatched:
	.quad 0	# let targetWatched = false
	.balign 8
	.type var.pvhInitialTop,@object
	.size var.pvhInitialTop, 8
var.pvhInitialTop:
	.quad 0	# let pvhInitialTop = 0
	.balign 8
	.type var.statusLength,@object
	.size var.statusLength, 8
var.statusLength:
	.quad 0	# let statusLength = 0
	.balign 8
	.type var.statusState,@object
	.size var.statusState, 8
var.statusState:
	.quad .Lstring637	# let statusState = "booting"
	.balign 8
	.type var.statusDirty,@object
	.size var.statusDirty, 8
var.statusDirty:
	.quad 0	# let statusDirty = false
	.balign 8
	.type var.statusWriteFailing,@object
	.size var.statusWriteFailing, 8
var.statusWriteFailing:
	.quad 0	# let statusWriteFailing = false
	.balign 8
	.type var.resumeCount,@object
	.size var.resumeCount, 8
var.resumeCount:
	.quad 0	# let resumeCount = 0
	.balign 8
	.type var.commandCount,@object
	.size var.commandCount, 8
var.commandCount:
	.quad 0	# let commandCount = 0
	.balign 8
	.type var.lastCommandLength,@object
	.size var.lastCommandLength, 8
var.lastCommandLength:
	.quad -1	# let lastCommandLength = -1
	.balign 8
	.type var.resultLength,@object
	.size var.resultLength, 8
var.resultLength:
	.quad -1	# let resultLength = -1
	.balign 8
	.type var.timerSecondsSet,@object
	.size var.timerSecondsSet, 8
var.timerSecondsSet:
	.quad 0	# let timerSecondsSet = 0
	.balign 8
	.type var.agentOn,@object
	.size var.agentOn, 8
var.agentOn:
	.quad 0	# let agentOn = false
	.balign 8
	.type var.agentSecondsSinceRefresh,@object
	.size var.agentSecondsSinceRefresh, 8
var.agentSecondsSinceRefresh:
	.quad 0	# let agentSecondsSinceRefresh = 0
	.balign 8
	.type var.tickCount,@object
	.size var.tickCount, 8
var.tickCount:
	.quad 0	# let tickCount = 0
	.balign 8
	.type var.trapping,@object
	.size var.trapping, 8
var.trapping:
	.quad 0	# let trapping = false

	.bss
# static buffers (staticBuffer)
	.balign 8
	.type buf.hypercallArguments,@object
	.size buf.hypercallArguments, 64
buf.hypercallArguments:
	.skip 64
	.balign 8
	.type buf.pollPortList,@object
	.size buf.pollPortList, 16
buf.pollPortList:
	.skip 16
	.balign 4096
	.type buf.sharedInfoPage,@object
	.size buf.sharedInfoPage, 4096
buf.sharedInfoPage:
	.skip 4096
	.balign 8
	.type buf.storeRequest,@object
	.size buf.storeRequest, 4112
buf.storeRequest:
	.skip 4112
	.balign 8
	.type buf.storeMessage,@object
	.size buf.storeMessage, 4112
buf.storeMessage:
	.skip 4112
	.balign 8
	.type buf.storeReply,@object
	.size buf.storeReply, 4096
buf.storeReply:
	.skip 4096
	.balign 8
	.type buf.batchMessages,@object
	.size buf.batchMessages, 4112
buf.batchMessages:
	.skip 4112
	.balign 8
	.type buf.batchIds,@object
	.size buf.batchIds, 128
buf.batchIds:
	.skip 128
	.balign 8
	.type buf.batchReports,@object
	.size buf.batchReports, 128
buf.batchReports:
	.skip 128
	.balign 8
	.type buf.batchResults,@object
	.size buf.batchResults, 128
buf.batchResults:
	.skip 128
	.balign 8
	.type buf.batchAnswered,@object
	.size buf.batchAnswered, 128
buf.batchAnswered:
	.skip 128
	.balign 8
	.type buf.batchPaths,@object
	.size buf.batchPaths, 1024
buf.batchPaths:
	.skip 1024
	.balign 8
	.type buf.batchPathLengths,@object
	.size buf.batchPathLengths, 128
buf.batchPathLengths:
	.skip 128
	.balign 8
	.type buf.overrideAckText,@object
	.size buf.overrideAckText, 4096
buf.overrideAckText:
	.skip 4096
	.balign 8
	.type buf.responseAckText,@object
	.size buf.responseAckText, 4096
buf.responseAckText:
	.skip 4096
	.balign 8
	.type buf.ownShutdownAck,@object
	.size buf.ownShutdownAck, 4104
buf.ownShutdownAck:
	.skip 4104
	.balign 8
	.type buf.lastShutdownValue,@object
	.size buf.lastShutdownValue, 4104
buf.lastShutdownValue:
	.skip 4104
	.balign 8
	.type buf.lastTestingValue,@object
	.size buf.lastTestingValue, 4104
buf.lastTestingValue:
	.skip 4104
	.balign 8
	.type buf.lastSysrqValue,@object
	.size buf.lastSysrqValue, 4104
buf.lastSysrqValue:
	.skip 4104
	.balign 8
	.type buf.commandValue,@object
	.size buf.commandValue, 4096
buf.commandValue:
	.skip 4096
	.balign 8
	.type buf.commandLine,@object
	.size buf.commandLine, 1032
buf.commandLine:
	.skip 1032
	.balign 8
	.type buf.jsonKey,@object
	.size buf.jsonKey, 4096
buf.jsonKey:
	.skip 4096
	.balign 8
	.type buf.jsonWhen,@object
	.size buf.jsonWhen, 4096
buf.jsonWhen:
	.skip 4096
	.balign 8
	.type buf.jsonAck,@object
	.size buf.jsonAck, 4096
buf.jsonAck:
	.skip 4096
	.balign 8
	.type buf.jsonAction,@object
	.size buf.jsonAction, 4096
buf.jsonAction:
	.skip 4096
	.balign 4096
	.type buf.frameListList,@object
	.size buf.frameListList, 4096
buf.frameListList:
	.skip 4096
	.balign 4096
	.type buf.frameLists,@object
	.size buf.frameLists, 32768
buf.frameLists:
	.skip 32768
	.balign 8
	.type buf.suspendChannelDigits,@object
	.size buf.suspendChannelDigits, 16
buf.suspendChannelDigits:
	.skip 16
	.balign 4096
	.type buf.balloonFrames,@object
	.size buf.balloonFrames, 4096
buf.balloonFrames:
	.skip 4096
	.balign 4096
	.type buf.p2mExtension,@object
	.size buf.p2mExtension, 131072
buf.p2mExtension:
	.skip 131072
	.balign 8
	.type buf.statusText,@object
	.size buf.statusText, 1800
buf.statusText:
	.skip 1800
	.balign 8
	.type buf.lastCommand,@object
	.size buf.lastCommand, 200
buf.lastCommand:
	.skip 200
	.balign 8
	.type buf.resultText,@object
	.size buf.resultText, 256
buf.resultText:
	.skip 256
	.balign 8
	.type buf.agentValue,@object
	.size buf.agentValue, 64
buf.agentValue:
	.skip 64
	.balign 8
	.type buf.featurePath,@object
	.size buf.featurePath, 64
buf.featurePath:
	.skip 64
	.balign 8
	.type buf.xenExtraVersion,@object
	.size buf.xenExtraVersion, 24
buf.xenExtraVersion:
	.skip 24

	.section .note.GNU-stack,"",@progbits

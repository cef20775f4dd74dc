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
	.loc 1 967 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 968 5
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
	.loc 1 969 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring77(%rip), %rax	# "EINVAL"
	jmp .Lreturn_217
.Lcase_220:
	.loc 1 970 26
	# storeErrorName: return "EACCES";
	leaq .Lstring78(%rip), %rax	# "EACCES"
	jmp .Lreturn_217
.Lcase_221:
	.loc 1 971 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring79(%rip), %rax	# "EEXIST"
	jmp .Lreturn_217
.Lcase_222:
	.loc 1 972 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring80(%rip), %rax	# "EISDIR"
	jmp .Lreturn_217
.Lcase_223:
	.loc 1 973 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring81(%rip), %rax	# "ENOENT"
	jmp .Lreturn_217
.Lcase_224:
	.loc 1 974 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring82(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_217
.Lcase_225:
	.loc 1 975 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring83(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_217
.Lcase_226:
	.loc 1 976 23
	# storeErrorName: return "EIO";
	leaq .Lstring84(%rip), %rax	# "EIO"
	jmp .Lreturn_217
.Lcase_227:
	.loc 1 977 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring85(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_217
.Lcase_228:
	.loc 1 978 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring86(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_217
.Lcase_229:
	.loc 1 979 25
	# storeErrorName: return "EROFS";
	leaq .Lstring87(%rip), %rax	# "EROFS"
	jmp .Lreturn_217
.Lcase_230:
	.loc 1 980 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring88(%rip), %rax	# "EBUSY"
	jmp .Lreturn_217
.Lcase_231:
	.loc 1 981 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring89(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_217
.Lcase_232:
	.loc 1 982 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring90(%rip), %rax	# "EISCONN"
	jmp .Lreturn_217
.Lcase_233:
	.loc 1 983 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring91(%rip), %rax	# "E2BIG"
	jmp .Lreturn_217
.Lcase_234:
	.loc 1 984 25
	# storeErrorName: return "EPERM";
	leaq .Lstring92(%rip), %rax	# "EPERM"
	jmp .Lreturn_217
.Lcase_235:
	.loc 1 985 28
	# storeErrorName: return "protocol error";
	leaq .Lstring93(%rip), %rax	# "protocol error"
	jmp .Lreturn_217
.Lcase_236:
	.loc 1 986 27
	# storeErrorName: return "no reply";
	leaq .Lstring94(%rip), %rax	# "no reply"
	jmp .Lreturn_217
.Lcase_237:
	.loc 1 987 18
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
	.loc 1 992 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 993 5
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
	.loc 1 994 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_242:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_244
	.loc 1 995 9
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
	.loc 1 996 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_238
.Lelse_245:
.Lfornext_243:
	.loc 1 994 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_242
.Lendfor_244:
	.loc 1 999 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_238:
	leave
	ret
.Ltrap_241:
	leaq .Lstring96(%rip), %rdi	# trap: kernel.ts:993:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 1025 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 1026 5
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
	.loc 1 1027 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 1028 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_246:
	leave
	ret
.Ltrap_247:
	leaq .Lstring97(%rip), %rdi	# trap: kernel.ts:1026:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 1031 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1032 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_249
	.loc 1 1033 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 1034 9
	# requestAppendByte: return;
	jmp .Lreturn_248
.Lelse_249:
	.loc 1 1036 5
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
	.loc 1 1037 5
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
	leaq .Lstring98(%rip), %rdi	# trap: kernel.ts:1036:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_251:
	leaq .Lstring99(%rip), %rdi	# trap: kernel.ts:1037:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendText(text)
	.type fn.requestAppendText,@function
fn.requestAppendText:
	.loc 1 1041 1
	# requestAppendText: function requestAppendText(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1042 5
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
	.loc 1 1043 9
	# requestAppendText: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_254:
	.loc 1 1042 38
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
	.loc 1 1048 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1049 5
	# requestAppendString: requestAppendText(text);
	movq -8(%rbp), %rdi	# text
	call fn.requestAppendText
	.loc 1 1050 5
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
	.loc 1 1053 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1054 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_258:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_260
	.loc 1 1055 9
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
	.loc 1 1054 33
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
	leaq .Lstring100(%rip), %rdi	# trap: kernel.ts:1055:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 1060 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1061 5
	# storeRequestSpace: const consumer = load32(storeRing + XS_REQ_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2048, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_263
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1062 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2052, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_264
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1063 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1064 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	subq -8(%rbp), %rax	# -
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 1065 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_265
	.loc 1 1066 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring101(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 1067 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1068 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring102(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1069 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1070 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring103(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 1071 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_262
.Lelse_265:
	.loc 1 1073 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	subq -24(%rbp), %rax	# -
.Lreturn_262:
	leave
	ret
.Ltrap_263:
	leaq .Lstring104(%rip), %rdi	# trap: kernel.ts:1061:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_264:
	leaq .Lstring105(%rip), %rdi	# trap: kernel.ts:1062:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function ringChunk(index, ready, wanted)
	.type fn.ringChunk,@function
fn.ringChunk:
	.loc 1 1079 1
	# ringChunk: function ringChunk(index: number, ready: number, wanted: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	movq %rsi, -16(%rbp)	# parameter ready
	movq %rdx, -24(%rbp)	# parameter wanted
	.loc 1 1080 5
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
	.loc 1 1081 5
	# ringChunk: if (chunk > ready) {
	movq -32(%rbp), %rax	# chunk
	cmpq -16(%rbp), %rax
	jle .Lelse_267
	.loc 1 1082 9
	# ringChunk: chunk = ready;
	movq -16(%rbp), %rax	# ready
	movq %rax, -32(%rbp)	# chunk =
.Lelse_267:
	.loc 1 1084 5
	# ringChunk: if (chunk > wanted) {
	movq -32(%rbp), %rax	# chunk
	cmpq -24(%rbp), %rax
	jle .Lelse_268
	.loc 1 1085 9
	# ringChunk: chunk = wanted;
	movq -24(%rbp), %rax	# wanted
	movq %rax, -32(%rbp)	# chunk =
.Lelse_268:
	.loc 1 1087 5
	# ringChunk: return chunk;
	movq -32(%rbp), %rax	# chunk
.Lreturn_266:
	leave
	ret
	.size fn.ringChunk, .-fn.ringChunk

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 1093 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1094 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 1095 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1096 5
	# storeWriteStream: while (sent < length) {
.Lwhile_270:
	movq -24(%rbp), %rax	# sent
	cmpq -16(%rbp), %rax
	jge .Lendwhile_271
	.loc 1 1097 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 1098 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_272
	.loc 1 1099 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_269
.Lelse_272:
	.loc 1 1101 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_273
	.loc 1 1102 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1103 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_274
	.loc 1 1104 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	addq $1, %rax	# +
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1105 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_275
	.loc 1 1106 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring106(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 1107 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_269
.Lelse_275:
.Lelse_274:
	.loc 1 1110 13
	# storeWriteStream: continue;
	jmp .Lwhile_270
.Lelse_273:
	.loc 1 1112 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2052, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_276
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 1113 9
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
	.loc 1 1114 9
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
	.loc 1 1115 9
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
	.loc 1 1116 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1117 9
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
	.loc 1 1118 9
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
	.loc 1 1119 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	cmpq -16(%rbp), %rax
	jge .Lelse_282
	.loc 1 1120 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_282:
	jmp .Lwhile_270
.Lendwhile_271:
	.loc 1 1123 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1124 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_269:
	leave
	ret
.Ltrap_276:
	leaq .Lstring107(%rip), %rdi	# trap: kernel.ts:1112:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_277:
	leaq .Lstring108(%rip), %rdi	# trap: kernel.ts:1113:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_278:
	leaq .Lstring109(%rip), %rdi	# trap: kernel.ts:1114:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_279:
	leaq .Lstring110(%rip), %rdi	# trap: kernel.ts:1115:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_280:
	leaq .Lstring111(%rip), %rdi	# trap: kernel.ts:1117:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_281:
	leaq .Lstring112(%rip), %rdi	# trap: kernel.ts:1118:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 1132 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1133 5
	# storeResynchronise: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2060, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_284
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 1134 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1135 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2056, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_285
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1136 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_283:
	leave
	ret
.Ltrap_284:
	leaq .Lstring113(%rip), %rdi	# trap: kernel.ts:1133:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_285:
	leaq .Lstring114(%rip), %rdi	# trap: kernel.ts:1135:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 1140 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1141 5
	# storeBytesAvailable: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2056, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_287
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1142 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2060, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_288
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1143 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1144 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	subq -8(%rbp), %rax	# -
	movl %eax, %eax	# >>> 0: the low 32 bits, zero-extended
	movq %rax, -24(%rbp)	# available
	.loc 1 1145 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_289
	.loc 1 1146 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring115(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 1147 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1148 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring102(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1149 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1150 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring116(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 1151 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1152 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_286
.Lelse_289:
	.loc 1 1154 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_286:
	leave
	ret
.Ltrap_287:
	leaq .Lstring117(%rip), %rdi	# trap: kernel.ts:1141:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_288:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:1142:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 1158 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1159 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 1160 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1161 5
	# storeReadStream: while (received < length) {
.Lwhile_291:
	movq -24(%rbp), %rax	# received
	cmpq -16(%rbp), %rax
	jge .Lendwhile_292
	.loc 1 1162 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 1163 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_293
	.loc 1 1164 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_290
.Lelse_293:
	.loc 1 1166 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_294
	.loc 1 1167 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_295
	.loc 1 1168 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	addq $1, %rax	# +
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1169 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_296
	.loc 1 1170 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring119(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 1171 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1172 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_290
.Lelse_296:
.Lelse_295:
	.loc 1 1175 13
	# storeReadStream: continue;
	jmp .Lwhile_291
.Lelse_294:
	.loc 1 1177 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	addq $2056, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_297
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 1178 9
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
	.loc 1 1179 9
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
	.loc 1 1180 9
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
	.loc 1 1181 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1182 9
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
	.loc 1 1183 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1184 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	addq -56(%rbp), %rax	# +
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_302
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_291
.Lendwhile_292:
	.loc 1 1186 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_290:
	leave
	ret
.Ltrap_297:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:1177:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_298:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:1178:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_299:
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:1179:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_300:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:1180:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_301:
	leaq .Lstring124(%rip), %rdi	# trap: kernel.ts:1182:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_302:
	leaq .Lstring125(%rip), %rdi	# trap: kernel.ts:1184:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 1190 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1191 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 1192 5
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
	.loc 1 1193 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	addq $1, %rax	# +
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_304
.Lendwhile_305:
	.loc 1 1195 5
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
	.loc 1 1196 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	subq -24(%rbp), %rax	# -
	subq $1, %rax	# -
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 1197 5
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
	.loc 1 1198 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	subq $1, %rax	# -
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_308:
	.loc 1 1200 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_310
	.loc 1 1201 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_310:
	.loc 1 1203 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring126(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_311
	.loc 1 1204 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_312
.Lelse_311:
	.loc 1 1205 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring127(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_313
	.loc 1 1206 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_314
.Lelse_313:
	.loc 1 1207 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SYSRQ)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring128(%rip), %rdx	# WATCH_TOKEN_SYSRQ
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_315
	.loc 1 1208 9
	# noteWatchEvent: sysrqWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	jmp .Lendif_316
.Lelse_315:
	.loc 1 1209 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TARGET)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring129(%rip), %rdx	# WATCH_TOKEN_TARGET
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_317
	.loc 1 1210 9
	# noteWatchEvent: targetWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	jmp .Lendif_318
.Lelse_317:
	.loc 1 1212 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring130(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 1213 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 1214 9
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
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:1192:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_307:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:1195:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_309:
	leaq .Lstring133(%rip), %rdi	# trap: kernel.ts:1197:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 1220 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1221 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 1222 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_320
	.loc 1 1223 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_319
.Lelse_320:
	.loc 1 1225 5
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
	.loc 1 1226 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_322
	.loc 1 1227 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring134(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 1228 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 1229 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring135(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 1230 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1231 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_319
.Lelse_322:
	.loc 1 1233 5
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
	.loc 1 1234 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_324
	.loc 1 1235 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_319
.Lelse_324:
	.loc 1 1237 5
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
	.loc 1 1238 9
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
	.loc 1 1239 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_319
.Lelse_325:
	.loc 1 1241 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_319:
	leave
	ret
.Ltrap_321:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:1225:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_323:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:1233:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_326:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:1237:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_327:
	leaq .Lstring139(%rip), %rdi	# trap: kernel.ts:1238:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 1248 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1249 5
	# storeTransact: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_329
	.loc 1 1250 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_328
.Lelse_329:
	.loc 1 1252 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 1253 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_330
	movq $1, %rax
	jmp .Lendcond_331
.Lelse_330:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_332
.Lendcond_331:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 1254 5
	# storeTransact: store32(storeRequest + XS_HEADER_REQ_ID, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_333
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_333
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1255 5
	# storeTransact: store32(storeRequest + XS_HEADER_TX_ID, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_334
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_334
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1256 5
	# storeTransact: store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	addq $12, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_335
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_335
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1257 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	addq var.storeRequestLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_336
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 1258 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_337
	.loc 1 1259 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_328
.Lelse_337:
	.loc 1 1261 5
	# storeTransact: while (true) {
.Lwhile_338:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_339
	.loc 1 1262 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 1263 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_340
	.loc 1 1264 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_328
.Lelse_340:
	.loc 1 1266 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_341
	.loc 1 1267 13
	# storeTransact: continue;
	jmp .Lwhile_338
.Lelse_341:
	.loc 1 1269 9
	# storeTransact: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $12, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_342
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_342
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 1270 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_REQ_ID) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_344
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_344
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq -8(%rbp), %rax
	je .Lelse_343
	.loc 1 1271 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring140(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 1272 13
	# storeTransact: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_345
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_345
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1273 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring141(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 1274 13
	# storeTransact: printDecimal(requestId);
	movq -8(%rbp), %rdi	# requestId
	call fn.printDecimal
	.loc 1 1275 13
	# storeTransact: endLine();
	call fn.endLine
	.loc 1 1276 13
	# storeTransact: continue;
	jmp .Lwhile_338
.Lelse_343:
	.loc 1 1278 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_347
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_347
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_346
	.loc 1 1279 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_348
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_348
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_328
.Lelse_346:
	.loc 1 1281 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_349
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_349
	movq %rax, %rsi
	popq %rdi
	movq -32(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1282 9
	# storeTransact: storeReplyLength = length;
	movq -32(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 1283 9
	# storeTransact: return length;
	movq -32(%rbp), %rax	# length
	jmp .Lreturn_328
	jmp .Lwhile_338
.Lendwhile_339:
.Lreturn_328:
	leave
	ret
.Ltrap_332:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:1253:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_333:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:1254:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_334:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:1255:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_335:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:1256:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_336:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:1257:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_342:
	leaq .Lstring147(%rip), %rdi	# trap: kernel.ts:1269:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_344:
	leaq .Lstring148(%rip), %rdi	# trap: kernel.ts:1270:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_345:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:1272:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_347:
	leaq .Lstring150(%rip), %rdi	# trap: kernel.ts:1278:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_348:
	leaq .Lstring151(%rip), %rdi	# trap: kernel.ts:1279:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_349:
	leaq .Lstring152(%rip), %rdi	# trap: kernel.ts:1281:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 1289 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1290 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_351:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_352
	.loc 1 1291 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 1292 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_353
	.loc 1 1293 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_350
.Lelse_353:
	.loc 1 1295 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1296 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_354
	.loc 1 1297 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_350
.Lelse_354:
	.loc 1 1299 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_355
	.loc 1 1300 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring153(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 1301 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_356
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_356
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1302 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_355:
	jmp .Lwhile_351
.Lendwhile_352:
.Lreturn_350:
	leave
	ret
.Ltrap_356:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:1301:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeTransactStatus()
	.type fn.storeTransactStatus,@function
fn.storeTransactStatus:
	.loc 1 1314 1
	# storeTransactStatus: function storeTransactStatus(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1315 5
	# storeTransactStatus: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -8(%rbp)	# result
	.loc 1 1316 5
	# storeTransactStatus: return result < 0 ? result : 0;
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_358
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_359
.Lelse_358:
	movq $0, %rax
.Lendcond_359:
.Lreturn_357:
	leave
	ret
	.size fn.storeTransactStatus, .-fn.storeTransactStatus

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 1319 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1320 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 1321 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1322 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_360:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 1326 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 1327 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1328 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1329 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 1330 5
	# storeWrite: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_361:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 1334 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 1335 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1336 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1337 5
	# storeWriteText: requestAppendText(value);
	movq -16(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1338 5
	# storeWriteText: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_362:
	leave
	ret
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 1341 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1342 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1343 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1344 5
	# storeRemove: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_363:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWriteAt(path, pathLength, value)
	.type fn.storeWriteAt,@function
fn.storeWriteAt:
	.loc 1 1348 1
	# storeWriteAt: function storeWriteAt(path: number, pathLength: number, value: string...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter pathLength
	movq %rdx, -24(%rbp)	# parameter value
	.loc 1 1349 5
	# storeWriteAt: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1350 5
	# storeWriteAt: requestAppendBytes(path, pathLength);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# pathLength
	call fn.requestAppendBytes
	.loc 1 1351 5
	# storeWriteAt: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
	.loc 1 1352 5
	# storeWriteAt: requestAppendText(value);
	movq -24(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1353 5
	# storeWriteAt: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_364:
	leave
	ret
	.size fn.storeWriteAt, .-fn.storeWriteAt

# function storeRemoveAt(path, pathLength)
	.type fn.storeRemoveAt,@function
fn.storeRemoveAt:
	.loc 1 1356 1
	# storeRemoveAt: function storeRemoveAt(path: number, pathLength: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter pathLength
	.loc 1 1357 5
	# storeRemoveAt: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1358 5
	# storeRemoveAt: requestAppendBytes(path, pathLength);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# pathLength
	call fn.requestAppendBytes
	.loc 1 1359 5
	# storeRemoveAt: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
	.loc 1 1360 5
	# storeRemoveAt: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_365:
	leave
	ret
	.size fn.storeRemoveAt, .-fn.storeRemoveAt

# function storeUnwatch(path, token)
	.type fn.storeUnwatch,@function
fn.storeUnwatch:
	.loc 1 1363 1
	# storeUnwatch: function storeUnwatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1364 5
	# storeUnwatch: requestBegin(XS_UNWATCH);
	movq $5, %rdi	# XS_UNWATCH
	call fn.requestBegin
	.loc 1 1365 5
	# storeUnwatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1366 5
	# storeUnwatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1367 5
	# storeUnwatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_366:
	leave
	ret
	.size fn.storeUnwatch, .-fn.storeUnwatch

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 1370 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1371 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1372 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1373 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1374 5
	# storeWatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_367:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function readDomainId()
	.type fn.readDomainId,@function
fn.readDomainId:
	.loc 1 1381 1
	# readDomainId: function readDomainId(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1382 5
	# readDomainId: const length = storeRead("domid");
	leaq .Lstring155(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 1383 5
	# readDomainId: return length >= 0 ? decimalFromBytes(storeReply, length) : -1;
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jl .Lelse_369
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# length
	call fn.decimalFromBytes
	jmp .Lendcond_370
.Lelse_369:
	movq $-1, %rax
.Lendcond_370:
.Lreturn_368:
	leave
	ret
	.size fn.readDomainId, .-fn.readDomainId

# function logPathError(what, path, error)
	.type fn.logPathError,@function
fn.logPathError:
	.loc 1 1387 1
	# logPathError: function logPathError(what: string, path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter path
	movq %rdx, -24(%rbp)	# parameter error
	.loc 1 1388 5
	# logPathError: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 1389 5
	# logPathError: print(path);
	movq -16(%rbp), %rdi	# path
	call fn.print
	.loc 1 1390 5
	# logPathError: print(": ");
	leaq .Lstring156(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1391 5
	# logPathError: log(storeErrorName(error));
	movq -24(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_371:
	leave
	ret
	.size fn.logPathError, .-fn.logPathError

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1513 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1514 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_374
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_375
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_376
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_377
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_378
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_379
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_380
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_381
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_382
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_383
	jmp .Lcase_384
.Lcase_374:
	.loc 1 1515 31
	# actionName: return "poweroff";
	leaq .Lstring157(%rip), %rax	# "poweroff"
	jmp .Lreturn_372
.Lcase_375:
	.loc 1 1516 29
	# actionName: return "reboot";
	leaq .Lstring158(%rip), %rax	# "reboot"
	jmp .Lreturn_372
.Lcase_376:
	.loc 1 1517 27
	# actionName: return "halt";
	leaq .Lstring159(%rip), %rax	# "halt"
	jmp .Lreturn_372
.Lcase_377:
	.loc 1 1518 28
	# actionName: return "crash";
	leaq .Lstring160(%rip), %rax	# "crash"
	jmp .Lreturn_372
.Lcase_378:
	.loc 1 1519 30
	# actionName: return "suspend";
	leaq .Lstring161(%rip), %rax	# "suspend"
	jmp .Lreturn_372
.Lcase_379:
	.loc 1 1520 29
	# actionName: return "ignore";
	leaq .Lstring162(%rip), %rax	# "ignore"
	jmp .Lreturn_372
.Lcase_380:
	.loc 1 1521 27
	# actionName: return "hang";
	leaq .Lstring163(%rip), %rax	# "hang"
	jmp .Lreturn_372
.Lcase_381:
	.loc 1 1522 27
	# actionName: return "spin";
	leaq .Lstring164(%rip), %rax	# "spin"
	jmp .Lreturn_372
.Lcase_382:
	.loc 1 1523 31
	# actionName: return "watchdog";
	leaq .Lstring165(%rip), %rax	# "watchdog"
	jmp .Lreturn_372
.Lcase_383:
	.loc 1 1524 33
	# actionName: return "soft-reset";
	leaq .Lstring166(%rip), %rax	# "soft-reset"
	jmp .Lreturn_372
.Lcase_384:
	.loc 1 1525 18
	# actionName: return "none";
	leaq .Lstring167(%rip), %rax	# "none"
	jmp .Lreturn_372
.Lendswitch_373:
.Lreturn_372:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1530 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1531 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_LAST; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_386:
	movq -24(%rbp), %rax	# action
	cmpq $10, %rax	# compare with ACTION_LAST
	jg .Lendfor_388
	.loc 1 1532 9
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
	je .Lelse_389
	.loc 1 1533 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_385
.Lelse_389:
.Lfornext_387:
	.loc 1 1531 63
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_386
.Lendfor_388:
	.loc 1 1536 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_385:
	leave
	ret
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function ticksFor(seconds)
	.type fn.ticksFor,@function
fn.ticksFor:
	.loc 1 1549 1
	# ticksFor: function ticksFor(seconds: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter seconds
	.loc 1 1550 5
	# ticksFor: return seconds === 0 ? 0 : seconds + 1;
	movq -8(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jne .Lelse_391
	movq $0, %rax
	jmp .Lendcond_392
.Lelse_391:
	movq -8(%rbp), %rax	# seconds
	addq $1, %rax	# +
.Lendcond_392:
.Lreturn_390:
	leave
	ret
	.size fn.ticksFor, .-fn.ticksFor

# function setOverride(action, ackMode, ackText, ackLength, ackDelay, actDelay)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1561 1
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
	.loc 1 1563 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1564 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1565 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1566 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1567 5
	# setOverride: overrideAckDelay = ackDelay;
	movq -40(%rbp), %rax	# ackDelay
	movq %rax, var.overrideAckDelay(%rip)	# overrideAckDelay =
	.loc 1 1568 5
	# setOverride: overrideActDelay = actDelay;
	movq -48(%rbp), %rax	# actDelay
	movq %rax, var.overrideActDelay(%rip)	# overrideActDelay =
	.loc 1 1569 5
	# setOverride: print("override set: ");
	leaq .Lstring168(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1570 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1571 5
	# setOverride: resultAppend("override set: ");
	leaq .Lstring168(%rip), %rdi	# "override set: "
	call fn.resultAppend
	.loc 1 1572 5
	# setOverride: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_393:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function setTimer(action, seconds)
	.type fn.setTimer,@function
fn.setTimer:
	.loc 1 1579 1
	# setTimer: function setTimer(action: number, seconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter seconds
	.loc 1 1580 5
	# setTimer: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_395
	.loc 1 1581 9
	# setTimer: print("timer replaced: ");
	leaq .Lstring169(%rip), %rdi	# "timer replaced: "
	call fn.print
	.loc 1 1582 9
	# setTimer: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lelse_395:
	.loc 1 1584 5
	# setTimer: timerAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1585 5
	# setTimer: timerTicksLeft = ticksFor(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.ticksFor
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1586 5
	# setTimer: timerSecondsSet = seconds;
	movq -16(%rbp), %rax	# seconds
	movq %rax, var.timerSecondsSet(%rip)	# timerSecondsSet =
	.loc 1 1587 5
	# setTimer: resultAppend("timer set: ");
	leaq .Lstring170(%rip), %rdi	# "timer set: "
	call fn.resultAppend
	.loc 1 1588 5
	# setTimer: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 1589 5
	# setTimer: print("timer set: ");
	leaq .Lstring170(%rip), %rdi	# "timer set: "
	call fn.print
	.loc 1 1590 5
	# setTimer: print(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1591 5
	# setTimer: print(" in ");
	leaq .Lstring171(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1592 5
	# setTimer: printDecimal(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.printDecimal
	.loc 1 1593 5
	# setTimer: log(" s");
	leaq .Lstring172(%rip), %rdi	# " s"
	call fn.log
.Lreturn_394:
	leave
	ret
	.size fn.setTimer, .-fn.setTimer

# function remember(record, address, length)
	.type fn.remember,@function
fn.remember:
	.loc 1 1618 1
	# remember: function remember(record: number, address: number, length: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1619 5
	# remember: store64(record, length);
	movq -8(%rbp), %rdi	# record
	movq -24(%rbp), %rax	# length
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1620 5
	# remember: copyBytes(record + 8, address, length);
	movq -8(%rbp), %rax	# record
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_397
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_397
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
.Lreturn_396:
	leave
	ret
.Ltrap_397:
	leaq .Lstring173(%rip), %rdi	# trap: kernel.ts:1620:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remember, .-fn.remember

# function forget(record)
	.type fn.forget,@function
fn.forget:
	.loc 1 1623 1
	# forget: function forget(record: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	.loc 1 1624 5
	# forget: store64(record, 0);
	movq -8(%rbp), %rdi	# record
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lreturn_398:
	leave
	ret
	.size fn.forget, .-fn.forget

# function isRemembered(record, address, length)
	.type fn.isRemembered,@function
fn.isRemembered:
	.loc 1 1627 1
	# isRemembered: function isRemembered(record: number, address: number, length: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1628 5
	# isRemembered: return length > 0 && load64(record) === length && bytesMatch(record +...
	movq -24(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	setg %al	# >
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_401
	movq -8(%rbp), %rax	# record
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_402
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_402
	cmpq -24(%rbp), %rax
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_401:
	testq %rax, %rax
	je .Lendlogic_400
	movq -8(%rbp), %rax	# record
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_403
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_403
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.bytesMatch
.Lendlogic_400:
.Lreturn_399:
	leave
	ret
.Ltrap_402:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1628:26: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_403:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1628:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.isRemembered, .-fn.isRemembered

# function alreadyHandled(guard, last)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1645 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	.loc 1 1646 5
	# alreadyHandled: if (guard && isRemembered(last, commandValue, commandLength)) {
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_405
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_405
	.loc 1 1647 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring176(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1648 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_404
.Lelse_405:
	.loc 1 1650 5
	# alreadyHandled: remember(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.remember
	.loc 1 1651 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_404:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1656 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1657 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1658 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_407
	.loc 1 1659 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_406
.Lelse_407:
	.loc 1 1661 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_408
	.loc 1 1662 9
	# readControlKey: logPathError("xenstore: cannot read ", path, length);
	leaq .Lstring177(%rip), %rdi	# "xenstore: cannot read "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# length
	call fn.logPathError
	.loc 1 1663 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_406
.Lelse_408:
	.loc 1 1665 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_409
	.loc 1 1666 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_406
.Lelse_409:
	.loc 1 1668 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1669 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1670 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1671 5
	# readControlKey: print(" = ");
	leaq .Lstring178(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1672 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1673 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1674 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_406:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1677 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1678 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1679 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_411
	.loc 1 1680 9
	# acknowledge: logPathError("ack failed: ", path, result);
	leaq .Lstring179(%rip), %rdi	# "ack failed: "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_411:
.Lreturn_410:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1686 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1687 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1688 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1689 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_413
	.loc 1 1690 9
	# handleShutdownRequest: return;
	jmp .Lreturn_412
.Lelse_413:
	.loc 1 1692 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_414
	.loc 1 1693 9
	# handleShutdownRequest: return;
	jmp .Lreturn_412
.Lelse_414:
	.loc 1 1695 5
	# handleShutdownRequest: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1696 5
	# handleShutdownRequest: if (isRemembered(ownShutdownAck, commandValue, commandLength)) {
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_415
	.loc 1 1697 9
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1698 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring181(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1699 9
	# handleShutdownRequest: return;
	jmp .Lreturn_412
.Lelse_415:
	.loc 1 1701 5
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1702 5
	# handleShutdownRequest: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_416
	.loc 1 1703 9
	# handleShutdownRequest: log("busy with a delayed response; request ignored");
	leaq .Lstring182(%rip), %rdi	# "busy with a delayed response; request i
	call fn.log
	.loc 1 1704 9
	# handleShutdownRequest: return;
	jmp .Lreturn_412
.Lelse_416:
	.loc 1 1706 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_417
	.loc 1 1707 9
	# handleShutdownRequest: startResponse();
	call fn.startResponse
	.loc 1 1708 9
	# handleShutdownRequest: return;
	jmp .Lreturn_412
.Lelse_417:
	.loc 1 1710 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1711 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1712 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_419
	movq -16(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_418
.Lskip_419:
	.loc 1 1713 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring183(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1714 9
	# handleShutdownRequest: return;
	jmp .Lreturn_412
.Lelse_418:
	.loc 1 1716 5
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_412:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function startResponse()
	.type fn.startResponse,@function
fn.startResponse:
	.loc 1 1720 1
	# startResponse: function startResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1721 5
	# startResponse: responseAction = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, var.responseAction(%rip)	# responseAction =
	.loc 1 1722 5
	# startResponse: responseAckMode = overrideAckMode;
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	movq %rax, var.responseAckMode(%rip)	# responseAckMode =
	.loc 1 1723 5
	# startResponse: copyBytes(responseAckText, overrideAckText, overrideAckLength);
	leaq buf.responseAckText(%rip), %rdi	# responseAckText
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.copyBytes
	.loc 1 1724 5
	# startResponse: responseAckLength = overrideAckLength;
	movq var.overrideAckLength(%rip), %rax	# overrideAckLength
	movq %rax, var.responseAckLength(%rip)	# responseAckLength =
	.loc 1 1725 5
	# startResponse: responseActDelay = overrideActDelay;
	movq var.overrideActDelay(%rip), %rax	# overrideActDelay
	movq %rax, var.responseActDelay(%rip)	# responseActDelay =
	.loc 1 1726 5
	# startResponse: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1727 5
	# startResponse: print("override ");
	leaq .Lstring184(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1728 5
	# startResponse: print(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1729 5
	# startResponse: log(" replaces the request");
	leaq .Lstring185(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1730 5
	# startResponse: if (overrideAckDelay > 0) {
	movq var.overrideAckDelay(%rip), %rax	# overrideAckDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_421
	.loc 1 1731 9
	# startResponse: responsePhase = RESPONSE_ACKING;
	movq $1, %rax	# RESPONSE_ACKING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1732 9
	# startResponse: responseTicksLeft = ticksFor(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1733 9
	# startResponse: print("acknowledging in ");
	leaq .Lstring186(%rip), %rdi	# "acknowledging in "
	call fn.print
	.loc 1 1734 9
	# startResponse: printDecimal(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.printDecimal
	.loc 1 1735 9
	# startResponse: log(" s");
	leaq .Lstring172(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1736 9
	# startResponse: return;
	jmp .Lreturn_420
.Lelse_421:
	.loc 1 1738 5
	# startResponse: acknowledgeThenAct();
	call fn.acknowledgeThenAct
.Lreturn_420:
	leave
	ret
	.size fn.startResponse, .-fn.startResponse

# function acknowledgeThenAct()
	.type fn.acknowledgeThenAct,@function
fn.acknowledgeThenAct:
	.loc 1 1741 1
	# acknowledgeThenAct: function acknowledgeThenAct(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1742 5
	# acknowledgeThenAct: acknowledgeShutdownPerResponse();
	call fn.acknowledgeShutdownPerResponse
	.loc 1 1743 5
	# acknowledgeThenAct: if (responseActDelay > 0) {
	movq var.responseActDelay(%rip), %rax	# responseActDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_423
	.loc 1 1744 9
	# acknowledgeThenAct: responsePhase = RESPONSE_ACTING;
	movq $2, %rax	# RESPONSE_ACTING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1745 9
	# acknowledgeThenAct: responseTicksLeft = ticksFor(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1746 9
	# acknowledgeThenAct: print("acting in ");
	leaq .Lstring187(%rip), %rdi	# "acting in "
	call fn.print
	.loc 1 1747 9
	# acknowledgeThenAct: printDecimal(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.printDecimal
	.loc 1 1748 9
	# acknowledgeThenAct: log(" s");
	leaq .Lstring172(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1749 9
	# acknowledgeThenAct: return;
	jmp .Lreturn_422
.Lelse_423:
	.loc 1 1751 5
	# acknowledgeThenAct: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1752 5
	# acknowledgeThenAct: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
.Lreturn_422:
	leave
	ret
	.size fn.acknowledgeThenAct, .-fn.acknowledgeThenAct

# function acknowledgeShutdownPerResponse()
	.type fn.acknowledgeShutdownPerResponse,@function
fn.acknowledgeShutdownPerResponse:
	.loc 1 1755 1
	# acknowledgeShutdownPerResponse: function acknowledgeShutdownPerResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1756 5
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_OK) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_425
	.loc 1 1757 9
	# acknowledgeShutdownPerResponse: acknowledge("control/shutdown");
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_426
.Lelse_425:
	.loc 1 1758 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_NONE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_427
	.loc 1 1759 9
	# acknowledgeShutdownPerResponse: log("request left in place, as the override asked");
	leaq .Lstring188(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_428
.Lelse_427:
	.loc 1 1760 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_DELETE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_429
	.loc 1 1761 9
	# acknowledgeShutdownPerResponse: const result = storeRemove("control/shutdown");
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1762 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_430
	.loc 1 1763 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring179(%rip), %rdi	# "ack failed: "
	leaq .Lstring180(%rip), %rsi	# "control/shutdown"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_430:
	jmp .Lendif_431
.Lelse_429:
	.loc 1 1766 9
	# acknowledgeShutdownPerResponse: const result = storeWrite("control/shutdown", responseAckText, respon...
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1767 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_432
	.loc 1 1768 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring179(%rip), %rdi	# "ack failed: "
	leaq .Lstring180(%rip), %rsi	# "control/shutdown"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
	jmp .Lendif_433
.Lelse_432:
	.loc 1 1770 13
	# acknowledgeShutdownPerResponse: remember(ownShutdownAck, responseAckText, responseAckLength);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.remember
.Lendif_433:
.Lendif_431:
.Lendif_428:
.Lendif_426:
.Lreturn_424:
	leave
	ret
	.size fn.acknowledgeShutdownPerResponse, .-fn.acknowledgeShutdownPerResponse

# function countDownOneSecond()
	.type fn.countDownOneSecond,@function
fn.countDownOneSecond:
	.loc 1 1779 1
	# countDownOneSecond: function countDownOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1780 5
	# countDownOneSecond: if (timerAction !== ACTION_NONE && timerTicksLeft > 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_435
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_435
	.loc 1 1781 9
	# countDownOneSecond: timerTicksLeft = timerTicksLeft - 1;
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_436
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1782 9
	# countDownOneSecond: if (timerTicksLeft > 0) {
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_437
	.loc 1 1783 13
	# countDownOneSecond: print("timer: ");
	leaq .Lstring189(%rip), %rdi	# "timer: "
	call fn.print
	.loc 1 1784 13
	# countDownOneSecond: print(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1785 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring171(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1786 13
	# countDownOneSecond: printDecimal(timerTicksLeft);
	movq var.timerTicksLeft(%rip), %rdi	# timerTicksLeft
	call fn.printDecimal
	.loc 1 1787 13
	# countDownOneSecond: log(" s");
	leaq .Lstring172(%rip), %rdi	# " s"
	call fn.log
.Lelse_437:
.Lelse_435:
	.loc 1 1790 5
	# countDownOneSecond: if (responsePhase !== RESPONSE_NONE && responseTicksLeft > 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_438
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_438
	.loc 1 1791 9
	# countDownOneSecond: responseTicksLeft = responseTicksLeft - 1;
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_439
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1792 9
	# countDownOneSecond: if (responseTicksLeft > 0) {
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_440
	.loc 1 1793 13
	# countDownOneSecond: print("response: ");
	leaq .Lstring190(%rip), %rdi	# "response: "
	call fn.print
	.loc 1 1794 13
	# countDownOneSecond: print(responsePhase === RESPONSE_ACKING ? "acknowledging" : actionNam...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_441
	leaq .Lstring191(%rip), %rax	# "acknowledging"
	jmp .Lendcond_442
.Lelse_441:
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
.Lendcond_442:
	movq %rax, %rdi
	call fn.print
	.loc 1 1795 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring171(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1796 13
	# countDownOneSecond: printDecimal(responseTicksLeft);
	movq var.responseTicksLeft(%rip), %rdi	# responseTicksLeft
	call fn.printDecimal
	.loc 1 1797 13
	# countDownOneSecond: log(" s");
	leaq .Lstring172(%rip), %rdi	# " s"
	call fn.log
.Lelse_440:
.Lelse_438:
.Lreturn_434:
	leave
	ret
.Ltrap_436:
	leaq .Lstring192(%rip), %rdi	# trap: kernel.ts:1781:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_439:
	leaq .Lstring193(%rip), %rdi	# trap: kernel.ts:1791:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.countDownOneSecond, .-fn.countDownOneSecond

# function runDueCounts()
	.type fn.runDueCounts,@function
fn.runDueCounts:
	.loc 1 1803 1
	# runDueCounts: function runDueCounts(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1804 5
	# runDueCounts: if (responsePhase === RESPONSE_ACKING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_444
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_444
	.loc 1 1805 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1806 9
	# runDueCounts: acknowledgeThenAct();
	call fn.acknowledgeThenAct
	.loc 1 1807 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_443
.Lelse_444:
	.loc 1 1809 5
	# runDueCounts: if (responsePhase === RESPONSE_ACTING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $2, %rax	# compare with RESPONSE_ACTING
	jne .Lelse_445
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_445
	.loc 1 1810 9
	# runDueCounts: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1811 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1812 9
	# runDueCounts: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
	.loc 1 1813 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_443
.Lelse_445:
	.loc 1 1815 5
	# runDueCounts: if (timerAction !== ACTION_NONE && timerTicksLeft === 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_446
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_446
	.loc 1 1816 9
	# runDueCounts: const action = timerAction;
	movq var.timerAction(%rip), %rax	# timerAction
	movq %rax, -8(%rbp)	# action
	.loc 1 1817 9
	# runDueCounts: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1818 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1819 9
	# runDueCounts: print("timer fired: ");
	leaq .Lstring194(%rip), %rdi	# "timer fired: "
	call fn.print
	.loc 1 1820 9
	# runDueCounts: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1821 9
	# runDueCounts: performAction(action);
	movq -8(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1822 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_443
.Lelse_446:
	.loc 1 1824 5
	# runDueCounts: return false;
	movq $0, %rax	# false
.Lreturn_443:
	leave
	ret
	.size fn.runDueCounts, .-fn.runDueCounts

# function handleSysrq()
	.type fn.handleSysrq,@function
fn.handleSysrq:
	.loc 1 1829 1
	# handleSysrq: function handleSysrq(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1830 5
	# handleSysrq: const guard = sysrqRepeatGuard;
	movq var.sysrqRepeatGuard(%rip), %rax	# sysrqRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1831 5
	# handleSysrq: sysrqRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 1832 5
	# handleSysrq: if (!readControlKey("control/sysrq")) {
	leaq .Lstring195(%rip), %rdi	# "control/sysrq"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_448
	.loc 1 1833 9
	# handleSysrq: return;
	jmp .Lreturn_447
.Lelse_448:
	.loc 1 1835 5
	# handleSysrq: if (alreadyHandled(guard, lastSysrqValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastSysrqValue(%rip), %rsi	# lastSysrqValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_449
	.loc 1 1836 9
	# handleSysrq: return;
	jmp .Lreturn_447
.Lelse_449:
	.loc 1 1838 5
	# handleSysrq: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1839 5
	# handleSysrq: acknowledge("control/sysrq");
	leaq .Lstring195(%rip), %rdi	# "control/sysrq"
	call fn.acknowledge
	.loc 1 1840 5
	# handleSysrq: if (commandLength !== 1) {
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $1, %rax	# compare with 1
	je .Lelse_450
	.loc 1 1841 9
	# handleSysrq: logBogus(BOGUS_SYSRQ_NOT_ONE_KEY);
	movq $19, %rdi	# BOGUS_SYSRQ_NOT_ONE_KEY
	call fn.logBogus
	.loc 1 1842 9
	# handleSysrq: return;
	jmp .Lreturn_447
.Lelse_450:
	.loc 1 1844 5
	# handleSysrq: const key = load8(commandValue);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# key
	.loc 1 1845 5
	# handleSysrq: print("sysrq: ");
	leaq .Lstring196(%rip), %rdi	# "sysrq: "
	call fn.print
	.loc 1 1846 5
	# handleSysrq: printEscapedByte(key);
	movq -16(%rbp), %rdi	# key
	call fn.printEscapedByte
	.loc 1 1847 5
	# handleSysrq: let action = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, -24(%rbp)	# action
	.loc 1 1848 5
	# handleSysrq: if (key === 99) {                    // 'c'
	movq -16(%rbp), %rax	# key
	cmpq $99, %rax	# compare with 99
	jne .Lelse_451
	.loc 1 1849 9
	# handleSysrq: action = ACTION_CRASH;
	movq $4, %rax	# ACTION_CRASH
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_452
.Lelse_451:
	.loc 1 1850 12
	# handleSysrq: if (key === 98) {             // 'b'
	movq -16(%rbp), %rax	# key
	cmpq $98, %rax	# compare with 98
	jne .Lelse_453
	.loc 1 1851 9
	# handleSysrq: action = ACTION_REBOOT;
	movq $2, %rax	# ACTION_REBOOT
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_454
.Lelse_453:
	.loc 1 1852 12
	# handleSysrq: if (key === 111) {            // 'o'
	movq -16(%rbp), %rax	# key
	cmpq $111, %rax	# compare with 111
	jne .Lelse_455
	.loc 1 1853 9
	# handleSysrq: action = ACTION_POWEROFF;
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action =
.Lelse_455:
.Lendif_454:
.Lendif_452:
	.loc 1 1855 5
	# handleSysrq: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_456
	.loc 1 1856 9
	# handleSysrq: log(" (no action)");
	leaq .Lstring197(%rip), %rdi	# " (no action)"
	call fn.log
	.loc 1 1857 9
	# handleSysrq: return;
	jmp .Lreturn_447
.Lelse_456:
	.loc 1 1859 5
	# handleSysrq: endLine();
	call fn.endLine
	.loc 1 1860 5
	# handleSysrq: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_447:
	leave
	ret
	.size fn.handleSysrq, .-fn.handleSysrq

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 1887 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1888 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_459
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_460
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_461
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_462
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_463
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_464
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_465
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_466
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_467
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_468
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_469
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_470
	cmpq $13, %rax	# case BOGUS_AFTER_FORM
	je .Lcase_471
	cmpq $14, %rax	# case BOGUS_SECONDS
	je .Lcase_472
	cmpq $15, %rax	# case BOGUS_DELAY_NOT_SECONDS
	je .Lcase_473
	cmpq $16, %rax	# case BOGUS_ACK_DELAY_NOT_SECONDS
	je .Lcase_474
	cmpq $17, %rax	# case BOGUS_ACK_DELAY_NOW
	je .Lcase_475
	cmpq $18, %rax	# case BOGUS_SUSPEND_CHANNEL_MODE
	je .Lcase_476
	cmpq $19, %rax	# case BOGUS_SYSRQ_NOT_ONE_KEY
	je .Lcase_477
	cmpq $20, %rax	# case BOGUS_FEATURE_FORM
	je .Lcase_478
	cmpq $21, %rax	# case BOGUS_BALLOON_FORM
	je .Lcase_479
	jmp .Lcase_480
.Lcase_459:
	.loc 1 1889 29
	# bogusReason: return "expected now:, next:, after:, cancel, suspend-channel:, agent...
	leaq .Lstring198(%rip), %rax	# "expected now:, next:, after:, cancel, s
	jmp .Lreturn_457
.Lcase_460:
	.loc 1 1890 36
	# bogusReason: return "unknown action";
	leaq .Lstring199(%rip), %rax	# "unknown action"
	jmp .Lreturn_457
.Lcase_461:
	.loc 1 1891 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring200(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_457
.Lcase_462:
	.loc 1 1892 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring201(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_457
.Lcase_463:
	.loc 1 1893 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring202(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_457
.Lcase_464:
	.loc 1 1894 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring203(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_457
.Lcase_465:
	.loc 1 1895 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring204(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_457
.Lcase_466:
	.loc 1 1896 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring205(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_457
.Lcase_467:
	.loc 1 1897 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring206(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_457
.Lcase_468:
	.loc 1 1898 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring207(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_457
.Lcase_469:
	.loc 1 1899 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring208(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_457
.Lcase_470:
	.loc 1 1900 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring209(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_457
.Lcase_471:
	.loc 1 1901 32
	# bogusReason: return "after: expects after:<seconds>:<action>";
	leaq .Lstring210(%rip), %rax	# "after: expects after:<seconds>:<action>
	jmp .Lreturn_457
.Lcase_472:
	.loc 1 1902 29
	# bogusReason: return "seconds must be a whole number from 0 to 86400";
	leaq .Lstring211(%rip), %rax	# "seconds must be a whole number from 0 t
	jmp .Lreturn_457
.Lcase_473:
	.loc 1 1903 39
	# bogusReason: return "member \"delay\" is not a whole number of seconds from 0 to 8...
	leaq .Lstring212(%rip), %rax	# "member \"delay\" is not a whole number 
	jmp .Lreturn_457
.Lcase_474:
	.loc 1 1904 43
	# bogusReason: return "member \"ackDelay\" is not a whole number of seconds from 0 t...
	leaq .Lstring213(%rip), %rax	# "member \"ackDelay\" is not a whole numb
	jmp .Lreturn_457
.Lcase_475:
	.loc 1 1905 35
	# bogusReason: return "\"ackDelay\" needs \"when\":\"onshutdown\"";
	leaq .Lstring214(%rip), %rax	# "\"ackDelay\" needs \"when\":\"onshutdow
	jmp .Lreturn_457
.Lcase_476:
	.loc 1 1906 42
	# bogusReason: return "unknown suspend-channel mode";
	leaq .Lstring215(%rip), %rax	# "unknown suspend-channel mode"
	jmp .Lreturn_457
.Lcase_477:
	.loc 1 1907 39
	# bogusReason: return "control/sysrq must be one key";
	leaq .Lstring216(%rip), %rax	# "control/sysrq must be one key"
	jmp .Lreturn_457
.Lcase_478:
	.loc 1 1908 34
	# bogusReason: return "feature: expects feature:<name>:on|off|absent";
	leaq .Lstring217(%rip), %rax	# "feature: expects feature:<name>:on|off|
	jmp .Lreturn_457
.Lcase_479:
	.loc 1 1909 34
	# bogusReason: return "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<pe...
	leaq .Lstring218(%rip), %rax	# "balloon: expects balloon:obey|refuse|sl
	jmp .Lreturn_457
.Lcase_480:
	.loc 1 1910 18
	# bogusReason: return "unreadable command";
	leaq .Lstring219(%rip), %rax	# "unreadable command"
	jmp .Lreturn_457
.Lendswitch_458:
.Lreturn_457:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function logBogus(reason)
	.type fn.logBogus,@function
fn.logBogus:
	.loc 1 1914 1
	# logBogus: function logBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1915 5
	# logBogus: print("bogus command: ");
	leaq .Lstring220(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1916 5
	# logBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_481:
	leave
	ret
	.size fn.logBogus, .-fn.logBogus

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 1920 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1921 5
	# reportBogus: logBogus(reason);
	movq -8(%rbp), %rdi	# reason
	call fn.logBogus
	.loc 1 1922 5
	# reportBogus: resultAppend("bogus command: ");
	leaq .Lstring220(%rip), %rdi	# "bogus command: "
	call fn.resultAppend
	.loc 1 1923 5
	# reportBogus: resultAppend(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_482:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function secondsFromBytes(address, length)
	.type fn.secondsFromBytes,@function
fn.secondsFromBytes:
	.loc 1 1928 1
	# secondsFromBytes: function secondsFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1929 5
	# secondsFromBytes: if (length > 6) {
	movq -16(%rbp), %rax	# length
	cmpq $6, %rax	# compare with 6
	jle .Lelse_484
	.loc 1 1930 9
	# secondsFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_483
.Lelse_484:
	.loc 1 1932 5
	# secondsFromBytes: const value = decimalFromBytes(address, length);
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	call fn.decimalFromBytes
	movq %rax, -24(%rbp)	# value
	.loc 1 1933 5
	# secondsFromBytes: return value > SECONDS_MAX ? -1 : value;
	movq -24(%rbp), %rax	# value
	cmpq $86400, %rax	# compare with SECONDS_MAX
	jle .Lelse_485
	movq $-1, %rax
	jmp .Lendcond_486
.Lelse_485:
	movq -24(%rbp), %rax	# value
.Lendcond_486:
.Lreturn_483:
	leave
	ret
	.size fn.secondsFromBytes, .-fn.secondsFromBytes

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 1936 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1937 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1938 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1939 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring221(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_488
	.loc 1 1940 9
	# handleTestingCommand: return;
	jmp .Lreturn_487
.Lelse_488:
	.loc 1 1942 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_489
	.loc 1 1943 9
	# handleTestingCommand: return;
	jmp .Lreturn_487
.Lelse_489:
	.loc 1 1945 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring221(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1946 5
	# handleTestingCommand: obeyCommand();
	call fn.obeyCommand
.Lreturn_487:
	leave
	ret
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function obeyCommand()
	.type fn.obeyCommand,@function
fn.obeyCommand:
	.loc 1 1950 1
	# obeyCommand: function obeyCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1951 5
	# obeyCommand: noteCommand();
	call fn.noteCommand
	.loc 1 1953 5
	# obeyCommand: let start = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# start
	.loc 1 1954 5
	# obeyCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_491:
	movq -8(%rbp), %rax	# start
	cmpq var.commandLength(%rip), %rax
	jge .Lendwhile_492
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq -8(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_493
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_493
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_492
	.loc 1 1955 9
	# obeyCommand: start = start + 1;
	movq -8(%rbp), %rax	# start
	addq $1, %rax	# +
	movq %rax, -8(%rbp)	# start =
	jmp .Lwhile_491
.Lendwhile_492:
	.loc 1 1957 5
	# obeyCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -8(%rbp), %rax	# start
	cmpq var.commandLength(%rip), %rax
	jge .Lelse_494
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq -8(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_495
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_495
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_494
	.loc 1 1958 9
	# obeyCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1959 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_494:
	.loc 1 1961 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring222(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_496
	.loc 1 1962 9
	# obeyCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_497
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_497
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	subq $4, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1963 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_498
	.loc 1 1964 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1965 13
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_498:
	.loc 1 1967 9
	# obeyCommand: resultAppend("action: ");
	leaq .Lstring223(%rip), %rdi	# "action: "
	call fn.resultAppend
	.loc 1 1968 9
	# obeyCommand: resultAppend(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 1969 9
	# obeyCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1970 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_496:
	.loc 1 1972 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring224(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_499
	.loc 1 1973 9
	# obeyCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $5, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_500
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_500
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	subq $5, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1974 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_501
	.loc 1 1975 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1976 13
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_501:
	.loc 1 1978 9
	# obeyCommand: setOverride(action, ACK_OK, 0, 0, 0, 0);
	movq -24(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	movq $0, %r8
	movq $0, %r9
	call fn.setOverride
	.loc 1 1979 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_499:
	.loc 1 1981 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "after:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring225(%rip), %rdx	# "after:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_502
	.loc 1 1982 9
	# obeyCommand: handleAfter();
	call fn.handleAfter
	.loc 1 1983 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_502:
	.loc 1 1985 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "cancel")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring226(%rip), %rdx	# "cancel"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_503
	.loc 1 1986 9
	# obeyCommand: cancelEverything();
	call fn.cancelEverything
	.loc 1 1987 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_503:
	.loc 1 1989 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "suspend-channel:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring227(%rip), %rdx	# "suspend-channel:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_504
	.loc 1 1990 9
	# obeyCommand: const mode = suspendChannelModeFromBytes(commandValue + 16, commandLe...
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_505
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_505
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	subq $16, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.suspendChannelModeFromBytes
	movq %rax, -32(%rbp)	# mode
	.loc 1 1991 9
	# obeyCommand: if (mode < 0) {
	movq -32(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with 0
	jge .Lelse_506
	.loc 1 1992 13
	# obeyCommand: reportBogus(BOGUS_SUSPEND_CHANNEL_MODE);
	movq $18, %rdi	# BOGUS_SUSPEND_CHANNEL_MODE
	call fn.reportBogus
	.loc 1 1993 13
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_506:
	.loc 1 1995 9
	# obeyCommand: setSuspendChannel(mode);
	movq -32(%rbp), %rdi	# mode
	call fn.setSuspendChannel
	.loc 1 1996 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_504:
	.loc 1 1998 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:on")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring228(%rip), %rdx	# "agent:on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_507
	.loc 1 1999 9
	# obeyCommand: setAgent(true);
	movq $1, %rdi	# true
	call fn.setAgent
	.loc 1 2000 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_507:
	.loc 1 2002 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:off")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring229(%rip), %rdx	# "agent:off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_508
	.loc 1 2003 9
	# obeyCommand: setAgent(false);
	movq $0, %rdi	# false
	call fn.setAgent
	.loc 1 2004 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_508:
	.loc 1 2006 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "feature:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring230(%rip), %rdx	# "feature:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_509
	.loc 1 2007 9
	# obeyCommand: handleFeature();
	call fn.handleFeature
	.loc 1 2008 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_509:
	.loc 1 2010 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "cant-suspend:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring231(%rip), %rdx	# "cant-suspend:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_510
	.loc 1 2011 9
	# obeyCommand: handleCantSuspend();
	call fn.handleCantSuspend
	.loc 1 2012 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_510:
	.loc 1 2014 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "balloon:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring232(%rip), %rdx	# "balloon:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_511
	.loc 1 2015 9
	# obeyCommand: handleBalloonCommand();
	call fn.handleBalloonCommand
	.loc 1 2016 9
	# obeyCommand: return;
	jmp .Lreturn_490
.Lelse_511:
	.loc 1 2018 5
	# obeyCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_490:
	leave
	ret
.Ltrap_493:
	leaq .Lstring233(%rip), %rdi	# trap: kernel.ts:1954:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_495:
	leaq .Lstring234(%rip), %rdi	# trap: kernel.ts:1957:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_497:
	leaq .Lstring235(%rip), %rdi	# trap: kernel.ts:1962:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_500:
	leaq .Lstring236(%rip), %rdi	# trap: kernel.ts:1973:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_505:
	leaq .Lstring237(%rip), %rdi	# trap: kernel.ts:1990:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommand, .-fn.obeyCommand

# function handleAfter()
	.type fn.handleAfter,@function
fn.handleAfter:
	.loc 1 2022 1
	# handleAfter: function handleAfter(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	.loc 1 2023 5
	# handleAfter: const seconds = commandValue + 6;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $6, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_513
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_513
	movq %rax, -8(%rbp)	# seconds
	.loc 1 2024 5
	# handleAfter: let secondsLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# secondsLength
	.loc 1 2025 5
	# handleAfter: while (6 + secondsLength < commandLength && load8(seconds + secondsLe...
.Lwhile_514:
	movq $6, %rax
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_516
	cmpq var.commandLength(%rip), %rax
	jge .Lendwhile_515
	movq -8(%rbp), %rax	# seconds
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_517
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lendwhile_515
	.loc 1 2026 9
	# handleAfter: secondsLength = secondsLength + 1;
	movq -16(%rbp), %rax	# secondsLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_518
	movq %rax, -16(%rbp)	# secondsLength =
	jmp .Lwhile_514
.Lendwhile_515:
	.loc 1 2028 5
	# handleAfter: const actionLength = commandLength - 6 - secondsLength - 1;
	movq var.commandLength(%rip), %rax	# commandLength
	subq $6, %rax	# -
	subq -16(%rbp), %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_519
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_519
	movq %rax, -24(%rbp)	# actionLength
	.loc 1 2029 5
	# handleAfter: if (secondsLength === 0 || actionLength <= 0) {
	movq -16(%rbp), %rax	# secondsLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_521
	movq -24(%rbp), %rax	# actionLength
	cmpq $0, %rax	# compare with 0
	jg .Lelse_520
.Lskip_521:
	.loc 1 2030 9
	# handleAfter: reportBogus(BOGUS_AFTER_FORM);
	movq $13, %rdi	# BOGUS_AFTER_FORM
	call fn.reportBogus
	.loc 1 2031 9
	# handleAfter: return;
	jmp .Lreturn_512
.Lelse_520:
	.loc 1 2033 5
	# handleAfter: const count = secondsFromBytes(seconds, secondsLength);
	movq -8(%rbp), %rdi	# seconds
	movq -16(%rbp), %rsi	# secondsLength
	call fn.secondsFromBytes
	movq %rax, -32(%rbp)	# count
	.loc 1 2034 5
	# handleAfter: if (count < 0) {
	movq -32(%rbp), %rax	# count
	cmpq $0, %rax	# compare with 0
	jge .Lelse_522
	.loc 1 2035 9
	# handleAfter: reportBogus(BOGUS_SECONDS);
	movq $14, %rdi	# BOGUS_SECONDS
	call fn.reportBogus
	.loc 1 2036 9
	# handleAfter: return;
	jmp .Lreturn_512
.Lelse_522:
	.loc 1 2038 5
	# handleAfter: const action = actionFromBytes(seconds + secondsLength + 1, actionLen...
	movq -8(%rbp), %rax	# seconds
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_523
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_523
	movq %rax, %rdi
	movq -24(%rbp), %rsi	# actionLength
	call fn.actionFromBytes
	movq %rax, -40(%rbp)	# action
	.loc 1 2039 5
	# handleAfter: if (action === ACTION_NONE) {
	movq -40(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_524
	.loc 1 2040 9
	# handleAfter: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2041 9
	# handleAfter: return;
	jmp .Lreturn_512
.Lelse_524:
	.loc 1 2043 5
	# handleAfter: setTimer(action, count);
	movq -40(%rbp), %rdi	# action
	movq -32(%rbp), %rsi	# count
	call fn.setTimer
.Lreturn_512:
	leave
	ret
.Ltrap_513:
	leaq .Lstring238(%rip), %rdi	# trap: kernel.ts:2023:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_516:
	leaq .Lstring239(%rip), %rdi	# trap: kernel.ts:2025:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_517:
	leaq .Lstring240(%rip), %rdi	# trap: kernel.ts:2025:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_518:
	leaq .Lstring241(%rip), %rdi	# trap: kernel.ts:2026:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_519:
	leaq .Lstring242(%rip), %rdi	# trap: kernel.ts:2028:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_523:
	leaq .Lstring243(%rip), %rdi	# trap: kernel.ts:2038:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleAfter, .-fn.handleAfter

# function cancelEverything()
	.type fn.cancelEverything,@function
fn.cancelEverything:
	.loc 1 2046 1
	# cancelEverything: function cancelEverything(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2047 5
	# cancelEverything: let dropped = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# dropped
	.loc 1 2048 5
	# cancelEverything: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_526
	.loc 1 2049 9
	# cancelEverything: print("override cancelled: ");
	leaq .Lstring244(%rip), %rdi	# "override cancelled: "
	call fn.print
	.loc 1 2050 9
	# cancelEverything: log(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2051 9
	# cancelEverything: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 2052 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_526:
	.loc 1 2054 5
	# cancelEverything: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_527
	.loc 1 2055 9
	# cancelEverything: print("timer cancelled: ");
	leaq .Lstring245(%rip), %rdi	# "timer cancelled: "
	call fn.print
	.loc 1 2056 9
	# cancelEverything: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2057 9
	# cancelEverything: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 2058 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_527:
	.loc 1 2060 5
	# cancelEverything: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_528
	.loc 1 2061 9
	# cancelEverything: print("delayed response cancelled: ");
	leaq .Lstring246(%rip), %rdi	# "delayed response cancelled: "
	call fn.print
	.loc 1 2062 9
	# cancelEverything: log(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2063 9
	# cancelEverything: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 2064 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_528:
	.loc 1 2066 5
	# cancelEverything: if (!dropped) {
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	jne .Lelse_529
	.loc 1 2067 9
	# cancelEverything: log("cancel: nothing was pending");
	leaq .Lstring247(%rip), %rdi	# "cancel: nothing was pending"
	call fn.log
.Lelse_529:
	.loc 1 2069 5
	# cancelEverything: resultAppend(dropped ? "cancelled" : "nothing was pending");
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	je .Lelse_530
	leaq .Lstring248(%rip), %rax	# "cancelled"
	jmp .Lendcond_531
.Lelse_530:
	leaq .Lstring249(%rip), %rax	# "nothing was pending"
.Lendcond_531:
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_525:
	leave
	ret
	.size fn.cancelEverything, .-fn.cancelEverything

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 2075 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2076 5
	# handleJsonCommand: const refusal = readJsonCommand();
	call fn.readJsonCommand
	movq %rax, -8(%rbp)	# refusal
	.loc 1 2077 5
	# handleJsonCommand: if (refusal !== 0) {
	movq -8(%rbp), %rax	# refusal
	cmpq $0, %rax	# compare with 0
	je .Lelse_533
	.loc 1 2078 9
	# handleJsonCommand: reportBogus(refusal);
	movq -8(%rbp), %rdi	# refusal
	call fn.reportBogus
	.loc 1 2079 9
	# handleJsonCommand: return;
	jmp .Lreturn_532
.Lelse_533:
	.loc 1 2081 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, jsonActionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq var.jsonActionLength(%rip), %rsi	# jsonActionLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 2082 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_534
	.loc 1 2083 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2084 9
	# handleJsonCommand: return;
	jmp .Lreturn_532
.Lelse_534:
	.loc 1 2086 5
	# handleJsonCommand: const delay = jsonDelay < 0 ? 0 : jsonDelay;
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jge .Lelse_535
	movq $0, %rax
	jmp .Lendcond_536
.Lelse_535:
	movq var.jsonDelay(%rip), %rax	# jsonDelay
.Lendcond_536:
	movq %rax, -24(%rbp)	# delay
	.loc 1 2087 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring250(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_537
	.loc 1 2088 9
	# handleJsonCommand: if (jsonAckDelay >= 0) {
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_538
	.loc 1 2089 13
	# handleJsonCommand: reportBogus(BOGUS_ACK_DELAY_NOW);
	movq $17, %rdi	# BOGUS_ACK_DELAY_NOW
	call fn.reportBogus
	jmp .Lendif_539
.Lelse_538:
	.loc 1 2090 16
	# handleJsonCommand: if (jsonDelay >= 0) {
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_540
	.loc 1 2091 13
	# handleJsonCommand: setTimer(action, delay);
	movq -16(%rbp), %rdi	# action
	movq -24(%rbp), %rsi	# delay
	call fn.setTimer
	jmp .Lendif_541
.Lelse_540:
	.loc 1 2093 13
	# handleJsonCommand: resultAppend("action: ");
	leaq .Lstring223(%rip), %rdi	# "action: "
	call fn.resultAppend
	.loc 1 2094 13
	# handleJsonCommand: resultAppend(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 2095 13
	# handleJsonCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lendif_541:
.Lendif_539:
	.loc 1 2097 9
	# handleJsonCommand: return;
	jmp .Lreturn_532
.Lelse_537:
	.loc 1 2099 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring251(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_542
	.loc 1 2100 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 2101 9
	# handleJsonCommand: return;
	jmp .Lreturn_532
.Lelse_542:
	.loc 1 2103 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -32(%rbp)	# ackMode
	.loc 1 2104 5
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring252(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_543
	.loc 1 2105 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_544
.Lelse_543:
	.loc 1 2106 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring167(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_545
	.loc 1 2107 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_546
.Lelse_545:
	.loc 1 2108 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring253(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_547
	.loc 1 2109 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -32(%rbp)	# ackMode =
.Lelse_547:
.Lendif_546:
.Lendif_544:
	.loc 1 2111 5
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
	jge .Lelse_548
	movq $0, %rax
	jmp .Lendcond_549
.Lelse_548:
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
.Lendcond_549:
	movq %rax, %r8
	popq %rcx
	popq %rdx
	popq %rsi
	popq %rdi
	movq -24(%rbp), %r9	# delay
	call fn.setOverride
.Lreturn_532:
	leave
	ret
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function commandLineAddress()
	.type fn.commandLineAddress,@function
fn.commandLineAddress:
	.loc 1 2123 1
	# commandLineAddress: function commandLineAddress(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2124 5
	# commandLineAddress: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_551
	.loc 1 2125 9
	# commandLineAddress: return startInfo + START_INFO_CMD_LINE;
	movq var.startInfo(%rip), %rax	# startInfo
	addq $128, %rax	# +
	jo .Ltrap_552
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_552
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_552
	jmp .Lreturn_550
.Lelse_551:
	.loc 1 2127 5
	# commandLineAddress: const address = load64(hvmStartInfo + HVM_START_INFO_CMDLINE_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $24, %rax	# +
	jo .Ltrap_553
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_553
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_553
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_554
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_554
	movq %rax, -8(%rbp)	# address
	.loc 1 2128 5
	# commandLineAddress: if (address !== 0 && address + COMMAND_LINE_BYTES > IDENTITY_MAP_END) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	je .Lelse_555
	movq -8(%rbp), %rax	# address
	addq $1024, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_556
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jle .Lelse_555
	.loc 1 2129 9
	# commandLineAddress: log("command line: above the first 4 GiB, which boot.S does not map; ...
	leaq .Lstring254(%rip), %rdi	# "command line: above the first 4 GiB, wh
	call fn.log
	.loc 1 2130 9
	# commandLineAddress: return 0;
	movq $0, %rax
	jmp .Lreturn_550
.Lelse_555:
	.loc 1 2132 5
	# commandLineAddress: return address;
	movq -8(%rbp), %rax	# address
.Lreturn_550:
	leave
	ret
.Ltrap_552:
	leaq .Lstring255(%rip), %rdi	# trap: kernel.ts:2125:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_553:
	leaq .Lstring256(%rip), %rdi	# trap: kernel.ts:2127:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_554:
	leaq .Lstring257(%rip), %rdi	# trap: kernel.ts:2127:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_556:
	leaq .Lstring258(%rip), %rdi	# trap: kernel.ts:2128:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.commandLineAddress, .-fn.commandLineAddress

# function obeyCommandLine()
	.type fn.obeyCommandLine,@function
fn.obeyCommandLine:
	.loc 1 2135 1
	# obeyCommandLine: function obeyCommandLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2136 5
	# obeyCommandLine: const address = commandLineAddress();
	call fn.commandLineAddress
	movq %rax, -8(%rbp)	# address
	.loc 1 2137 5
	# obeyCommandLine: if (address === 0) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	jne .Lelse_558
	.loc 1 2138 9
	# obeyCommandLine: return;
	jmp .Lreturn_557
.Lelse_558:
	.loc 1 2142 5
	# obeyCommandLine: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 2143 5
	# obeyCommandLine: while (length < COMMAND_LINE_BYTES && load8(address + length) !== 0) {
.Lwhile_559:
	movq -16(%rbp), %rax	# length
	cmpq $1024, %rax	# compare with COMMAND_LINE_BYTES
	jge .Lendwhile_560
	movq -8(%rbp), %rax	# address
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_561
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_560
	.loc 1 2144 9
	# obeyCommandLine: store8(commandLine + length, load8(address + length));
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_562
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_562
	pushq %rax
	movq -8(%rbp), %rax	# address
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_563
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 2145 9
	# obeyCommandLine: length = length + 1;
	movq -16(%rbp), %rax	# length
	addq $1, %rax	# +
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_559
.Lendwhile_560:
	.loc 1 2147 5
	# obeyCommandLine: let at = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# at
	.loc 1 2148 5
	# obeyCommandLine: while (at < length) {
.Lwhile_564:
	movq -24(%rbp), %rax	# at
	cmpq -16(%rbp), %rax
	jge .Lendwhile_565
	.loc 1 2149 9
	# obeyCommandLine: while (at < length && load8(commandLine + at) === 32) {
.Lwhile_566:
	movq -24(%rbp), %rax	# at
	cmpq -16(%rbp), %rax
	jge .Lendwhile_567
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_568
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_568
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	jne .Lendwhile_567
	.loc 1 2150 13
	# obeyCommandLine: at = at + 1;
	movq -24(%rbp), %rax	# at
	addq $1, %rax	# +
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_566
.Lendwhile_567:
	.loc 1 2152 9
	# obeyCommandLine: let end = at;
	movq -24(%rbp), %rax	# at
	movq %rax, -32(%rbp)	# end
	.loc 1 2153 9
	# obeyCommandLine: while (end < length && load8(commandLine + end) !== 32) {
.Lwhile_569:
	movq -32(%rbp), %rax	# end
	cmpq -16(%rbp), %rax
	jge .Lendwhile_570
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_571
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_571
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	je .Lendwhile_570
	.loc 1 2154 13
	# obeyCommandLine: end = end + 1;
	movq -32(%rbp), %rax	# end
	addq $1, %rax	# +
	movq %rax, -32(%rbp)	# end =
	jmp .Lwhile_569
.Lendwhile_570:
	.loc 1 2156 9
	# obeyCommandLine: if (end > at) {
	movq -32(%rbp), %rax	# end
	cmpq -24(%rbp), %rax
	jle .Lelse_572
	.loc 1 2157 13
	# obeyCommandLine: copyBytes(commandValue, commandLine + at, end - at);
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	leaq buf.commandLine(%rip), %rax	# commandLine
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_573
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_573
	pushq %rax
	movq -32(%rbp), %rax	# end
	subq -24(%rbp), %rax	# -
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 2158 13
	# obeyCommandLine: commandLength = end - at;
	movq -32(%rbp), %rax	# end
	subq -24(%rbp), %rax	# -
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 2159 13
	# obeyCommandLine: print("command line: ");
	leaq .Lstring259(%rip), %rdi	# "command line: "
	call fn.print
	.loc 1 2160 13
	# obeyCommandLine: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 2161 13
	# obeyCommandLine: endLine();
	call fn.endLine
	.loc 1 2162 13
	# obeyCommandLine: obeyCommand();
	call fn.obeyCommand
.Lelse_572:
	.loc 1 2164 9
	# obeyCommandLine: at = end;
	movq -32(%rbp), %rax	# end
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_564
.Lendwhile_565:
.Lreturn_557:
	leave
	ret
.Ltrap_561:
	leaq .Lstring260(%rip), %rdi	# trap: kernel.ts:2143:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_562:
	leaq .Lstring261(%rip), %rdi	# trap: kernel.ts:2144:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_563:
	leaq .Lstring262(%rip), %rdi	# trap: kernel.ts:2144:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_568:
	leaq .Lstring263(%rip), %rdi	# trap: kernel.ts:2149:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_571:
	leaq .Lstring264(%rip), %rdi	# trap: kernel.ts:2153:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_573:
	leaq .Lstring265(%rip), %rdi	# trap: kernel.ts:2157:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommandLine, .-fn.obeyCommandLine

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 2175 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 2176 5
	# watch: const result = storeWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.storeWatch
	movq %rax, -24(%rbp)	# result
	.loc 1 2177 5
	# watch: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_575
	.loc 1 2178 9
	# watch: logPathError("xenstore: cannot watch ", path, result);
	leaq .Lstring266(%rip), %rdi	# "xenstore: cannot watch "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_575:
.Lreturn_574:
	leave
	ret
	.size fn.watch, .-fn.watch

# function advertise(path)
	.type fn.advertise,@function
fn.advertise:
	.loc 1 2182 1
	# advertise: function advertise(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 2183 5
	# advertise: const result = storeWriteText(path, "1");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring267(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2184 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_577
	.loc 1 2185 9
	# advertise: logPathError("xenstore: cannot write ", path, result);
	leaq .Lstring268(%rip), %rdi	# "xenstore: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_577:
.Lreturn_576:
	leave
	ret
	.size fn.advertise, .-fn.advertise

# function connectControlKeys()
	.type fn.connectControlKeys,@function
fn.connectControlKeys:
	.loc 1 2189 1
	# connectControlKeys: function connectControlKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2190 5
	# connectControlKeys: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	leaq .Lstring126(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 2191 5
	# connectControlKeys: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring221(%rip), %rdi	# "control/testing"
	leaq .Lstring127(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 2192 5
	# connectControlKeys: watch("control/sysrq", WATCH_TOKEN_SYSRQ);
	leaq .Lstring195(%rip), %rdi	# "control/sysrq"
	leaq .Lstring128(%rip), %rsi	# WATCH_TOKEN_SYSRQ
	call fn.watch
	.loc 1 2193 5
	# connectControlKeys: advertise("control/feature-poweroff");
	leaq .Lstring269(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 2194 5
	# connectControlKeys: advertise("control/feature-reboot");
	leaq .Lstring270(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 2195 5
	# connectControlKeys: advertise("control/feature-suspend");
	leaq .Lstring271(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_578:
	leave
	ret
	.size fn.connectControlKeys, .-fn.connectControlKeys

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 2231 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2232 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_582
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_582:
	testq %rax, %rax
	jne .Lendlogic_581
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_581:
	testq %rax, %rax
	jne .Lendlogic_580
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_580:
.Lreturn_579:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 2235 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2236 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lelse_584
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_585
.Lelse_584:
	movq $-1, %rax
.Lendcond_585:
.Lreturn_583:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 2239 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2240 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_587:
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lendwhile_588
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_588
	.loc 1 2241 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_589
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_589
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_587
.Lendwhile_588:
.Lreturn_586:
	leave
	ret
.Ltrap_589:
	leaq .Lstring272(%rip), %rdi	# trap: kernel.ts:2241:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 2245 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2246 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_591
	.loc 1 2247 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_591:
	.loc 1 2249 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_590:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 2252 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2253 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_593
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_593
	.loc 1 2254 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	subq $48, %rax	# -
	jmp .Lreturn_592
.Lelse_593:
	.loc 1 2256 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_594
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_594
	.loc 1 2257 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	subq $87, %rax	# -
	jmp .Lreturn_592
.Lelse_594:
	.loc 1 2259 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_595
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_595
	.loc 1 2260 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	subq $55, %rax	# -
	jmp .Lreturn_592
.Lelse_595:
	.loc 1 2262 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_592:
	leave
	ret
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 2266 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2267 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	subq var.jsonAt(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_598
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_598
	cmpq $4, %rax	# compare with 4
	jge .Lelse_597
	.loc 1 2268 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_596
.Lelse_597:
	.loc 1 2270 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 2271 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_599:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_601
	.loc 1 2272 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_602
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_602
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 2273 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_603
	.loc 1 2274 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_596
.Lelse_603:
	.loc 1 2276 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	imulq $16, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_604
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_604
	movq %rax, -8(%rbp)	# value =
.Lfornext_600:
	.loc 1 2271 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_599
.Lendfor_601:
	.loc 1 2278 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_605
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_605
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2279 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_596:
	leave
	ret
.Ltrap_598:
	leaq .Lstring273(%rip), %rdi	# trap: kernel.ts:2267:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_602:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:2272:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_604:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:2276:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_605:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:2278:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 2282 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 2283 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_607
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_607
	.loc 1 2284 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	addq var.jsonDecodedLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_608
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_608
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_607:
	.loc 1 2286 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_609
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_606:
	leave
	ret
.Ltrap_608:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:2284:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_609:
	leaq .Lstring278(%rip), %rdi	# trap: kernel.ts:2286:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 2289 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 2290 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_611
	.loc 1 2291 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_612
.Lelse_611:
	.loc 1 2292 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_613
	.loc 1 2293 9
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
	.loc 1 2294 9
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
	jmp .Lendif_614
.Lelse_613:
	.loc 1 2295 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_615
	.loc 1 2296 9
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
	.loc 1 2297 9
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
	.loc 1 2298 9
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
	jmp .Lendif_616
.Lelse_615:
	.loc 1 2300 9
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
	.loc 1 2301 9
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
	.loc 1 2302 9
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
	.loc 1 2303 9
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
.Lendif_616:
.Lendif_614:
.Lendif_612:
.Lreturn_610:
	leave
	ret
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 2309 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 2310 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_618
	.loc 1 2311 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_617
.Lelse_618:
	.loc 1 2313 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_619
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_619
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2314 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 2315 5
	# jsonString: while (true) {
.Lwhile_620:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_621
	.loc 1 2316 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jl .Lelse_622
	.loc 1 2317 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_617
.Lelse_622:
	.loc 1 2319 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 2320 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_623
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_623
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2321 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_624
	.loc 1 2322 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_617
.Lelse_624:
	.loc 1 2324 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_625
	.loc 1 2325 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_617
.Lelse_625:
	.loc 1 2327 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_626
	.loc 1 2328 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 2329 13
	# jsonString: continue;
	jmp .Lwhile_620
.Lelse_626:
	.loc 1 2331 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jl .Lelse_627
	.loc 1 2332 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_617
.Lelse_627:
	.loc 1 2334 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 2335 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_628
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_628
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2336 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_630
	cmpq $92, %rax	# case 92
	je .Lcase_631
	cmpq $47, %rax	# case 47
	je .Lcase_632
	cmpq $98, %rax	# case 98
	je .Lcase_633
	cmpq $102, %rax	# case 102
	je .Lcase_634
	cmpq $110, %rax	# case 110
	je .Lcase_635
	cmpq $114, %rax	# case 114
	je .Lcase_636
	cmpq $116, %rax	# case 116
	je .Lcase_637
	cmpq $117, %rax	# case 117
	je .Lcase_638
	jmp .Lcase_639
.Lcase_630:
	.loc 1 2337 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 2337 49
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_631:
	.loc 1 2338 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 2338 49
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_632:
	.loc 1 2339 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 2339 49
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_633:
	.loc 1 2340 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 2340 48
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_634:
	.loc 1 2341 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 2341 50
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_635:
	.loc 1 2342 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 2342 50
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_636:
	.loc 1 2343 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 2343 50
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_637:
	.loc 1 2344 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 2344 49
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_638:
	.loc 1 2346 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 2347 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_640
	.loc 1 2348 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_617
.Lelse_640:
	.loc 1 2351 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_641
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_641
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	subq var.jsonAt(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_642
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_642
	cmpq $6, %rax	# compare with 6
	jl .Lelse_641
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_641
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_643
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_643
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_641
	.loc 1 2353 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 2354 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $2, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_644
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_644
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2355 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 2356 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_645
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_645
	.loc 1 2357 25
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
	jmp .Lendif_646
.Lelse_645:
	.loc 1 2359 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_646:
.Lelse_641:
	.loc 1 2362 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 2363 17
	# jsonString: break;
	jmp .Lendswitch_629
.Lcase_639:
	.loc 1 2366 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_617
.Lendswitch_629:
	jmp .Lwhile_620
.Lendwhile_621:
.Lreturn_617:
	leave
	ret
.Ltrap_619:
	leaq .Lstring279(%rip), %rdi	# trap: kernel.ts:2313:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_623:
	leaq .Lstring280(%rip), %rdi	# trap: kernel.ts:2320:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_628:
	leaq .Lstring281(%rip), %rdi	# trap: kernel.ts:2335:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_642:
	leaq .Lstring282(%rip), %rdi	# trap: kernel.ts:2351:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_643:
	leaq .Lstring283(%rip), %rdi	# trap: kernel.ts:2352:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_644:
	leaq .Lstring284(%rip), %rdi	# trap: kernel.ts:2354:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 2371 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2372 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 2373 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_648:
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lendwhile_649
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_649
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_649
	.loc 1 2374 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_650
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_650
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2375 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_651
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_648
.Lendwhile_649:
	.loc 1 2377 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_647:
	leave
	ret
.Ltrap_650:
	leaq .Lstring285(%rip), %rdi	# trap: kernel.ts:2374:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_651:
	leaq .Lstring286(%rip), %rdi	# trap: kernel.ts:2375:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 2381 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2382 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_653
	.loc 1 2383 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_654
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_654
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_653:
	.loc 1 2385 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_655
	.loc 1 2386 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_656
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_656
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_657
.Lelse_655:
	.loc 1 2387 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_658
	.loc 1 2388 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_652
.Lelse_658:
.Lendif_657:
	.loc 1 2390 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_659
	.loc 1 2391 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_660
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_660
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2392 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_661
	.loc 1 2393 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_652
.Lelse_661:
.Lelse_659:
	.loc 1 2396 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_663
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_662
.Lskip_663:
	.loc 1 2397 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_664
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_664
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2398 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_666
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_665
.Lskip_666:
	.loc 1 2399 13
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_667
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_667
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_665:
	.loc 1 2401 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_668
	.loc 1 2402 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_652
.Lelse_668:
.Lelse_662:
	.loc 1 2405 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_652:
	leave
	ret
.Ltrap_654:
	leaq .Lstring287(%rip), %rdi	# trap: kernel.ts:2383:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_656:
	leaq .Lstring288(%rip), %rdi	# trap: kernel.ts:2386:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_660:
	leaq .Lstring289(%rip), %rdi	# trap: kernel.ts:2391:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_664:
	leaq .Lstring290(%rip), %rdi	# trap: kernel.ts:2397:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_667:
	leaq .Lstring291(%rip), %rdi	# trap: kernel.ts:2399:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 2408 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 2409 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	subq var.jsonAt(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_672
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_672
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_671
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_670
.Lskip_671:
	.loc 1 2410 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_669
.Lelse_670:
	.loc 1 2412 5
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
	jg .Ltrap_673
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_673
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2413 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_669:
	leave
	ret
.Ltrap_672:
	leaq .Lstring292(%rip), %rdi	# trap: kernel.ts:2409:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_673:
	leaq .Lstring293(%rip), %rdi	# trap: kernel.ts:2412:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 2417 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 2418 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_675
	.loc 1 2419 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_674
.Lelse_675:
	.loc 1 2421 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2422 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 2423 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_676
	.loc 1 2424 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_674
.Lelse_676:
	.loc 1 2426 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_678
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_677
.Lskip_678:
	.loc 1 2427 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_679
	movq $125, %rax
	jmp .Lendcond_680
.Lelse_679:
	movq $93, %rax
.Lendcond_680:
	movq %rax, -24(%rbp)	# closer
	.loc 1 2428 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_681
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_681
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2429 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2430 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	cmpq -24(%rbp), %rax
	jne .Lelse_682
	.loc 1 2431 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_683
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_683
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2432 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_674
.Lelse_682:
	.loc 1 2434 9
	# jsonSkipValue: while (true) {
.Lwhile_684:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_685
	.loc 1 2435 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_686
	.loc 1 2436 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2437 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_687
	.loc 1 2438 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_674
.Lelse_687:
	.loc 1 2440 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2441 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_688
	.loc 1 2442 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_674
.Lelse_688:
	.loc 1 2444 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_689
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_689
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_686:
	.loc 1 2446 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	addq $1, %rax	# +
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_690
	.loc 1 2447 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_674
.Lelse_690:
	.loc 1 2449 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2450 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 2451 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_691
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_691
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2452 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	cmpq -24(%rbp), %rax
	jne .Lelse_692
	.loc 1 2453 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_674
.Lelse_692:
	.loc 1 2455 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_693
	.loc 1 2456 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_674
.Lelse_693:
	jmp .Lwhile_684
.Lendwhile_685:
.Lelse_677:
	.loc 1 2460 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_694
	.loc 1 2461 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring294(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_674
.Lelse_694:
	.loc 1 2463 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_695
	.loc 1 2464 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring295(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_674
.Lelse_695:
	.loc 1 2466 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_696
	.loc 1 2467 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring296(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_674
.Lelse_696:
	.loc 1 2469 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_674:
	leave
	ret
.Ltrap_681:
	leaq .Lstring297(%rip), %rdi	# trap: kernel.ts:2428:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_683:
	leaq .Lstring298(%rip), %rdi	# trap: kernel.ts:2431:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_689:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:2444:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_691:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:2451:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 2473 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 2474 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2475 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_698
	.loc 1 2476 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_699
	.loc 1 2477 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_697
.Lelse_699:
	.loc 1 2479 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 2480 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_697
.Lelse_698:
	.loc 1 2482 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_700
	.loc 1 2483 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_697
.Lelse_700:
	.loc 1 2485 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_697:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function jsonMemberSeconds(notSecondsReason)
	.type fn.jsonMemberSeconds,@function
fn.jsonMemberSeconds:
	.loc 1 2492 1
	# jsonMemberSeconds: function jsonMemberSeconds(notSecondsReason: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter notSecondsReason
	.loc 1 2493 5
	# jsonMemberSeconds: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2494 5
	# jsonMemberSeconds: const start = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -16(%rbp)	# start
	.loc 1 2495 5
	# jsonMemberSeconds: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_702
	.loc 1 2496 9
	# jsonMemberSeconds: return -1;
	movq $-1, %rax
	jmp .Lreturn_701
.Lelse_702:
	.loc 1 2498 5
	# jsonMemberSeconds: const seconds = secondsFromBytes(start, jsonAt - start);
	movq -16(%rbp), %rax	# start
	pushq %rax
	movq var.jsonAt(%rip), %rax	# jsonAt
	subq -16(%rbp), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_703
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_703
	movq %rax, %rsi
	popq %rdi
	call fn.secondsFromBytes
	movq %rax, -24(%rbp)	# seconds
	.loc 1 2499 5
	# jsonMemberSeconds: if (seconds < 0) {
	movq -24(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jge .Lelse_704
	.loc 1 2500 9
	# jsonMemberSeconds: jsonFail(notSecondsReason);
	movq -8(%rbp), %rdi	# notSecondsReason
	call fn.jsonFail
.Lelse_704:
	.loc 1 2502 5
	# jsonMemberSeconds: return seconds;
	movq -24(%rbp), %rax	# seconds
.Lreturn_701:
	leave
	ret
.Ltrap_703:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:2498:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonMemberSeconds, .-fn.jsonMemberSeconds

# function readJsonCommand()
	.type fn.readJsonCommand,@function
fn.readJsonCommand:
	.loc 1 2508 1
	# readJsonCommand: function readJsonCommand(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 2509 5
	# readJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2510 5
	# readJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq var.commandLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_706
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_706
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 2511 5
	# readJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 2512 5
	# readJsonCommand: jsonWhenLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	.loc 1 2513 5
	# readJsonCommand: jsonAckLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	.loc 1 2514 5
	# readJsonCommand: jsonActionLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	.loc 1 2515 5
	# readJsonCommand: jsonDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	.loc 1 2516 5
	# readJsonCommand: jsonAckDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	.loc 1 2517 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2518 5
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_707
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_707
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2519 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2520 5
	# readJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_708
	.loc 1 2521 9
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_709
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_709
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_710
.Lelse_708:
	.loc 1 2523 9
	# readJsonCommand: while (jsonError === 0) {
.Lwhile_711:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_712
	.loc 1 2524 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2525 13
	# readJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_713
	.loc 1 2526 17
	# readJsonCommand: break;
	jmp .Lendwhile_712
.Lelse_713:
	.loc 1 2528 13
	# readJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -8(%rbp)	# keyLength
	.loc 1 2529 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2530 13
	# readJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_714
	.loc 1 2531 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 2532 17
	# readJsonCommand: break;
	jmp .Lendwhile_712
.Lelse_714:
	.loc 1 2534 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_715
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_715
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2535 13
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring302(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_716
	.loc 1 2536 17
	# readJsonCommand: jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	jmp .Lendif_717
.Lelse_716:
	.loc 1 2537 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring303(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_718
	.loc 1 2538 17
	# readJsonCommand: jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	jmp .Lendif_719
.Lelse_718:
	.loc 1 2539 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring304(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_720
	.loc 1 2540 17
	# readJsonCommand: jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRI...
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	jmp .Lendif_721
.Lelse_720:
	.loc 1 2541 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "delay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring305(%rip), %rdx	# "delay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_722
	.loc 1 2542 17
	# readJsonCommand: jsonDelay = jsonMemberSeconds(BOGUS_DELAY_NOT_SECONDS);
	movq $15, %rdi	# BOGUS_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	jmp .Lendif_723
.Lelse_722:
	.loc 1 2543 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ackDelay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring306(%rip), %rdx	# "ackDelay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_724
	.loc 1 2544 17
	# readJsonCommand: jsonAckDelay = jsonMemberSeconds(BOGUS_ACK_DELAY_NOT_SECONDS);
	movq $16, %rdi	# BOGUS_ACK_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	jmp .Lendif_725
.Lelse_724:
	.loc 1 2546 17
	# readJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_725:
.Lendif_723:
.Lendif_721:
.Lendif_719:
.Lendif_717:
	.loc 1 2548 13
	# readJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_726
	.loc 1 2549 17
	# readJsonCommand: break;
	jmp .Lendwhile_712
.Lelse_726:
	.loc 1 2551 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2552 13
	# readJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# next
	.loc 1 2553 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_727
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_727
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2554 13
	# readJsonCommand: if (next === 125) {
	movq -16(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_728
	.loc 1 2555 17
	# readJsonCommand: break;
	jmp .Lendwhile_712
.Lelse_728:
	.loc 1 2557 13
	# readJsonCommand: if (next !== 44) {
	movq -16(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_729
	.loc 1 2558 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_729:
	jmp .Lwhile_711
.Lendwhile_712:
.Lendif_710:
	.loc 1 2562 5
	# readJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_730
	.loc 1 2563 9
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2564 9
	# readJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	cmpq var.jsonEnd(%rip), %rax
	jge .Lelse_731
	.loc 1 2565 13
	# readJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_731:
.Lelse_730:
	.loc 1 2568 5
	# readJsonCommand: if (jsonError === 0 && jsonWhenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_732
	movq var.jsonWhenLength(%rip), %rax	# jsonWhenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_732
	.loc 1 2569 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_732:
	.loc 1 2571 5
	# readJsonCommand: if (jsonError === 0 && jsonAckLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_733
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_733
	.loc 1 2572 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_733:
	.loc 1 2574 5
	# readJsonCommand: if (jsonError === 0 && jsonActionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_734
	movq var.jsonActionLength(%rip), %rax	# jsonActionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_734
	.loc 1 2575 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_734:
	.loc 1 2577 5
	# readJsonCommand: return jsonError;
	movq var.jsonError(%rip), %rax	# jsonError
.Lreturn_705:
	leave
	ret
.Ltrap_706:
	leaq .Lstring307(%rip), %rdi	# trap: kernel.ts:2510:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_707:
	leaq .Lstring308(%rip), %rdi	# trap: kernel.ts:2518:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_709:
	leaq .Lstring309(%rip), %rdi	# trap: kernel.ts:2521:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_715:
	leaq .Lstring310(%rip), %rdi	# trap: kernel.ts:2534:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_727:
	leaq .Lstring311(%rip), %rdi	# trap: kernel.ts:2553:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readJsonCommand, .-fn.readJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 2639 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 2640 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_736:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_738
	.loc 1 2641 9
	# clearWords: store64(address + i * 8, 0);
	movq -24(%rbp), %rax	# i
	imulq $8, %rax	# *
	movq %rax, %rdi
	movq -8(%rbp), %rax	# address
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_739
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_739
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_737:
	.loc 1 2640 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_736
.Lendfor_738:
.Lreturn_735:
	leave
	ret
.Ltrap_739:
	leaq .Lstring312(%rip), %rdi	# trap: kernel.ts:2641:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 2647 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 7 local slot(s)
	.loc 1 2648 5
	# publishFrameListTree: const entries = p2mExtended ? balloonPfnLimit : domainPages;
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_741
	movq var.balloonPfnLimit(%rip), %rax	# balloonPfnLimit
	jmp .Lendcond_742
.Lelse_741:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_742:
	movq %rax, -8(%rbp)	# entries
	.loc 1 2649 5
	# publishFrameListTree: const builderPages = Math.floor(p2mBuilderEntries / P2M_ENTRIES_PER_P...
	movq var.p2mBuilderEntries(%rip), %rax	# p2mBuilderEntries
	sarq $9, %rax	# Math.floor(a / 512)
	movq %rax, -16(%rbp)	# builderPages
	.loc 1 2650 5
	# publishFrameListTree: const p2mPages = Math.floor((entries + P2M_ENTRIES_PER_PAGE - 1) / P2...
	movq -8(%rbp), %rax	# entries
	addq $512, %rax	# +
	jo .Ltrap_743
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_743
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_743
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_743
	sarq $9, %rax	# Math.floor(a / 512)
	movq %rax, -24(%rbp)	# p2mPages
	.loc 1 2651 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -24(%rbp), %rax	# p2mPages
	addq $512, %rax	# +
	subq $1, %rax	# -
	sarq $9, %rax	# Math.floor(a / 512)
	movq %rax, -32(%rbp)	# frameListCount
	.loc 1 2652 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -32(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_744
	.loc 1 2653 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring313(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 2654 9
	# publishFrameListTree: printDecimal(entries);
	movq -8(%rbp), %rdi	# entries
	call fn.printDecimal
	.loc 1 2655 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring314(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 2656 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_740
.Lelse_744:
	.loc 1 2658 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 2659 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# frameListCount
	imulq $512, %rax	# *
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 2660 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# page
.Lfor_745:
	movq -40(%rbp), %rax	# page
	cmpq -24(%rbp), %rax
	jge .Lendfor_747
	.loc 1 2661 9
	# publishFrameListTree: const address = p2mExtended && page >= builderPages ?
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_748
	movq -40(%rbp), %rax	# page
	cmpq -16(%rbp), %rax
	jl .Lelse_748
	movq -40(%rbp), %rax	# page
	subq -16(%rbp), %rax	# -
	imulq $4096, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_750
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_750
	movq %rax, %rdi
	leaq buf.p2mExtension(%rip), %rax	# p2mExtension
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_751
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_751
	jmp .Lendcond_749
.Lelse_748:
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -40(%rbp), %rax	# page
	imulq $4096, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_752
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_753
.Lendcond_749:
	movq %rax, -48(%rbp)	# address
	.loc 1 2663 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(address));
	movq -40(%rbp), %rax	# page
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.frameLists(%rip), %rax	# frameLists
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_754
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_754
	pushq %rax
	movq -48(%rbp), %rdi	# address
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_746:
	.loc 1 2660 41
	# publishFrameListTree: page++
	movq -40(%rbp), %rax	# page
	addq $1, %rax	# ++
	movq %rax, -40(%rbp)	# page =
	jmp .Lfor_745
.Lendfor_747:
	.loc 1 2665 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -56(%rbp)	# list
.Lfor_755:
	movq -56(%rbp), %rax	# list
	cmpq -32(%rbp), %rax
	jge .Lendfor_757
	.loc 1 2666 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	movq -56(%rbp), %rax	# list
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.frameListList(%rip), %rax	# frameListList
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_758
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_758
	pushq %rax
	movq -56(%rbp), %rax	# list
	imulq $4096, %rax	# *
	movq %rax, %rdi
	leaq buf.frameLists(%rip), %rax	# frameLists
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_759
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_759
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_756:
	.loc 1 2665 47
	# publishFrameListTree: list++
	movq -56(%rbp), %rax	# list
	addq $1, %rax	# ++
	movq %rax, -56(%rbp)	# list =
	jmp .Lfor_755
.Lendfor_757:
	.loc 1 2668 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, entries);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $3088, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_760
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_760
	movq %rax, %rdi
	movq -8(%rbp), %rax	# entries
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2669 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 2670 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $3096, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_761
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_761
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2671 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_740:
	leave
	ret
.Ltrap_743:
	leaq .Lstring315(%rip), %rdi	# trap: kernel.ts:2650:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_750:
	leaq .Lstring316(%rip), %rdi	# trap: kernel.ts:2662:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_751:
	leaq .Lstring317(%rip), %rdi	# trap: kernel.ts:2662:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_752:
	leaq .Lstring318(%rip), %rdi	# trap: kernel.ts:2662:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_753:
	leaq .Lstring319(%rip), %rdi	# trap: kernel.ts:2662:64: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_754:
	leaq .Lstring320(%rip), %rdi	# trap: kernel.ts:2663:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_758:
	leaq .Lstring321(%rip), %rdi	# trap: kernel.ts:2666:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_759:
	leaq .Lstring322(%rip), %rdi	# trap: kernel.ts:2666:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_760:
	leaq .Lstring323(%rip), %rdi	# trap: kernel.ts:2668:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_761:
	leaq .Lstring324(%rip), %rdi	# trap: kernel.ts:2670:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 2674 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2675 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 2676 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_763
	.loc 1 2677 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_763:
	.loc 1 2679 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_762:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendHypercall(startInfoFrame)
	.type fn.suspendHypercall,@function
fn.suspendHypercall:
	.loc 1 2683 1
	# suspendHypercall: function suspendHypercall(startInfoFrame: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoFrame
	.loc 1 2684 5
	# suspendHypercall: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2685 5
	# suspendHypercall: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArgum...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_764:
	leave
	ret
	.size fn.suspendHypercall, .-fn.suspendHypercall

# function suspendPv()
	.type fn.suspendPv,@function
fn.suspendPv:
	.loc 1 2689 1
	# suspendPv: function suspendPv(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2692 5
	# suspendPv: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 2693 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $56, %rax	# +
	jo .Ltrap_766
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_766
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_766
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	sarq $12, %rax	# Math.floor(a / 4096)
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2694 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $72, %rax	# +
	jo .Ltrap_767
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_767
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_767
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	sarq $12, %rax	# Math.floor(a / 4096)
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2695 5
	# suspendPv: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 2696 5
	# suspendPv: const result = unmapResult === 0 ? suspendHypercall(startInfoFrame) :...
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_768
	movq -8(%rbp), %rdi	# startInfoFrame
	call fn.suspendHypercall
	jmp .Lendcond_769
.Lelse_768:
	movq -16(%rbp), %rax	# unmapResult
.Lendcond_769:
	movq %rax, -24(%rbp)	# result
	.loc 1 2697 5
	# suspendPv: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_770
	.loc 1 2698 9
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
	jmp .Lreturn_765
.Lelse_770:
	.loc 1 2703 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	addq $56, %rax	# +
	jo .Ltrap_771
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_771
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_771
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2704 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $72, %rax	# +
	jo .Ltrap_772
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_772
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_772
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2705 5
	# suspendPv: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_773
	.loc 1 2706 9
	# suspendPv: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_773:
	.loc 1 2708 5
	# suspendPv: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2709 5
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
.Lreturn_765:
	leave
	ret
.Ltrap_766:
	leaq .Lstring325(%rip), %rdi	# trap: kernel.ts:2693:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_767:
	leaq .Lstring326(%rip), %rdi	# trap: kernel.ts:2694:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_771:
	leaq .Lstring327(%rip), %rdi	# trap: kernel.ts:2703:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_772:
	leaq .Lstring328(%rip), %rdi	# trap: kernel.ts:2704:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendPv, .-fn.suspendPv

# function suspendPvh()
	.type fn.suspendPvh,@function
fn.suspendPvh:
	.loc 1 2719 1
	# suspendPvh: function suspendPvh(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2720 5
	# suspendPvh: const result = suspendHypercall(0);
	movq $0, %rdi
	call fn.suspendHypercall
	movq %rax, -8(%rbp)	# result
	.loc 1 2721 5
	# suspendPvh: if (result !== 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	je .Lelse_775
	.loc 1 2722 9
	# suspendPvh: return result;
	movq -8(%rbp), %rax	# result
	jmp .Lreturn_774
.Lelse_775:
	.loc 1 2724 5
	# suspendPvh: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
	.loc 1 2725 5
	# suspendPvh: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -16(%rbp)	# missing
	.loc 1 2726 5
	# suspendPvh: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2727 5
	# suspendPvh: startTicking();
	call fn.startTicking
	.loc 1 2728 5
	# suspendPvh: if (missing.length > 0) {
	movq -16(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_776
	.loc 1 2729 9
	# suspendPvh: print("resume: Xen gave no value for ");
	leaq .Lstring329(%rip), %rdi	# "resume: Xen gave no value for "
	call fn.print
	.loc 1 2730 9
	# suspendPvh: log(missing);
	movq -16(%rbp), %rdi	# missing
	call fn.log
.Lelse_776:
	.loc 1 2732 5
	# suspendPvh: const id = readDomainId();
	call fn.readDomainId
	movq %rax, -24(%rbp)	# id
	.loc 1 2733 5
	# suspendPvh: return id >= 0 && id === domainId ? 1 : 0;
	movq -24(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jl .Lelse_777
	movq -24(%rbp), %rax	# id
	cmpq var.domainId(%rip), %rax
	jne .Lelse_777
	movq $1, %rax
	jmp .Lendcond_778
.Lelse_777:
	movq $0, %rax
.Lendcond_778:
.Lreturn_774:
	leave
	ret
	.size fn.suspendPvh, .-fn.suspendPvh

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 2736 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2737 5
	# suspendDomain: if (bootMode === BOOT_MODE_PV && !publishFrameListTree()) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_780
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_780
	.loc 1 2738 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring330(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 2739 9
	# suspendDomain: return;
	jmp .Lreturn_779
.Lelse_780:
	.loc 1 2741 5
	# suspendDomain: log("suspending");
	leaq .Lstring331(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 2742 5
	# suspendDomain: publishState("suspending");
	leaq .Lstring331(%rip), %rdi	# "suspending"
	call fn.publishState
	.loc 1 2743 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 2744 5
	# suspendDomain: const result = bootMode === BOOT_MODE_PV ? suspendPv() : suspendPvh();
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_781
	call fn.suspendPv
	jmp .Lendcond_782
.Lelse_781:
	call fn.suspendPvh
.Lendcond_782:
	movq %rax, -8(%rbp)	# result
	.loc 1 2745 5
	# suspendDomain: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_783
	.loc 1 2746 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 2747 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_784
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	.loc 1 2748 9
	# suspendDomain: publishState("running");
	leaq .Lstring332(%rip), %rdi	# "running"
	call fn.publishState
	.loc 1 2749 9
	# suspendDomain: return;
	jmp .Lreturn_779
.Lelse_783:
	.loc 1 2751 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 2752 5
	# suspendDomain: if (result === 1) {
	movq -8(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_785
	.loc 1 2753 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring333(%rip), %rdi	# "suspend cancelled"
	call fn.log
	.loc 1 2754 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_786
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	jmp .Lendif_787
.Lelse_785:
	.loc 1 2756 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring334(%rip), %rdi	# "suspend failed: error "
	movq -8(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_787:
	.loc 1 2758 5
	# suspendDomain: offerFreshSuspendChannel(true);
	movq $1, %rdi	# true
	call fn.offerFreshSuspendChannel
	.loc 1 2759 5
	# suspendDomain: publishState("running");
	leaq .Lstring332(%rip), %rdi	# "running"
	call fn.publishState
.Lreturn_779:
	leave
	ret
.Ltrap_784:
	leaq .Lstring335(%rip), %rdi	# trap: kernel.ts:2747:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_786:
	leaq .Lstring336(%rip), %rdi	# trap: kernel.ts:2754:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 2767 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2768 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 2769 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_789
	.loc 1 2770 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring337(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 2771 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 2772 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_789:
	.loc 1 2774 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_790
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_790
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_788:
	leave
	ret
.Ltrap_790:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:2774:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 2777 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2778 5
	# resumeInNewDomain: if (bootMode === BOOT_MODE_PV) {     // PVH has done this already, in...
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_792
	.loc 1 2779 9
	# resumeInNewDomain: readStartInfo();
	call fn.readStartInfo
	.loc 1 2780 9
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2781 9
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 2782 9
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_792:
	.loc 1 2784 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 2785 5
	# resumeInNewDomain: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 2788 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2789 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2790 5
	# resumeInNewDomain: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 2791 5
	# resumeInNewDomain: targetWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	.loc 1 2792 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 2793 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 2794 5
	# resumeInNewDomain: sysrqRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 2795 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring339(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 2796 5
	# resumeInNewDomain: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 2797 5
	# resumeInNewDomain: if (targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	je .Lelse_793
	.loc 1 2798 9
	# resumeInNewDomain: watch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring340(%rip), %rdi	# "memory/target"
	leaq .Lstring129(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.watch
.Lelse_793:
	.loc 1 2800 5
	# resumeInNewDomain: offerFreshSuspendChannel(false);
	movq $0, %rdi	# false
	call fn.offerFreshSuspendChannel
	.loc 1 2801 5
	# resumeInNewDomain: if (agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_794
	.loc 1 2802 9
	# resumeInNewDomain: writeAgentKeys();
	call fn.writeAgentKeys
.Lelse_794:
.Lreturn_791:
	leave
	ret
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function suspendChannelModeFromBytes(address, length)
	.type fn.suspendChannelModeFromBytes,@function
fn.suspendChannelModeFromBytes:
	.loc 1 2832 1
	# suspendChannelModeFromBytes: function suspendChannelModeFromBytes(address: number, length: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 2833 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "on")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring341(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_796
	.loc 1 2834 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_ON;
	movq $1, %rax	# SUSPEND_CHANNEL_ON
	jmp .Lreturn_795
.Lelse_796:
	.loc 1 2836 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "ignore")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring162(%rip), %rdx	# "ignore"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_797
	.loc 1 2837 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_IGNORE;
	movq $2, %rax	# SUSPEND_CHANNEL_IGNORE
	jmp .Lreturn_795
.Lelse_797:
	.loc 1 2839 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "off")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring342(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_798
	.loc 1 2840 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_OFF;
	movq $0, %rax	# SUSPEND_CHANNEL_OFF
	jmp .Lreturn_795
.Lelse_798:
	.loc 1 2842 5
	# suspendChannelModeFromBytes: return -1;
	movq $-1, %rax
.Lreturn_795:
	leave
	ret
	.size fn.suspendChannelModeFromBytes, .-fn.suspendChannelModeFromBytes

# function setSuspendChannel(mode)
	.type fn.setSuspendChannel,@function
fn.setSuspendChannel:
	.loc 1 2845 1
	# setSuspendChannel: function setSuspendChannel(mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 2846 5
	# setSuspendChannel: resultAppend("suspend channel: ");
	leaq .Lstring343(%rip), %rdi	# "suspend channel: "
	call fn.resultAppend
	.loc 1 2847 5
	# setSuspendChannel: resultAppend(suspendChannelModeName(mode));
	movq -8(%rbp), %rdi	# mode
	call fn.suspendChannelModeName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 2848 5
	# setSuspendChannel: if (mode === SUSPEND_CHANNEL_OFF) {
	movq -8(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	jne .Lelse_800
	.loc 1 2849 9
	# setSuspendChannel: if (suspendChannelPort === NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	jne .Lelse_801
	.loc 1 2850 13
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2851 13
	# setSuspendChannel: log("suspend channel: none offered");
	leaq .Lstring344(%rip), %rdi	# "suspend channel: none offered"
	call fn.log
	.loc 1 2852 13
	# setSuspendChannel: return;
	jmp .Lreturn_799
.Lelse_801:
	.loc 1 2854 9
	# setSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
	.loc 1 2855 9
	# setSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2856 9
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2857 9
	# setSuspendChannel: const result = storeWriteText("device/suspend/event-channel", "");
	leaq .Lstring345(%rip), %rdi	# "device/suspend/event-channel"
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2858 9
	# setSuspendChannel: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_802
	.loc 1 2859 13
	# setSuspendChannel: logPathError("suspend channel: cannot empty ", "device/suspend/event-...
	leaq .Lstring346(%rip), %rdi	# "suspend channel: cannot empty "
	leaq .Lstring345(%rip), %rsi	# "device/suspend/event-channel"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_802:
	.loc 1 2861 9
	# setSuspendChannel: log("suspend channel: withdrawn");
	leaq .Lstring347(%rip), %rdi	# "suspend channel: withdrawn"
	call fn.log
	.loc 1 2862 9
	# setSuspendChannel: return;
	jmp .Lreturn_799
.Lelse_800:
	.loc 1 2864 5
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2865 5
	# setSuspendChannel: if (suspendChannelPort !== NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_803
	.loc 1 2866 9
	# setSuspendChannel: log(mode === SUSPEND_CHANNEL_ON ? "suspend channel: notifications obe...
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_804
	leaq .Lstring348(%rip), %rax	# "suspend channel: notifications obeyed"
	jmp .Lendcond_805
.Lelse_804:
	leaq .Lstring349(%rip), %rax	# "suspend channel: notifications ignored"
.Lendcond_805:
	movq %rax, %rdi
	call fn.log
	.loc 1 2868 9
	# setSuspendChannel: return;
	jmp .Lreturn_799
.Lelse_803:
	.loc 1 2870 5
	# setSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lreturn_799:
	leave
	ret
	.size fn.setSuspendChannel, .-fn.setSuspendChannel

# function offerSuspendChannel()
	.type fn.offerSuspendChannel,@function
fn.offerSuspendChannel:
	.loc 1 2875 1
	# offerSuspendChannel: function offerSuspendChannel(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2876 5
	# offerSuspendChannel: const port = allocatePortForDom0();
	call fn.allocatePortForDom0
	movq %rax, -8(%rbp)	# port
	.loc 1 2877 5
	# offerSuspendChannel: if (port < 0) {
	movq -8(%rbp), %rax	# port
	cmpq $0, %rax	# compare with 0
	jge .Lelse_807
	.loc 1 2878 9
	# offerSuspendChannel: logErrno("suspend channel: cannot offer: error ", port);
	leaq .Lstring350(%rip), %rdi	# "suspend channel: cannot offer: error "
	movq -8(%rbp), %rsi	# port
	call fn.logErrno
	.loc 1 2879 9
	# offerSuspendChannel: return;
	jmp .Lreturn_806
.Lelse_807:
	.loc 1 2881 5
	# offerSuspendChannel: const digits = decimalIntoBytes(suspendChannelDigits, port);
	leaq buf.suspendChannelDigits(%rip), %rdi	# suspendChannelDigits
	movq -8(%rbp), %rsi	# port
	call fn.decimalIntoBytes
	movq %rax, -16(%rbp)	# digits
	.loc 1 2882 5
	# offerSuspendChannel: const result = storeWrite("device/suspend/event-channel", suspendChan...
	leaq .Lstring345(%rip), %rdi	# "device/suspend/event-channel"
	leaq buf.suspendChannelDigits(%rip), %rsi	# suspendChannelDigits
	movq -16(%rbp), %rdx	# digits
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 2883 5
	# offerSuspendChannel: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_808
	.loc 1 2884 9
	# offerSuspendChannel: closePort(port);
	movq -8(%rbp), %rdi	# port
	call fn.closePort
	.loc 1 2885 9
	# offerSuspendChannel: logPathError("suspend channel: cannot offer: ", "device/suspend/event...
	leaq .Lstring351(%rip), %rdi	# "suspend channel: cannot offer: "
	leaq .Lstring345(%rip), %rsi	# "device/suspend/event-channel"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
	.loc 1 2886 9
	# offerSuspendChannel: return;
	jmp .Lreturn_806
.Lelse_808:
	.loc 1 2888 5
	# offerSuspendChannel: suspendChannelPort = port;
	movq -8(%rbp), %rax	# port
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2889 5
	# offerSuspendChannel: print("suspend channel: port ");
	leaq .Lstring352(%rip), %rdi	# "suspend channel: port "
	call fn.print
	.loc 1 2890 5
	# offerSuspendChannel: printDecimal(port);
	movq -8(%rbp), %rdi	# port
	call fn.printDecimal
	.loc 1 2891 5
	# offerSuspendChannel: print(" offered");
	leaq .Lstring353(%rip), %rdi	# " offered"
	call fn.print
	.loc 1 2892 5
	# offerSuspendChannel: log(suspendChannelMode === SUSPEND_CHANNEL_IGNORE ? " (notifications ...
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_809
	leaq .Lstring354(%rip), %rax	# " (notifications ignored)"
	jmp .Lendcond_810
.Lelse_809:
	leaq .Lstring33(%rip), %rax	# ""
.Lendcond_810:
	movq %rax, %rdi
	call fn.log
.Lreturn_806:
	leave
	ret
	.size fn.offerSuspendChannel, .-fn.offerSuspendChannel

# function offerFreshSuspendChannel(sameDomain)
	.type fn.offerFreshSuspendChannel,@function
fn.offerFreshSuspendChannel:
	.loc 1 2897 1
	# offerFreshSuspendChannel: function offerFreshSuspendChannel(sameDomain: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter sameDomain
	.loc 1 2898 5
	# offerFreshSuspendChannel: if (sameDomain && suspendChannelPort !== NO_PORT) {
	movq -8(%rbp), %rax	# sameDomain
	testq %rax, %rax
	je .Lelse_812
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_812
	.loc 1 2899 9
	# offerFreshSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
.Lelse_812:
	.loc 1 2901 5
	# offerFreshSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2902 5
	# offerFreshSuspendChannel: if (suspendChannelMode !== SUSPEND_CHANNEL_OFF) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	je .Lelse_813
	.loc 1 2903 9
	# offerFreshSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lelse_813:
.Lreturn_811:
	leave
	ret
	.size fn.offerFreshSuspendChannel, .-fn.offerFreshSuspendChannel

# function handleSuspendChannelNotification()
	.type fn.handleSuspendChannelNotification,@function
fn.handleSuspendChannelNotification:
	.loc 1 2907 1
	# handleSuspendChannelNotification: function handleSuspendChannelNotification(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2908 5
	# handleSuspendChannelNotification: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 2909 5
	# handleSuspendChannelNotification: if (suspendChannelMode !== SUSPEND_CHANNEL_ON) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	je .Lelse_815
	.loc 1 2910 9
	# handleSuspendChannelNotification: log("suspend channel: notification ignored");
	leaq .Lstring355(%rip), %rdi	# "suspend channel: notification ignored"
	call fn.log
	.loc 1 2911 9
	# handleSuspendChannelNotification: return;
	jmp .Lreturn_814
.Lelse_815:
	.loc 1 2913 5
	# handleSuspendChannelNotification: log("suspend channel: notified");
	leaq .Lstring356(%rip), %rdi	# "suspend channel: notified"
	call fn.log
	.loc 1 2914 5
	# handleSuspendChannelNotification: performAction(ACTION_SUSPEND);
	movq $5, %rdi	# ACTION_SUSPEND
	call fn.performAction
.Lreturn_814:
	leave
	ret
	.size fn.handleSuspendChannelNotification, .-fn.handleSuspendChannelNotification

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 2944 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 2945 5
	# performAction: print("action: ");
	leaq .Lstring223(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 2946 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2947 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_818
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_819
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_820
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_821
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_822
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_823
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_824
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_825
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_826
	jmp .Lcase_827
.Lcase_818:
.Lcase_819:
	.loc 1 2950 13
	# performAction: actLast(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.actLast
	.loc 1 2951 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_820:
	.loc 1 2953 13
	# performAction: actLast(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.actLast
	.loc 1 2954 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_821:
	.loc 1 2956 13
	# performAction: actLast(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.actLast
	.loc 1 2957 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_822:
	.loc 1 2959 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 2960 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_823:
	.loc 1 2962 13
	# performAction: publishState("hung");
	leaq .Lstring357(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 2963 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2964 13
	# performAction: hangForever();
	call fn.hangForever
	.loc 1 2965 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_824:
	.loc 1 2967 13
	# performAction: publishState("hung");
	leaq .Lstring357(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 2968 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2969 13
	# performAction: spinForever();
	call fn.spinForever
	.loc 1 2970 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_825:
	.loc 1 2972 13
	# performAction: armWatchdogNeverFed();
	call fn.armWatchdogNeverFed
	.loc 1 2973 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_826:
	.loc 1 2975 13
	# performAction: actLast(SHUTDOWN_SOFT_RESET);
	movq $5, %rdi	# SHUTDOWN_SOFT_RESET
	call fn.actLast
	.loc 1 2976 13
	# performAction: break;
	jmp .Lendswitch_817
.Lcase_827:
	.loc 1 2978 13
	# performAction: break;
	jmp .Lendswitch_817
.Lendswitch_817:
.Lreturn_816:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function actLast(reason)
	.type fn.actLast,@function
fn.actLast:
	.loc 1 2983 1
	# actLast: function actLast(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2984 5
	# actLast: publishState("acting");
	leaq .Lstring358(%rip), %rdi	# "acting"
	call fn.publishState
	.loc 1 2985 5
	# actLast: consoleDrain();
	call fn.consoleDrain
	.loc 1 2986 5
	# actLast: shutdownForever(reason);
	movq -8(%rbp), %rdi	# reason
	call fn.shutdownForever
.Lreturn_828:
	leave
	ret
	.size fn.actLast, .-fn.actLast

# function hangForever()
	.type fn.hangForever,@function
fn.hangForever:
	.loc 1 2989 1
	# hangForever: function hangForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2990 5
	# hangForever: while (true) {
.Lwhile_830:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_831
	.loc 1 2991 9
	# hangForever: if (sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	je .Lelse_832
	.loc 1 2992 13
	# hangForever: portPending(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.portPending
.Lelse_832:
	.loc 1 2994 9
	# hangForever: if (pollPorts(storePort, NO_PORT, 0, 0) < 0) {
	movq var.storePort(%rip), %rdi	# storePort
	movq $-1, %rsi	# NO_PORT
	movq $0, %rdx
	movq $0, %rcx
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_833
	.loc 1 2995 13
	# hangForever: yieldCpu();
	call fn.yieldCpu
.Lelse_833:
	jmp .Lwhile_830
.Lendwhile_831:
.Lreturn_829:
	leave
	ret
	.size fn.hangForever, .-fn.hangForever

# function spinForever()
	.type fn.spinForever,@function
fn.spinForever:
	.loc 1 3000 1
	# spinForever: function spinForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3001 5
	# spinForever: while (true) {
.Lwhile_835:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_836
	.loc 1 3002 9
	# spinForever: cpuRelax();
	pause	# cpuRelax: the spin-wait hint; the loop around it is the program's
	jmp .Lwhile_835
.Lendwhile_836:
.Lreturn_834:
	leave
	ret
	.size fn.spinForever, .-fn.spinForever

# function armWatchdogNeverFed()
	.type fn.armWatchdogNeverFed,@function
fn.armWatchdogNeverFed:
	.loc 1 3008 1
	# armWatchdogNeverFed: function armWatchdogNeverFed(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3009 5
	# armWatchdogNeverFed: store32(hypercallArguments, 0);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3010 5
	# armWatchdogNeverFed: store32(hypercallArguments + 4, WATCHDOG_SECONDS);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $4, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_838
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_838
	movq %rax, %rdi
	movq $1, %rax	# WATCHDOG_SECONDS
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3011 5
	# armWatchdogNeverFed: const id = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_WATCHDOG, hypercallA...
	movq $6, %rdi	# SCHEDOP_WATCHDOG
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	movq %rax, -8(%rbp)	# id
	.loc 1 3012 5
	# armWatchdogNeverFed: if (id < 0) {
	movq -8(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jge .Lelse_839
	.loc 1 3013 9
	# armWatchdogNeverFed: logErrno("watchdog: SCHEDOP_watchdog failed: error ", id);
	leaq .Lstring359(%rip), %rdi	# "watchdog: SCHEDOP_watchdog failed: erro
	movq -8(%rbp), %rsi	# id
	call fn.logErrno
	.loc 1 3014 9
	# armWatchdogNeverFed: return;
	jmp .Lreturn_837
.Lelse_839:
	.loc 1 3016 5
	# armWatchdogNeverFed: log("watchdog armed: 1 s, never fed");
	leaq .Lstring360(%rip), %rdi	# "watchdog armed: 1 s, never fed"
	call fn.log
.Lreturn_837:
	leave
	ret
.Ltrap_838:
	leaq .Lstring361(%rip), %rdi	# trap: kernel.ts:3010:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.armWatchdogNeverFed, .-fn.armWatchdogNeverFed

# function p2mEntry(pfn)
	.type fn.p2mEntry,@function
fn.p2mEntry:
	.loc 1 3097 1
	# p2mEntry: function p2mEntry(pfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter pfn
	.loc 1 3098 5
	# p2mEntry: if (pfn < p2mBuilderEntries) {
	movq -8(%rbp), %rax	# pfn
	cmpq var.p2mBuilderEntries(%rip), %rax
	jge .Lelse_841
	.loc 1 3099 9
	# p2mEntry: return mfnList + pfn * 8;
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -8(%rbp), %rax	# pfn
	imulq $8, %rax	# *
	jo .Ltrap_842
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_842
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_842
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_843
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_843
	jmp .Lreturn_840
.Lelse_841:
	.loc 1 3101 5
	# p2mEntry: return p2mExtension + (pfn - p2mBuilderEntries) * 8;
	movq -8(%rbp), %rax	# pfn
	subq var.p2mBuilderEntries(%rip), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_844
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_844
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_845
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_845
	movq %rax, %rdi
	leaq buf.p2mExtension(%rip), %rax	# p2mExtension
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_846
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_846
.Lreturn_840:
	leave
	ret
.Ltrap_842:
	leaq .Lstring362(%rip), %rdi	# trap: kernel.ts:3099:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_843:
	leaq .Lstring363(%rip), %rdi	# trap: kernel.ts:3099:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_844:
	leaq .Lstring364(%rip), %rdi	# trap: kernel.ts:3101:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_845:
	leaq .Lstring365(%rip), %rdi	# trap: kernel.ts:3101:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_846:
	leaq .Lstring366(%rip), %rdi	# trap: kernel.ts:3101:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.p2mEntry, .-fn.p2mEntry

# function pvhRam(limitPfn)
	.type fn.pvhRam,@function
fn.pvhRam:
	.loc 1 3107 1
	# pvhRam: function pvhRam(limitPfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $80, %rsp	# 10 local slot(s)
	movq %rdi, -8(%rbp)	# parameter limitPfn
	.loc 1 3108 5
	# pvhRam: if (load32(hvmStartInfo + HVM_START_INFO_VERSION) >= 1) {
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $4, %rax	# +
	jo .Ltrap_849
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_849
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_849
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $1, %rax	# compare with 1
	jl .Lelse_848
	.loc 1 3109 9
	# pvhRam: const map = load64(hvmStartInfo + HVM_START_INFO_MEMMAP_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $40, %rax	# +
	jo .Ltrap_850
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_850
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_850
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_851
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_851
	movq %rax, -16(%rbp)	# map
	.loc 1 3110 9
	# pvhRam: const entries = load32(hvmStartInfo + HVM_START_INFO_MEMMAP_ENTRIES);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $48, %rax	# +
	jo .Ltrap_852
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_852
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_852
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -24(%rbp)	# entries
	.loc 1 3111 9
	# pvhRam: let top = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# top
	.loc 1 3112 9
	# pvhRam: let below = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# below
	.loc 1 3113 9
	# pvhRam: for (let i = 0; i < entries && i < 128 && map !== 0 && map < IDENTITY...
	movq $0, %rax
	movq %rax, -48(%rbp)	# i
.Lfor_853:
	movq -48(%rbp), %rax	# i
	cmpq -24(%rbp), %rax
	jge .Lendfor_855
	movq -48(%rbp), %rax	# i
	cmpq $128, %rax	# compare with 128
	jge .Lendfor_855
	movq -16(%rbp), %rax	# map
	cmpq $0, %rax	# compare with 0
	je .Lendfor_855
	movq -16(%rbp), %rax	# map
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jge .Lendfor_855
	.loc 1 3114 13
	# pvhRam: const entry = map + i * HVM_MEMMAP_ENTRY_BYTES;
	movq -48(%rbp), %rax	# i
	imulq $24, %rax	# *
	movq %rax, %rdi
	movq -16(%rbp), %rax	# map
	addq %rdi, %rax	# +
	movq %rax, -56(%rbp)	# entry
	.loc 1 3115 13
	# pvhRam: const start = Math.floor(load64(entry + HVM_MEMMAP_ADDR) / PAGE_SIZE);
	movq -56(%rbp), %rax	# entry
	addq $0, %rax	# +
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_856
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_856
	sarq $12, %rax	# Math.floor(a / 4096)
	movq %rax, -64(%rbp)	# start
	.loc 1 3116 13
	# pvhRam: const end = Math.floor((load64(entry + HVM_MEMMAP_ADDR) + load64(entr...
	movq -56(%rbp), %rax	# entry
	addq $0, %rax	# +
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_857
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_857
	pushq %rax
	movq -56(%rbp), %rax	# entry
	addq $8, %rax	# +
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_858
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_858
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_859
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_859
	sarq $12, %rax	# Math.floor(a / 4096)
	movq %rax, -72(%rbp)	# end
	.loc 1 3117 13
	# pvhRam: if (load32(entry + HVM_MEMMAP_TYPE) === HVM_MEMMAP_TYPE_RAM && end <=...
	movq -56(%rbp), %rax	# entry
	addq $16, %rax	# +
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $1, %rax	# compare with HVM_MEMMAP_TYPE_RAM
	jne .Lelse_860
	movq -72(%rbp), %rax	# end
	cmpq $1048576, %rax	# compare with Math.floor(IDENTITY_MAP_END / PAGE_SIZE)
	jg .Lelse_860
	.loc 1 3118 17
	# pvhRam: top = end > top ? end : top;
	movq -72(%rbp), %rax	# end
	cmpq -32(%rbp), %rax
	jle .Lelse_861
	movq -72(%rbp), %rax	# end
	jmp .Lendcond_862
.Lelse_861:
	movq -32(%rbp), %rax	# top
.Lendcond_862:
	movq %rax, -32(%rbp)	# top =
	.loc 1 3119 17
	# pvhRam: const stop = end < limitPfn ? end : limitPfn;
	movq -72(%rbp), %rax	# end
	cmpq -8(%rbp), %rax
	jge .Lelse_863
	movq -72(%rbp), %rax	# end
	jmp .Lendcond_864
.Lelse_863:
	movq -8(%rbp), %rax	# limitPfn
.Lendcond_864:
	movq %rax, -80(%rbp)	# stop
	.loc 1 3120 17
	# pvhRam: below = stop > start ? below + (stop - start) : below;
	movq -80(%rbp), %rax	# stop
	cmpq -64(%rbp), %rax
	jle .Lelse_865
	movq -80(%rbp), %rax	# stop
	subq -64(%rbp), %rax	# -
	movq %rax, %rdi
	movq -40(%rbp), %rax	# below
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_867
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_867
	jmp .Lendcond_866
.Lelse_865:
	movq -40(%rbp), %rax	# below
.Lendcond_866:
	movq %rax, -40(%rbp)	# below =
.Lelse_860:
.Lfornext_854:
	.loc 1 3113 88
	# pvhRam: i++
	movq -48(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -48(%rbp)	# i =
	jmp .Lfor_853
.Lendfor_855:
	.loc 1 3123 9
	# pvhRam: if (top > 0) {
	movq -32(%rbp), %rax	# top
	cmpq $0, %rax	# compare with 0
	jle .Lelse_868
	.loc 1 3124 13
	# pvhRam: return limitPfn === 0 ? top : below;
	movq -8(%rbp), %rax	# limitPfn
	cmpq $0, %rax	# compare with 0
	jne .Lelse_869
	movq -32(%rbp), %rax	# top
	jmp .Lendcond_870
.Lelse_869:
	movq -40(%rbp), %rax	# below
.Lendcond_870:
	jmp .Lreturn_847
.Lelse_868:
.Lelse_848:
	.loc 1 3127 5
	# pvhRam: return limitPfn === 0 ? currentReservation() : currentReservation() -...
	movq -8(%rbp), %rax	# limitPfn
	cmpq $0, %rax	# compare with 0
	jne .Lelse_871
	call fn.currentReservation
	jmp .Lendcond_872
.Lelse_871:
	call fn.currentReservation
	pushq %rax
	movq var.pvhInitialTop(%rip), %rax	# pvhInitialTop
	subq -8(%rbp), %rax	# -
	jo .Ltrap_873
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_873
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_873
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_874
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_874
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_874
.Lendcond_872:
.Lreturn_847:
	leave
	ret
.Ltrap_849:
	leaq .Lstring367(%rip), %rdi	# trap: kernel.ts:3108:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_850:
	leaq .Lstring368(%rip), %rdi	# trap: kernel.ts:3109:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_851:
	leaq .Lstring369(%rip), %rdi	# trap: kernel.ts:3109:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_852:
	leaq .Lstring370(%rip), %rdi	# trap: kernel.ts:3110:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_856:
	leaq .Lstring371(%rip), %rdi	# trap: kernel.ts:3115:38: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_857:
	leaq .Lstring372(%rip), %rdi	# trap: kernel.ts:3116:37: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_858:
	leaq .Lstring373(%rip), %rdi	# trap: kernel.ts:3116:71: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_859:
	leaq .Lstring374(%rip), %rdi	# trap: kernel.ts:3116:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_867:
	leaq .Lstring375(%rip), %rdi	# trap: kernel.ts:3120:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_873:
	leaq .Lstring376(%rip), %rdi	# trap: kernel.ts:3127:76: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_874:
	leaq .Lstring377(%rip), %rdi	# trap: kernel.ts:3127:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pvhRam, .-fn.pvhRam

# function balloonHeld()
	.type fn.balloonHeld,@function
fn.balloonHeld:
	.loc 1 3137 1
	# balloonHeld: function balloonHeld(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3138 5
	# balloonHeld: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_876
	.loc 1 3139 9
	# balloonHeld: return pagesHeld();
	call fn.pagesHeld
	jmp .Lreturn_875
.Lelse_876:
	.loc 1 3141 5
	# balloonHeld: if (balloonTop <= pvhInitialTop) {
	movq var.balloonTop(%rip), %rax	# balloonTop
	cmpq var.pvhInitialTop(%rip), %rax
	jg .Lelse_877
	.loc 1 3142 9
	# balloonHeld: return pvhRam(balloonTop);
	movq var.balloonTop(%rip), %rdi	# balloonTop
	call fn.pvhRam
	jmp .Lreturn_875
.Lelse_877:
	.loc 1 3144 5
	# balloonHeld: return pvhRam(pvhInitialTop) + (balloonTop - pvhInitialTop);
	movq var.pvhInitialTop(%rip), %rdi	# pvhInitialTop
	call fn.pvhRam
	pushq %rax
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq var.pvhInitialTop(%rip), %rax	# -
	jo .Ltrap_878
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_878
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_878
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_879
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_879
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_879
.Lreturn_875:
	leave
	ret
.Ltrap_878:
	leaq .Lstring378(%rip), %rdi	# trap: kernel.ts:3144:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_879:
	leaq .Lstring379(%rip), %rdi	# trap: kernel.ts:3144:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonHeld, .-fn.balloonHeld

# function measureMemory()
	.type fn.measureMemory,@function
fn.measureMemory:
	.loc 1 3149 1
	# measureMemory: function measureMemory(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3150 5
	# measureMemory: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_881
	.loc 1 3151 9
	# measureMemory: balloonTop = domainPages;
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3152 9
	# measureMemory: p2mBuilderEntries = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - ...
	movq var.domainPages(%rip), %rax	# domainPages
	addq $512, %rax	# +
	jo .Ltrap_882
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_882
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_882
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_882
	sarq $9, %rax	# Math.floor(a / 512)
	imulq $512, %rax	# *
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_883
	movq %rax, var.p2mBuilderEntries(%rip)	# p2mBuilderEntries =
	.loc 1 3154 9
	# measureMemory: balloonPfnLimit = p2mBuilderEntries + P2M_EXTENSION_ENTRIES;
	movq var.p2mBuilderEntries(%rip), %rax	# p2mBuilderEntries
	addq $16384, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_884
	movq %rax, var.balloonPfnLimit(%rip)	# balloonPfnLimit =
	.loc 1 3156 9
	# measureMemory: const piecesEnd = Math.floor(load64(startInfo + START_INFO_PT_BASE) /...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $88, %rax	# +
	jo .Ltrap_885
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_885
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_885
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_886
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_886
	sarq $12, %rax	# Math.floor(a / 4096)
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	addq $96, %rax	# +
	jo .Ltrap_887
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_887
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_887
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_888
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_888
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_889
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_889
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_889
	movq %rax, -8(%rbp)	# piecesEnd
	.loc 1 3158 9
	# measureMemory: const mappedEnd = Math.floor((piecesEnd + 128 + MIB_4_PAGES - 1) / MI...
	movq -8(%rbp), %rax	# piecesEnd
	addq $128, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_890
	addq $1024, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_890
	subq $1, %rax	# -
	sarq $10, %rax	# Math.floor(a / 1024)
	imulq $1024, %rax	# *
	movq %rax, -16(%rbp)	# mappedEnd
	.loc 1 3159 9
	# measureMemory: balloonFloorPfn = mappedEnd < domainPages ? mappedEnd : domainPages;
	movq -16(%rbp), %rax	# mappedEnd
	cmpq var.domainPages(%rip), %rax
	jge .Lelse_891
	movq -16(%rbp), %rax	# mappedEnd
	jmp .Lendcond_892
.Lelse_891:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_892:
	movq %rax, var.balloonFloorPfn(%rip)	# balloonFloorPfn =
	.loc 1 3160 9
	# measureMemory: return;
	jmp .Lreturn_880
.Lelse_881:
	.loc 1 3162 5
	# measureMemory: balloonTop = pvhRam(0);
	movq $0, %rdi
	call fn.pvhRam
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3163 5
	# measureMemory: pvhInitialTop = balloonTop;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, var.pvhInitialTop(%rip)	# pvhInitialTop =
	.loc 1 3164 5
	# measureMemory: balloonPfnLimit = PVH_PFN_LIMIT;
	movq $786432, %rax	# PVH_PFN_LIMIT
	movq %rax, var.balloonPfnLimit(%rip)	# balloonPfnLimit =
	.loc 1 3165 5
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
	jg .Ltrap_893
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_893
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_893
	sarq $21, %rax	# Math.floor(a / 2097152)
	imulq $512, %rax	# *
	addq $512, %rax	# +
	movq %rax, var.balloonFloorPfn(%rip)	# balloonFloorPfn =
.Lreturn_880:
	leave
	ret
.Ltrap_882:
	leaq .Lstring380(%rip), %rdi	# trap: kernel.ts:3152:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_883:
	leaq .Lstring381(%rip), %rdi	# trap: kernel.ts:3152:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_884:
	leaq .Lstring382(%rip), %rdi	# trap: kernel.ts:3154:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_885:
	leaq .Lstring383(%rip), %rdi	# trap: kernel.ts:3156:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_886:
	leaq .Lstring384(%rip), %rdi	# trap: kernel.ts:3156:38: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_887:
	leaq .Lstring385(%rip), %rdi	# trap: kernel.ts:3157:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_888:
	leaq .Lstring386(%rip), %rdi	# trap: kernel.ts:3157:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_889:
	leaq .Lstring387(%rip), %rdi	# trap: kernel.ts:3156:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_890:
	leaq .Lstring388(%rip), %rdi	# trap: kernel.ts:3158:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_893:
	leaq .Lstring389(%rip), %rdi	# trap: kernel.ts:3165:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.measureMemory, .-fn.measureMemory

# function extendP2m()
	.type fn.extendP2m,@function
fn.extendP2m:
	.loc 1 3172 1
	# extendP2m: function extendP2m(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3173 5
	# extendP2m: if (bootMode !== BOOT_MODE_PV || p2mExtended) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lskip_896
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_895
.Lskip_896:
	.loc 1 3174 9
	# extendP2m: return;
	jmp .Lreturn_894
.Lelse_895:
	.loc 1 3176 5
	# extendP2m: for (let pfn = balloonTop; pfn < balloonPfnLimit; pfn++) {
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, -8(%rbp)	# pfn
.Lfor_897:
	movq -8(%rbp), %rax	# pfn
	cmpq var.balloonPfnLimit(%rip), %rax
	jge .Lendfor_899
	.loc 1 3177 9
	# extendP2m: store64(p2mEntry(pfn), INVALID_P2M_ENTRY);
	movq -8(%rbp), %rdi	# pfn
	call fn.p2mEntry
	movq %rax, %rdi
	movq $-1, %rax	# INVALID_P2M_ENTRY
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_898:
	.loc 1 3176 55
	# extendP2m: pfn++
	movq -8(%rbp), %rax	# pfn
	addq $1, %rax	# ++
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_900
	movq %rax, -8(%rbp)	# pfn =
	jmp .Lfor_897
.Lendfor_899:
	.loc 1 3179 5
	# extendP2m: p2mExtended = true;
	movq $1, %rax	# true
	movq %rax, var.p2mExtended(%rip)	# p2mExtended =
	.loc 1 3180 5
	# extendP2m: publishFrameListTree();
	call fn.publishFrameListTree
.Lreturn_894:
	leave
	ret
.Ltrap_900:
	leaq .Lstring390(%rip), %rdi	# trap: kernel.ts:3176:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.extendP2m, .-fn.extendP2m

# function maximumReservation()
	.type fn.maximumReservation,@function
fn.maximumReservation:
	.loc 1 3183 1
	# maximumReservation: function maximumReservation(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3184 5
	# maximumReservation: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 3185 5
	# maximumReservation: return hypercall(HYPERCALL_MEMORY_OP, XENMEM_MAXIMUM_RESERVATION, hyp...
	movq $4, %rdi	# XENMEM_MAXIMUM_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lreturn_901:
	leave
	ret
	.size fn.maximumReservation, .-fn.maximumReservation

# function reservationCall(op, count)
	.type fn.reservationCall,@function
fn.reservationCall:
	.loc 1 3189 1
	# reservationCall: function reservationCall(op: number, count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter op
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 3190 5
	# reservationCall: store64(hypercallArguments + RESERVATION_EXTENT_START, balloonFrames);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_903
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_903
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 3191 5
	# reservationCall: store64(hypercallArguments + RESERVATION_NR_EXTENTS, count);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_904
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_904
	movq %rax, %rdi
	movq -16(%rbp), %rax	# count
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 3192 5
	# reservationCall: store32(hypercallArguments + RESERVATION_EXTENT_ORDER, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_905
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_905
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3193 5
	# reservationCall: store32(hypercallArguments + RESERVATION_MEM_FLAGS, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $20, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_906
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_906
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3194 5
	# reservationCall: store16(hypercallArguments + RESERVATION_DOMID, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	addq $24, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_907
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_907
	movq %rax, %rdi
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 3195 5
	# reservationCall: const done = op === XENMEM_DECREASE_RESERVATION ?
	movq -8(%rbp), %rax	# op
	cmpq $1, %rax	# compare with XENMEM_DECREASE_RESERVATION
	jne .Lelse_908
	movq $1, %rdi	# XENMEM_DECREASE_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
	jmp .Lendcond_909
.Lelse_908:
	movq $6, %rdi	# XENMEM_POPULATE_PHYSMAP
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lendcond_909:
	movq %rax, -24(%rbp)	# done
	.loc 1 3198 5
	# reservationCall: return done < 0 ? 0 : done;
	movq -24(%rbp), %rax	# done
	cmpq $0, %rax	# compare with 0
	jge .Lelse_910
	movq $0, %rax
	jmp .Lendcond_911
.Lelse_910:
	movq -24(%rbp), %rax	# done
.Lendcond_911:
.Lreturn_902:
	leave
	ret
.Ltrap_903:
	leaq .Lstring391(%rip), %rdi	# trap: kernel.ts:3190:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_904:
	leaq .Lstring392(%rip), %rdi	# trap: kernel.ts:3191:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_905:
	leaq .Lstring393(%rip), %rdi	# trap: kernel.ts:3192:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_906:
	leaq .Lstring394(%rip), %rdi	# trap: kernel.ts:3193:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_907:
	leaq .Lstring395(%rip), %rdi	# trap: kernel.ts:3194:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.reservationCall, .-fn.reservationCall

# function giveBack(count)
	.type fn.giveBack,@function
fn.giveBack:
	.loc 1 3202 1
	# giveBack: function giveBack(count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter count
	.loc 1 3203 5
	# giveBack: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_913:
	movq -16(%rbp), %rax	# i
	cmpq -8(%rbp), %rax
	jge .Lendfor_915
	.loc 1 3204 9
	# giveBack: const pfn = balloonTop - 1 - i;
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq $1, %rax	# -
	jo .Ltrap_916
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_916
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_916
	subq -16(%rbp), %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_916
	movq %rax, -24(%rbp)	# pfn
	.loc 1 3205 9
	# giveBack: store64(balloonFrames + i * 8, bootMode === BOOT_MODE_PV ? load64(p2m...
	movq -16(%rbp), %rax	# i
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_917
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_917
	pushq %rax
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_918
	movq -24(%rbp), %rdi	# pfn
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.p2mEntry
	addq $8, %rsp
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_920
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_920
	jmp .Lendcond_919
.Lelse_918:
	movq -24(%rbp), %rax	# pfn
.Lendcond_919:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_914:
	.loc 1 3203 32
	# giveBack: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_913
.Lendfor_915:
	.loc 1 3207 5
	# giveBack: const done = reservationCall(XENMEM_DECREASE_RESERVATION, count);
	movq $1, %rdi	# XENMEM_DECREASE_RESERVATION
	movq -8(%rbp), %rsi	# count
	call fn.reservationCall
	movq %rax, -32(%rbp)	# done
	.loc 1 3208 5
	# giveBack: for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# i
.Lfor_921:
	movq -40(%rbp), %rax	# i
	cmpq -32(%rbp), %rax
	jge .Lendfor_923
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lendfor_923
	.loc 1 3209 9
	# giveBack: store64(p2mEntry(balloonTop - 1 - i), INVALID_P2M_ENTRY);
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq $1, %rax	# -
	jo .Ltrap_924
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_924
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_924
	subq -40(%rbp), %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_924
	movq %rax, %rdi
	call fn.p2mEntry
	movq %rax, %rdi
	movq $-1, %rax	# INVALID_P2M_ENTRY
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_922:
	.loc 1 3208 60
	# giveBack: i++
	movq -40(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_925
	movq %rax, -40(%rbp)	# i =
	jmp .Lfor_921
.Lendfor_923:
	.loc 1 3211 5
	# giveBack: balloonTop = balloonTop - done;
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq -32(%rbp), %rax	# -
	jo .Ltrap_926
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_926
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_926
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3212 5
	# giveBack: return done;
	movq -32(%rbp), %rax	# done
.Lreturn_912:
	leave
	ret
.Ltrap_916:
	leaq .Lstring396(%rip), %rdi	# trap: kernel.ts:3204:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_917:
	leaq .Lstring397(%rip), %rdi	# trap: kernel.ts:3205:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_920:
	leaq .Lstring398(%rip), %rdi	# trap: kernel.ts:3205:68: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_924:
	leaq .Lstring399(%rip), %rdi	# trap: kernel.ts:3209:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_925:
	leaq .Lstring400(%rip), %rdi	# trap: kernel.ts:3208:60: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_926:
	leaq .Lstring401(%rip), %rdi	# trap: kernel.ts:3211:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.giveBack, .-fn.giveBack

# function takeBack(count)
	.type fn.takeBack,@function
fn.takeBack:
	.loc 1 3216 1
	# takeBack: function takeBack(count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter count
	.loc 1 3217 5
	# takeBack: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_928:
	movq -16(%rbp), %rax	# i
	cmpq -8(%rbp), %rax
	jge .Lendfor_930
	.loc 1 3218 9
	# takeBack: store64(balloonFrames + i * 8, balloonTop + i);
	movq -16(%rbp), %rax	# i
	imulq $8, %rax	# *
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_931
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_931
	pushq %rax
	movq var.balloonTop(%rip), %rax	# balloonTop
	addq -16(%rbp), %rax	# +
	jo .Ltrap_932
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_932
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_932
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_929:
	.loc 1 3217 32
	# takeBack: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_928
.Lendfor_930:
	.loc 1 3220 5
	# takeBack: const done = reservationCall(XENMEM_POPULATE_PHYSMAP, count);
	movq $6, %rdi	# XENMEM_POPULATE_PHYSMAP
	movq -8(%rbp), %rsi	# count
	call fn.reservationCall
	movq %rax, -24(%rbp)	# done
	.loc 1 3221 5
	# takeBack: for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_933:
	movq -32(%rbp), %rax	# i
	cmpq -24(%rbp), %rax
	jge .Lendfor_935
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lendfor_935
	.loc 1 3222 9
	# takeBack: store64(p2mEntry(balloonTop + i), load64(balloonFrames + i * 8));
	movq var.balloonTop(%rip), %rax	# balloonTop
	addq -32(%rbp), %rax	# +
	jo .Ltrap_936
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_936
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_936
	movq %rax, %rdi
	call fn.p2mEntry
	pushq %rax
	movq -32(%rbp), %rax	# i
	imulq $8, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_937
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_938
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_938
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_939
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_939
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_934:
	.loc 1 3221 60
	# takeBack: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_940
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_933
.Lendfor_935:
	.loc 1 3224 5
	# takeBack: balloonTop = balloonTop + done;
	movq var.balloonTop(%rip), %rax	# balloonTop
	addq -24(%rbp), %rax	# +
	jo .Ltrap_941
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_941
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_941
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3225 5
	# takeBack: return done;
	movq -24(%rbp), %rax	# done
.Lreturn_927:
	leave
	ret
.Ltrap_931:
	leaq .Lstring402(%rip), %rdi	# trap: kernel.ts:3218:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_932:
	leaq .Lstring403(%rip), %rdi	# trap: kernel.ts:3218:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_936:
	leaq .Lstring404(%rip), %rdi	# trap: kernel.ts:3222:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_937:
	leaq .Lstring405(%rip), %rdi	# trap: kernel.ts:3222:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_938:
	leaq .Lstring406(%rip), %rdi	# trap: kernel.ts:3222:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_939:
	leaq .Lstring407(%rip), %rdi	# trap: kernel.ts:3222:43: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_940:
	leaq .Lstring408(%rip), %rdi	# trap: kernel.ts:3221:60: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_941:
	leaq .Lstring409(%rip), %rdi	# trap: kernel.ts:3224:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.takeBack, .-fn.takeBack

# function printKib(pages)
	.type fn.printKib,@function
fn.printKib:
	.loc 1 3228 1
	# printKib: function printKib(pages: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter pages
	.loc 1 3229 5
	# printKib: printDecimal(pages * KIB_PER_PAGE);
	movq -8(%rbp), %rax	# pages
	imulq $4, %rax	# *
	jo .Ltrap_943
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_943
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_943
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3230 5
	# printKib: print(" KiB");
	leaq .Lstring410(%rip), %rdi	# " KiB"
	call fn.print
.Lreturn_942:
	leave
	ret
.Ltrap_943:
	leaq .Lstring411(%rip), %rdi	# trap: kernel.ts:3229:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printKib, .-fn.printKib

# function setBalloon(mode, amount)
	.type fn.setBalloon,@function
fn.setBalloon:
	.loc 1 3235 1
	# setBalloon: function setBalloon(mode: number, amount: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	movq %rsi, -16(%rbp)	# parameter amount
	.loc 1 3236 5
	# setBalloon: balloonMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.balloonMode(%rip)	# balloonMode =
	.loc 1 3237 5
	# setBalloon: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3238 5
	# setBalloon: resultAppend("balloon: ");
	leaq .Lstring412(%rip), %rdi	# "balloon: "
	call fn.resultAppend
	.loc 1 3239 5
	# setBalloon: print("balloon: ");
	leaq .Lstring412(%rip), %rdi	# "balloon: "
	call fn.print
	.loc 1 3240 5
	# setBalloon: if (mode === BALLOON_OFF) {
	movq -8(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with BALLOON_OFF
	jne .Lelse_945
	.loc 1 3241 9
	# setBalloon: log("off");
	leaq .Lstring342(%rip), %rdi	# "off"
	call fn.log
	.loc 1 3242 9
	# setBalloon: resultAppend("off");
	leaq .Lstring342(%rip), %rdi	# "off"
	call fn.resultAppend
	.loc 1 3243 9
	# setBalloon: if (targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	je .Lelse_946
	.loc 1 3244 13
	# setBalloon: const result = storeUnwatch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring340(%rip), %rdi	# "memory/target"
	leaq .Lstring129(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.storeUnwatch
	movq %rax, -24(%rbp)	# result
	.loc 1 3245 13
	# setBalloon: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_947
	.loc 1 3246 17
	# setBalloon: logPathError("xenstore: cannot unwatch ", "memory/target", result);
	leaq .Lstring413(%rip), %rdi	# "xenstore: cannot unwatch "
	leaq .Lstring340(%rip), %rsi	# "memory/target"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_947:
	.loc 1 3248 13
	# setBalloon: targetWatched = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatched(%rip)	# targetWatched =
.Lelse_946:
	.loc 1 3250 9
	# setBalloon: return;
	jmp .Lreturn_944
.Lelse_945:
	.loc 1 3252 5
	# setBalloon: if (mode === BALLOON_SLOW) {
	movq -8(%rbp), %rax	# mode
	cmpq $3, %rax	# compare with BALLOON_SLOW
	jne .Lelse_948
	.loc 1 3253 9
	# setBalloon: balloonRate = amount;
	movq -16(%rbp), %rax	# amount
	movq %rax, var.balloonRate(%rip)	# balloonRate =
	.loc 1 3254 9
	# setBalloon: print("slow, ");
	leaq .Lstring414(%rip), %rdi	# "slow, "
	call fn.print
	.loc 1 3255 9
	# setBalloon: printDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.printDecimal
	.loc 1 3256 9
	# setBalloon: log(" pages a second");
	leaq .Lstring415(%rip), %rdi	# " pages a second"
	call fn.log
	.loc 1 3257 9
	# setBalloon: resultAppend("slow, ");
	leaq .Lstring414(%rip), %rdi	# "slow, "
	call fn.resultAppend
	.loc 1 3258 9
	# setBalloon: resultAppendDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.resultAppendDecimal
	.loc 1 3259 9
	# setBalloon: resultAppend(" pages a second");
	leaq .Lstring415(%rip), %rdi	# " pages a second"
	call fn.resultAppend
	jmp .Lendif_949
.Lelse_948:
	.loc 1 3260 12
	# setBalloon: if (mode === BALLOON_PARTIAL) {
	movq -8(%rbp), %rax	# mode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_950
	.loc 1 3261 9
	# setBalloon: balloonPercent = amount;
	movq -16(%rbp), %rax	# amount
	movq %rax, var.balloonPercent(%rip)	# balloonPercent =
	.loc 1 3262 9
	# setBalloon: print("partial, ");
	leaq .Lstring416(%rip), %rdi	# "partial, "
	call fn.print
	.loc 1 3263 9
	# setBalloon: printDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.printDecimal
	.loc 1 3264 9
	# setBalloon: log(" %");
	leaq .Lstring417(%rip), %rdi	# " %"
	call fn.log
	.loc 1 3265 9
	# setBalloon: resultAppend("partial, ");
	leaq .Lstring416(%rip), %rdi	# "partial, "
	call fn.resultAppend
	.loc 1 3266 9
	# setBalloon: resultAppendDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.resultAppendDecimal
	.loc 1 3267 9
	# setBalloon: resultAppend(" %");
	leaq .Lstring417(%rip), %rdi	# " %"
	call fn.resultAppend
	jmp .Lendif_951
.Lelse_950:
	.loc 1 3269 9
	# setBalloon: log(mode === BALLOON_OBEY ? "obey" : "refuse");
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	jne .Lelse_952
	leaq .Lstring418(%rip), %rax	# "obey"
	jmp .Lendcond_953
.Lelse_952:
	leaq .Lstring419(%rip), %rax	# "refuse"
.Lendcond_953:
	movq %rax, %rdi
	call fn.log
	.loc 1 3270 9
	# setBalloon: resultAppend(mode === BALLOON_OBEY ? "obey" : "refuse");
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	jne .Lelse_954
	leaq .Lstring418(%rip), %rax	# "obey"
	jmp .Lendcond_955
.Lelse_954:
	leaq .Lstring419(%rip), %rax	# "refuse"
.Lendcond_955:
	movq %rax, %rdi
	call fn.resultAppend
.Lendif_951:
.Lendif_949:
	.loc 1 3272 5
	# setBalloon: extendP2m();
	call fn.extendP2m
	.loc 1 3273 5
	# setBalloon: if (!targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	jne .Lelse_956
	.loc 1 3274 9
	# setBalloon: watch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring340(%rip), %rdi	# "memory/target"
	leaq .Lstring129(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.watch
	.loc 1 3275 9
	# setBalloon: targetWatched = true;
	movq $1, %rax	# true
	movq %rax, var.targetWatched(%rip)	# targetWatched =
.Lelse_956:
.Lreturn_944:
	leave
	ret
	.size fn.setBalloon, .-fn.setBalloon

# function handleBalloonCommand()
	.type fn.handleBalloonCommand,@function
fn.handleBalloonCommand:
	.loc 1 3280 1
	# handleBalloonCommand: function handleBalloonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 3281 5
	# handleBalloonCommand: const word = commandValue + 8;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_958
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_958
	movq %rax, -8(%rbp)	# word
	.loc 1 3282 5
	# handleBalloonCommand: const wordLength = commandLength - 8;
	movq var.commandLength(%rip), %rax	# commandLength
	subq $8, %rax	# -
	movq %rax, -16(%rbp)	# wordLength
	.loc 1 3283 5
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "obey")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring418(%rip), %rdx	# "obey"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_959
	.loc 1 3284 9
	# handleBalloonCommand: setBalloon(BALLOON_OBEY, 0);
	movq $1, %rdi	# BALLOON_OBEY
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_960
.Lelse_959:
	.loc 1 3285 12
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "refuse")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring419(%rip), %rdx	# "refuse"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_961
	.loc 1 3286 9
	# handleBalloonCommand: setBalloon(BALLOON_REFUSE, 0);
	movq $2, %rdi	# BALLOON_REFUSE
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_962
.Lelse_961:
	.loc 1 3287 12
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "off")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring342(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_963
	.loc 1 3288 9
	# handleBalloonCommand: setBalloon(BALLOON_OFF, 0);
	movq $0, %rdi	# BALLOON_OFF
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_964
.Lelse_963:
	.loc 1 3289 12
	# handleBalloonCommand: if (bytesStartWith(word, wordLength, "slow:")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring420(%rip), %rdx	# "slow:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_965
	.loc 1 3290 9
	# handleBalloonCommand: const rate = wordLength - 5 > 7 ? -1 : decimalFromBytes(word + 5, wor...
	movq -16(%rbp), %rax	# wordLength
	subq $5, %rax	# -
	cmpq $7, %rax	# compare with 7
	jle .Lelse_966
	movq $-1, %rax
	jmp .Lendcond_967
.Lelse_966:
	movq -8(%rbp), %rax	# word
	addq $5, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_968
	pushq %rax
	movq -16(%rbp), %rax	# wordLength
	subq $5, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.decimalFromBytes
.Lendcond_967:
	movq %rax, -24(%rbp)	# rate
	.loc 1 3291 9
	# handleBalloonCommand: if (rate < 1 || rate > BALLOON_RATE_MAX) {
	movq -24(%rbp), %rax	# rate
	cmpq $1, %rax	# compare with 1
	jl .Lskip_970
	movq -24(%rbp), %rax	# rate
	cmpq $1048576, %rax	# compare with BALLOON_RATE_MAX
	jle .Lelse_969
.Lskip_970:
	.loc 1 3292 13
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
	.loc 1 3293 13
	# handleBalloonCommand: return;
	jmp .Lreturn_957
.Lelse_969:
	.loc 1 3295 9
	# handleBalloonCommand: setBalloon(BALLOON_SLOW, rate);
	movq $3, %rdi	# BALLOON_SLOW
	movq -24(%rbp), %rsi	# rate
	call fn.setBalloon
	jmp .Lendif_971
.Lelse_965:
	.loc 1 3296 12
	# handleBalloonCommand: if (bytesStartWith(word, wordLength, "partial:")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring421(%rip), %rdx	# "partial:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_972
	.loc 1 3297 9
	# handleBalloonCommand: const percent = wordLength - 8 > 3 ? -1 : decimalFromBytes(word + 8, ...
	movq -16(%rbp), %rax	# wordLength
	subq $8, %rax	# -
	cmpq $3, %rax	# compare with 3
	jle .Lelse_973
	movq $-1, %rax
	jmp .Lendcond_974
.Lelse_973:
	movq -8(%rbp), %rax	# word
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_975
	pushq %rax
	movq -16(%rbp), %rax	# wordLength
	subq $8, %rax	# -
	movq %rax, %rsi
	popq %rdi
	call fn.decimalFromBytes
.Lendcond_974:
	movq %rax, -32(%rbp)	# percent
	.loc 1 3298 9
	# handleBalloonCommand: if (percent < 0 || percent > 100) {
	movq -32(%rbp), %rax	# percent
	cmpq $0, %rax	# compare with 0
	jl .Lskip_977
	movq -32(%rbp), %rax	# percent
	cmpq $100, %rax	# compare with 100
	jle .Lelse_976
.Lskip_977:
	.loc 1 3299 13
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
	.loc 1 3300 13
	# handleBalloonCommand: return;
	jmp .Lreturn_957
.Lelse_976:
	.loc 1 3302 9
	# handleBalloonCommand: setBalloon(BALLOON_PARTIAL, percent);
	movq $4, %rdi	# BALLOON_PARTIAL
	movq -32(%rbp), %rsi	# percent
	call fn.setBalloon
	jmp .Lendif_978
.Lelse_972:
	.loc 1 3304 9
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
.Lendif_978:
.Lendif_971:
.Lendif_964:
.Lendif_962:
.Lendif_960:
.Lreturn_957:
	leave
	ret
.Ltrap_958:
	leaq .Lstring422(%rip), %rdi	# trap: kernel.ts:3281:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_968:
	leaq .Lstring423(%rip), %rdi	# trap: kernel.ts:3290:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_975:
	leaq .Lstring424(%rip), %rdi	# trap: kernel.ts:3297:68: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleBalloonCommand, .-fn.handleBalloonCommand

# function kibFromBytes(address, length)
	.type fn.kibFromBytes,@function
fn.kibFromBytes:
	.loc 1 3309 1
	# kibFromBytes: function kibFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3310 5
	# kibFromBytes: if (length === 0 || length > TARGET_DIGITS_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_981
	movq -16(%rbp), %rax	# length
	cmpq $12, %rax	# compare with TARGET_DIGITS_MAX
	jle .Lelse_980
.Lskip_981:
	.loc 1 3311 9
	# kibFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_979
.Lelse_980:
	.loc 1 3313 5
	# kibFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 3314 5
	# kibFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_982:
	movq -32(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_984
	.loc 1 3315 9
	# kibFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_985
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_985
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 3316 9
	# kibFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_987
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_986
.Lskip_987:
	.loc 1 3317 13
	# kibFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_979
.Lelse_986:
	.loc 1 3319 9
	# kibFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	imulq $10, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_988
	pushq %rax
	movq -40(%rbp), %rax	# byte
	subq $48, %rax	# -
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_988
	movq %rax, -24(%rbp)	# value =
.Lfornext_983:
	.loc 1 3314 33
	# kibFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_982
.Lendfor_984:
	.loc 1 3321 5
	# kibFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_979:
	leave
	ret
.Ltrap_985:
	leaq .Lstring425(%rip), %rdi	# trap: kernel.ts:3315:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_988:
	leaq .Lstring426(%rip), %rdi	# trap: kernel.ts:3319:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.kibFromBytes, .-fn.kibFromBytes

# function handleTarget()
	.type fn.handleTarget,@function
fn.handleTarget:
	.loc 1 3326 1
	# handleTarget: function handleTarget(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	.loc 1 3327 5
	# handleTarget: if (balloonMode === BALLOON_OFF) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $0, %rax	# compare with BALLOON_OFF
	jne .Lelse_990
	.loc 1 3328 9
	# handleTarget: return;
	jmp .Lreturn_989
.Lelse_990:
	.loc 1 3330 5
	# handleTarget: const length = storeRead("memory/target");
	leaq .Lstring340(%rip), %rdi	# "memory/target"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 3331 5
	# handleTarget: if (length < 0) {
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_991
	.loc 1 3332 9
	# handleTarget: if (length !== XSE_ENOENT) {
	movq -8(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_992
	.loc 1 3333 13
	# handleTarget: logPathError("xenstore: cannot read ", "memory/target", length);
	leaq .Lstring177(%rip), %rdi	# "xenstore: cannot read "
	leaq .Lstring340(%rip), %rsi	# "memory/target"
	movq -8(%rbp), %rdx	# length
	call fn.logPathError
.Lelse_992:
	.loc 1 3335 9
	# handleTarget: return;
	jmp .Lreturn_989
.Lelse_991:
	.loc 1 3337 5
	# handleTarget: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -8(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 3338 5
	# handleTarget: commandLength = length;
	movq -8(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 3339 5
	# handleTarget: print("memory/target = ");
	leaq .Lstring427(%rip), %rdi	# "memory/target = "
	call fn.print
	.loc 1 3340 5
	# handleTarget: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 3341 5
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3342 5
	# handleTarget: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3343 5
	# handleTarget: const kib = kibFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.kibFromBytes
	movq %rax, -16(%rbp)	# kib
	.loc 1 3344 5
	# handleTarget: if (kib <= 0) {
	movq -16(%rbp), %rax	# kib
	cmpq $0, %rax	# compare with 0
	jg .Lelse_993
	.loc 1 3345 9
	# handleTarget: log("balloon: target ignored: not a positive number of KiB");
	leaq .Lstring428(%rip), %rdi	# "balloon: target ignored: not a positive
	call fn.log
	.loc 1 3346 9
	# handleTarget: return;
	jmp .Lreturn_989
.Lelse_993:
	.loc 1 3348 5
	# handleTarget: if (balloonMode === BALLOON_REFUSE) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $2, %rax	# compare with BALLOON_REFUSE
	jne .Lelse_994
	.loc 1 3349 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring429(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3350 9
	# handleTarget: printDecimal(kib);
	movq -16(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3351 9
	# handleTarget: log(" KiB; refusing");
	leaq .Lstring430(%rip), %rdi	# " KiB; refusing"
	call fn.log
	.loc 1 3352 9
	# handleTarget: return;
	jmp .Lreturn_989
.Lelse_994:
	.loc 1 3354 5
	# handleTarget: const held = balloonHeld();
	call fn.balloonHeld
	movq %rax, -24(%rbp)	# held
	.loc 1 3355 5
	# handleTarget: let goal = Math.floor(kib / KIB_PER_PAGE);
	movq -16(%rbp), %rax	# kib
	sarq $2, %rax	# Math.floor(a / 4)
	movq %rax, -32(%rbp)	# goal
	.loc 1 3360 5
	# handleTarget: const least = held - (balloonTop - balloonFloorPfn);
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq var.balloonFloorPfn(%rip), %rax	# -
	jo .Ltrap_995
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_995
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_995
	movq %rax, %rdi
	movq -24(%rbp), %rax	# held
	subq %rdi, %rax	# -
	jo .Ltrap_996
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_996
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_996
	movq %rax, -40(%rbp)	# least
	.loc 1 3361 5
	# handleTarget: const maximum = maximumReservation() - (pagesHeld() - held);
	call fn.maximumReservation
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.pagesHeld
	addq $8, %rsp
	subq -24(%rbp), %rax	# -
	jo .Ltrap_997
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_997
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_997
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_998
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_998
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_998
	movq %rax, -48(%rbp)	# maximum
	.loc 1 3362 5
	# handleTarget: let most = held + (balloonPfnLimit - balloonTop);
	movq var.balloonPfnLimit(%rip), %rax	# balloonPfnLimit
	subq var.balloonTop(%rip), %rax	# -
	jo .Ltrap_999
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_999
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_999
	movq %rax, %rdi
	movq -24(%rbp), %rax	# held
	addq %rdi, %rax	# +
	jo .Ltrap_1000
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1000
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1000
	movq %rax, -56(%rbp)	# most
	.loc 1 3363 5
	# handleTarget: if (maximum > 0 && maximum < most) {
	movq -48(%rbp), %rax	# maximum
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1001
	movq -48(%rbp), %rax	# maximum
	cmpq -56(%rbp), %rax
	jge .Lelse_1001
	.loc 1 3364 9
	# handleTarget: most = maximum;
	movq -48(%rbp), %rax	# maximum
	movq %rax, -56(%rbp)	# most =
.Lelse_1001:
	.loc 1 3366 5
	# handleTarget: if (goal < least) {
	movq -32(%rbp), %rax	# goal
	cmpq -40(%rbp), %rax
	jge .Lelse_1002
	.loc 1 3367 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring429(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3368 9
	# handleTarget: printDecimal(kib);
	movq -16(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3369 9
	# handleTarget: print(" KiB is below what the kernel needs (");
	leaq .Lstring431(%rip), %rdi	# " KiB is below what the kernel needs ("
	call fn.print
	.loc 1 3370 9
	# handleTarget: printKib(least);
	movq -40(%rbp), %rdi	# least
	call fn.printKib
	.loc 1 3371 9
	# handleTarget: print("); aiming for ");
	leaq .Lstring432(%rip), %rdi	# "); aiming for "
	call fn.print
	.loc 1 3372 9
	# handleTarget: printKib(least);
	movq -40(%rbp), %rdi	# least
	call fn.printKib
	.loc 1 3373 9
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3374 9
	# handleTarget: goal = least;
	movq -40(%rbp), %rax	# least
	movq %rax, -32(%rbp)	# goal =
	jmp .Lendif_1003
.Lelse_1002:
	.loc 1 3375 12
	# handleTarget: if (goal > most) {
	movq -32(%rbp), %rax	# goal
	cmpq -56(%rbp), %rax
	jle .Lelse_1004
	.loc 1 3376 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring429(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3377 9
	# handleTarget: printDecimal(kib);
	movq -16(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3378 9
	# handleTarget: print(" KiB is above the most this domain may hold (");
	leaq .Lstring433(%rip), %rdi	# " KiB is above the most this domain may 
	call fn.print
	.loc 1 3379 9
	# handleTarget: printKib(most);
	movq -56(%rbp), %rdi	# most
	call fn.printKib
	.loc 1 3380 9
	# handleTarget: print("); aiming for ");
	leaq .Lstring432(%rip), %rdi	# "); aiming for "
	call fn.print
	.loc 1 3381 9
	# handleTarget: printKib(most);
	movq -56(%rbp), %rdi	# most
	call fn.printKib
	.loc 1 3382 9
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3383 9
	# handleTarget: goal = most;
	movq -56(%rbp), %rax	# most
	movq %rax, -32(%rbp)	# goal =
.Lelse_1004:
.Lendif_1003:
	.loc 1 3385 5
	# handleTarget: if (balloonMode === BALLOON_PARTIAL) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1005
	.loc 1 3386 9
	# handleTarget: const way = goal - held;
	movq -32(%rbp), %rax	# goal
	subq -24(%rbp), %rax	# -
	jo .Ltrap_1006
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1006
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1006
	movq %rax, -64(%rbp)	# way
	.loc 1 3387 9
	# handleTarget: goal = held + (way >= 0 ? Math.floor(way * balloonPercent / 100) :
	movq -64(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1007
	movq -64(%rbp), %rax	# way
	imulq var.balloonPercent(%rip), %rax	# *
	jo .Ltrap_1010
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1010
	movq $100, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1009
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1009
	subq $1, %rax	# then the floor is one below
.Lfloored_1009:
	jmp .Lendcond_1008
.Lelse_1007:
	movq -64(%rbp), %rax	# way
	negq %rax
	imulq var.balloonPercent(%rip), %rax	# *
	jo .Ltrap_1012
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1012
	movq $100, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1011
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1011
	subq $1, %rax	# then the floor is one below
.Lfloored_1011:
	negq %rax
.Lendcond_1008:
	movq %rax, %rdi
	movq -24(%rbp), %rax	# held
	addq %rdi, %rax	# +
	jo .Ltrap_1013
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1013
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1013
	movq %rax, -32(%rbp)	# goal =
	.loc 1 3389 9
	# handleTarget: print("balloon: partial: aiming for ");
	leaq .Lstring434(%rip), %rdi	# "balloon: partial: aiming for "
	call fn.print
	.loc 1 3390 9
	# handleTarget: printKib(goal);
	movq -32(%rbp), %rdi	# goal
	call fn.printKib
	.loc 1 3391 9
	# handleTarget: endLine();
	call fn.endLine
.Lelse_1005:
	.loc 1 3393 5
	# handleTarget: print("balloon: from ");
	leaq .Lstring435(%rip), %rdi	# "balloon: from "
	call fn.print
	.loc 1 3394 5
	# handleTarget: printKib(held);
	movq -24(%rbp), %rdi	# held
	call fn.printKib
	.loc 1 3395 5
	# handleTarget: print(" to ");
	leaq .Lstring436(%rip), %rdi	# " to "
	call fn.print
	.loc 1 3396 5
	# handleTarget: printKib(goal);
	movq -32(%rbp), %rdi	# goal
	call fn.printKib
	.loc 1 3397 5
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3398 5
	# handleTarget: balloonGoal = goal;
	movq -32(%rbp), %rax	# goal
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
.Lreturn_989:
	leave
	ret
.Ltrap_995:
	leaq .Lstring437(%rip), %rdi	# trap: kernel.ts:3360:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_996:
	leaq .Lstring438(%rip), %rdi	# trap: kernel.ts:3360:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_997:
	leaq .Lstring439(%rip), %rdi	# trap: kernel.ts:3361:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_998:
	leaq .Lstring440(%rip), %rdi	# trap: kernel.ts:3361:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_999:
	leaq .Lstring441(%rip), %rdi	# trap: kernel.ts:3362:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1000:
	leaq .Lstring442(%rip), %rdi	# trap: kernel.ts:3362:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1006:
	leaq .Lstring443(%rip), %rdi	# trap: kernel.ts:3386:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1010:
	leaq .Lstring444(%rip), %rdi	# trap: kernel.ts:3387:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1012:
	leaq .Lstring445(%rip), %rdi	# trap: kernel.ts:3388:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1013:
	leaq .Lstring446(%rip), %rdi	# trap: kernel.ts:3387:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleTarget, .-fn.handleTarget

# function balloonStep(limit)
	.type fn.balloonStep,@function
fn.balloonStep:
	.loc 1 3402 1
	# balloonStep: function balloonStep(limit: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter limit
	.loc 1 3403 5
	# balloonStep: if (balloonGoal < 0) {
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1015
	.loc 1 3404 9
	# balloonStep: return false;
	movq $0, %rax	# false
	jmp .Lreturn_1014
.Lelse_1015:
	.loc 1 3406 5
	# balloonStep: const held = balloonHeld();
	call fn.balloonHeld
	movq %rax, -16(%rbp)	# held
	.loc 1 3407 5
	# balloonStep: const way = balloonGoal - held;
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	subq -16(%rbp), %rax	# -
	jo .Ltrap_1016
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1016
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1016
	movq %rax, -24(%rbp)	# way
	.loc 1 3408 5
	# balloonStep: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3409 5
	# balloonStep: if (way === 0) {
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1017
	.loc 1 3410 9
	# balloonStep: print("balloon: reached ");
	leaq .Lstring447(%rip), %rdi	# "balloon: reached "
	call fn.print
	.loc 1 3411 9
	# balloonStep: printKib(held);
	movq -16(%rbp), %rdi	# held
	call fn.printKib
	.loc 1 3412 9
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3413 9
	# balloonStep: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3414 9
	# balloonStep: return true;
	movq $1, %rax	# true
	jmp .Lreturn_1014
.Lelse_1017:
	.loc 1 3416 5
	# balloonStep: let count = way > 0 ? way : -way;
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1018
	movq -24(%rbp), %rax	# way
	jmp .Lendcond_1019
.Lelse_1018:
	movq -24(%rbp), %rax	# way
	negq %rax
.Lendcond_1019:
	movq %rax, -32(%rbp)	# count
	.loc 1 3417 5
	# balloonStep: count = count < limit ? count : limit;
	movq -32(%rbp), %rax	# count
	cmpq -8(%rbp), %rax
	jge .Lelse_1020
	movq -32(%rbp), %rax	# count
	jmp .Lendcond_1021
.Lelse_1020:
	movq -8(%rbp), %rax	# limit
.Lendcond_1021:
	movq %rax, -32(%rbp)	# count =
	.loc 1 3418 5
	# balloonStep: count = count < BALLOON_BATCH ? count : BALLOON_BATCH;
	movq -32(%rbp), %rax	# count
	cmpq $512, %rax	# compare with BALLOON_BATCH
	jge .Lelse_1022
	movq -32(%rbp), %rax	# count
	jmp .Lendcond_1023
.Lelse_1022:
	movq $512, %rax	# BALLOON_BATCH
.Lendcond_1023:
	movq %rax, -32(%rbp)	# count =
	.loc 1 3419 5
	# balloonStep: const done = way < 0 ? giveBack(count) : takeBack(count);
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1024
	movq -32(%rbp), %rdi	# count
	call fn.giveBack
	jmp .Lendcond_1025
.Lelse_1024:
	movq -32(%rbp), %rdi	# count
	call fn.takeBack
.Lendcond_1025:
	movq %rax, -40(%rbp)	# done
	.loc 1 3420 5
	# balloonStep: const now = balloonHeld();
	call fn.balloonHeld
	movq %rax, -48(%rbp)	# now
	.loc 1 3421 5
	# balloonStep: if (done < count) {
	movq -40(%rbp), %rax	# done
	cmpq -32(%rbp), %rax
	jge .Lelse_1026
	.loc 1 3422 9
	# balloonStep: print(way < 0 ? "balloon: Xen took only " : "balloon: Xen gave only ");
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1027
	leaq .Lstring448(%rip), %rax	# "balloon: Xen took only "
	jmp .Lendcond_1028
.Lelse_1027:
	leaq .Lstring449(%rip), %rax	# "balloon: Xen gave only "
.Lendcond_1028:
	movq %rax, %rdi
	call fn.print
	.loc 1 3423 9
	# balloonStep: printDecimal(done);
	movq -40(%rbp), %rdi	# done
	call fn.printDecimal
	.loc 1 3424 9
	# balloonStep: print(" of the ");
	leaq .Lstring450(%rip), %rdi	# " of the "
	call fn.print
	.loc 1 3425 9
	# balloonStep: printDecimal(count);
	movq -32(%rbp), %rdi	# count
	call fn.printDecimal
	.loc 1 3426 9
	# balloonStep: print(" pages asked; stopping at ");
	leaq .Lstring451(%rip), %rdi	# " pages asked; stopping at "
	call fn.print
	.loc 1 3427 9
	# balloonStep: printKib(now);
	movq -48(%rbp), %rdi	# now
	call fn.printKib
	.loc 1 3428 9
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3429 9
	# balloonStep: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3430 9
	# balloonStep: return true;
	movq $1, %rax	# true
	jmp .Lreturn_1014
.Lelse_1026:
	.loc 1 3432 5
	# balloonStep: print(way < 0 ? "balloon: gave back " : "balloon: took ");
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1029
	leaq .Lstring452(%rip), %rax	# "balloon: gave back "
	jmp .Lendcond_1030
.Lelse_1029:
	leaq .Lstring453(%rip), %rax	# "balloon: took "
.Lendcond_1030:
	movq %rax, %rdi
	call fn.print
	.loc 1 3433 5
	# balloonStep: printDecimal(done);
	movq -40(%rbp), %rdi	# done
	call fn.printDecimal
	.loc 1 3434 5
	# balloonStep: print(" pages, now ");
	leaq .Lstring454(%rip), %rdi	# " pages, now "
	call fn.print
	.loc 1 3435 5
	# balloonStep: printKib(now);
	movq -48(%rbp), %rdi	# now
	call fn.printKib
	.loc 1 3436 5
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3437 5
	# balloonStep: return true;
	movq $1, %rax	# true
.Lreturn_1014:
	leave
	ret
.Ltrap_1016:
	leaq .Lstring455(%rip), %rdi	# trap: kernel.ts:3407:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonStep, .-fn.balloonStep

# function balloonWork()
	.type fn.balloonWork,@function
fn.balloonWork:
	.loc 1 3441 1
	# balloonWork: function balloonWork(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3442 5
	# balloonWork: if (balloonMode === BALLOON_OBEY || balloonMode === BALLOON_PARTIAL) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	je .Lskip_1033
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1032
.Lskip_1033:
	.loc 1 3443 9
	# balloonWork: return balloonStep(BALLOON_BATCH);
	movq $512, %rdi	# BALLOON_BATCH
	call fn.balloonStep
	jmp .Lreturn_1031
.Lelse_1032:
	.loc 1 3445 5
	# balloonWork: return false;
	movq $0, %rax	# false
.Lreturn_1031:
	leave
	ret
	.size fn.balloonWork, .-fn.balloonWork

# function balloonOneSecond()
	.type fn.balloonOneSecond,@function
fn.balloonOneSecond:
	.loc 1 3449 1
	# balloonOneSecond: function balloonOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3450 5
	# balloonOneSecond: if (balloonMode === BALLOON_SLOW) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $3, %rax	# compare with BALLOON_SLOW
	jne .Lelse_1035
	.loc 1 3451 9
	# balloonOneSecond: let left = balloonRate;
	movq var.balloonRate(%rip), %rax	# balloonRate
	movq %rax, -8(%rbp)	# left
	.loc 1 3452 9
	# balloonOneSecond: while (left > 0 && balloonGoal >= 0) {
.Lwhile_1036:
	movq -8(%rbp), %rax	# left
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_1037
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	cmpq $0, %rax	# compare with 0
	jl .Lendwhile_1037
	.loc 1 3453 13
	# balloonOneSecond: const before = balloonTop;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, -16(%rbp)	# before
	.loc 1 3454 13
	# balloonOneSecond: if (!balloonStep(left)) {
	movq -8(%rbp), %rdi	# left
	call fn.balloonStep
	testq %rax, %rax
	jne .Lelse_1038
	.loc 1 3455 17
	# balloonOneSecond: return;
	jmp .Lreturn_1034
.Lelse_1038:
	.loc 1 3457 13
	# balloonOneSecond: const moved = balloonTop > before ? balloonTop - before : before - ba...
	movq var.balloonTop(%rip), %rax	# balloonTop
	cmpq -16(%rbp), %rax
	jle .Lelse_1039
	movq var.balloonTop(%rip), %rax	# balloonTop
	subq -16(%rbp), %rax	# -
	jo .Ltrap_1041
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1041
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1041
	jmp .Lendcond_1040
.Lelse_1039:
	movq -16(%rbp), %rax	# before
	subq var.balloonTop(%rip), %rax	# -
	jo .Ltrap_1042
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1042
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1042
.Lendcond_1040:
	movq %rax, -24(%rbp)	# moved
	.loc 1 3458 13
	# balloonOneSecond: if (moved === 0) {
	movq -24(%rbp), %rax	# moved
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1043
	.loc 1 3459 17
	# balloonOneSecond: return;
	jmp .Lreturn_1034
.Lelse_1043:
	.loc 1 3461 13
	# balloonOneSecond: left = left - moved;
	movq -8(%rbp), %rax	# left
	subq -24(%rbp), %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1044
	movq %rax, -8(%rbp)	# left =
	jmp .Lwhile_1036
.Lendwhile_1037:
.Lelse_1035:
.Lreturn_1034:
	leave
	ret
.Ltrap_1041:
	leaq .Lstring456(%rip), %rdi	# trap: kernel.ts:3457:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1042:
	leaq .Lstring457(%rip), %rdi	# trap: kernel.ts:3457:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1044:
	leaq .Lstring458(%rip), %rdi	# trap: kernel.ts:3461:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonOneSecond, .-fn.balloonOneSecond

# function balloonModeName(mode)
	.type fn.balloonModeName,@function
fn.balloonModeName:
	.loc 1 3466 1
	# balloonModeName: function balloonModeName(mode: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3467 5
	# balloonModeName: switch (mode) {
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# case BALLOON_OBEY
	je .Lcase_1047
	cmpq $2, %rax	# case BALLOON_REFUSE
	je .Lcase_1048
	cmpq $3, %rax	# case BALLOON_SLOW
	je .Lcase_1049
	cmpq $4, %rax	# case BALLOON_PARTIAL
	je .Lcase_1050
	jmp .Lcase_1051
.Lcase_1047:
	.loc 1 3468 28
	# balloonModeName: return "obey";
	leaq .Lstring418(%rip), %rax	# "obey"
	jmp .Lreturn_1045
.Lcase_1048:
	.loc 1 3469 30
	# balloonModeName: return "refuse";
	leaq .Lstring419(%rip), %rax	# "refuse"
	jmp .Lreturn_1045
.Lcase_1049:
	.loc 1 3470 28
	# balloonModeName: return "slow";
	leaq .Lstring459(%rip), %rax	# "slow"
	jmp .Lreturn_1045
.Lcase_1050:
	.loc 1 3471 31
	# balloonModeName: return "partial";
	leaq .Lstring460(%rip), %rax	# "partial"
	jmp .Lreturn_1045
.Lcase_1051:
	.loc 1 3472 18
	# balloonModeName: return "off";
	leaq .Lstring342(%rip), %rax	# "off"
	jmp .Lreturn_1045
.Lendswitch_1046:
.Lreturn_1045:
	leave
	ret
	.size fn.balloonModeName, .-fn.balloonModeName

# function statusAppendByte(byte)
	.type fn.statusAppendByte,@function
fn.statusAppendByte:
	.loc 1 3534 1
	# statusAppendByte: function statusAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3535 5
	# statusAppendByte: if (statusLength < STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jge .Lelse_1053
	.loc 1 3536 9
	# statusAppendByte: store8(statusText + statusLength, byte);
	leaq buf.statusText(%rip), %rax	# statusText
	addq var.statusLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1054
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1054
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3537 9
	# statusAppendByte: statusLength = statusLength + 1;
	movq var.statusLength(%rip), %rax	# statusLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1055
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_1053:
.Lreturn_1052:
	leave
	ret
.Ltrap_1054:
	leaq .Lstring461(%rip), %rdi	# trap: kernel.ts:3536:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1055:
	leaq .Lstring462(%rip), %rdi	# trap: kernel.ts:3537:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendByte, .-fn.statusAppendByte

# function statusAppend(text)
	.type fn.statusAppend,@function
fn.statusAppend:
	.loc 1 3541 1
	# statusAppend: function statusAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3542 5
	# statusAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1057:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1059
	.loc 1 3543 9
	# statusAppend: statusAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lfornext_1058:
	.loc 1 3542 38
	# statusAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1057
.Lendfor_1059:
.Lreturn_1056:
	leave
	ret
	.size fn.statusAppend, .-fn.statusAppend

# function statusAppendEscapedByte(byte)
	.type fn.statusAppendEscapedByte,@function
fn.statusAppendEscapedByte:
	.loc 1 3551 1
	# statusAppendEscapedByte: function statusAppendEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3552 5
	# statusAppendEscapedByte: if (byte === 34 || byte === 92) {
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_1062
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_1061
.Lskip_1062:
	.loc 1 3553 9
	# statusAppendEscapedByte: statusAppendByte(92);
	movq $92, %rdi
	call fn.statusAppendByte
	.loc 1 3554 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_1063
.Lelse_1061:
	.loc 1 3555 12
	# statusAppendEscapedByte: if (byte >= 32 && byte <= 126) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_1064
	movq -8(%rbp), %rax	# byte
	cmpq $126, %rax	# compare with 126
	jg .Lelse_1064
	.loc 1 3556 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_1065
.Lelse_1064:
	.loc 1 3558 9
	# statusAppendEscapedByte: statusAppend("\\u00");
	leaq .Lstring463(%rip), %rdi	# "\\u00"
	call fn.statusAppend
	.loc 1 3559 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	shrl $4, %eax	# >>> (a uint32)
	movq %rax, %rdi
	leaq .Lstring464(%rip), %rax	# HEX_DIGITS
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
	.loc 1 3560 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte & 15));
	movq -8(%rbp), %rax	# byte
	andl $15, %eax	# &
	movq %rax, %rdi
	leaq .Lstring464(%rip), %rax	# HEX_DIGITS
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lendif_1065:
.Lendif_1063:
.Lreturn_1060:
	leave
	ret
	.size fn.statusAppendEscapedByte, .-fn.statusAppendEscapedByte

# function statusAppendQuotedBytes(address, length)
	.type fn.statusAppendQuotedBytes,@function
fn.statusAppendQuotedBytes:
	.loc 1 3564 1
	# statusAppendQuotedBytes: function statusAppendQuotedBytes(address: number, length: number): vo...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3565 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3566 5
	# statusAppendQuotedBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1067:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_1069
	.loc 1 3567 9
	# statusAppendQuotedBytes: statusAppendEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1070
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1070
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1068:
	.loc 1 3566 33
	# statusAppendQuotedBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1067
.Lendfor_1069:
	.loc 1 3569 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_1066:
	leave
	ret
.Ltrap_1070:
	leaq .Lstring465(%rip), %rdi	# trap: kernel.ts:3567:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendQuotedBytes, .-fn.statusAppendQuotedBytes

# function statusAppendQuoted(text)
	.type fn.statusAppendQuoted,@function
fn.statusAppendQuoted:
	.loc 1 3572 1
	# statusAppendQuoted: function statusAppendQuoted(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3573 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3574 5
	# statusAppendQuoted: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1072:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1074
	.loc 1 3575 9
	# statusAppendQuoted: statusAppendEscapedByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1073:
	.loc 1 3574 38
	# statusAppendQuoted: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1072
.Lendfor_1074:
	.loc 1 3577 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_1071:
	leave
	ret
	.size fn.statusAppendQuoted, .-fn.statusAppendQuoted

# function statusAppendDecimal(value)
	.type fn.statusAppendDecimal,@function
fn.statusAppendDecimal:
	.loc 1 3580 1
	# statusAppendDecimal: function statusAppendDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 3581 5
	# statusAppendDecimal: if (statusLength + 16 <= STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1077
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jg .Lelse_1076
	.loc 1 3582 9
	# statusAppendDecimal: statusLength = statusLength + decimalIntoBytes(statusText + statusLen...
	movq var.statusLength(%rip), %rax	# statusLength
	pushq %rax
	leaq buf.statusText(%rip), %rax	# statusText
	addq var.statusLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1078
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1078
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
	jg .Ltrap_1079
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_1076:
.Lreturn_1075:
	leave
	ret
.Ltrap_1077:
	leaq .Lstring466(%rip), %rdi	# trap: kernel.ts:3581:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1078:
	leaq .Lstring467(%rip), %rdi	# trap: kernel.ts:3582:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1079:
	leaq .Lstring468(%rip), %rdi	# trap: kernel.ts:3582:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendDecimal, .-fn.statusAppendDecimal

# function statusAppendActionOrNull(action)
	.type fn.statusAppendActionOrNull,@function
fn.statusAppendActionOrNull:
	.loc 1 3586 1
	# statusAppendActionOrNull: function statusAppendActionOrNull(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 3587 5
	# statusAppendActionOrNull: if (action === ACTION_NONE) {
	movq -8(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_1081
	.loc 1 3588 9
	# statusAppendActionOrNull: statusAppend("null");
	leaq .Lstring296(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1082
.Lelse_1081:
	.loc 1 3590 9
	# statusAppendActionOrNull: statusAppendQuoted(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppendQuoted
.Lendif_1082:
.Lreturn_1080:
	leave
	ret
	.size fn.statusAppendActionOrNull, .-fn.statusAppendActionOrNull

# function suspendChannelModeName(mode)
	.type fn.suspendChannelModeName,@function
fn.suspendChannelModeName:
	.loc 1 3594 1
	# suspendChannelModeName: function suspendChannelModeName(mode: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3595 5
	# suspendChannelModeName: if (mode === SUSPEND_CHANNEL_ON) {
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_1084
	.loc 1 3596 9
	# suspendChannelModeName: return "on";
	leaq .Lstring341(%rip), %rax	# "on"
	jmp .Lreturn_1083
.Lelse_1084:
	.loc 1 3598 5
	# suspendChannelModeName: return mode === SUSPEND_CHANNEL_IGNORE ? "ignore" : "off";
	movq -8(%rbp), %rax	# mode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_1085
	leaq .Lstring162(%rip), %rax	# "ignore"
	jmp .Lendcond_1086
.Lelse_1085:
	leaq .Lstring342(%rip), %rax	# "off"
.Lendcond_1086:
.Lreturn_1083:
	leave
	ret
	.size fn.suspendChannelModeName, .-fn.suspendChannelModeName

# function versionLength()
	.type fn.versionLength,@function
fn.versionLength:
	.loc 1 3602 1
	# versionLength: function versionLength(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3603 5
	# versionLength: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -8(%rbp)	# version
	.loc 1 3604 5
	# versionLength: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 3605 5
	# versionLength: while (length < VERSION_BYTES_MAX && load8(version + length) !== 0) {
.Lwhile_1088:
	movq -16(%rbp), %rax	# length
	cmpq $32, %rax	# compare with VERSION_BYTES_MAX
	jge .Lendwhile_1089
	movq -8(%rbp), %rax	# version
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1090
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1090
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_1089
	.loc 1 3606 9
	# versionLength: length = length + 1;
	movq -16(%rbp), %rax	# length
	addq $1, %rax	# +
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_1088
.Lendwhile_1089:
	.loc 1 3608 5
	# versionLength: return length;
	movq -16(%rbp), %rax	# length
.Lreturn_1087:
	leave
	ret
.Ltrap_1090:
	leaq .Lstring469(%rip), %rdi	# trap: kernel.ts:3605:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionLength, .-fn.versionLength

# function writeStatus()
	.type fn.writeStatus,@function
fn.writeStatus:
	.loc 1 3611 1
	# writeStatus: function writeStatus(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3612 5
	# writeStatus: statusDirty = false;
	movq $0, %rax	# false
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3613 5
	# writeStatus: statusLength = 0;
	movq $0, %rax
	movq %rax, var.statusLength(%rip)	# statusLength =
	.loc 1 3614 5
	# writeStatus: statusAppend("{\"version\":");
	leaq .Lstring470(%rip), %rdi	# "{\"version\":"
	call fn.statusAppend
	.loc 1 3615 5
	# writeStatus: statusAppendQuotedBytes(addressOf("guest_version"), versionLength());
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.versionLength
	addq $8, %rsp
	movq %rax, %rsi
	popq %rdi
	call fn.statusAppendQuotedBytes
	.loc 1 3616 5
	# writeStatus: statusAppend(",\"mode\":");
	leaq .Lstring471(%rip), %rdi	# ",\"mode\":"
	call fn.statusAppend
	.loc 1 3617 5
	# writeStatus: statusAppendQuoted(bootMode === BOOT_MODE_PVH ? "pvh" : "pv");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1092
	leaq .Lstring472(%rip), %rax	# "pvh"
	jmp .Lendcond_1093
.Lelse_1092:
	leaq .Lstring473(%rip), %rax	# "pv"
.Lendcond_1093:
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3618 5
	# writeStatus: statusAppend(",\"state\":");
	leaq .Lstring474(%rip), %rdi	# ",\"state\":"
	call fn.statusAppend
	.loc 1 3619 5
	# writeStatus: statusAppendQuoted(statusState);
	movq var.statusState(%rip), %rdi	# statusState
	call fn.statusAppendQuoted
	.loc 1 3620 5
	# writeStatus: statusAppend(",\"override\":");
	leaq .Lstring475(%rip), %rdi	# ",\"override\":"
	call fn.statusAppend
	.loc 1 3621 5
	# writeStatus: statusAppendActionOrNull(overrideAction);
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.statusAppendActionOrNull
	.loc 1 3622 5
	# writeStatus: statusAppend(",\"timer\":");
	leaq .Lstring476(%rip), %rdi	# ",\"timer\":"
	call fn.statusAppend
	.loc 1 3623 5
	# writeStatus: if (timerAction === ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_1094
	.loc 1 3624 9
	# writeStatus: statusAppend("null");
	leaq .Lstring296(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1095
.Lelse_1094:
	.loc 1 3626 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3627 9
	# writeStatus: statusAppend(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3628 9
	# writeStatus: statusAppend(" in ");
	leaq .Lstring171(%rip), %rdi	# " in "
	call fn.statusAppend
	.loc 1 3629 9
	# writeStatus: statusAppendDecimal(timerSecondsSet);
	movq var.timerSecondsSet(%rip), %rdi	# timerSecondsSet
	call fn.statusAppendDecimal
	.loc 1 3630 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_1095:
	.loc 1 3632 5
	# writeStatus: statusAppend(",\"response\":");
	leaq .Lstring477(%rip), %rdi	# ",\"response\":"
	call fn.statusAppend
	.loc 1 3633 5
	# writeStatus: statusAppendActionOrNull(responsePhase === RESPONSE_NONE ? ACTION_NON...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	jne .Lelse_1096
	movq $0, %rax	# ACTION_NONE
	jmp .Lendcond_1097
.Lelse_1096:
	movq var.responseAction(%rip), %rax	# responseAction
.Lendcond_1097:
	movq %rax, %rdi
	call fn.statusAppendActionOrNull
	.loc 1 3634 5
	# writeStatus: statusAppend(",\"suspendChannel\":");
	leaq .Lstring478(%rip), %rdi	# ",\"suspendChannel\":"
	call fn.statusAppend
	.loc 1 3635 5
	# writeStatus: statusAppendQuoted(suspendChannelModeName(suspendChannelMode));
	movq var.suspendChannelMode(%rip), %rdi	# suspendChannelMode
	call fn.suspendChannelModeName
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3636 5
	# writeStatus: statusAppend(agentOn ? ",\"agent\":true" : ",\"agent\":false");
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_1098
	leaq .Lstring479(%rip), %rax	# ",\"agent\":true"
	jmp .Lendcond_1099
.Lelse_1098:
	leaq .Lstring480(%rip), %rax	# ",\"agent\":false"
.Lendcond_1099:
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3637 5
	# writeStatus: statusAppend(",\"balloon\":");
	leaq .Lstring481(%rip), %rdi	# ",\"balloon\":"
	call fn.statusAppend
	.loc 1 3638 5
	# writeStatus: statusAppendQuoted(balloonModeName(balloonMode));
	movq var.balloonMode(%rip), %rdi	# balloonMode
	call fn.balloonModeName
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3639 5
	# writeStatus: statusAppend(",\"memoryKiB\":");
	leaq .Lstring482(%rip), %rdi	# ",\"memoryKiB\":"
	call fn.statusAppend
	.loc 1 3640 5
	# writeStatus: statusAppendDecimal(pagesHeld() * KIB_PER_PAGE);
	call fn.pagesHeld
	imulq $4, %rax	# *
	jo .Ltrap_1100
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1100
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1100
	movq %rax, %rdi
	call fn.statusAppendDecimal
	.loc 1 3641 5
	# writeStatus: statusAppend(",\"resumes\":");
	leaq .Lstring483(%rip), %rdi	# ",\"resumes\":"
	call fn.statusAppend
	.loc 1 3642 5
	# writeStatus: statusAppendDecimal(resumeCount);
	movq var.resumeCount(%rip), %rdi	# resumeCount
	call fn.statusAppendDecimal
	.loc 1 3643 5
	# writeStatus: statusAppend(",\"commands\":");
	leaq .Lstring484(%rip), %rdi	# ",\"commands\":"
	call fn.statusAppend
	.loc 1 3644 5
	# writeStatus: statusAppendDecimal(commandCount);
	movq var.commandCount(%rip), %rdi	# commandCount
	call fn.statusAppendDecimal
	.loc 1 3645 5
	# writeStatus: statusAppend(",\"last\":");
	leaq .Lstring485(%rip), %rdi	# ",\"last\":"
	call fn.statusAppend
	.loc 1 3646 5
	# writeStatus: if (lastCommandLength < 0) {
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1101
	.loc 1 3647 9
	# writeStatus: statusAppend("null");
	leaq .Lstring296(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1102
.Lelse_1101:
	.loc 1 3649 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3650 9
	# writeStatus: const shown = lastCommandLength < LAST_COMMAND_SHOWN ? lastCommandLen...
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_1103
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	jmp .Lendcond_1104
.Lelse_1103:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_1104:
	movq %rax, -8(%rbp)	# shown
	.loc 1 3651 9
	# writeStatus: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1105:
	movq -16(%rbp), %rax	# i
	cmpq -8(%rbp), %rax
	jge .Lendfor_1107
	.loc 1 3652 13
	# writeStatus: statusAppendEscapedByte(load8(lastCommand + i));
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1108
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1108
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1106:
	.loc 1 3651 36
	# writeStatus: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1105
.Lendfor_1107:
	.loc 1 3654 9
	# writeStatus: if (shown < lastCommandLength) {
	movq -8(%rbp), %rax	# shown
	cmpq var.lastCommandLength(%rip), %rax
	jge .Lelse_1109
	.loc 1 3655 13
	# writeStatus: statusAppend("...");
	leaq .Lstring486(%rip), %rdi	# "..."
	call fn.statusAppend
.Lelse_1109:
	.loc 1 3657 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_1102:
	.loc 1 3659 5
	# writeStatus: statusAppend(",\"result\":");
	leaq .Lstring487(%rip), %rdi	# ",\"result\":"
	call fn.statusAppend
	.loc 1 3660 5
	# writeStatus: if (resultLength < 0) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1110
	.loc 1 3661 9
	# writeStatus: statusAppend("null");
	leaq .Lstring296(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1111
.Lelse_1110:
	.loc 1 3663 9
	# writeStatus: statusAppendQuotedBytes(resultText, resultLength);
	leaq buf.resultText(%rip), %rdi	# resultText
	movq var.resultLength(%rip), %rsi	# resultLength
	call fn.statusAppendQuotedBytes
.Lendif_1111:
	.loc 1 3665 5
	# writeStatus: statusAppendByte(125);
	movq $125, %rdi
	call fn.statusAppendByte
	.loc 1 3666 5
	# writeStatus: const result = storeWrite("data/test-vm/status", statusText, statusLe...
	leaq .Lstring488(%rip), %rdi	# "data/test-vm/status"
	leaq buf.statusText(%rip), %rsi	# statusText
	movq var.statusLength(%rip), %rdx	# statusLength
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 3667 5
	# writeStatus: if (result < 0 && !statusWriteFailing) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1112
	movq var.statusWriteFailing(%rip), %rax	# statusWriteFailing
	testq %rax, %rax
	jne .Lelse_1112
	.loc 1 3668 9
	# writeStatus: logPathError("status: cannot write ", "data/test-vm/status", result);
	leaq .Lstring489(%rip), %rdi	# "status: cannot write "
	leaq .Lstring488(%rip), %rsi	# "data/test-vm/status"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1112:
	.loc 1 3670 5
	# writeStatus: statusWriteFailing = result < 0;
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	setl %al	# <
	movzbl %al, %eax
	movq %rax, var.statusWriteFailing(%rip)	# statusWriteFailing =
.Lreturn_1091:
	leave
	ret
.Ltrap_1100:
	leaq .Lstring490(%rip), %rdi	# trap: kernel.ts:3640:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1108:
	leaq .Lstring491(%rip), %rdi	# trap: kernel.ts:3652:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeStatus, .-fn.writeStatus

# function publishState(state)
	.type fn.publishState,@function
fn.publishState:
	.loc 1 3675 1
	# publishState: function publishState(state: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter state
	.loc 1 3676 5
	# publishState: statusState = state;
	movq -8(%rbp), %rax	# state
	movq %rax, var.statusState(%rip)	# statusState =
	.loc 1 3677 5
	# publishState: writeStatus();
	call fn.writeStatus
.Lreturn_1113:
	leave
	ret
	.size fn.publishState, .-fn.publishState

# function noteCommand()
	.type fn.noteCommand,@function
fn.noteCommand:
	.loc 1 3682 1
	# noteCommand: function noteCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3683 5
	# noteCommand: commandCount = commandCount + 1;
	movq var.commandCount(%rip), %rax	# commandCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1115
	movq %rax, var.commandCount(%rip)	# commandCount =
	.loc 1 3684 5
	# noteCommand: lastCommandLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastCommandLength(%rip)	# lastCommandLength =
	.loc 1 3685 5
	# noteCommand: copyBytes(lastCommand, commandValue, commandLength < LAST_COMMAND_SHO...
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_1116
	movq var.commandLength(%rip), %rax	# commandLength
	jmp .Lendcond_1117
.Lelse_1116:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_1117:
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 3686 5
	# noteCommand: resultLength = 0;
	movq $0, %rax
	movq %rax, var.resultLength(%rip)	# resultLength =
	.loc 1 3687 5
	# noteCommand: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
.Lreturn_1114:
	leave
	ret
.Ltrap_1115:
	leaq .Lstring492(%rip), %rdi	# trap: kernel.ts:3683:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteCommand, .-fn.noteCommand

# function resultAppendByte(byte)
	.type fn.resultAppendByte,@function
fn.resultAppendByte:
	.loc 1 3690 1
	# resultAppendByte: function resultAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3691 5
	# resultAppendByte: if (resultLength >= 0 && resultLength < RESULT_BYTES_MAX) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1119
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $256, %rax	# compare with RESULT_BYTES_MAX
	jge .Lelse_1119
	.loc 1 3692 9
	# resultAppendByte: store8(resultText + resultLength, byte);
	leaq buf.resultText(%rip), %rax	# resultText
	addq var.resultLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1120
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1120
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3693 9
	# resultAppendByte: resultLength = resultLength + 1;
	movq var.resultLength(%rip), %rax	# resultLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1121
	movq %rax, var.resultLength(%rip)	# resultLength =
.Lelse_1119:
.Lreturn_1118:
	leave
	ret
.Ltrap_1120:
	leaq .Lstring493(%rip), %rdi	# trap: kernel.ts:3692:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1121:
	leaq .Lstring494(%rip), %rdi	# trap: kernel.ts:3693:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendByte, .-fn.resultAppendByte

# function resultAppend(text)
	.type fn.resultAppend,@function
fn.resultAppend:
	.loc 1 3697 1
	# resultAppend: function resultAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3698 5
	# resultAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1123:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1125
	.loc 1 3699 9
	# resultAppend: resultAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_1124:
	.loc 1 3698 38
	# resultAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1123
.Lendfor_1125:
.Lreturn_1122:
	leave
	ret
	.size fn.resultAppend, .-fn.resultAppend

# function resultAppendDecimal(value)
	.type fn.resultAppendDecimal,@function
fn.resultAppendDecimal:
	.loc 1 3703 1
	# resultAppendDecimal: function resultAppendDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 3704 5
	# resultAppendDecimal: if (resultLength >= 0 && resultLength + 16 <= RESULT_BYTES_MAX) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1127
	movq var.resultLength(%rip), %rax	# resultLength
	addq $16, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1128
	cmpq $256, %rax	# compare with RESULT_BYTES_MAX
	jg .Lelse_1127
	.loc 1 3705 9
	# resultAppendDecimal: resultLength = resultLength + decimalIntoBytes(resultText + resultLen...
	movq var.resultLength(%rip), %rax	# resultLength
	pushq %rax
	leaq buf.resultText(%rip), %rax	# resultText
	addq var.resultLength(%rip), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1129
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1129
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
	jg .Ltrap_1130
	movq %rax, var.resultLength(%rip)	# resultLength =
.Lelse_1127:
.Lreturn_1126:
	leave
	ret
.Ltrap_1128:
	leaq .Lstring495(%rip), %rdi	# trap: kernel.ts:3704:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1129:
	leaq .Lstring496(%rip), %rdi	# trap: kernel.ts:3705:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1130:
	leaq .Lstring497(%rip), %rdi	# trap: kernel.ts:3705:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendDecimal, .-fn.resultAppendDecimal

# function resultAppendBytes(address, length)
	.type fn.resultAppendBytes,@function
fn.resultAppendBytes:
	.loc 1 3709 1
	# resultAppendBytes: function resultAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3710 5
	# resultAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1132:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_1134
	.loc 1 3711 9
	# resultAppendBytes: resultAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1135
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_1133:
	.loc 1 3710 33
	# resultAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1132
.Lendfor_1134:
.Lreturn_1131:
	leave
	ret
.Ltrap_1135:
	leaq .Lstring498(%rip), %rdi	# trap: kernel.ts:3711:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendBytes, .-fn.resultAppendBytes

# function agentWrite(path, value, length)
	.type fn.agentWrite,@function
fn.agentWrite:
	.loc 1 3722 1
	# agentWrite: function agentWrite(path: string, value: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 3723 5
	# agentWrite: const result = storeWrite(path, value, length);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	movq -24(%rbp), %rdx	# length
	call fn.storeWrite
	movq %rax, -32(%rbp)	# result
	.loc 1 3724 5
	# agentWrite: if (result < 0) {
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1137
	.loc 1 3725 9
	# agentWrite: logPathError("agent: cannot write ", path, result);
	leaq .Lstring499(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -32(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1137:
.Lreturn_1136:
	leave
	ret
	.size fn.agentWrite, .-fn.agentWrite

# function agentWriteText(path, value)
	.type fn.agentWriteText,@function
fn.agentWriteText:
	.loc 1 3729 1
	# agentWriteText: function agentWriteText(path: string, value: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3730 5
	# agentWriteText: const result = storeWriteText(path, value);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	call fn.storeWriteText
	movq %rax, -24(%rbp)	# result
	.loc 1 3731 5
	# agentWriteText: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1139
	.loc 1 3732 9
	# agentWriteText: logPathError("agent: cannot write ", path, result);
	leaq .Lstring499(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1139:
.Lreturn_1138:
	leave
	ret
	.size fn.agentWriteText, .-fn.agentWriteText

# function agentWriteDecimal(path, value)
	.type fn.agentWriteDecimal,@function
fn.agentWriteDecimal:
	.loc 1 3736 1
	# agentWriteDecimal: function agentWriteDecimal(path: string, value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3737 5
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
.Lreturn_1140:
	leave
	ret
	.size fn.agentWriteDecimal, .-fn.agentWriteDecimal

# function versionPart(part)
	.type fn.versionPart,@function
fn.versionPart:
	.loc 1 3742 1
	# versionPart: function versionPart(part: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter part
	.loc 1 3743 5
	# versionPart: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -16(%rbp)	# version
	.loc 1 3744 5
	# versionPart: const length = versionLength();
	call fn.versionLength
	movq %rax, -24(%rbp)	# length
	.loc 1 3745 5
	# versionPart: let at = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# at
	.loc 1 3746 5
	# versionPart: for (let dots = 0; dots < part && at < length; at++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# dots
.Lfor_1142:
	movq -40(%rbp), %rax	# dots
	cmpq -8(%rbp), %rax
	jge .Lendfor_1144
	movq -32(%rbp), %rax	# at
	cmpq -24(%rbp), %rax
	jge .Lendfor_1144
	.loc 1 3747 9
	# versionPart: if (load8(version + at) === 46) {
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1146
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1146
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $46, %rax	# compare with 46
	jne .Lelse_1145
	.loc 1 3748 13
	# versionPart: dots = dots + 1;
	movq -40(%rbp), %rax	# dots
	addq $1, %rax	# +
	movq %rax, -40(%rbp)	# dots =
.Lelse_1145:
.Lfornext_1143:
	.loc 1 3746 52
	# versionPart: at++
	movq -32(%rbp), %rax	# at
	addq $1, %rax	# ++
	movq %rax, -32(%rbp)	# at =
	jmp .Lfor_1142
.Lendfor_1144:
	.loc 1 3751 5
	# versionPart: let partLength = 0;
	movq $0, %rax
	movq %rax, -48(%rbp)	# partLength
	.loc 1 3752 5
	# versionPart: while (at + partLength < length && load8(version + at + partLength) >...
.Lwhile_1147:
	movq -32(%rbp), %rax	# at
	addq -48(%rbp), %rax	# +
	cmpq -24(%rbp), %rax
	jge .Lendwhile_1148
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1149
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1149
	addq -48(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1149
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_1148
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1150
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1150
	addq -48(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1150
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_1148
	movq -48(%rbp), %rax	# partLength
	cmpq $16, %rax	# compare with 16
	jge .Lendwhile_1148
	.loc 1 3754 9
	# versionPart: partLength = partLength + 1;
	movq -48(%rbp), %rax	# partLength
	addq $1, %rax	# +
	movq %rax, -48(%rbp)	# partLength =
	jmp .Lwhile_1147
.Lendwhile_1148:
	.loc 1 3756 5
	# versionPart: copyBytes(agentValue, version + at, partLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# version
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1151
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1151
	movq %rax, %rsi
	popq %rdi
	movq -48(%rbp), %rdx	# partLength
	call fn.copyBytes
	.loc 1 3757 5
	# versionPart: return partLength;
	movq -48(%rbp), %rax	# partLength
.Lreturn_1141:
	leave
	ret
.Ltrap_1146:
	leaq .Lstring500(%rip), %rdi	# trap: kernel.ts:3747:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1149:
	leaq .Lstring501(%rip), %rdi	# trap: kernel.ts:3752:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1150:
	leaq .Lstring502(%rip), %rdi	# trap: kernel.ts:3753:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1151:
	leaq .Lstring503(%rip), %rdi	# trap: kernel.ts:3756:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionPart, .-fn.versionPart

# function kernelPages()
	.type fn.kernelPages,@function
fn.kernelPages:
	.loc 1 3763 1
	# kernelPages: function kernelPages(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3764 5
	# kernelPages: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1153
	.loc 1 3765 9
	# kernelPages: return Math.floor(load64(startInfo + START_INFO_PT_BASE) / PAGE_SIZE) +
	movq var.startInfo(%rip), %rax	# startInfo
	addq $88, %rax	# +
	jo .Ltrap_1154
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1154
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1154
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1155
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1155
	sarq $12, %rax	# Math.floor(a / 4096)
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	addq $96, %rax	# +
	jo .Ltrap_1156
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1156
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1156
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1157
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1157
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1158
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1158
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1158
	jmp .Lreturn_1152
.Lelse_1153:
	.loc 1 3768 5
	# kernelPages: return Math.floor(addressOf("_image_end") / PAGE_SIZE);
	leaq _image_end(%rip), %rax	# addressOf("_image_end")
	sarq $12, %rax	# Math.floor(a / 4096)
.Lreturn_1152:
	leave
	ret
.Ltrap_1154:
	leaq .Lstring504(%rip), %rdi	# trap: kernel.ts:3765:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1155:
	leaq .Lstring505(%rip), %rdi	# trap: kernel.ts:3765:27: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1156:
	leaq .Lstring506(%rip), %rdi	# trap: kernel.ts:3766:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1157:
	leaq .Lstring507(%rip), %rdi	# trap: kernel.ts:3766:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1158:
	leaq .Lstring508(%rip), %rdi	# trap: kernel.ts:3765:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.kernelPages, .-fn.kernelPages

# function pagesHeld()
	.type fn.pagesHeld,@function
fn.pagesHeld:
	.loc 1 3772 1
	# pagesHeld: function pagesHeld(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3773 5
	# pagesHeld: const held = currentReservation();
	call fn.currentReservation
	movq %rax, -8(%rbp)	# held
	.loc 1 3774 5
	# pagesHeld: return held > 0 ? held : domainPages;
	movq -8(%rbp), %rax	# held
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1160
	movq -8(%rbp), %rax	# held
	jmp .Lendcond_1161
.Lelse_1160:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_1161:
.Lreturn_1159:
	leave
	ret
	.size fn.pagesHeld, .-fn.pagesHeld

# function writeAgentMemory()
	.type fn.writeAgentMemory,@function
fn.writeAgentMemory:
	.loc 1 3777 1
	# writeAgentMemory: function writeAgentMemory(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3778 5
	# writeAgentMemory: const held = pagesHeld();
	call fn.pagesHeld
	movq %rax, -8(%rbp)	# held
	.loc 1 3779 5
	# writeAgentMemory: const free = held > kernelPages() ? held - kernelPages() : 0;
	call fn.kernelPages
	movq %rax, %rdi
	movq -8(%rbp), %rax	# held
	cmpq %rdi, %rax
	jle .Lelse_1163
	call fn.kernelPages
	movq %rax, %rdi
	movq -8(%rbp), %rax	# held
	subq %rdi, %rax	# -
	jo .Ltrap_1165
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1165
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1165
	jmp .Lendcond_1164
.Lelse_1163:
	movq $0, %rax
.Lendcond_1164:
	movq %rax, -16(%rbp)	# free
	.loc 1 3780 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_total", held * KIB_PER_PAGE);
	leaq .Lstring509(%rip), %rax	# "data/meminfo_total"
	pushq %rax
	movq -8(%rbp), %rax	# held
	imulq $4, %rax	# *
	jo .Ltrap_1166
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1166
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1166
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 3781 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_free", free * KIB_PER_PAGE);
	leaq .Lstring510(%rip), %rax	# "data/meminfo_free"
	pushq %rax
	movq -16(%rbp), %rax	# free
	imulq $4, %rax	# *
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1167
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1167
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 3782 5
	# writeAgentMemory: agentWriteText("data/updated", "1");
	leaq .Lstring511(%rip), %rdi	# "data/updated"
	leaq .Lstring267(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 3783 5
	# writeAgentMemory: agentSecondsSinceRefresh = 0;
	movq $0, %rax
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
.Lreturn_1162:
	leave
	ret
.Ltrap_1165:
	leaq .Lstring512(%rip), %rdi	# trap: kernel.ts:3779:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1166:
	leaq .Lstring513(%rip), %rdi	# trap: kernel.ts:3780:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1167:
	leaq .Lstring514(%rip), %rdi	# trap: kernel.ts:3781:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentMemory, .-fn.writeAgentMemory

# function writeAgentKeys()
	.type fn.writeAgentKeys,@function
fn.writeAgentKeys:
	.loc 1 3786 1
	# writeAgentKeys: function writeAgentKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3787 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MajorVersion", agentValue, versionPart(0));
	leaq .Lstring515(%rip), %rax	# "attr/PVAddons/MajorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $0, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3788 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MinorVersion", agentValue, versionPart(1));
	leaq .Lstring516(%rip), %rax	# "attr/PVAddons/MinorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $1, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3789 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MicroVersion", agentValue, versionPart(2));
	leaq .Lstring517(%rip), %rax	# "attr/PVAddons/MicroVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $2, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3790 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/BuildVersion", "0");
	leaq .Lstring519(%rip), %rdi	# "attr/PVAddons/BuildVersion"
	leaq .Lstring518(%rip), %rsi	# "0"
	call fn.agentWriteText
	.loc 1 3791 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/Installed", "1");
	leaq .Lstring520(%rip), %rdi	# "attr/PVAddons/Installed"
	leaq .Lstring267(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 3792 5
	# writeAgentKeys: const nameLength = versionLength();
	call fn.versionLength
	movq %rax, -8(%rbp)	# nameLength
	.loc 1 3793 5
	# writeAgentKeys: copyBytes(agentValue, addressOf("guest_version"), nameLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3794 5
	# writeAgentKeys: agentWrite("data/os_uname", agentValue, nameLength);
	leaq .Lstring521(%rip), %rdi	# "data/os_uname"
	leaq buf.agentValue(%rip), %rsi	# agentValue
	movq -8(%rbp), %rdx	# nameLength
	call fn.agentWrite
	.loc 1 3795 5
	# writeAgentKeys: agentWriteText("data/os_distro", "xen-test-vm");
	leaq .Lstring523(%rip), %rdi	# "data/os_distro"
	leaq .Lstring522(%rip), %rsi	# "xen-test-vm"
	call fn.agentWriteText
	.loc 1 3796 5
	# writeAgentKeys: const prefix = "xen-test-vm ";
	leaq .Lstring524(%rip), %rax	# "xen-test-vm "
	movq %rax, -16(%rbp)	# prefix
	.loc 1 3797 5
	# writeAgentKeys: for (let i = 0; i < prefix.length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1169:
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -24(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1171
	.loc 1 3798 9
	# writeAgentKeys: store8(agentValue + i, prefix.charCodeAt(i));
	leaq buf.agentValue(%rip), %rax	# agentValue
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1172
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1172
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq -24(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1170:
	.loc 1 3797 40
	# writeAgentKeys: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1169
.Lendfor_1171:
	.loc 1 3800 5
	# writeAgentKeys: copyBytes(agentValue + prefix.length, addressOf("guest_version"), nam...
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	leaq buf.agentValue(%rip), %rax	# agentValue
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1173
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1173
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3801 5
	# writeAgentKeys: agentWrite("data/os_name", agentValue, prefix.length + nameLength);
	leaq .Lstring525(%rip), %rax	# "data/os_name"
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
	.loc 1 3802 5
	# writeAgentKeys: writeAgentMemory();
	call fn.writeAgentMemory
.Lreturn_1168:
	leave
	ret
.Ltrap_1172:
	leaq .Lstring526(%rip), %rdi	# trap: kernel.ts:3798:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1173:
	leaq .Lstring527(%rip), %rdi	# trap: kernel.ts:3800:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentKeys, .-fn.writeAgentKeys

# function agentRemove(path)
	.type fn.agentRemove,@function
fn.agentRemove:
	.loc 1 3805 1
	# agentRemove: function agentRemove(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 3806 5
	# agentRemove: const result = storeRemove(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRemove
	movq %rax, -16(%rbp)	# result
	.loc 1 3807 5
	# agentRemove: if (result < 0 && result !== XSE_ENOENT) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1175
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1175
	.loc 1 3808 9
	# agentRemove: logPathError("agent: cannot remove ", path, result);
	leaq .Lstring528(%rip), %rdi	# "agent: cannot remove "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1175:
.Lreturn_1174:
	leave
	ret
	.size fn.agentRemove, .-fn.agentRemove

# function setAgent(on)
	.type fn.setAgent,@function
fn.setAgent:
	.loc 1 3812 1
	# setAgent: function setAgent(on: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter on
	.loc 1 3813 5
	# setAgent: agentOn = on;
	movq -8(%rbp), %rax	# on
	movq %rax, var.agentOn(%rip)	# agentOn =
	.loc 1 3814 5
	# setAgent: if (on) {
	movq -8(%rbp), %rax	# on
	testq %rax, %rax
	je .Lelse_1177
	.loc 1 3815 9
	# setAgent: writeAgentKeys();
	call fn.writeAgentKeys
	.loc 1 3816 9
	# setAgent: log("agent: on");
	leaq .Lstring529(%rip), %rdi	# "agent: on"
	call fn.log
	.loc 1 3817 9
	# setAgent: resultAppend("agent: on");
	leaq .Lstring529(%rip), %rdi	# "agent: on"
	call fn.resultAppend
	.loc 1 3818 9
	# setAgent: return;
	jmp .Lreturn_1176
.Lelse_1177:
	.loc 1 3820 5
	# setAgent: agentRemove("attr/PVAddons");
	leaq .Lstring530(%rip), %rdi	# "attr/PVAddons"
	call fn.agentRemove
	.loc 1 3821 5
	# setAgent: agentRemove("data/os_name");
	leaq .Lstring525(%rip), %rdi	# "data/os_name"
	call fn.agentRemove
	.loc 1 3822 5
	# setAgent: agentRemove("data/os_uname");
	leaq .Lstring521(%rip), %rdi	# "data/os_uname"
	call fn.agentRemove
	.loc 1 3823 5
	# setAgent: agentRemove("data/os_distro");
	leaq .Lstring523(%rip), %rdi	# "data/os_distro"
	call fn.agentRemove
	.loc 1 3824 5
	# setAgent: agentRemove("data/meminfo_total");
	leaq .Lstring509(%rip), %rdi	# "data/meminfo_total"
	call fn.agentRemove
	.loc 1 3825 5
	# setAgent: agentRemove("data/meminfo_free");
	leaq .Lstring510(%rip), %rdi	# "data/meminfo_free"
	call fn.agentRemove
	.loc 1 3826 5
	# setAgent: agentRemove("data/updated");
	leaq .Lstring511(%rip), %rdi	# "data/updated"
	call fn.agentRemove
	.loc 1 3827 5
	# setAgent: log("agent: off");
	leaq .Lstring531(%rip), %rdi	# "agent: off"
	call fn.log
	.loc 1 3828 5
	# setAgent: resultAppend("agent: off");
	leaq .Lstring531(%rip), %rdi	# "agent: off"
	call fn.resultAppend
.Lreturn_1176:
	leave
	ret
	.size fn.setAgent, .-fn.setAgent

# function agentOneSecond()
	.type fn.agentOneSecond,@function
fn.agentOneSecond:
	.loc 1 3832 1
	# agentOneSecond: function agentOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3833 5
	# agentOneSecond: if (!agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	jne .Lelse_1179
	.loc 1 3834 9
	# agentOneSecond: return;
	jmp .Lreturn_1178
.Lelse_1179:
	.loc 1 3836 5
	# agentOneSecond: agentSecondsSinceRefresh = agentSecondsSinceRefresh + 1;
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1180
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
	.loc 1 3837 5
	# agentOneSecond: if (agentSecondsSinceRefresh >= AGENT_REFRESH_SECONDS) {
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	cmpq $60, %rax	# compare with AGENT_REFRESH_SECONDS
	jl .Lelse_1181
	.loc 1 3838 9
	# agentOneSecond: writeAgentMemory();
	call fn.writeAgentMemory
.Lelse_1181:
.Lreturn_1178:
	leave
	ret
.Ltrap_1180:
	leaq .Lstring532(%rip), %rdi	# trap: kernel.ts:3836:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.agentOneSecond, .-fn.agentOneSecond

# function isFeatureNameByte(byte)
	.type fn.isFeatureNameByte,@function
fn.isFeatureNameByte:
	.loc 1 3848 1
	# isFeatureNameByte: function isFeatureNameByte(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3849 5
	# isFeatureNameByte: return (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || b...
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1186
	movq -8(%rbp), %rax	# byte
	cmpq $122, %rax	# compare with 122
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1186:
	testq %rax, %rax
	jne .Lendlogic_1185
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1187
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1187:
.Lendlogic_1185:
	testq %rax, %rax
	jne .Lendlogic_1184
	movq -8(%rbp), %rax	# byte
	cmpq $45, %rax	# compare with 45
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1184:
	testq %rax, %rax
	jne .Lendlogic_1183
	movq -8(%rbp), %rax	# byte
	cmpq $95, %rax	# compare with 95
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1183:
.Lreturn_1182:
	leave
	ret
	.size fn.isFeatureNameByte, .-fn.isFeatureNameByte

# function handleFeature()
	.type fn.handleFeature,@function
fn.handleFeature:
	.loc 1 3853 1
	# handleFeature: function handleFeature(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $96, %rsp	# 12 local slot(s)
	.loc 1 3854 5
	# handleFeature: const name = commandValue + 8;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1189
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1189
	movq %rax, -8(%rbp)	# name
	.loc 1 3855 5
	# handleFeature: let nameLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# nameLength
	.loc 1 3856 5
	# handleFeature: while (8 + nameLength < commandLength && isFeatureNameByte(load8(name...
.Lwhile_1190:
	movq $8, %rax
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1192
	cmpq var.commandLength(%rip), %rax
	jge .Lendwhile_1191
	movq -8(%rbp), %rax	# name
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1193
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isFeatureNameByte
	testq %rax, %rax
	je .Lendwhile_1191
	.loc 1 3857 9
	# handleFeature: nameLength = nameLength + 1;
	movq -16(%rbp), %rax	# nameLength
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1194
	movq %rax, -16(%rbp)	# nameLength =
	jmp .Lwhile_1190
.Lendwhile_1191:
	.loc 1 3859 5
	# handleFeature: const modeAt = 8 + nameLength + 1;
	movq $8, %rax
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1195
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1195
	movq %rax, -24(%rbp)	# modeAt
	.loc 1 3860 5
	# handleFeature: if (nameLength === 0 || nameLength > FEATURE_NAME_MAX || modeAt > com...
	movq -16(%rbp), %rax	# nameLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_1197
	movq -16(%rbp), %rax	# nameLength
	cmpq $32, %rax	# compare with FEATURE_NAME_MAX
	jg .Lskip_1197
	movq -24(%rbp), %rax	# modeAt
	cmpq var.commandLength(%rip), %rax
	jg .Lskip_1197
	movq -8(%rbp), %rax	# name
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1198
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lelse_1196
.Lskip_1197:
	.loc 1 3862 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 3863 9
	# handleFeature: return;
	jmp .Lreturn_1188
.Lelse_1196:
	.loc 1 3865 5
	# handleFeature: const mode = commandValue + modeAt;
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1199
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1199
	movq %rax, -32(%rbp)	# mode
	.loc 1 3866 5
	# handleFeature: const modeLength = commandLength - modeAt;
	movq var.commandLength(%rip), %rax	# commandLength
	subq -24(%rbp), %rax	# -
	movq %rax, -40(%rbp)	# modeLength
	.loc 1 3867 5
	# handleFeature: let value = "";
	leaq .Lstring33(%rip), %rax	# ""
	movq %rax, -48(%rbp)	# value
	.loc 1 3868 5
	# handleFeature: if (bytesEqual(mode, modeLength, "on")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring341(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1200
	.loc 1 3869 9
	# handleFeature: value = "1";
	leaq .Lstring267(%rip), %rax	# "1"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1201
.Lelse_1200:
	.loc 1 3870 12
	# handleFeature: if (bytesEqual(mode, modeLength, "off")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring342(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1202
	.loc 1 3871 9
	# handleFeature: value = "0";
	leaq .Lstring518(%rip), %rax	# "0"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1203
.Lelse_1202:
	.loc 1 3872 12
	# handleFeature: if (!bytesEqual(mode, modeLength, "absent")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring533(%rip), %rdx	# "absent"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_1204
	.loc 1 3873 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 3874 9
	# handleFeature: return;
	jmp .Lreturn_1188
.Lelse_1204:
.Lendif_1203:
.Lendif_1201:
	.loc 1 3876 5
	# handleFeature: for (let i = 0; i < FEATURE_PREFIX.length; i++) {
	movq $0, %rax
	movq %rax, -56(%rbp)	# i
.Lfor_1205:
	movq -56(%rbp), %rax	# i
	cmpq $16, %rax	# compare with FEATURE_PREFIX.length
	jge .Lendfor_1207
	.loc 1 3877 9
	# handleFeature: store8(featurePath + i, FEATURE_PREFIX.charCodeAt(i));
	leaq buf.featurePath(%rip), %rax	# featurePath
	addq -56(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1208
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1208
	pushq %rax
	leaq .Lstring534(%rip), %rax	# FEATURE_PREFIX
	movq -56(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1206:
	.loc 1 3876 48
	# handleFeature: i++
	movq -56(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -56(%rbp)	# i =
	jmp .Lfor_1205
.Lendfor_1207:
	.loc 1 3879 5
	# handleFeature: copyBytes(featurePath + FEATURE_PREFIX.length, name, nameLength);
	leaq .Lstring534(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	leaq buf.featurePath(%rip), %rax	# featurePath
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1209
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1209
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# name
	movq -16(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3880 5
	# handleFeature: const pathLength = FEATURE_PREFIX.length + nameLength;
	leaq .Lstring534(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	addq -16(%rbp), %rax	# +
	movq %rax, -64(%rbp)	# pathLength
	.loc 1 3881 5
	# handleFeature: const result = value.length > 0 ?
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1210
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	movq -48(%rbp), %rdx	# value
	call fn.storeWriteAt
	jmp .Lendcond_1211
.Lelse_1210:
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	call fn.storeRemoveAt
.Lendcond_1211:
	movq %rax, -72(%rbp)	# result
	.loc 1 3883 5
	# handleFeature: const shown = featurePath + 8;
	leaq buf.featurePath(%rip), %rax	# featurePath
	addq $8, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1212
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1212
	movq %rax, -80(%rbp)	# shown
	.loc 1 3884 5
	# handleFeature: const shownLength = pathLength - 8;
	movq -64(%rbp), %rax	# pathLength
	subq $8, %rax	# -
	movq %rax, -88(%rbp)	# shownLength
	.loc 1 3885 5
	# handleFeature: printBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.printBytes
	.loc 1 3886 5
	# handleFeature: resultAppendBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.resultAppendBytes
	.loc 1 3887 5
	# handleFeature: if (result < 0 && !(value.length === 0 && result === XSE_ENOENT)) {
	movq -72(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1213
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1214
	movq -72(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1213
.Lskip_1214:
	.loc 1 3888 9
	# handleFeature: print(": cannot write: ");
	leaq .Lstring535(%rip), %rdi	# ": cannot write: "
	call fn.print
	.loc 1 3889 9
	# handleFeature: log(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 3890 9
	# handleFeature: resultAppend(": cannot write: ");
	leaq .Lstring535(%rip), %rdi	# ": cannot write: "
	call fn.resultAppend
	.loc 1 3891 9
	# handleFeature: resultAppend(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 3892 9
	# handleFeature: return;
	jmp .Lreturn_1188
.Lelse_1213:
	.loc 1 3894 5
	# handleFeature: const said = value.length > 0 ? value : "removed";
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1215
	movq -48(%rbp), %rax	# value
	jmp .Lendcond_1216
.Lelse_1215:
	leaq .Lstring536(%rip), %rax	# "removed"
.Lendcond_1216:
	movq %rax, -96(%rbp)	# said
	.loc 1 3895 5
	# handleFeature: print(": ");
	leaq .Lstring156(%rip), %rdi	# ": "
	call fn.print
	.loc 1 3896 5
	# handleFeature: log(said);
	movq -96(%rbp), %rdi	# said
	call fn.log
	.loc 1 3897 5
	# handleFeature: resultAppend(": ");
	leaq .Lstring156(%rip), %rdi	# ": "
	call fn.resultAppend
	.loc 1 3898 5
	# handleFeature: resultAppend(said);
	movq -96(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1188:
	leave
	ret
.Ltrap_1189:
	leaq .Lstring537(%rip), %rdi	# trap: kernel.ts:3854:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1192:
	leaq .Lstring538(%rip), %rdi	# trap: kernel.ts:3856:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1193:
	leaq .Lstring539(%rip), %rdi	# trap: kernel.ts:3856:70: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1194:
	leaq .Lstring540(%rip), %rdi	# trap: kernel.ts:3857:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1195:
	leaq .Lstring541(%rip), %rdi	# trap: kernel.ts:3859:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1198:
	leaq .Lstring542(%rip), %rdi	# trap: kernel.ts:3861:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1199:
	leaq .Lstring543(%rip), %rdi	# trap: kernel.ts:3865:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1208:
	leaq .Lstring544(%rip), %rdi	# trap: kernel.ts:3877:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1209:
	leaq .Lstring545(%rip), %rdi	# trap: kernel.ts:3879:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1212:
	leaq .Lstring546(%rip), %rdi	# trap: kernel.ts:3883:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleFeature, .-fn.handleFeature

# function handleCantSuspend()
	.type fn.handleCantSuspend,@function
fn.handleCantSuspend:
	.loc 1 3902 1
	# handleCantSuspend: function handleCantSuspend(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3903 5
	# handleCantSuspend: const textLength = commandLength - 13;
	movq var.commandLength(%rip), %rax	# commandLength
	subq $13, %rax	# -
	movq %rax, -8(%rbp)	# textLength
	.loc 1 3904 5
	# handleCantSuspend: const result = textLength > 0 ?
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1218
	leaq .Lstring547(%rip), %rax	# "data/cant_suspend_reason"
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	addq $13, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1220
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1220
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# textLength
	call fn.storeWrite
	jmp .Lendcond_1219
.Lelse_1218:
	leaq .Lstring547(%rip), %rdi	# "data/cant_suspend_reason"
	call fn.storeRemove
.Lendcond_1219:
	movq %rax, -16(%rbp)	# result
	.loc 1 3907 5
	# handleCantSuspend: if (result < 0 && !(textLength === 0 && result === XSE_ENOENT)) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1221
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1222
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1221
.Lskip_1222:
	.loc 1 3908 9
	# handleCantSuspend: print("cant-suspend: cannot write: ");
	leaq .Lstring548(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.print
	.loc 1 3909 9
	# handleCantSuspend: log(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 3910 9
	# handleCantSuspend: resultAppend("cant-suspend: cannot write: ");
	leaq .Lstring548(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.resultAppend
	.loc 1 3911 9
	# handleCantSuspend: resultAppend(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 3912 9
	# handleCantSuspend: return;
	jmp .Lreturn_1217
.Lelse_1221:
	.loc 1 3914 5
	# handleCantSuspend: const said = textLength > 0 ? "cant-suspend: set" : "cant-suspend: re...
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1223
	leaq .Lstring549(%rip), %rax	# "cant-suspend: set"
	jmp .Lendcond_1224
.Lelse_1223:
	leaq .Lstring550(%rip), %rax	# "cant-suspend: removed"
.Lendcond_1224:
	movq %rax, -24(%rbp)	# said
	.loc 1 3915 5
	# handleCantSuspend: log(said);
	movq -24(%rbp), %rdi	# said
	call fn.log
	.loc 1 3916 5
	# handleCantSuspend: resultAppend(said);
	movq -24(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1217:
	leave
	ret
.Ltrap_1220:
	leaq .Lstring551(%rip), %rdi	# trap: kernel.ts:3905:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleCantSuspend, .-fn.handleCantSuspend

# function checkHypercallPage()
	.type fn.checkHypercallPage,@function
fn.checkHypercallPage:
	.loc 1 3951 1
	# checkHypercallPage: function checkHypercallPage(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3952 5
	# checkHypercallPage: if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	je .Lelse_1226
	.loc 1 3953 9
	# checkHypercallPage: return;
	jmp .Lreturn_1225
.Lelse_1226:
	.loc 1 3955 5
	# checkHypercallPage: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 3956 5
	# checkHypercallPage: if (bootMode === BOOT_MODE_PVH) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1227
	.loc 1 3957 9
	# checkHypercallPage: debugPortPrint("xen-test-vm: PVH boot: Xen did not fill the hypercall...
	leaq .Lstring552(%rip), %rdi	# "xen-test-vm: PVH boot: Xen did not fill
	call fn.debugPortPrint
.Lelse_1227:
	.loc 1 3959 5
	# checkHypercallPage: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring553(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 3960 5
	# checkHypercallPage: while (true) {
.Lwhile_1228:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1229
	.loc 1 3961 9
	# checkHypercallPage: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_1228
.Lendwhile_1229:
.Lreturn_1225:
	leave
	ret
	.size fn.checkHypercallPage, .-fn.checkHypercallPage

# function checkStartInfoMagic()
	.type fn.checkStartInfoMagic,@function
fn.checkStartInfoMagic:
	.loc 1 3965 1
	# checkStartInfoMagic: function checkStartInfoMagic(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3966 5
	# checkStartInfoMagic: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1232
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1232
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring554(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_1231
	.loc 1 3967 9
	# checkStartInfoMagic: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring555(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_1231:
.Lreturn_1230:
	leave
	ret
.Ltrap_1232:
	leaq .Lstring556(%rip), %rdi	# trap: kernel.ts:3966:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.checkStartInfoMagic, .-fn.checkStartInfoMagic

# function debugPortPrint(text)
	.type fn.debugPortPrint,@function
fn.debugPortPrint:
	.loc 1 3977 1
	# debugPortPrint: function debugPortPrint(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3978 5
	# debugPortPrint: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1234:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_1236
	.loc 1 3979 9
	# debugPortPrint: debugPortWrite(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call debugPortWrite
.Lfornext_1235:
	.loc 1 3978 38
	# debugPortPrint: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1234
.Lendfor_1236:
.Lreturn_1233:
	leave
	ret
	.size fn.debugPortPrint, .-fn.debugPortPrint

# function pvhCannotBoot(what, detail)
	.type fn.pvhCannotBoot,@function
fn.pvhCannotBoot:
	.loc 1 3983 1
	# pvhCannotBoot: function pvhCannotBoot(what: string, detail: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter detail
	.loc 1 3984 5
	# pvhCannotBoot: debugPortPrint("xen-test-vm: PVH boot: ");
	leaq .Lstring557(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.debugPortPrint
	.loc 1 3985 5
	# pvhCannotBoot: debugPortPrint(what);
	movq -8(%rbp), %rdi	# what
	call fn.debugPortPrint
	.loc 1 3986 5
	# pvhCannotBoot: debugPortPrint(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.debugPortPrint
	.loc 1 3987 5
	# pvhCannotBoot: debugPortPrint("; crashing\n");
	leaq .Lstring558(%rip), %rdi	# "; crashing\n"
	call fn.debugPortPrint
	.loc 1 3988 5
	# pvhCannotBoot: print("xen-test-vm: PVH boot: ");
	leaq .Lstring557(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.print
	.loc 1 3989 5
	# pvhCannotBoot: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 3990 5
	# pvhCannotBoot: print(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.print
	.loc 1 3991 5
	# pvhCannotBoot: log("; crashing");
	leaq .Lstring559(%rip), %rdi	# "; crashing"
	call fn.log
	.loc 1 3992 5
	# pvhCannotBoot: consoleDrain();
	call fn.consoleDrain
	.loc 1 3993 5
	# pvhCannotBoot: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1237:
	leave
	ret
	.size fn.pvhCannotBoot, .-fn.pvhCannotBoot

# function enterDomain(bootInfo, mode)
	.type fn.enterDomain,@function
fn.enterDomain:
	.loc 1 4001 1
	# enterDomain: function enterDomain(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 4002 5
	# enterDomain: bootMode = mode === BOOT_MODE_PVH ? BOOT_MODE_PVH : BOOT_MODE_PV;
	movq -16(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1239
	movq $1, %rax	# BOOT_MODE_PVH
	jmp .Lendcond_1240
.Lelse_1239:
	movq $0, %rax	# BOOT_MODE_PV
.Lendcond_1240:
	movq %rax, var.bootMode(%rip)	# bootMode =
	.loc 1 4003 5
	# enterDomain: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1241
	.loc 1 4004 9
	# enterDomain: startInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 4005 9
	# enterDomain: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	addq $104, %rax	# +
	jo .Ltrap_1242
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1242
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1242
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1243
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1243
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 4006 9
	# enterDomain: readStartInfo();
	call fn.readStartInfo
	jmp .Lendif_1244
.Lelse_1241:
	.loc 1 4008 9
	# enterDomain: hvmStartInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.hvmStartInfo(%rip)	# hvmStartInfo =
.Lendif_1244:
.Lreturn_1238:
	leave
	ret
.Ltrap_1242:
	leaq .Lstring560(%rip), %rdi	# trap: kernel.ts:4005:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1243:
	leaq .Lstring561(%rip), %rdi	# trap: kernel.ts:4005:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.enterDomain, .-fn.enterDomain

# function findRings()
	.type fn.findRings,@function
fn.findRings:
	.loc 1 4012 1
	# findRings: function findRings(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 4013 5
	# findRings: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1246
	.loc 1 4014 9
	# findRings: checkStartInfoMagic();
	call fn.checkStartInfoMagic
	.loc 1 4015 9
	# findRings: return;
	jmp .Lreturn_1245
.Lelse_1246:
	.loc 1 4017 5
	# findRings: if (load32(hvmStartInfo + HVM_START_INFO_MAGIC) !== HVM_START_MAGIC_V...
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	addq $0, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1248
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1248
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $862897528, %rax	# compare with HVM_START_MAGIC_VALUE
	je .Lelse_1247
	.loc 1 4018 9
	# findRings: pvhCannotBoot("hvm_start_info has the wrong magic number", "");
	leaq .Lstring562(%rip), %rdi	# "hvm_start_info has the wrong magic numb
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.pvhCannotBoot
.Lelse_1247:
	.loc 1 4020 5
	# findRings: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -8(%rbp)	# missing
	.loc 1 4021 5
	# findRings: if (missing.length > 0) {
	movq -8(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1249
	.loc 1 4022 9
	# findRings: pvhCannotBoot("Xen gave no value for ", missing);
	leaq .Lstring563(%rip), %rdi	# "Xen gave no value for "
	movq -8(%rbp), %rsi	# missing
	call fn.pvhCannotBoot
.Lelse_1249:
.Lreturn_1245:
	leave
	ret
.Ltrap_1248:
	leaq .Lstring564(%rip), %rdi	# trap: kernel.ts:4017:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.findRings, .-fn.findRings

# function printTerminated(address, limit)
	.type fn.printTerminated,@function
fn.printTerminated:
	.loc 1 4027 1
	# printTerminated: function printTerminated(address: number, limit: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter limit
	.loc 1 4028 5
	# printTerminated: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1251:
	movq -24(%rbp), %rax	# i
	cmpq -16(%rbp), %rax
	jge .Lendfor_1253
	.loc 1 4029 9
	# printTerminated: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	addq -24(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1254
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1254
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -32(%rbp)	# byte
	.loc 1 4030 9
	# printTerminated: if (byte === 0) {
	movq -32(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1255
	.loc 1 4031 13
	# printTerminated: return;
	jmp .Lreturn_1250
.Lelse_1255:
	.loc 1 4033 9
	# printTerminated: printEscapedByte(byte);
	movq -32(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_1252:
	.loc 1 4028 32
	# printTerminated: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1251
.Lendfor_1253:
.Lreturn_1250:
	leave
	ret
.Ltrap_1254:
	leaq .Lstring565(%rip), %rdi	# trap: kernel.ts:4029:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printTerminated, .-fn.printTerminated

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 4041 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 4042 5
	# printBanner: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 4043 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring524(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 4044 5
	# printBanner: printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rdi
	movq $32, %rsi	# VERSION_BYTES_MAX
	call fn.printTerminated
	.loc 1 4045 5
	# printBanner: print(bootMode === BOOT_MODE_PVH ? " PVH" : " PV");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1257
	leaq .Lstring566(%rip), %rax	# " PVH"
	jmp .Lendcond_1258
.Lelse_1257:
	leaq .Lstring567(%rip), %rax	# " PV"
.Lendcond_1258:
	movq %rax, %rdi
	call fn.print
	.loc 1 4046 5
	# printBanner: print(", domid ");
	leaq .Lstring568(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 4047 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1259
	.loc 1 4048 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_1260
.Lelse_1259:
	.loc 1 4050 9
	# printBanner: print("unknown");
	leaq .Lstring569(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_1260:
	.loc 1 4052 5
	# printBanner: print(", memory ");
	leaq .Lstring570(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 4053 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	sarq $8, %rax	# Math.floor(a / 256)
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4054 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring571(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 4055 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -8(%rbp)	# version
	.loc 1 4056 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -8(%rbp), %rax	# version
	sarq $16, %rax	# Math.floor(a / 65536)
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4057 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 4058 5
	# printBanner: printDecimal(version & 0xffff);
	movq -8(%rbp), %rax	# version
	andl $65535, %eax	# &
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4059 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1261:
	movq -16(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_1263
	.loc 1 4060 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1264
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1264
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1262:
	.loc 1 4059 56
	# printBanner: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1261
.Lendfor_1263:
	.loc 1 4062 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1265
	.loc 1 4063 9
	# printBanner: printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
	leaq buf.xenExtraVersion(%rip), %rdi	# xenExtraVersion
	movq $16, %rsi	# XENVER_EXTRAVERSION_BYTES
	call fn.printTerminated
.Lelse_1265:
	.loc 1 4065 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_1256:
	leave
	ret
.Ltrap_1264:
	leaq .Lstring572(%rip), %rdi	# trap: kernel.ts:4060:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 4068 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 4069 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	addq $1, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1267
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 4070 5
	# tick: print("domain ");
	leaq .Lstring573(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 4071 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 4072 5
	# tick: print(" tick ");
	leaq .Lstring574(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 4073 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 4074 5
	# tick: endLine();
	call fn.endLine
	.loc 1 4075 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_1268
	.loc 1 4076 9
	# tick: print("override ");
	leaq .Lstring184(%rip), %rdi	# "override "
	call fn.print
	.loc 1 4077 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 4078 9
	# tick: log(" is active");
	leaq .Lstring575(%rip), %rdi	# " is active"
	call fn.log
.Lelse_1268:
	.loc 1 4080 5
	# tick: countDownOneSecond();
	call fn.countDownOneSecond
	.loc 1 4081 5
	# tick: agentOneSecond();
	call fn.agentOneSecond
	.loc 1 4082 5
	# tick: balloonOneSecond();
	call fn.balloonOneSecond
.Lreturn_1266:
	leave
	ret
.Ltrap_1267:
	leaq .Lstring576(%rip), %rdi	# trap: kernel.ts:4069:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 4091 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 4092 5
	# mainLoop: while (true) {
.Lwhile_1270:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1271
	.loc 1 4093 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 4094 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 4095 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired || sysrqWatchFired || ...
.Lwhile_1272:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_1274
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	jne .Lskip_1274
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	jne .Lskip_1274
	movq var.targetWatchFired(%rip), %rax	# targetWatchFired
	testq %rax, %rax
	je .Lendwhile_1273
.Lskip_1274:
	.loc 1 4096 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 4097 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_1275
	.loc 1 4098 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 4099 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_1275:
	.loc 1 4101 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_1276
	.loc 1 4102 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 4103 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_1276:
	.loc 1 4105 13
	# mainLoop: if (sysrqWatchFired) {
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	je .Lelse_1277
	.loc 1 4106 17
	# mainLoop: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 4107 17
	# mainLoop: handleSysrq();
	call fn.handleSysrq
.Lelse_1277:
	.loc 1 4109 13
	# mainLoop: if (targetWatchFired) {
	movq var.targetWatchFired(%rip), %rax	# targetWatchFired
	testq %rax, %rax
	je .Lelse_1278
	.loc 1 4110 17
	# mainLoop: targetWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	.loc 1 4111 17
	# mainLoop: handleTarget();
	call fn.handleTarget
.Lelse_1278:
	jmp .Lwhile_1272
.Lendwhile_1273:
	.loc 1 4114 9
	# mainLoop: if (suspendChannelPort !== NO_PORT && portPending(suspendChannelPort)) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_1279
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.portPending
	testq %rax, %rax
	je .Lelse_1279
	.loc 1 4115 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 4116 13
	# mainLoop: handleSuspendChannelNotification();
	call fn.handleSuspendChannelNotification
.Lelse_1279:
	.loc 1 4118 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1280
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_1280
	.loc 1 4119 13
	# mainLoop: print("console: ");
	leaq .Lstring577(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 4120 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 4121 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring578(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 4122 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_1280:
	.loc 1 4124 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_1281:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_1282
	.loc 1 4125 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	subq $1, %rax	# -
	movabsq $-9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jl .Ltrap_1283
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 4126 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 4127 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_1281
.Lendwhile_1282:
	.loc 1 4129 9
	# mainLoop: if (runDueCounts() || balloonWork()) {
	call fn.runDueCounts
	testq %rax, %rax
	jne .Lskip_1285
	call fn.balloonWork
	testq %rax, %rax
	je .Lelse_1284
.Lskip_1285:
	.loc 1 4130 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
.Lelse_1284:
	.loc 1 4132 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_1286
	.loc 1 4133 13
	# mainLoop: continue;
	jmp .Lwhile_1270
.Lelse_1286:
	.loc 1 4135 9
	# mainLoop: if (statusDirty) {
	movq var.statusDirty(%rip), %rax	# statusDirty
	testq %rax, %rax
	je .Lelse_1287
	.loc 1 4136 13
	# mainLoop: writeStatus();
	call fn.writeStatus
.Lelse_1287:
	.loc 1 4138 9
	# mainLoop: waitOnPorts(storePort, suspendChannelPort);
	movq var.storePort(%rip), %rdi	# storePort
	movq var.suspendChannelPort(%rip), %rsi	# suspendChannelPort
	call fn.waitOnPorts
	jmp .Lwhile_1270
.Lendwhile_1271:
.Lreturn_1269:
	leave
	ret
.Ltrap_1283:
	leaq .Lstring579(%rip), %rdi	# trap: kernel.ts:4125:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(bootInfo, mode), exported
	.globl main
	.type main,@function
main:
	.loc 1 4144 1
	# main: export function main(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 4145 5
	# main: enterDomain(bootInfo, mode);
	movq -8(%rbp), %rdi	# bootInfo
	movq -16(%rbp), %rsi	# mode
	call fn.enterDomain
	.loc 1 4146 5
	# main: checkHypercallPage();
	call fn.checkHypercallPage
	.loc 1 4147 5
	# main: findRings();
	call fn.findRings
	.loc 1 4148 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 4149 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 4150 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 4151 5
	# main: measureMemory();
	call fn.measureMemory
	.loc 1 4152 5
	# main: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1289
	.loc 1 4153 9
	# main: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_1289:
	.loc 1 4155 5
	# main: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 4156 5
	# main: publishState("booting");
	leaq .Lstring580(%rip), %rdi	# "booting"
	call fn.publishState
	.loc 1 4157 5
	# main: obeyCommandLine();
	call fn.obeyCommandLine
	.loc 1 4158 5
	# main: log("ready");
	leaq .Lstring581(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 4159 5
	# main: publishState("running");
	leaq .Lstring332(%rip), %rdi	# "running"
	call fn.publishState
	.loc 1 4160 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_1288:
	leave
	ret
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 4168 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 4169 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_1291
	.loc 1 4170 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 4171 9
	# trap: print("trap: ");
	leaq .Lstring582(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 4172 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 4173 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_1291:
	.loc 1 4175 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1290:
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
.Lstring96:	# "kernel.ts:993:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:993:44: integer result outside the exact range"
	.balign 8
.Lstring97:	# "kernel.ts:1026:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1026:13: integer result outside the exact range"
	.balign 8
.Lstring98:	# "kernel.ts:1036:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1036:12: integer result outside the exact range"
	.balign 8
.Lstring99:	# "kernel.ts:1037:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1037:26: integer result outside the exact range"
	.balign 8
.Lstring100:	# "kernel.ts:1055:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1055:33: integer result outside the exact range"
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
.Lstring104:	# "kernel.ts:1061:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1061:29: integer result outside the exact range"
	.balign 8
.Lstring105:	# "kernel.ts:1062:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1062:29: integer result outside the exact range"
	.balign 8
.Lstring106:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring107:	# "kernel.ts:1112:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1112:33: integer result outside the exact range"
	.balign 8
.Lstring108:	# "kernel.ts:1113:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1113:50: integer result outside the exact range"
	.balign 8
.Lstring109:	# "kernel.ts:1114:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1114:20: integer result outside the exact range"
	.balign 8
.Lstring110:	# "kernel.ts:1115:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1115:23: integer result outside the exact range"
	.balign 8
.Lstring111:	# "kernel.ts:1117:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1117:17: integer result outside the exact range"
	.balign 8
.Lstring112:	# "kernel.ts:1118:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1118:16: integer result outside the exact range"
	.balign 8
.Lstring113:	# "kernel.ts:1133:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1133:29: integer result outside the exact range"
	.balign 8
.Lstring114:	# "kernel.ts:1135:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1135:13: integer result outside the exact range"
	.balign 8
.Lstring115:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring116:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring117:	# "kernel.ts:1141:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1141:29: integer result outside the exact range"
	.balign 8
.Lstring118:	# "kernel.ts:1142:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1142:29: integer result outside the exact range"
	.balign 8
.Lstring119:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring120:	# "kernel.ts:1177:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1177:33: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:1178:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1178:54: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:1179:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1179:22: integer result outside the exact range"
	.balign 8
.Lstring123:	# "kernel.ts:1180:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1180:19: integer result outside the exact range"
	.balign 8
.Lstring124:	# "kernel.ts:1182:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1182:17: integer result outside the exact range"
	.balign 8
.Lstring125:	# "kernel.ts:1184:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1184:20: integer result outside the exact range"
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
.Lstring131:	# "kernel.ts:1192:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1192:38: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:1195:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1195:19: integer result outside the exact range"
	.balign 8
.Lstring133:	# "kernel.ts:1197:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1197:34: integer result outside the exact range"
	.balign 8
.Lstring134:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring135:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring136:	# "kernel.ts:1225:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1225:27: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:1233:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1233:43: integer result outside the exact range"
	.balign 8
.Lstring138:	# "kernel.ts:1237:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1237:16: integer result outside the exact range"
	.balign 8
.Lstring139:	# "kernel.ts:1238:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1238:24: integer result outside the exact range"
	.balign 8
.Lstring140:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring141:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring142:	# "kernel.ts:1253:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1253:65: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:1254:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1254:13: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:1255:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1255:13: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:1256:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1256:13: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:1257:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1257:55: integer result outside the exact range"
	.balign 8
.Lstring147:	# "kernel.ts:1269:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1269:31: integer result outside the exact range"
	.balign 8
.Lstring148:	# "kernel.ts:1270:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1270:20: integer result outside the exact range"
	.balign 8
.Lstring149:	# "kernel.ts:1272:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1272:33: integer result outside the exact range"
	.balign 8
.Lstring150:	# "kernel.ts:1278:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1278:20: integer result outside the exact range"
	.balign 8
.Lstring151:	# "kernel.ts:1279:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1279:40: integer result outside the exact range"
	.balign 8
.Lstring152:	# "kernel.ts:1281:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1281:31: integer result outside the exact range"
	.balign 8
.Lstring153:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring154:	# "kernel.ts:1301:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1301:33: integer result outside the exact range"
	.balign 8
.Lstring155:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring156:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring157:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring158:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring159:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring160:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring161:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring162:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring163:	# "hang"
	.quad 4
	.ascii "hang"
	.balign 8
.Lstring164:	# "spin"
	.quad 4
	.ascii "spin"
	.balign 8
.Lstring165:	# "watchdog"
	.quad 8
	.ascii "watchdog"
	.balign 8
.Lstring166:	# "soft-reset"
	.quad 10
	.ascii "soft-reset"
	.balign 8
.Lstring167:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring168:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring169:	# "timer replaced: "
	.quad 16
	.ascii "timer replaced: "
	.balign 8
.Lstring170:	# "timer set: "
	.quad 11
	.ascii "timer set: "
	.balign 8
.Lstring171:	# " in "
	.quad 4
	.ascii " in "
	.balign 8
.Lstring172:	# " s"
	.quad 2
	.ascii " s"
	.balign 8
.Lstring173:	# "kernel.ts:1620:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1620:15: integer result outside the exact range"
	.balign 8
.Lstring174:	# "kernel.ts:1628:26: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1628:26: load64 value outside the exact range"
	.balign 8
.Lstring175:	# "kernel.ts:1628:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1628:66: integer result outside the exact range"
	.balign 8
.Lstring176:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring177:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring178:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring179:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring180:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring181:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring182:	# "busy with a delayed response; request ignored"
	.quad 45
	.ascii "busy with a delayed response; request ignored"
	.balign 8
.Lstring183:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring184:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring185:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring186:	# "acknowledging in "
	.quad 17
	.ascii "acknowledging in "
	.balign 8
.Lstring187:	# "acting in "
	.quad 10
	.ascii "acting in "
	.balign 8
.Lstring188:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring189:	# "timer: "
	.quad 7
	.ascii "timer: "
	.balign 8
.Lstring190:	# "response: "
	.quad 10
	.ascii "response: "
	.balign 8
.Lstring191:	# "acknowledging"
	.quad 13
	.ascii "acknowledging"
	.balign 8
.Lstring192:	# "kernel.ts:1781:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1781:26: integer result outside the exact range"
	.balign 8
.Lstring193:	# "kernel.ts:1791:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1791:29: integer result outside the exact range"
	.balign 8
.Lstring194:	# "timer fired: "
	.quad 13
	.ascii "timer fired: "
	.balign 8
.Lstring195:	# "control/sysrq"
	.quad 13
	.ascii "control/sysrq"
	.balign 8
.Lstring196:	# "sysrq: "
	.quad 7
	.ascii "sysrq: "
	.balign 8
.Lstring197:	# " (no action)"
	.quad 12
	.ascii " (no action)"
	.balign 8
.Lstring198:	# "expected now:, next:, after:, cancel, suspend-channel:, agent:, featu
	.quad 114
	.ascii "expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object"
	.balign 8
.Lstring199:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring200:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring201:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring202:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring203:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring204:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring205:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring206:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring207:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring208:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring209:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring210:	# "after: expects after:<seconds>:<action>"
	.quad 39
	.ascii "after: expects after:<seconds>:<action>"
	.balign 8
.Lstring211:	# "seconds must be a whole number from 0 to 86400"
	.quad 46
	.ascii "seconds must be a whole number from 0 to 86400"
	.balign 8
.Lstring212:	# "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.quad 63
	.ascii "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring213:	# "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.quad 66
	.ascii "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring214:	# "\"ackDelay\" needs \"when\":\"onshutdown\""
	.quad 36
	.ascii "\"ackDelay\" needs \"when\":\"onshutdown\""
	.balign 8
.Lstring215:	# "unknown suspend-channel mode"
	.quad 28
	.ascii "unknown suspend-channel mode"
	.balign 8
.Lstring216:	# "control/sysrq must be one key"
	.quad 29
	.ascii "control/sysrq must be one key"
	.balign 8
.Lstring217:	# "feature: expects feature:<name>:on|off|absent"
	.quad 45
	.ascii "feature: expects feature:<name>:on|off|absent"
	.balign 8
.Lstring218:	# "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|o
	.quad 71
	.ascii "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|off"
	.balign 8
.Lstring219:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring220:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring221:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring222:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring223:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring224:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring225:	# "after:"
	.quad 6
	.ascii "after:"
	.balign 8
.Lstring226:	# "cancel"
	.quad 6
	.ascii "cancel"
	.balign 8
.Lstring227:	# "suspend-channel:"
	.quad 16
	.ascii "suspend-channel:"
	.balign 8
.Lstring228:	# "agent:on"
	.quad 8
	.ascii "agent:on"
	.balign 8
.Lstring229:	# "agent:off"
	.quad 9
	.ascii "agent:off"
	.balign 8
.Lstring230:	# "feature:"
	.quad 8
	.ascii "feature:"
	.balign 8
.Lstring231:	# "cant-suspend:"
	.quad 13
	.ascii "cant-suspend:"
	.balign 8
.Lstring232:	# "balloon:"
	.quad 8
	.ascii "balloon:"
	.balign 8
.Lstring233:	# "kernel.ts:1954:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1954:55: integer result outside the exact range"
	.balign 8
.Lstring234:	# "kernel.ts:1957:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1957:40: integer result outside the exact range"
	.balign 8
.Lstring235:	# "kernel.ts:1962:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1962:40: integer result outside the exact range"
	.balign 8
.Lstring236:	# "kernel.ts:1973:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1973:40: integer result outside the exact range"
	.balign 8
.Lstring237:	# "kernel.ts:1990:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1990:50: integer result outside the exact range"
	.balign 8
.Lstring238:	# "kernel.ts:2023:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2023:21: integer result outside the exact range"
	.balign 8
.Lstring239:	# "kernel.ts:2025:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2025:12: integer result outside the exact range"
	.balign 8
.Lstring240:	# "kernel.ts:2025:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2025:55: integer result outside the exact range"
	.balign 8
.Lstring241:	# "kernel.ts:2026:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2026:25: integer result outside the exact range"
	.balign 8
.Lstring242:	# "kernel.ts:2028:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2028:26: integer result outside the exact range"
	.balign 8
.Lstring243:	# "kernel.ts:2038:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2038:36: integer result outside the exact range"
	.balign 8
.Lstring244:	# "override cancelled: "
	.quad 20
	.ascii "override cancelled: "
	.balign 8
.Lstring245:	# "timer cancelled: "
	.quad 17
	.ascii "timer cancelled: "
	.balign 8
.Lstring246:	# "delayed response cancelled: "
	.quad 28
	.ascii "delayed response cancelled: "
	.balign 8
.Lstring247:	# "cancel: nothing was pending"
	.quad 27
	.ascii "cancel: nothing was pending"
	.balign 8
.Lstring248:	# "cancelled"
	.quad 9
	.ascii "cancelled"
	.balign 8
.Lstring249:	# "nothing was pending"
	.quad 19
	.ascii "nothing was pending"
	.balign 8
.Lstring250:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring251:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring252:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring253:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring254:	# "command line: above the first 4 GiB, which boot.S does not map; ignor
	.quad 71
	.ascii "command line: above the first 4 GiB, which boot.S does not map; ignored"
	.balign 8
.Lstring255:	# "kernel.ts:2125:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2125:16: integer result outside the exact range"
	.balign 8
.Lstring256:	# "kernel.ts:2127:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2127:28: integer result outside the exact range"
	.balign 8
.Lstring257:	# "kernel.ts:2127:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2127:21: load64 value outside the exact range"
	.balign 8
.Lstring258:	# "kernel.ts:2128:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2128:26: integer result outside the exact range"
	.balign 8
.Lstring259:	# "command line: "
	.quad 14
	.ascii "command line: "
	.balign 8
.Lstring260:	# "kernel.ts:2143:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2143:49: integer result outside the exact range"
	.balign 8
.Lstring261:	# "kernel.ts:2144:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2144:16: integer result outside the exact range"
	.balign 8
.Lstring262:	# "kernel.ts:2144:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2144:44: integer result outside the exact range"
	.balign 8
.Lstring263:	# "kernel.ts:2149:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2149:37: integer result outside the exact range"
	.balign 8
.Lstring264:	# "kernel.ts:2153:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2153:38: integer result outside the exact range"
	.balign 8
.Lstring265:	# "kernel.ts:2157:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2157:37: integer result outside the exact range"
	.balign 8
.Lstring266:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring267:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring268:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring269:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring270:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring271:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring272:	# "kernel.ts:2241:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2241:18: integer result outside the exact range"
	.balign 8
.Lstring273:	# "kernel.ts:2267:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2267:9: integer result outside the exact range"
	.balign 8
.Lstring274:	# "kernel.ts:2272:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2272:38: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:2276:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2276:17: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:2278:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2278:14: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:2284:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2284:16: integer result outside the exact range"
	.balign 8
.Lstring278:	# "kernel.ts:2286:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2286:25: integer result outside the exact range"
	.balign 8
.Lstring279:	# "kernel.ts:2313:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2313:14: integer result outside the exact range"
	.balign 8
.Lstring280:	# "kernel.ts:2320:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2320:18: integer result outside the exact range"
	.balign 8
.Lstring281:	# "kernel.ts:2335:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2335:18: integer result outside the exact range"
	.balign 8
.Lstring282:	# "kernel.ts:2351:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2351:66: integer result outside the exact range"
	.balign 8
.Lstring283:	# "kernel.ts:2352:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2352:51: integer result outside the exact range"
	.balign 8
.Lstring284:	# "kernel.ts:2354:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2354:30: integer result outside the exact range"
	.balign 8
.Lstring285:	# "kernel.ts:2374:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2374:18: integer result outside the exact range"
	.balign 8
.Lstring286:	# "kernel.ts:2375:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2375:17: integer result outside the exact range"
	.balign 8
.Lstring287:	# "kernel.ts:2383:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2383:18: integer result outside the exact range"
	.balign 8
.Lstring288:	# "kernel.ts:2386:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2386:18: integer result outside the exact range"
	.balign 8
.Lstring289:	# "kernel.ts:2391:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2391:18: integer result outside the exact range"
	.balign 8
.Lstring290:	# "kernel.ts:2397:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2397:18: integer result outside the exact range"
	.balign 8
.Lstring291:	# "kernel.ts:2399:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2399:22: integer result outside the exact range"
	.balign 8
.Lstring292:	# "kernel.ts:2409:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2409:9: integer result outside the exact range"
	.balign 8
.Lstring293:	# "kernel.ts:2412:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2412:14: integer result outside the exact range"
	.balign 8
.Lstring294:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring295:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring296:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring297:	# "kernel.ts:2428:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2428:18: integer result outside the exact range"
	.balign 8
.Lstring298:	# "kernel.ts:2431:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2431:22: integer result outside the exact range"
	.balign 8
.Lstring299:	# "kernel.ts:2444:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2444:26: integer result outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:2451:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2451:22: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:2498:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2498:45: integer result outside the exact range"
	.balign 8
.Lstring302:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring303:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring304:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring305:	# "delay"
	.quad 5
	.ascii "delay"
	.balign 8
.Lstring306:	# "ackDelay"
	.quad 8
	.ascii "ackDelay"
	.balign 8
.Lstring307:	# "kernel.ts:2510:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2510:15: integer result outside the exact range"
	.balign 8
.Lstring308:	# "kernel.ts:2518:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2518:14: integer result outside the exact range"
	.balign 8
.Lstring309:	# "kernel.ts:2521:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2521:18: integer result outside the exact range"
	.balign 8
.Lstring310:	# "kernel.ts:2534:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2534:22: integer result outside the exact range"
	.balign 8
.Lstring311:	# "kernel.ts:2553:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2553:22: integer result outside the exact range"
	.balign 8
.Lstring312:	# "kernel.ts:2641:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2641:17: integer result outside the exact range"
	.balign 8
.Lstring313:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring314:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring315:	# "kernel.ts:2650:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2650:34: integer result outside the exact range"
	.balign 8
.Lstring316:	# "kernel.ts:2662:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:28: integer result outside the exact range"
	.balign 8
.Lstring317:	# "kernel.ts:2662:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:13: integer result outside the exact range"
	.balign 8
.Lstring318:	# "kernel.ts:2662:74: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:74: integer result outside the exact range"
	.balign 8
.Lstring319:	# "kernel.ts:2662:64: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:64: integer result outside the exact range"
	.balign 8
.Lstring320:	# "kernel.ts:2663:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2663:17: integer result outside the exact range"
	.balign 8
.Lstring321:	# "kernel.ts:2666:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2666:17: integer result outside the exact range"
	.balign 8
.Lstring322:	# "kernel.ts:2666:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2666:58: integer result outside the exact range"
	.balign 8
.Lstring323:	# "kernel.ts:2668:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2668:13: integer result outside the exact range"
	.balign 8
.Lstring324:	# "kernel.ts:2670:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2670:13: integer result outside the exact range"
	.balign 8
.Lstring325:	# "kernel.ts:2693:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2693:13: integer result outside the exact range"
	.balign 8
.Lstring326:	# "kernel.ts:2694:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2694:13: integer result outside the exact range"
	.balign 8
.Lstring327:	# "kernel.ts:2703:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2703:13: integer result outside the exact range"
	.balign 8
.Lstring328:	# "kernel.ts:2704:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2704:13: integer result outside the exact range"
	.balign 8
.Lstring329:	# "resume: Xen gave no value for "
	.quad 30
	.ascii "resume: Xen gave no value for "
	.balign 8
.Lstring330:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring331:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring332:	# "running"
	.quad 7
	.ascii "running"
	.balign 8
.Lstring333:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring334:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring335:	# "kernel.ts:2747:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2747:23: integer result outside the exact range"
	.balign 8
.Lstring336:	# "kernel.ts:2754:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2754:23: integer result outside the exact range"
	.balign 8
.Lstring337:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring338:	# "kernel.ts:2774:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2774:12: integer result outside the exact range"
	.balign 8
.Lstring339:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring340:	# "memory/target"
	.quad 13
	.ascii "memory/target"
	.balign 8
.Lstring341:	# "on"
	.quad 2
	.ascii "on"
	.balign 8
.Lstring342:	# "off"
	.quad 3
	.ascii "off"
	.balign 8
.Lstring343:	# "suspend channel: "
	.quad 17
	.ascii "suspend channel: "
	.balign 8
.Lstring344:	# "suspend channel: none offered"
	.quad 29
	.ascii "suspend channel: none offered"
	.balign 8
.Lstring345:	# "device/suspend/event-channel"
	.quad 28
	.ascii "device/suspend/event-channel"
	.balign 8
.Lstring346:	# "suspend channel: cannot empty "
	.quad 30
	.ascii "suspend channel: cannot empty "
	.balign 8
.Lstring347:	# "suspend channel: withdrawn"
	.quad 26
	.ascii "suspend channel: withdrawn"
	.balign 8
.Lstring348:	# "suspend channel: notifications obeyed"
	.quad 37
	.ascii "suspend channel: notifications obeyed"
	.balign 8
.Lstring349:	# "suspend channel: notifications ignored"
	.quad 38
	.ascii "suspend channel: notifications ignored"
	.balign 8
.Lstring350:	# "suspend channel: cannot offer: error "
	.quad 37
	.ascii "suspend channel: cannot offer: error "
	.balign 8
.Lstring351:	# "suspend channel: cannot offer: "
	.quad 31
	.ascii "suspend channel: cannot offer: "
	.balign 8
.Lstring352:	# "suspend channel: port "
	.quad 22
	.ascii "suspend channel: port "
	.balign 8
.Lstring353:	# " offered"
	.quad 8
	.ascii " offered"
	.balign 8
.Lstring354:	# " (notifications ignored)"
	.quad 24
	.ascii " (notifications ignored)"
	.balign 8
.Lstring355:	# "suspend channel: notification ignored"
	.quad 37
	.ascii "suspend channel: notification ignored"
	.balign 8
.Lstring356:	# "suspend channel: notified"
	.quad 25
	.ascii "suspend channel: notified"
	.balign 8
.Lstring357:	# "hung"
	.quad 4
	.ascii "hung"
	.balign 8
.Lstring358:	# "acting"
	.quad 6
	.ascii "acting"
	.balign 8
.Lstring359:	# "watchdog: SCHEDOP_watchdog failed: error "
	.quad 41
	.ascii "watchdog: SCHEDOP_watchdog failed: error "
	.balign 8
.Lstring360:	# "watchdog armed: 1 s, never fed"
	.quad 30
	.ascii "watchdog armed: 1 s, never fed"
	.balign 8
.Lstring361:	# "kernel.ts:3010:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3010:13: integer result outside the exact range"
	.balign 8
.Lstring362:	# "kernel.ts:3099:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3099:26: integer result outside the exact range"
	.balign 8
.Lstring363:	# "kernel.ts:3099:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3099:16: integer result outside the exact range"
	.balign 8
.Lstring364:	# "kernel.ts:3101:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3101:28: integer result outside the exact range"
	.balign 8
.Lstring365:	# "kernel.ts:3101:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3101:27: integer result outside the exact range"
	.balign 8
.Lstring366:	# "kernel.ts:3101:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3101:12: integer result outside the exact range"
	.balign 8
.Lstring367:	# "kernel.ts:3108:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3108:16: integer result outside the exact range"
	.balign 8
.Lstring368:	# "kernel.ts:3109:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3109:28: integer result outside the exact range"
	.balign 8
.Lstring369:	# "kernel.ts:3109:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3109:21: load64 value outside the exact range"
	.balign 8
.Lstring370:	# "kernel.ts:3110:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3110:32: integer result outside the exact range"
	.balign 8
.Lstring371:	# "kernel.ts:3115:38: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3115:38: load64 value outside the exact range"
	.balign 8
.Lstring372:	# "kernel.ts:3116:37: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3116:37: load64 value outside the exact range"
	.balign 8
.Lstring373:	# "kernel.ts:3116:71: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3116:71: load64 value outside the exact range"
	.balign 8
.Lstring374:	# "kernel.ts:3116:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3116:37: integer result outside the exact range"
	.balign 8
.Lstring375:	# "kernel.ts:3120:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3120:40: integer result outside the exact range"
	.balign 8
.Lstring376:	# "kernel.ts:3127:76: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3127:76: integer result outside the exact range"
	.balign 8
.Lstring377:	# "kernel.ts:3127:52: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3127:52: integer result outside the exact range"
	.balign 8
.Lstring378:	# "kernel.ts:3144:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3144:37: integer result outside the exact range"
	.balign 8
.Lstring379:	# "kernel.ts:3144:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3144:12: integer result outside the exact range"
	.balign 8
.Lstring380:	# "kernel.ts:3152:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3152:41: integer result outside the exact range"
	.balign 8
.Lstring381:	# "kernel.ts:3152:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3152:29: integer result outside the exact range"
	.balign 8
.Lstring382:	# "kernel.ts:3154:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3154:27: integer result outside the exact range"
	.balign 8
.Lstring383:	# "kernel.ts:3156:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3156:45: integer result outside the exact range"
	.balign 8
.Lstring384:	# "kernel.ts:3156:38: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3156:38: load64 value outside the exact range"
	.balign 8
.Lstring385:	# "kernel.ts:3157:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3157:20: integer result outside the exact range"
	.balign 8
.Lstring386:	# "kernel.ts:3157:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3157:13: load64 value outside the exact range"
	.balign 8
.Lstring387:	# "kernel.ts:3156:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3156:27: integer result outside the exact range"
	.balign 8
.Lstring388:	# "kernel.ts:3158:39: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3158:39: integer result outside the exact range"
	.balign 8
.Lstring389:	# "kernel.ts:3165:35: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3165:35: integer result outside the exact range"
	.balign 8
.Lstring390:	# "kernel.ts:3176:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3176:55: integer result outside the exact range"
	.balign 8
.Lstring391:	# "kernel.ts:3190:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3190:13: integer result outside the exact range"
	.balign 8
.Lstring392:	# "kernel.ts:3191:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3191:13: integer result outside the exact range"
	.balign 8
.Lstring393:	# "kernel.ts:3192:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3192:13: integer result outside the exact range"
	.balign 8
.Lstring394:	# "kernel.ts:3193:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3193:13: integer result outside the exact range"
	.balign 8
.Lstring395:	# "kernel.ts:3194:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3194:13: integer result outside the exact range"
	.balign 8
.Lstring396:	# "kernel.ts:3204:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3204:21: integer result outside the exact range"
	.balign 8
.Lstring397:	# "kernel.ts:3205:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3205:17: integer result outside the exact range"
	.balign 8
.Lstring398:	# "kernel.ts:3205:68: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3205:68: load64 value outside the exact range"
	.balign 8
.Lstring399:	# "kernel.ts:3209:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3209:26: integer result outside the exact range"
	.balign 8
.Lstring400:	# "kernel.ts:3208:60: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3208:60: integer result outside the exact range"
	.balign 8
.Lstring401:	# "kernel.ts:3211:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3211:18: integer result outside the exact range"
	.balign 8
.Lstring402:	# "kernel.ts:3218:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3218:17: integer result outside the exact range"
	.balign 8
.Lstring403:	# "kernel.ts:3218:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3218:40: integer result outside the exact range"
	.balign 8
.Lstring404:	# "kernel.ts:3222:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3222:26: integer result outside the exact range"
	.balign 8
.Lstring405:	# "kernel.ts:3222:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3222:66: integer result outside the exact range"
	.balign 8
.Lstring406:	# "kernel.ts:3222:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3222:50: integer result outside the exact range"
	.balign 8
.Lstring407:	# "kernel.ts:3222:43: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3222:43: load64 value outside the exact range"
	.balign 8
.Lstring408:	# "kernel.ts:3221:60: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3221:60: integer result outside the exact range"
	.balign 8
.Lstring409:	# "kernel.ts:3224:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3224:18: integer result outside the exact range"
	.balign 8
.Lstring410:	# " KiB"
	.quad 4
	.ascii " KiB"
	.balign 8
.Lstring411:	# "kernel.ts:3229:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3229:18: integer result outside the exact range"
	.balign 8
.Lstring412:	# "balloon: "
	.quad 9
	.ascii "balloon: "
	.balign 8
.Lstring413:	# "xenstore: cannot unwatch "
	.quad 25
	.ascii "xenstore: cannot unwatch "
	.balign 8
.Lstring414:	# "slow, "
	.quad 6
	.ascii "slow, "
	.balign 8
.Lstring415:	# " pages a second"
	.quad 15
	.ascii " pages a second"
	.balign 8
.Lstring416:	# "partial, "
	.quad 9
	.ascii "partial, "
	.balign 8
.Lstring417:	# " %"
	.quad 2
	.ascii " %"
	.balign 8
.Lstring418:	# "obey"
	.quad 4
	.ascii "obey"
	.balign 8
.Lstring419:	# "refuse"
	.quad 6
	.ascii "refuse"
	.balign 8
.Lstring420:	# "slow:"
	.quad 5
	.ascii "slow:"
	.balign 8
.Lstring421:	# "partial:"
	.quad 8
	.ascii "partial:"
	.balign 8
.Lstring422:	# "kernel.ts:3281:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3281:18: integer result outside the exact range"
	.balign 8
.Lstring423:	# "kernel.ts:3290:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3290:65: integer result outside the exact range"
	.balign 8
.Lstring424:	# "kernel.ts:3297:68: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3297:68: integer result outside the exact range"
	.balign 8
.Lstring425:	# "kernel.ts:3315:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3315:28: integer result outside the exact range"
	.balign 8
.Lstring426:	# "kernel.ts:3319:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3319:17: integer result outside the exact range"
	.balign 8
.Lstring427:	# "memory/target = "
	.quad 16
	.ascii "memory/target = "
	.balign 8
.Lstring428:	# "balloon: target ignored: not a positive number of KiB"
	.quad 53
	.ascii "balloon: target ignored: not a positive number of KiB"
	.balign 8
.Lstring429:	# "balloon: target "
	.quad 16
	.ascii "balloon: target "
	.balign 8
.Lstring430:	# " KiB; refusing"
	.quad 14
	.ascii " KiB; refusing"
	.balign 8
.Lstring431:	# " KiB is below what the kernel needs ("
	.quad 37
	.ascii " KiB is below what the kernel needs ("
	.balign 8
.Lstring432:	# "); aiming for "
	.quad 14
	.ascii "); aiming for "
	.balign 8
.Lstring433:	# " KiB is above the most this domain may hold ("
	.quad 45
	.ascii " KiB is above the most this domain may hold ("
	.balign 8
.Lstring434:	# "balloon: partial: aiming for "
	.quad 29
	.ascii "balloon: partial: aiming for "
	.balign 8
.Lstring435:	# "balloon: from "
	.quad 14
	.ascii "balloon: from "
	.balign 8
.Lstring436:	# " to "
	.quad 4
	.ascii " to "
	.balign 8
.Lstring437:	# "kernel.ts:3360:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3360:27: integer result outside the exact range"
	.balign 8
.Lstring438:	# "kernel.ts:3360:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3360:19: integer result outside the exact range"
	.balign 8
.Lstring439:	# "kernel.ts:3361:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3361:45: integer result outside the exact range"
	.balign 8
.Lstring440:	# "kernel.ts:3361:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3361:21: integer result outside the exact range"
	.balign 8
.Lstring441:	# "kernel.ts:3362:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3362:24: integer result outside the exact range"
	.balign 8
.Lstring442:	# "kernel.ts:3362:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3362:16: integer result outside the exact range"
	.balign 8
.Lstring443:	# "kernel.ts:3386:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3386:21: integer result outside the exact range"
	.balign 8
.Lstring444:	# "kernel.ts:3387:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3387:46: integer result outside the exact range"
	.balign 8
.Lstring445:	# "kernel.ts:3388:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3388:25: integer result outside the exact range"
	.balign 8
.Lstring446:	# "kernel.ts:3387:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3387:16: integer result outside the exact range"
	.balign 8
.Lstring447:	# "balloon: reached "
	.quad 17
	.ascii "balloon: reached "
	.balign 8
.Lstring448:	# "balloon: Xen took only "
	.quad 23
	.ascii "balloon: Xen took only "
	.balign 8
.Lstring449:	# "balloon: Xen gave only "
	.quad 23
	.ascii "balloon: Xen gave only "
	.balign 8
.Lstring450:	# " of the "
	.quad 8
	.ascii " of the "
	.balign 8
.Lstring451:	# " pages asked; stopping at "
	.quad 26
	.ascii " pages asked; stopping at "
	.balign 8
.Lstring452:	# "balloon: gave back "
	.quad 19
	.ascii "balloon: gave back "
	.balign 8
.Lstring453:	# "balloon: took "
	.quad 14
	.ascii "balloon: took "
	.balign 8
.Lstring454:	# " pages, now "
	.quad 12
	.ascii " pages, now "
	.balign 8
.Lstring455:	# "kernel.ts:3407:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3407:17: integer result outside the exact range"
	.balign 8
.Lstring456:	# "kernel.ts:3457:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3457:49: integer result outside the exact range"
	.balign 8
.Lstring457:	# "kernel.ts:3457:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3457:71: integer result outside the exact range"
	.balign 8
.Lstring458:	# "kernel.ts:3461:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3461:20: integer result outside the exact range"
	.balign 8
.Lstring459:	# "slow"
	.quad 4
	.ascii "slow"
	.balign 8
.Lstring460:	# "partial"
	.quad 7
	.ascii "partial"
	.balign 8
.Lstring461:	# "kernel.ts:3536:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3536:16: integer result outside the exact range"
	.balign 8
.Lstring462:	# "kernel.ts:3537:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3537:24: integer result outside the exact range"
	.balign 8
.Lstring463:	# "\\u00"
	.quad 4
	.ascii "\\u00"
	.balign 8
.Lstring464:	# "0123456789abcdef"
	.quad 16
	.ascii "0123456789abcdef"
	.balign 8
.Lstring465:	# "kernel.ts:3567:39: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3567:39: integer result outside the exact range"
	.balign 8
.Lstring466:	# "kernel.ts:3581:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:3581:9: integer result outside the exact range"
	.balign 8
.Lstring467:	# "kernel.ts:3582:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3582:56: integer result outside the exact range"
	.balign 8
.Lstring468:	# "kernel.ts:3582:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3582:24: integer result outside the exact range"
	.balign 8
.Lstring469:	# "kernel.ts:3605:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3605:48: integer result outside the exact range"
	.balign 8
.Lstring470:	# "{\"version\":"
	.quad 11
	.ascii "{\"version\":"
	.balign 8
.Lstring471:	# ",\"mode\":"
	.quad 8
	.ascii ",\"mode\":"
	.balign 8
.Lstring472:	# "pvh"
	.quad 3
	.ascii "pvh"
	.balign 8
.Lstring473:	# "pv"
	.quad 2
	.ascii "pv"
	.balign 8
.Lstring474:	# ",\"state\":"
	.quad 9
	.ascii ",\"state\":"
	.balign 8
.Lstring475:	# ",\"override\":"
	.quad 12
	.ascii ",\"override\":"
	.balign 8
.Lstring476:	# ",\"timer\":"
	.quad 9
	.ascii ",\"timer\":"
	.balign 8
.Lstring477:	# ",\"response\":"
	.quad 12
	.ascii ",\"response\":"
	.balign 8
.Lstring478:	# ",\"suspendChannel\":"
	.quad 18
	.ascii ",\"suspendChannel\":"
	.balign 8
.Lstring479:	# ",\"agent\":true"
	.quad 13
	.ascii ",\"agent\":true"
	.balign 8
.Lstring480:	# ",\"agent\":false"
	.quad 14
	.ascii ",\"agent\":false"
	.balign 8
.Lstring481:	# ",\"balloon\":"
	.quad 11
	.ascii ",\"balloon\":"
	.balign 8
.Lstring482:	# ",\"memoryKiB\":"
	.quad 13
	.ascii ",\"memoryKiB\":"
	.balign 8
.Lstring483:	# ",\"resumes\":"
	.quad 11
	.ascii ",\"resumes\":"
	.balign 8
.Lstring484:	# ",\"commands\":"
	.quad 12
	.ascii ",\"commands\":"
	.balign 8
.Lstring485:	# ",\"last\":"
	.quad 8
	.ascii ",\"last\":"
	.balign 8
.Lstring486:	# "..."
	.quad 3
	.ascii "..."
	.balign 8
.Lstring487:	# ",\"result\":"
	.quad 10
	.ascii ",\"result\":"
	.balign 8
.Lstring488:	# "data/test-vm/status"
	.quad 19
	.ascii "data/test-vm/status"
	.balign 8
.Lstring489:	# "status: cannot write "
	.quad 21
	.ascii "status: cannot write "
	.balign 8
.Lstring490:	# "kernel.ts:3640:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3640:25: integer result outside the exact range"
	.balign 8
.Lstring491:	# "kernel.ts:3652:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3652:43: integer result outside the exact range"
	.balign 8
.Lstring492:	# "kernel.ts:3683:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3683:20: integer result outside the exact range"
	.balign 8
.Lstring493:	# "kernel.ts:3692:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3692:16: integer result outside the exact range"
	.balign 8
.Lstring494:	# "kernel.ts:3693:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3693:24: integer result outside the exact range"
	.balign 8
.Lstring495:	# "kernel.ts:3704:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3704:30: integer result outside the exact range"
	.balign 8
.Lstring496:	# "kernel.ts:3705:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3705:56: integer result outside the exact range"
	.balign 8
.Lstring497:	# "kernel.ts:3705:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3705:24: integer result outside the exact range"
	.balign 8
.Lstring498:	# "kernel.ts:3711:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3711:32: integer result outside the exact range"
	.balign 8
.Lstring499:	# "agent: cannot write "
	.quad 20
	.ascii "agent: cannot write "
	.balign 8
.Lstring500:	# "kernel.ts:3747:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3747:19: integer result outside the exact range"
	.balign 8
.Lstring501:	# "kernel.ts:3752:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3752:46: integer result outside the exact range"
	.balign 8
.Lstring502:	# "kernel.ts:3753:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3753:15: integer result outside the exact range"
	.balign 8
.Lstring503:	# "kernel.ts:3756:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3756:27: integer result outside the exact range"
	.balign 8
.Lstring504:	# "kernel.ts:3765:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3765:34: integer result outside the exact range"
	.balign 8
.Lstring505:	# "kernel.ts:3765:27: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3765:27: load64 value outside the exact range"
	.balign 8
.Lstring506:	# "kernel.ts:3766:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3766:20: integer result outside the exact range"
	.balign 8
.Lstring507:	# "kernel.ts:3766:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3766:13: load64 value outside the exact range"
	.balign 8
.Lstring508:	# "kernel.ts:3765:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3765:16: integer result outside the exact range"
	.balign 8
.Lstring509:	# "data/meminfo_total"
	.quad 18
	.ascii "data/meminfo_total"
	.balign 8
.Lstring510:	# "data/meminfo_free"
	.quad 17
	.ascii "data/meminfo_free"
	.balign 8
.Lstring511:	# "data/updated"
	.quad 12
	.ascii "data/updated"
	.balign 8
.Lstring512:	# "kernel.ts:3779:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3779:41: integer result outside the exact range"
	.balign 8
.Lstring513:	# "kernel.ts:3780:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3780:45: integer result outside the exact range"
	.balign 8
.Lstring514:	# "kernel.ts:3781:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3781:44: integer result outside the exact range"
	.balign 8
.Lstring515:	# "attr/PVAddons/MajorVersion"
	.quad 26
	.ascii "attr/PVAddons/MajorVersion"
	.balign 8
.Lstring516:	# "attr/PVAddons/MinorVersion"
	.quad 26
	.ascii "attr/PVAddons/MinorVersion"
	.balign 8
.Lstring517:	# "attr/PVAddons/MicroVersion"
	.quad 26
	.ascii "attr/PVAddons/MicroVersion"
	.balign 8
.Lstring518:	# "0"
	.quad 1
	.ascii "0"
	.balign 8
.Lstring519:	# "attr/PVAddons/BuildVersion"
	.quad 26
	.ascii "attr/PVAddons/BuildVersion"
	.balign 8
.Lstring520:	# "attr/PVAddons/Installed"
	.quad 23
	.ascii "attr/PVAddons/Installed"
	.balign 8
.Lstring521:	# "data/os_uname"
	.quad 13
	.ascii "data/os_uname"
	.balign 8
.Lstring522:	# "xen-test-vm"
	.quad 11
	.ascii "xen-test-vm"
	.balign 8
.Lstring523:	# "data/os_distro"
	.quad 14
	.ascii "data/os_distro"
	.balign 8
.Lstring524:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring525:	# "data/os_name"
	.quad 12
	.ascii "data/os_name"
	.balign 8
.Lstring526:	# "kernel.ts:3798:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3798:16: integer result outside the exact range"
	.balign 8
.Lstring527:	# "kernel.ts:3800:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3800:15: integer result outside the exact range"
	.balign 8
.Lstring528:	# "agent: cannot remove "
	.quad 21
	.ascii "agent: cannot remove "
	.balign 8
.Lstring529:	# "agent: on"
	.quad 9
	.ascii "agent: on"
	.balign 8
.Lstring530:	# "attr/PVAddons"
	.quad 13
	.ascii "attr/PVAddons"
	.balign 8
.Lstring531:	# "agent: off"
	.quad 10
	.ascii "agent: off"
	.balign 8
.Lstring532:	# "kernel.ts:3836:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3836:32: integer result outside the exact range"
	.balign 8
.Lstring533:	# "absent"
	.quad 6
	.ascii "absent"
	.balign 8
.Lstring534:	# "control/feature-"
	.quad 16
	.ascii "control/feature-"
	.balign 8
.Lstring535:	# ": cannot write: "
	.quad 16
	.ascii ": cannot write: "
	.balign 8
.Lstring536:	# "removed"
	.quad 7
	.ascii "removed"
	.balign 8
.Lstring537:	# "kernel.ts:3854:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3854:18: integer result outside the exact range"
	.balign 8
.Lstring538:	# "kernel.ts:3856:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3856:12: integer result outside the exact range"
	.balign 8
.Lstring539:	# "kernel.ts:3856:70: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3856:70: integer result outside the exact range"
	.balign 8
.Lstring540:	# "kernel.ts:3857:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3857:22: integer result outside the exact range"
	.balign 8
.Lstring541:	# "kernel.ts:3859:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3859:20: integer result outside the exact range"
	.balign 8
.Lstring542:	# "kernel.ts:3861:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3861:15: integer result outside the exact range"
	.balign 8
.Lstring543:	# "kernel.ts:3865:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3865:18: integer result outside the exact range"
	.balign 8
.Lstring544:	# "kernel.ts:3877:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3877:16: integer result outside the exact range"
	.balign 8
.Lstring545:	# "kernel.ts:3879:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3879:15: integer result outside the exact range"
	.balign 8
.Lstring546:	# "kernel.ts:3883:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3883:19: integer result outside the exact range"
	.balign 8
.Lstring547:	# "data/cant_suspend_reason"
	.quad 24
	.ascii "data/cant_suspend_reason"
	.balign 8
.Lstring548:	# "cant-suspend: cannot write: "
	.quad 28
	.ascii "cant-suspend: cannot write: "
	.balign 8
.Lstring549:	# "cant-suspend: set"
	.quad 17
	.ascii "cant-suspend: set"
	.balign 8
.Lstring550:	# "cant-suspend: removed"
	.quad 21
	.ascii "cant-suspend: removed"
	.balign 8
.Lstring551:	# "kernel.ts:3905:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3905:48: integer result outside the exact range"
	.balign 8
.Lstring552:	# "xen-test-vm: PVH boot: Xen did not fill the hypercall page\n"
	.quad 59
	.ascii "xen-test-vm: PVH boot: Xen did not fill the hypercall page\012"
	.balign 8
.Lstring553:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring554:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring555:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring556:	# "kernel.ts:3966:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3966:25: integer result outside the exact range"
	.balign 8
.Lstring557:	# "xen-test-vm: PVH boot: "
	.quad 23
	.ascii "xen-test-vm: PVH boot: "
	.balign 8
.Lstring558:	# "; crashing\n"
	.quad 11
	.ascii "; crashing\012"
	.balign 8
.Lstring559:	# "; crashing"
	.quad 10
	.ascii "; crashing"
	.balign 8
.Lstring560:	# "kernel.ts:4005:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4005:26: integer result outside the exact range"
	.balign 8
.Lstring561:	# "kernel.ts:4005:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:4005:19: load64 value outside the exact range"
	.balign 8
.Lstring562:	# "hvm_start_info has the wrong magic number"
	.quad 41
	.ascii "hvm_start_info has the wrong magic number"
	.balign 8
.Lstring563:	# "Xen gave no value for "
	.quad 22
	.ascii "Xen gave no value for "
	.balign 8
.Lstring564:	# "kernel.ts:4017:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4017:16: integer result outside the exact range"
	.balign 8
.Lstring565:	# "kernel.ts:4029:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4029:28: integer result outside the exact range"
	.balign 8
.Lstring566:	# " PVH"
	.quad 4
	.ascii " PVH"
	.balign 8
.Lstring567:	# " PV"
	.quad 3
	.ascii " PV"
	.balign 8
.Lstring568:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring569:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring570:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring571:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring572:	# "kernel.ts:4060:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4060:16: integer result outside the exact range"
	.balign 8
.Lstring573:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring574:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring575:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring576:	# "kernel.ts:4069:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4069:17: integer result outside the exact range"
	.balign 8
.Lstring577:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring578:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring579:	# "kernel.ts:4125:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4125:25: integer result outside the exact range"
	.balign 8
.Lstring580:	# "booting"
	.quad 7
	.ascii "booting"
	.balign 8
.Lstring581:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring582:	# "trap: "
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
	.quad .Lstring580	# let statusState = "booting"
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

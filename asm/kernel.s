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
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1
	subq $1, %rax	# then the floor is one below
.Lfloored_1:
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_2
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_2
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_2
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_3
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_3
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_3
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_4
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_4
.Lreturn_0:
	leave
	ret
.Ltrap_2:
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:175:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:175:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_4:
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
	jg .Ltrap_6
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_6
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_7
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_7
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_7
.Lreturn_5:
	leave
	ret
.Ltrap_6:
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:181:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
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
	movq $32, %rdi	# START_INFO_NR_PAGES
	addq %rdi, %rax	# +
	jo .Ltrap_9
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_9
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_9
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_10
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_10
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 188 5
	# readStartInfo: consoleRing = virtualAddressOfFrame(load64(startInfo + START_INFO_CON...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_11
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_11
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_11
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_12
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_12
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 189 5
	# readStartInfo: consolePort = load32(startInfo + START_INFO_CONSOLE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $80, %rdi	# START_INFO_CONSOLE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_13
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_13
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_13
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 190 5
	# readStartInfo: storeRing = virtualAddressOfFrame(load64(startInfo + START_INFO_STORE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_14
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_14
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_14
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_15
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_15
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 191 5
	# readStartInfo: storePort = load32(startInfo + START_INFO_STORE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $64, %rdi	# START_INFO_STORE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_16
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_16
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_16
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.storePort(%rip)	# storePort =
.Lreturn_8:
	leave
	ret
.Ltrap_9:
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:187:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_10:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:187:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_11:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:188:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_12:
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:188:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_13:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:189:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_14:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:190:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:190:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_16:
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
.Lwhile_18:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_19
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
	jmp .Lwhile_18
.Lendwhile_19:
.Lreturn_17:
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
.Lreturn_20:
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
.Lreturn_21:
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
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_23
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_23
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_23
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
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_24
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_24
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_24
	pushq %rax
	movq -16(%rbp), %rax	# second
	cmpq $-1, %rax	# compare with NO_PORT
	jne .Lelse_25
	movq $1, %rax
	jmp .Lendcond_26
.Lelse_25:
	movq $2, %rax
.Lendcond_26:
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 265 5
	# pollPorts: store32(hypercallArguments + 16, deadlineLow);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_27
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_27
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_27
	movq %rax, %rdi
	movq -32(%rbp), %rax	# deadlineLow
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 266 5
	# pollPorts: store32(hypercallArguments + 20, deadlineHigh);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $20, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_28
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_28
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_28
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
.Lreturn_22:
	leave
	ret
.Ltrap_23:
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:262:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_24:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:264:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_27:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:265:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_28:
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
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_30
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_30
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_30
	movq %rax, %rdi
	movq $0, %rax
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 276 5
	# allocatePortForDom0: store32(hypercallArguments + 4, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_31
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_31
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_31
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
	jge .Lelse_32
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_33
.Lelse_32:
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_34
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_34
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_34
	movl (%rax), %eax	# load32: read memory at the address in %rax
.Lendcond_33:
.Lreturn_29:
	leave
	ret
.Ltrap_30:
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:275:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_31:
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:276:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_34:
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
.Lreturn_35:
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
	movq $3, %rdi	# PTE_PRESENT_WRITABLE
	addq %rdi, %rax	# +
	jo .Ltrap_37
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_37
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_37
	movq %rax, %rsi
	popq %rdi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
.Lreturn_36:
	leave
	ret
.Ltrap_37:
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
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_39
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_39
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_39
	movq %rax, %rdi
	movq -8(%rbp), %rax	# index
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 367 5
	# hvmParam: store64(hypercallArguments + 8, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_40
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_40
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_40
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
	jge .Lelse_41
	.loc 1 370 9
	# hvmParam: return result;
	movq -16(%rbp), %rax	# result
	jmp .Lreturn_38
.Lelse_41:
	.loc 1 372 5
	# hvmParam: return load64(hypercallArguments + 8);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_42
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_42
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_42
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_43
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_43
.Lreturn_38:
	leave
	ret
.Ltrap_39:
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:366:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_40:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:367:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_42:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:372:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_43:
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
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_45
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_45
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_45
	movq %rax, %rdi
	movq $0, %rax
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 380 5
	# placeSharedInfo: store32(hypercallArguments + 4, XENMAPSPACE_SHARED_INFO);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_46
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_46
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_46
	movq %rax, %rdi
	movq $0, %rax	# XENMAPSPACE_SHARED_INFO
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 381 5
	# placeSharedInfo: store64(hypercallArguments + 8, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_47
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_47
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_47
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 382 5
	# placeSharedInfo: store64(hypercallArguments + 16, Math.floor(address / PAGE_SIZE));
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_48
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_48
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_48
	pushq %rax
	movq -8(%rbp), %rax	# address
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_49
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_49
	subq $1, %rax	# then the floor is one below
.Lfloored_49:
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
.Lreturn_44:
	leave
	ret
.Ltrap_45:
	leaq .Lstring25(%rip), %rdi	# trap: kernel.ts:379:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_46:
	leaq .Lstring26(%rip), %rdi	# trap: kernel.ts:380:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_47:
	leaq .Lstring27(%rip), %rdi	# trap: kernel.ts:381:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_48:
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
.Lreturn_50:
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
	jle .Lelse_52
	movq -8(%rbp), %rax	# consolePfn
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_54
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_54
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_54
	jmp .Lendcond_53
.Lelse_52:
	movq $0, %rax
.Lendcond_53:
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 401 5
	# readHvmParams: consolePort = consoleEvtchn > 0 ? consoleEvtchn : 0;
	movq -16(%rbp), %rax	# consoleEvtchn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_55
	movq -16(%rbp), %rax	# consoleEvtchn
	jmp .Lendcond_56
.Lelse_55:
	movq $0, %rax
.Lendcond_56:
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 402 5
	# readHvmParams: storeRing = storePfn > 0 ? storePfn * PAGE_SIZE : 0;
	movq -24(%rbp), %rax	# storePfn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_57
	movq -24(%rbp), %rax	# storePfn
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_59
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_59
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_59
	jmp .Lendcond_58
.Lelse_57:
	movq $0, %rax
.Lendcond_58:
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 403 5
	# readHvmParams: storePort = storeEvtchn > 0 ? storeEvtchn : 0;
	movq -32(%rbp), %rax	# storeEvtchn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_60
	movq -32(%rbp), %rax	# storeEvtchn
	jmp .Lendcond_61
.Lelse_60:
	movq $0, %rax
.Lendcond_61:
	movq %rax, var.storePort(%rip)	# storePort =
	.loc 1 404 5
	# readHvmParams: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_62
	.loc 1 405 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_PFN";
	leaq .Lstring29(%rip), %rax	# "HVM_PARAM_CONSOLE_PFN"
	jmp .Lreturn_51
.Lelse_62:
	.loc 1 407 5
	# readHvmParams: if (consolePort === 0) {
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_63
	.loc 1 408 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_EVTCHN";
	leaq .Lstring30(%rip), %rax	# "HVM_PARAM_CONSOLE_EVTCHN"
	jmp .Lreturn_51
.Lelse_63:
	.loc 1 410 5
	# readHvmParams: if (storeRing === 0) {
	movq var.storeRing(%rip), %rax	# storeRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_64
	.loc 1 411 9
	# readHvmParams: return "HVM_PARAM_STORE_PFN";
	leaq .Lstring31(%rip), %rax	# "HVM_PARAM_STORE_PFN"
	jmp .Lreturn_51
.Lelse_64:
	.loc 1 413 5
	# readHvmParams: if (storePort === 0) {
	movq var.storePort(%rip), %rax	# storePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_65
	.loc 1 414 9
	# readHvmParams: return "HVM_PARAM_STORE_EVTCHN";
	leaq .Lstring32(%rip), %rax	# "HVM_PARAM_STORE_EVTCHN"
	jmp .Lreturn_51
.Lelse_65:
	.loc 1 416 5
	# readHvmParams: return "";
	leaq .Lstring33(%rip), %rax	# ""
.Lreturn_51:
	leave
	ret
.Ltrap_54:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:400:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_59:
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
	jne .Lelse_67
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	call fn.placeSharedInfo
	jmp .Lendcond_68
.Lelse_67:
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	movq $40, %rdi	# START_INFO_SHARED_INFO
	addq %rdi, %rax	# +
	jo .Ltrap_69
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_69
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_69
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_70
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_70
	movq %rax, %rsi
	popq %rdi
	call fn.mapPage
.Lendcond_68:
	movq %rax, -8(%rbp)	# result
	.loc 1 441 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_71
	.loc 1 442 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_71:
	.loc 1 444 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_66:
	leave
	ret
.Ltrap_69:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:440:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_70:
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
.Lwhile_73:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_74
	.loc 1 480 9
	# readSystemTime: const version = load32(sharedInfoPage + VCPU0_TIME_VERSION);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_75
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_75
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_75
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# version
	.loc 1 481 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 482 9
	# readSystemTime: systemTimeLow = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $48, %rdi	# VCPU0_TIME_SYSTEM_TIME
	addq %rdi, %rax	# +
	jo .Ltrap_76
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_76
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_76
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeLow(%rip)	# systemTimeLow =
	.loc 1 483 9
	# readSystemTime: systemTimeHigh = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME + 4);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $48, %rdi	# VCPU0_TIME_SYSTEM_TIME
	addq %rdi, %rax	# +
	jo .Ltrap_77
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_77
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_77
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_77
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_77
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_77
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeHigh(%rip)	# systemTimeHigh =
	.loc 1 484 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 485 9
	# readSystemTime: if ((version & 1) === 0 && load32(sharedInfoPage + VCPU0_TIME_VERSION...
	movq -8(%rbp), %rax	# version
	movq $1, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_78
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_79
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_79
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_79
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# version
	cmpq %rdi, %rax
	jne .Lelse_78
	.loc 1 486 13
	# readSystemTime: return;
	jmp .Lreturn_72
.Lelse_78:
	jmp .Lwhile_73
.Lendwhile_74:
.Lreturn_72:
	leave
	ret
.Ltrap_75:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:480:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_76:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:482:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_77:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:483:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_79:
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
	movq -8(%rbp), %rdi	# nanoseconds
	addq %rdi, %rax	# +
	jo .Ltrap_81
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_81
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_81
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 494 5
	# addToTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_82
	.loc 1 495 9
	# addToTickDeadline: tickDeadlineLow = tickDeadlineLow - UINT32_MODULUS;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	subq %rdi, %rax	# -
	jo .Ltrap_83
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_83
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_83
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 496 9
	# addToTickDeadline: tickDeadlineHigh = tickDeadlineHigh + 1;
	movq var.tickDeadlineHigh(%rip), %rax	# tickDeadlineHigh
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_84
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_84
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_84
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
.Lelse_82:
.Lreturn_80:
	leave
	ret
.Ltrap_81:
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:493:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_83:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:495:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_84:
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
.Lreturn_85:
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
.Lreturn_86:
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
	movq var.tickDeadlineHigh(%rip), %rdi	# tickDeadlineHigh
	subq %rdi, %rax	# -
	jo .Ltrap_88
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_88
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_88
	movq %rax, -8(%rbp)	# behindHigh
	.loc 1 519 5
	# advanceTickDeadline: if (behindHigh > 1 || (behindHigh >= 0 &&
	movq -8(%rbp), %rax	# behindHigh
	cmpq $1, %rax	# compare with 1
	jg .Lskip_90
	movq -8(%rbp), %rax	# behindHigh
	cmpq $0, %rax	# compare with 0
	jl .Lelse_89
	movq -8(%rbp), %rax	# behindHigh
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	imulq %rdi, %rax	# *
	jo .Ltrap_91
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_91
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_91
	pushq %rax
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq var.tickDeadlineLow(%rip), %rdi	# tickDeadlineLow
	subq %rdi, %rax	# -
	jo .Ltrap_92
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_92
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_92
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_91
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_91
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_91
	cmpq $1000000000, %rax	# compare with TICK_PERIOD_NS
	jle .Lelse_89
.Lskip_90:
	.loc 1 521 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_89:
.Lreturn_87:
	leave
	ret
.Ltrap_88:
	leaq .Lstring45(%rip), %rdi	# trap: kernel.ts:518:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_91:
	leaq .Lstring46(%rip), %rdi	# trap: kernel.ts:520:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_92:
	leaq .Lstring47(%rip), %rdi	# trap: kernel.ts:520:40: integer result outside the exact range
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
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_94
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_94
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_94
	movq %rax, %rdi
	movq -8(%rbp), %rax	# port
	lock btrq %rax, (%rdi)	# testAndClearBit: atomically clear the bit, old value in CF
	setc %al
	movzbl %al, %eax
.Lreturn_93:
	leave
	ret
.Ltrap_94:
	leaq .Lstring48(%rip), %rdi	# trap: kernel.ts:546:28: integer result outside the exact range
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
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_96
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_96
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_96
	pushq %rax
	movq -8(%rbp), %rax	# port
	movq $3, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_96
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_96
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_96
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 552 5
	# portStillPending: return (byte & (1 << (port & 7))) !== 0;
	movq -16(%rbp), %rax	# byte
	pushq %rax
	movq $1, %rax
	pushq %rax
	movq -8(%rbp), %rax	# port
	movq $7, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	movl %edi, %ecx	# << (count mod 32)
	shll %cl, %eax
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	cmpq $0, %rax	# compare with 0
	setne %al	# !==
	movzbl %al, %eax
.Lreturn_95:
	leave
	ret
.Ltrap_96:
	leaq .Lstring49(%rip), %rdi	# trap: kernel.ts:551:24: integer result outside the exact range
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
.Lreturn_97:
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
	jne .Lelse_99
	.loc 1 570 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 571 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_99:
	.loc 1 576 5
	# waitOnPorts: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_100
	.loc 1 577 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_100:
	.loc 1 579 5
	# waitOnPorts: if (pollPorts(port, second, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq -16(%rbp), %rsi	# second
	movq var.tickDeadlineHigh(%rip), %rdx	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rcx	# tickDeadlineLow
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_101
	.loc 1 580 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 581 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_101:
	.loc 1 586 5
	# waitOnPorts: if (portStillPending(port) || (second !== NO_PORT && portStillPending...
	movq -8(%rbp), %rdi	# port
	call fn.portStillPending
	testq %rax, %rax
	jne .Lskip_103
	movq -16(%rbp), %rax	# second
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_102
	movq -16(%rbp), %rdi	# second
	call fn.portStillPending
	testq %rax, %rax
	je .Lelse_102
.Lskip_103:
	.loc 1 587 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_102:
	.loc 1 590 5
	# waitOnPorts: ticksOwed = ticksOwed + 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_104
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_104
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_104
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 591 5
	# waitOnPorts: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 592 5
	# waitOnPorts: return true;
	movq $1, %rax	# true
.Lreturn_98:
	leave
	ret
.Ltrap_104:
	leaq .Lstring50(%rip), %rdi	# trap: kernel.ts:590:17: integer result outside the exact range
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
	movq $3080, %rdi	# CONSOLE_OUT_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_106
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_106
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_106
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 638 5
	# consoleBytesQueued: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_107
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_107
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_107
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 639 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 640 5
	# consoleBytesQueued: const queued = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_108
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_108
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_108
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# queued
	.loc 1 641 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_109
	.loc 1 642 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_105
.Lelse_109:
	.loc 1 644 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_105:
	leave
	ret
.Ltrap_106:
	leaq .Lstring51(%rip), %rdi	# trap: kernel.ts:637:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_107:
	leaq .Lstring52(%rip), %rdi	# trap: kernel.ts:638:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_108:
	leaq .Lstring53(%rip), %rdi	# trap: kernel.ts:640:21: integer result outside the exact range
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
	jne .Lelse_111
	.loc 1 653 9
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_111:
	.loc 1 655 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 656 5
	# consolePutRaw: while (true) {
.Lwhile_112:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_113
	.loc 1 657 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 658 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_114
	.loc 1 659 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_115
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_115
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_115
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 660 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_114:
	.loc 1 662 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_116
	.loc 1 663 13
	# consolePutRaw: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_117
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_117
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_117
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# producer
	.loc 1 664 13
	# consolePutRaw: store8(consoleRing + CONSOLE_OUT + (producer & (CONSOLE_OUT_SIZE - 1)...
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $1024, %rdi	# CONSOLE_OUT
	addq %rdi, %rax	# +
	jo .Ltrap_118
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_118
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_118
	pushq %rax
	movq -32(%rbp), %rax	# producer
	pushq %rax
	movq $2048, %rax	# CONSOLE_OUT_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_119
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_119
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_119
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_118
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_118
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_118
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 665 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 666 13
	# consolePutRaw: store32(consoleRing + CONSOLE_OUT_PROD, (producer + 1) >>> 0);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_120
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_120
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_120
	pushq %rax
	movq -32(%rbp), %rax	# producer
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_121
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_121
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_121
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 667 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 668 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_116:
	.loc 1 670 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_123
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_122
.Lskip_123:
	.loc 1 671 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_124
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_124
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_124
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 672 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_122:
	.loc 1 674 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 675 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_125
	.loc 1 676 13
	# consolePutRaw: stallTicks = stallTicks + 1;
	movq -16(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_126
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_126
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_126
	movq %rax, -16(%rbp)	# stallTicks =
	.loc 1 677 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_127
	.loc 1 678 17
	# consolePutRaw: consoleStalled = true;
	movq $1, %rax	# true
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
.Lelse_127:
.Lelse_125:
	jmp .Lwhile_112
.Lendwhile_113:
.Lreturn_110:
	leave
	ret
.Ltrap_115:
	leaq .Lstring54(%rip), %rdi	# trap: kernel.ts:659:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_117:
	leaq .Lstring55(%rip), %rdi	# trap: kernel.ts:663:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_118:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:664:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_119:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:664:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_120:
	leaq .Lstring58(%rip), %rdi	# trap: kernel.ts:666:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_121:
	leaq .Lstring59(%rip), %rdi	# trap: kernel.ts:666:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_124:
	leaq .Lstring60(%rip), %rdi	# trap: kernel.ts:671:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_126:
	leaq .Lstring61(%rip), %rdi	# trap: kernel.ts:676:26: integer result outside the exact range
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
	jne .Lelse_129
	.loc 1 687 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_129:
	.loc 1 689 5
	# consolePut: consolePutRaw(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePutRaw
.Lreturn_128:
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
	je .Lelse_131
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_131
	.loc 1 696 9
	# endLine: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
.Lelse_131:
.Lreturn_130:
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
	je .Lskip_134
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_133
.Lskip_134:
	.loc 1 707 9
	# consoleDrain: return;
	jmp .Lreturn_132
.Lelse_133:
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
.Lwhile_135:
	call fn.consoleBytesQueued
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_136
	movq -8(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jge .Lendwhile_136
	movq -16(%rbp), %rax	# blindWaits
	cmpq $100000, %rax	# compare with CONSOLE_BLIND_WAITS
	jge .Lendwhile_136
	.loc 1 714 9
	# consoleDrain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_137
	.loc 1 715 13
	# consoleDrain: blindWaits = blindWaits + 1;
	movq -16(%rbp), %rax	# blindWaits
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_138
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_138
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_138
	movq %rax, -16(%rbp)	# blindWaits =
.Lelse_137:
	.loc 1 717 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_139
	.loc 1 718 13
	# consoleDrain: stallTicks = stallTicks + 1;
	movq -8(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_140
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_140
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_140
	movq %rax, -8(%rbp)	# stallTicks =
.Lelse_139:
	jmp .Lwhile_135
.Lendwhile_136:
.Lreturn_132:
	leave
	ret
.Ltrap_138:
	leaq .Lstring62(%rip), %rdi	# trap: kernel.ts:715:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_140:
	leaq .Lstring63(%rip), %rdi	# trap: kernel.ts:718:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
.Lfor_142:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_144
	.loc 1 737 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_145
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_143:
	.loc 1 736 38
	# print: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_146
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_146
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_142
.Lendfor_144:
.Lreturn_141:
	leave
	ret
.Ltrap_145:
	leaq .Lstring64(%rip), %rdi	# trap: kernel.ts:737:20: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_146:
	leaq .Lstring65(%rip), %rdi	# trap: kernel.ts:736:38: integer result outside the exact range
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
.Lreturn_147:
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
	jge .Lelse_149
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
	jmp .Lreturn_148
.Lelse_149:
	.loc 1 752 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_150
	.loc 1 753 9
	# printDecimal: printDecimal(Math.floor(value / 10));
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_151
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_151
	subq $1, %rax	# then the floor is one below
.Lfloored_151:
	movq %rax, %rdi
	call fn.printDecimal
.Lelse_150:
	.loc 1 755 5
	# printDecimal: consolePut(48 + (value % 10));
	movq $48, %rax
	pushq %rax
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# % (sign of the dividend, as JS)
	idivq %rdi
	movq %rdx, %rax
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_152
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_152
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_152
	movq %rax, %rdi
	call fn.consolePut
.Lreturn_148:
	leave
	ret
.Ltrap_152:
	leaq .Lstring66(%rip), %rdi	# trap: kernel.ts:755:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
	jge .Lelse_154
	movq $48, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_156
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_156
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_156
	jmp .Lendcond_155
.Lelse_154:
	movq $87, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_157
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_157
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_157
.Lendcond_155:
.Lreturn_153:
	leave
	ret
.Ltrap_156:
	leaq .Lstring67(%rip), %rdi	# trap: kernel.ts:759:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_157:
	leaq .Lstring68(%rip), %rdi	# trap: kernel.ts:759:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
	je .Lskip_160
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_159
.Lskip_160:
	.loc 1 764 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 765 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_161
.Lelse_159:
	.loc 1 766 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_162
	.loc 1 767 9
	# printEscapedByte: print("\\n");
	leaq .Lstring69(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_163
.Lelse_162:
	.loc 1 768 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_164
	.loc 1 769 9
	# printEscapedByte: print("\\r");
	leaq .Lstring70(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_165
.Lelse_164:
	.loc 1 770 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_166
	.loc 1 771 9
	# printEscapedByte: print("\\t");
	leaq .Lstring71(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_167
.Lelse_166:
	.loc 1 772 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_168
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_168
	.loc 1 773 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_169
.Lelse_168:
	.loc 1 775 9
	# printEscapedByte: print("\\x");
	leaq .Lstring72(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 776 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 777 9
	# printEscapedByte: consolePut(hexDigit(byte & 15));
	movq -8(%rbp), %rax	# byte
	movq $15, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
.Lendif_169:
.Lendif_167:
.Lendif_165:
.Lendif_163:
.Lendif_161:
.Lreturn_158:
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
	jle .Lelse_171
	movq $120, %rax	# DISPLAY_LIMIT
	jmp .Lendcond_172
.Lelse_171:
	movq -16(%rbp), %rax	# length
.Lendcond_172:
	movq %rax, -24(%rbp)	# shown
	.loc 1 785 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_173:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_175
	.loc 1 786 9
	# printQuoted: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_176
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_176
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_176
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printEscapedByte
.Lfornext_174:
	.loc 1 785 32
	# printQuoted: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_177
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_177
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_173
.Lendfor_175:
	.loc 1 788 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_178
	.loc 1 789 9
	# printQuoted: print("...\" (");
	leaq .Lstring73(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 790 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 791 9
	# printQuoted: print(" bytes)");
	leaq .Lstring74(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_179
.Lelse_178:
	.loc 1 793 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_179:
.Lreturn_170:
	leave
	ret
.Ltrap_176:
	leaq .Lstring75(%rip), %rdi	# trap: kernel.ts:786:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_177:
	leaq .Lstring76(%rip), %rdi	# trap: kernel.ts:785:32: integer result outside the exact range
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
.Lfor_181:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_183
	.loc 1 800 9
	# printBytes: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_184
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_184
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_184
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printEscapedByte
.Lfornext_182:
	.loc 1 799 33
	# printBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_185
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_185
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_181
.Lendfor_183:
.Lreturn_180:
	leave
	ret
.Ltrap_184:
	leaq .Lstring77(%rip), %rdi	# trap: kernel.ts:800:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_185:
	leaq .Lstring78(%rip), %rdi	# trap: kernel.ts:799:33: integer result outside the exact range
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
.Lreturn_186:
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
.Lfor_188:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_190
	.loc 1 812 9
	# copyBytes: store8(destination + i, load8(source + i));
	movq -8(%rbp), %rax	# destination
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_191
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_191
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_191
	pushq %rax
	movq -16(%rbp), %rax	# source
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_192
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_192
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_192
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_189:
	.loc 1 811 33
	# copyBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_193
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_193
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_188
.Lendfor_190:
.Lreturn_187:
	leave
	ret
.Ltrap_191:
	leaq .Lstring79(%rip), %rdi	# trap: kernel.ts:812:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_192:
	leaq .Lstring80(%rip), %rdi	# trap: kernel.ts:812:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_193:
	leaq .Lstring81(%rip), %rdi	# trap: kernel.ts:811:33: integer result outside the exact range
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
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_195
	.loc 1 819 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_194
.Lelse_195:
	.loc 1 821 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_196:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_198
	.loc 1 822 9
	# bytesEqual: if (load8(address + i) !== word.charCodeAt(i)) {
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_200
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_200
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_200
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq -32(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_201
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_199
	.loc 1 823 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_194
.Lelse_199:
.Lfornext_197:
	.loc 1 821 33
	# bytesEqual: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_202
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_202
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_196
.Lendfor_198:
	.loc 1 826 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_194:
	leave
	ret
.Ltrap_200:
	leaq .Lstring82(%rip), %rdi	# trap: kernel.ts:822:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_201:
	leaq .Lstring83(%rip), %rdi	# trap: kernel.ts:822:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_202:
	leaq .Lstring84(%rip), %rdi	# trap: kernel.ts:821:33: integer result outside the exact range
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
.Lfor_204:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_206
	.loc 1 832 9
	# bytesMatch: if (load8(first + i) !== load8(second + i)) {
	movq -8(%rbp), %rax	# first
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_208
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_208
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_208
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -16(%rbp), %rax	# second
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_209
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_209
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_209
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_207
	.loc 1 833 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_203
.Lelse_207:
.Lfornext_205:
	.loc 1 831 33
	# bytesMatch: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_210
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_210
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_204
.Lendfor_206:
	.loc 1 836 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_203:
	leave
	ret
.Ltrap_208:
	leaq .Lstring85(%rip), %rdi	# trap: kernel.ts:832:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_209:
	leaq .Lstring86(%rip), %rdi	# trap: kernel.ts:832:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_210:
	leaq .Lstring87(%rip), %rdi	# trap: kernel.ts:831:33: integer result outside the exact range
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
	je .Lskip_213
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_212
.Lskip_213:
	.loc 1 842 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_211
.Lelse_212:
	.loc 1 844 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 845 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_214:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_216
	.loc 1 846 9
	# decimalFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_217
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_217
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_217
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 847 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_219
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_218
.Lskip_219:
	.loc 1 848 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_211
.Lelse_218:
	.loc 1 850 9
	# decimalFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	movq $10, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_220
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_220
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_220
	pushq %rax
	movq -40(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_221
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_221
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_221
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_220
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_220
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_220
	movq %rax, -24(%rbp)	# value =
.Lfornext_215:
	.loc 1 845 33
	# decimalFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_222
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_222
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_214
.Lendfor_216:
	.loc 1 852 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_211:
	leave
	ret
.Ltrap_217:
	leaq .Lstring88(%rip), %rdi	# trap: kernel.ts:846:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_220:
	leaq .Lstring89(%rip), %rdi	# trap: kernel.ts:850:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_221:
	leaq .Lstring90(%rip), %rdi	# trap: kernel.ts:850:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_222:
	leaq .Lstring91(%rip), %rdi	# trap: kernel.ts:845:33: integer result outside the exact range
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
.Lfor_224:
	movq -32(%rbp), %rax	# bigger
	cmpq $10, %rax	# compare with 10
	jl .Lendfor_226
	.loc 1 859 9
	# decimalIntoBytes: digits = digits + 1;
	movq -24(%rbp), %rax	# digits
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_227
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_227
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_227
	movq %rax, -24(%rbp)	# digits =
.Lfornext_225:
	.loc 1 858 44
	# decimalIntoBytes: bigger = Math.floor(bigger / 10)
	movq -32(%rbp), %rax	# bigger
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_228
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_228
	subq $1, %rax	# then the floor is one below
.Lfloored_228:
	movq %rax, -32(%rbp)	# bigger =
	jmp .Lfor_224
.Lendfor_226:
	.loc 1 861 5
	# decimalIntoBytes: let rest = value;
	movq -16(%rbp), %rax	# value
	movq %rax, -40(%rbp)	# rest
	.loc 1 862 5
	# decimalIntoBytes: for (let i = digits - 1; i >= 0; i--) {
	movq -24(%rbp), %rax	# digits
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_229
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_229
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_229
	movq %rax, -48(%rbp)	# i
.Lfor_230:
	movq -48(%rbp), %rax	# i
	cmpq $0, %rax	# compare with 0
	jl .Lendfor_232
	.loc 1 863 9
	# decimalIntoBytes: store8(address + i, 48 + (rest % 10));
	movq -8(%rbp), %rax	# address
	movq -48(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_233
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_233
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_233
	pushq %rax
	movq $48, %rax
	pushq %rax
	movq -40(%rbp), %rax	# rest
	movq $10, %rdi
	cqo	# % (sign of the dividend, as JS)
	idivq %rdi
	movq %rdx, %rax
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_234
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_234
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_234
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 864 9
	# decimalIntoBytes: rest = Math.floor(rest / 10);
	movq -40(%rbp), %rax	# rest
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_235
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_235
	subq $1, %rax	# then the floor is one below
.Lfloored_235:
	movq %rax, -40(%rbp)	# rest =
.Lfornext_231:
	.loc 1 862 38
	# decimalIntoBytes: i--
	movq -48(%rbp), %rax	# i
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_236
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_236
	movq %rax, -48(%rbp)	# i =
	jmp .Lfor_230
.Lendfor_232:
	.loc 1 866 5
	# decimalIntoBytes: return digits;
	movq -24(%rbp), %rax	# digits
.Lreturn_223:
	leave
	ret
.Ltrap_227:
	leaq .Lstring92(%rip), %rdi	# trap: kernel.ts:859:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_229:
	leaq .Lstring93(%rip), %rdi	# trap: kernel.ts:862:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_233:
	leaq .Lstring94(%rip), %rdi	# trap: kernel.ts:863:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_234:
	leaq .Lstring95(%rip), %rdi	# trap: kernel.ts:863:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_236:
	leaq .Lstring96(%rip), %rdi	# trap: kernel.ts:862:38: integer result outside the exact range
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
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lelse_238
	.loc 1 871 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_237
.Lelse_238:
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
.Lreturn_237:
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
	je .Lcase_241
	cmpq $-2, %rax	# case XSE_EACCES
	je .Lcase_242
	cmpq $-3, %rax	# case XSE_EEXIST
	je .Lcase_243
	cmpq $-4, %rax	# case XSE_EISDIR
	je .Lcase_244
	cmpq $-5, %rax	# case XSE_ENOENT
	je .Lcase_245
	cmpq $-6, %rax	# case XSE_ENOMEM
	je .Lcase_246
	cmpq $-7, %rax	# case XSE_ENOSPC
	je .Lcase_247
	cmpq $-8, %rax	# case XSE_EIO
	je .Lcase_248
	cmpq $-9, %rax	# case XSE_ENOTEMPTY
	je .Lcase_249
	cmpq $-10, %rax	# case XSE_ENOSYS
	je .Lcase_250
	cmpq $-11, %rax	# case XSE_EROFS
	je .Lcase_251
	cmpq $-12, %rax	# case XSE_EBUSY
	je .Lcase_252
	cmpq $-13, %rax	# case XSE_EAGAIN
	je .Lcase_253
	cmpq $-14, %rax	# case XSE_EISCONN
	je .Lcase_254
	cmpq $-15, %rax	# case XSE_E2BIG
	je .Lcase_255
	cmpq $-16, %rax	# case XSE_EPERM
	je .Lcase_256
	cmpq $-18, %rax	# case XSE_PROTOCOL
	je .Lcase_257
	cmpq $-19, %rax	# case XSE_TIMEOUT
	je .Lcase_258
	jmp .Lcase_259
.Lcase_241:
	.loc 1 969 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring97(%rip), %rax	# "EINVAL"
	jmp .Lreturn_239
.Lcase_242:
	.loc 1 970 26
	# storeErrorName: return "EACCES";
	leaq .Lstring98(%rip), %rax	# "EACCES"
	jmp .Lreturn_239
.Lcase_243:
	.loc 1 971 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring99(%rip), %rax	# "EEXIST"
	jmp .Lreturn_239
.Lcase_244:
	.loc 1 972 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring100(%rip), %rax	# "EISDIR"
	jmp .Lreturn_239
.Lcase_245:
	.loc 1 973 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring101(%rip), %rax	# "ENOENT"
	jmp .Lreturn_239
.Lcase_246:
	.loc 1 974 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring102(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_239
.Lcase_247:
	.loc 1 975 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring103(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_239
.Lcase_248:
	.loc 1 976 23
	# storeErrorName: return "EIO";
	leaq .Lstring104(%rip), %rax	# "EIO"
	jmp .Lreturn_239
.Lcase_249:
	.loc 1 977 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring105(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_239
.Lcase_250:
	.loc 1 978 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring106(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_239
.Lcase_251:
	.loc 1 979 25
	# storeErrorName: return "EROFS";
	leaq .Lstring107(%rip), %rax	# "EROFS"
	jmp .Lreturn_239
.Lcase_252:
	.loc 1 980 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring108(%rip), %rax	# "EBUSY"
	jmp .Lreturn_239
.Lcase_253:
	.loc 1 981 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring109(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_239
.Lcase_254:
	.loc 1 982 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring110(%rip), %rax	# "EISCONN"
	jmp .Lreturn_239
.Lcase_255:
	.loc 1 983 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring111(%rip), %rax	# "E2BIG"
	jmp .Lreturn_239
.Lcase_256:
	.loc 1 984 25
	# storeErrorName: return "EPERM";
	leaq .Lstring112(%rip), %rax	# "EPERM"
	jmp .Lreturn_239
.Lcase_257:
	.loc 1 985 28
	# storeErrorName: return "protocol error";
	leaq .Lstring113(%rip), %rax	# "protocol error"
	jmp .Lreturn_239
.Lcase_258:
	.loc 1 986 27
	# storeErrorName: return "no reply";
	leaq .Lstring114(%rip), %rax	# "no reply"
	jmp .Lreturn_239
.Lcase_259:
	.loc 1 987 18
	# storeErrorName: return "unknown error";
	leaq .Lstring115(%rip), %rax	# "unknown error"
	jmp .Lreturn_239
.Lendswitch_240:
.Lreturn_239:
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
	jle .Lelse_261
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_263
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_263
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_263
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_263
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_263
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_263
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_261
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_264
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_264
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_264
	jmp .Lendcond_262
.Lelse_261:
	movq -16(%rbp), %rax	# length
.Lendcond_262:
	movq %rax, -24(%rbp)	# nameLength
	.loc 1 994 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_265:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_267
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
	je .Lelse_268
	.loc 1 996 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_260
.Lelse_268:
.Lfornext_266:
	.loc 1 994 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_269
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_269
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_265
.Lendfor_267:
	.loc 1 999 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_260:
	leave
	ret
.Ltrap_263:
	leaq .Lstring116(%rip), %rdi	# trap: kernel.ts:993:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_264:
	leaq .Lstring117(%rip), %rdi	# trap: kernel.ts:993:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_269:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:994:52: integer result outside the exact range
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
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_271
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_271
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_271
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
.Lreturn_270:
	leave
	ret
.Ltrap_271:
	leaq .Lstring119(%rip), %rdi	# trap: kernel.ts:1026:13: integer result outside the exact range
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
	jl .Lelse_273
	.loc 1 1033 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 1034 9
	# requestAppendByte: return;
	jmp .Lreturn_272
.Lelse_273:
	.loc 1 1036 5
	# requestAppendByte: store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_274
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_274
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_274
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_274
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_274
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_274
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 1037 5
	# requestAppendByte: storeRequestLength = storeRequestLength + 1;
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_275
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_275
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_275
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
.Lreturn_272:
	leave
	ret
.Ltrap_274:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:1036:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_275:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:1037:26: integer result outside the exact range
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
.Lfor_277:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_279
	.loc 1 1043 9
	# requestAppendText: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_280
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_278:
	.loc 1 1042 38
	# requestAppendText: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_281
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_281
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_277
.Lendfor_279:
.Lreturn_276:
	leave
	ret
.Ltrap_280:
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:1043:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_281:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:1042:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
.Lreturn_282:
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
.Lfor_284:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_286
	.loc 1 1055 9
	# requestAppendBytes: requestAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_287
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_287
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_287
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_285:
	.loc 1 1054 33
	# requestAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_288
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_288
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_284
.Lendfor_286:
.Lreturn_283:
	leave
	ret
.Ltrap_287:
	leaq .Lstring124(%rip), %rdi	# trap: kernel.ts:1055:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_288:
	leaq .Lstring125(%rip), %rdi	# trap: kernel.ts:1054:33: integer result outside the exact range
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
	movq $2048, %rdi	# XS_REQ_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_290
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_290
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_290
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1062 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_291
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_291
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_291
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1063 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1064 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_292
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_292
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_292
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 1065 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_293
	.loc 1 1066 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring126(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 1067 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1068 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring127(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1069 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1070 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring128(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 1071 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_289
.Lelse_293:
	.loc 1 1073 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	movq -24(%rbp), %rdi	# inFlight
	subq %rdi, %rax	# -
	jo .Ltrap_294
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_294
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_294
.Lreturn_289:
	leave
	ret
.Ltrap_290:
	leaq .Lstring129(%rip), %rdi	# trap: kernel.ts:1061:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_291:
	leaq .Lstring130(%rip), %rdi	# trap: kernel.ts:1062:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_292:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:1064:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_294:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:1073:12: integer result outside the exact range
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
	pushq %rax
	movq -8(%rbp), %rax	# index
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_296
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_296
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_296
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_297
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_297
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_297
	movq %rax, -32(%rbp)	# chunk
	.loc 1 1081 5
	# ringChunk: if (chunk > ready) {
	movq -32(%rbp), %rax	# chunk
	movq -16(%rbp), %rdi	# ready
	cmpq %rdi, %rax
	jle .Lelse_298
	.loc 1 1082 9
	# ringChunk: chunk = ready;
	movq -16(%rbp), %rax	# ready
	movq %rax, -32(%rbp)	# chunk =
.Lelse_298:
	.loc 1 1084 5
	# ringChunk: if (chunk > wanted) {
	movq -32(%rbp), %rax	# chunk
	movq -24(%rbp), %rdi	# wanted
	cmpq %rdi, %rax
	jle .Lelse_299
	.loc 1 1085 9
	# ringChunk: chunk = wanted;
	movq -24(%rbp), %rax	# wanted
	movq %rax, -32(%rbp)	# chunk =
.Lelse_299:
	.loc 1 1087 5
	# ringChunk: return chunk;
	movq -32(%rbp), %rax	# chunk
.Lreturn_295:
	leave
	ret
.Ltrap_296:
	leaq .Lstring133(%rip), %rdi	# trap: kernel.ts:1080:42: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_297:
	leaq .Lstring134(%rip), %rdi	# trap: kernel.ts:1080:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
.Lwhile_301:
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_302
	.loc 1 1097 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 1098 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_303
	.loc 1 1099 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_300
.Lelse_303:
	.loc 1 1101 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_304
	.loc 1 1102 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1103 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_305
	.loc 1 1104 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_306
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_306
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_306
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1105 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_307
	.loc 1 1106 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring135(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 1107 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_300
.Lelse_307:
.Lelse_305:
	.loc 1 1110 13
	# storeWriteStream: continue;
	jmp .Lwhile_301
.Lelse_304:
	.loc 1 1112 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_308
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_308
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_308
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 1113 9
	# storeWriteStream: const chunk = ringChunk(producer, space, length - sent);
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq -40(%rbp), %rax	# space
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_309
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_309
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_309
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1114 9
	# storeWriteStream: const to = storeRing + XS_REQ + (producer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $0, %rdi	# XS_REQ
	addq %rdi, %rax	# +
	jo .Ltrap_310
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_310
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_310
	pushq %rax
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_311
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_311
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_311
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_310
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_310
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_310
	movq %rax, -64(%rbp)	# to
	.loc 1 1115 9
	# storeWriteStream: copyBytes(to, source + sent, chunk);
	movq -64(%rbp), %rax	# to
	pushq %rax
	movq -8(%rbp), %rax	# source
	movq -24(%rbp), %rdi	# sent
	addq %rdi, %rax	# +
	jo .Ltrap_312
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_312
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_312
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
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_313
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_313
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_313
	pushq %rax
	movq -48(%rbp), %rax	# producer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_314
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_314
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_314
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1118 9
	# storeWriteStream: sent = sent + chunk;
	movq -24(%rbp), %rax	# sent
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_315
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_315
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_315
	movq %rax, -24(%rbp)	# sent =
	.loc 1 1119 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_316
	.loc 1 1120 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_316:
	jmp .Lwhile_301
.Lendwhile_302:
	.loc 1 1123 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1124 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_300:
	leave
	ret
.Ltrap_306:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:1104:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_308:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:1112:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_309:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:1113:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_310:
	leaq .Lstring139(%rip), %rdi	# trap: kernel.ts:1114:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_311:
	leaq .Lstring140(%rip), %rdi	# trap: kernel.ts:1114:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_312:
	leaq .Lstring141(%rip), %rdi	# trap: kernel.ts:1115:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_313:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:1117:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_314:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:1117:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_315:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:1118:16: integer result outside the exact range
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
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_318
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_318
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_318
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 1134 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1135 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_319
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_319
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_319
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1136 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_317:
	leave
	ret
.Ltrap_318:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:1133:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_319:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:1135:13: integer result outside the exact range
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
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_321
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_321
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_321
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1142 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_322
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_322
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_322
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1143 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1144 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_323
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_323
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_323
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# available
	.loc 1 1145 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_324
	.loc 1 1146 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring147(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 1147 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1148 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring127(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1149 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1150 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring148(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 1151 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1152 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_320
.Lelse_324:
	.loc 1 1154 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_320:
	leave
	ret
.Ltrap_321:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:1141:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_322:
	leaq .Lstring150(%rip), %rdi	# trap: kernel.ts:1142:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_323:
	leaq .Lstring151(%rip), %rdi	# trap: kernel.ts:1144:24: integer result outside the exact range
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
.Lwhile_326:
	movq -24(%rbp), %rax	# received
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_327
	.loc 1 1162 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 1163 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_328
	.loc 1 1164 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_325
.Lelse_328:
	.loc 1 1166 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_329
	.loc 1 1167 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_330
	.loc 1 1168 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_331
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_331
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_331
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1169 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_332
	.loc 1 1170 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring152(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 1171 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1172 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_325
.Lelse_332:
.Lelse_330:
	.loc 1 1175 13
	# storeReadStream: continue;
	jmp .Lwhile_326
.Lelse_329:
	.loc 1 1177 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_333
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_333
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_333
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 1178 9
	# storeReadStream: const chunk = ringChunk(consumer, available, length - received);
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq -40(%rbp), %rax	# available
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_334
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_334
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_334
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1179 9
	# storeReadStream: const from = storeRing + XS_RSP + (consumer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $1024, %rdi	# XS_RSP
	addq %rdi, %rax	# +
	jo .Ltrap_335
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_335
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_335
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_336
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_336
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_336
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_335
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_335
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_335
	movq %rax, -64(%rbp)	# from
	.loc 1 1180 9
	# storeReadStream: copyBytes(destination + received, from, chunk);
	movq -8(%rbp), %rax	# destination
	movq -24(%rbp), %rdi	# received
	addq %rdi, %rax	# +
	jo .Ltrap_337
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_337
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_337
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
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_338
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_338
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_338
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_339
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_339
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_339
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1183 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1184 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_340
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_340
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_340
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_326
.Lendwhile_327:
	.loc 1 1186 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_325:
	leave
	ret
.Ltrap_331:
	leaq .Lstring153(%rip), %rdi	# trap: kernel.ts:1168:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_333:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:1177:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_334:
	leaq .Lstring155(%rip), %rdi	# trap: kernel.ts:1178:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_335:
	leaq .Lstring156(%rip), %rdi	# trap: kernel.ts:1179:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_336:
	leaq .Lstring157(%rip), %rdi	# trap: kernel.ts:1179:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_337:
	leaq .Lstring158(%rip), %rdi	# trap: kernel.ts:1180:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_338:
	leaq .Lstring159(%rip), %rdi	# trap: kernel.ts:1182:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_339:
	leaq .Lstring160(%rip), %rdi	# trap: kernel.ts:1182:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_340:
	leaq .Lstring161(%rip), %rdi	# trap: kernel.ts:1184:20: integer result outside the exact range
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
.Lwhile_342:
	movq -24(%rbp), %rax	# pathEnd
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_343
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_344
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_344
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_344
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_343
	.loc 1 1193 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_345
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_345
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_345
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_342
.Lendwhile_343:
	.loc 1 1195 5
	# noteWatchEvent: const token = payload + pathEnd + 1;
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_346
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_346
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_346
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_346
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_346
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_346
	movq %rax, -32(%rbp)	# token
	.loc 1 1196 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# pathEnd
	subq %rdi, %rax	# -
	jo .Ltrap_347
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_347
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_347
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_347
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_347
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_347
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 1197 5
	# noteWatchEvent: if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_348
	movq -32(%rbp), %rax	# token
	movq -40(%rbp), %rdi	# tokenLength
	addq %rdi, %rax	# +
	jo .Ltrap_349
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_349
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_349
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_349
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_349
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_349
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_348
	.loc 1 1198 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_350
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_350
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_350
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_348:
	.loc 1 1200 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_351
	.loc 1 1201 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_351:
	.loc 1 1203 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring162(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_352
	.loc 1 1204 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_353
.Lelse_352:
	.loc 1 1205 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring163(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_354
	.loc 1 1206 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_355
.Lelse_354:
	.loc 1 1207 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SYSRQ)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring164(%rip), %rdx	# WATCH_TOKEN_SYSRQ
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_356
	.loc 1 1208 9
	# noteWatchEvent: sysrqWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	jmp .Lendif_357
.Lelse_356:
	.loc 1 1209 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TARGET)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring165(%rip), %rdx	# WATCH_TOKEN_TARGET
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_358
	.loc 1 1210 9
	# noteWatchEvent: targetWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	jmp .Lendif_359
.Lelse_358:
	.loc 1 1212 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring166(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 1213 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 1214 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_359:
.Lendif_357:
.Lendif_355:
.Lendif_353:
.Lreturn_341:
	leave
	ret
.Ltrap_344:
	leaq .Lstring167(%rip), %rdi	# trap: kernel.ts:1192:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_345:
	leaq .Lstring168(%rip), %rdi	# trap: kernel.ts:1193:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_346:
	leaq .Lstring169(%rip), %rdi	# trap: kernel.ts:1195:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_347:
	leaq .Lstring170(%rip), %rdi	# trap: kernel.ts:1196:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_349:
	leaq .Lstring171(%rip), %rdi	# trap: kernel.ts:1197:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_350:
	leaq .Lstring172(%rip), %rdi	# trap: kernel.ts:1198:23: integer result outside the exact range
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
	jge .Lelse_361
	.loc 1 1223 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_360
.Lelse_361:
	.loc 1 1225 5
	# storeReceiveMessage: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_362
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_362
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_362
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 1226 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_363
	.loc 1 1227 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring173(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 1228 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 1229 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring174(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 1230 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1231 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_360
.Lelse_363:
	.loc 1 1233 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_364
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_364
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_364
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 1234 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_365
	.loc 1 1235 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_360
.Lelse_365:
	.loc 1 1237 5
	# storeReceiveMessage: if (load32(storeMessage + XS_HEADER_TYPE) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_367
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_367
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_367
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_366
	.loc 1 1238 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_368
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_368
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_368
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 1239 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_360
.Lelse_366:
	.loc 1 1241 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_360:
	leave
	ret
.Ltrap_362:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1225:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_364:
	leaq .Lstring176(%rip), %rdi	# trap: kernel.ts:1233:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_367:
	leaq .Lstring177(%rip), %rdi	# trap: kernel.ts:1237:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_368:
	leaq .Lstring178(%rip), %rdi	# trap: kernel.ts:1238:24: integer result outside the exact range
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
	je .Lelse_370
	.loc 1 1250 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_369
.Lelse_370:
	.loc 1 1252 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 1253 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_371
	movq $1, %rax
	jmp .Lendcond_372
.Lelse_371:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_373
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_373
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_373
.Lendcond_372:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 1254 5
	# storeTransact: store32(storeRequest + XS_HEADER_REQ_ID, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_374
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_374
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_374
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1255 5
	# storeTransact: store32(storeRequest + XS_HEADER_TX_ID, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $8, %rdi	# XS_HEADER_TX_ID
	addq %rdi, %rax	# +
	jo .Ltrap_375
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_375
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_375
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1256 5
	# storeTransact: store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_376
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_376
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_376
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1257 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_377
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_377
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_377
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 1258 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_378
	.loc 1 1259 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_369
.Lelse_378:
	.loc 1 1261 5
	# storeTransact: while (true) {
.Lwhile_379:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_380
	.loc 1 1262 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 1263 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_381
	.loc 1 1264 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_369
.Lelse_381:
	.loc 1 1266 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_382
	.loc 1 1267 13
	# storeTransact: continue;
	jmp .Lwhile_379
.Lelse_382:
	.loc 1 1269 9
	# storeTransact: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_383
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_383
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_383
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 1270 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_REQ_ID) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_385
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_385
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_385
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# requestId
	cmpq %rdi, %rax
	je .Lelse_384
	.loc 1 1271 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring179(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 1272 13
	# storeTransact: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_386
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_386
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_386
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1273 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring180(%rip), %rdi	# " while waiting for "
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
	jmp .Lwhile_379
.Lelse_384:
	.loc 1 1278 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_388
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_388
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_388
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_387
	.loc 1 1279 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_389
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_389
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_389
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_369
.Lelse_387:
	.loc 1 1281 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_390
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_390
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_390
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
	jmp .Lreturn_369
	jmp .Lwhile_379
.Lendwhile_380:
.Lreturn_369:
	leave
	ret
.Ltrap_373:
	leaq .Lstring181(%rip), %rdi	# trap: kernel.ts:1253:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_374:
	leaq .Lstring182(%rip), %rdi	# trap: kernel.ts:1254:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_375:
	leaq .Lstring183(%rip), %rdi	# trap: kernel.ts:1255:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_376:
	leaq .Lstring184(%rip), %rdi	# trap: kernel.ts:1256:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_377:
	leaq .Lstring185(%rip), %rdi	# trap: kernel.ts:1257:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_383:
	leaq .Lstring186(%rip), %rdi	# trap: kernel.ts:1269:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_385:
	leaq .Lstring187(%rip), %rdi	# trap: kernel.ts:1270:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_386:
	leaq .Lstring188(%rip), %rdi	# trap: kernel.ts:1272:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_388:
	leaq .Lstring189(%rip), %rdi	# trap: kernel.ts:1278:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_389:
	leaq .Lstring190(%rip), %rdi	# trap: kernel.ts:1279:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_390:
	leaq .Lstring191(%rip), %rdi	# trap: kernel.ts:1281:31: integer result outside the exact range
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
.Lwhile_392:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_393
	.loc 1 1291 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 1292 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_394
	.loc 1 1293 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_391
.Lelse_394:
	.loc 1 1295 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1296 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_395
	.loc 1 1297 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_391
.Lelse_395:
	.loc 1 1299 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_396
	.loc 1 1300 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring192(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 1301 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_397
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_397
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_397
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1302 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_396:
	jmp .Lwhile_392
.Lendwhile_393:
.Lreturn_391:
	leave
	ret
.Ltrap_397:
	leaq .Lstring193(%rip), %rdi	# trap: kernel.ts:1301:33: integer result outside the exact range
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
	jge .Lelse_399
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_400
.Lelse_399:
	movq $0, %rax
.Lendcond_400:
.Lreturn_398:
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
.Lreturn_401:
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
.Lreturn_402:
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
.Lreturn_403:
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
.Lreturn_404:
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
.Lreturn_405:
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
.Lreturn_406:
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
.Lreturn_407:
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
.Lreturn_408:
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
	leaq .Lstring194(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 1383 5
	# readDomainId: return length >= 0 ? decimalFromBytes(storeReply, length) : -1;
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jl .Lelse_410
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# length
	call fn.decimalFromBytes
	jmp .Lendcond_411
.Lelse_410:
	movq $-1, %rax
.Lendcond_411:
.Lreturn_409:
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
	leaq .Lstring195(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1391 5
	# logPathError: log(storeErrorName(error));
	movq -24(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_412:
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
	je .Lcase_415
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_416
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_417
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_418
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_419
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_420
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_421
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_422
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_423
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_424
	jmp .Lcase_425
.Lcase_415:
	.loc 1 1515 31
	# actionName: return "poweroff";
	leaq .Lstring196(%rip), %rax	# "poweroff"
	jmp .Lreturn_413
.Lcase_416:
	.loc 1 1516 29
	# actionName: return "reboot";
	leaq .Lstring197(%rip), %rax	# "reboot"
	jmp .Lreturn_413
.Lcase_417:
	.loc 1 1517 27
	# actionName: return "halt";
	leaq .Lstring198(%rip), %rax	# "halt"
	jmp .Lreturn_413
.Lcase_418:
	.loc 1 1518 28
	# actionName: return "crash";
	leaq .Lstring199(%rip), %rax	# "crash"
	jmp .Lreturn_413
.Lcase_419:
	.loc 1 1519 30
	# actionName: return "suspend";
	leaq .Lstring200(%rip), %rax	# "suspend"
	jmp .Lreturn_413
.Lcase_420:
	.loc 1 1520 29
	# actionName: return "ignore";
	leaq .Lstring201(%rip), %rax	# "ignore"
	jmp .Lreturn_413
.Lcase_421:
	.loc 1 1521 27
	# actionName: return "hang";
	leaq .Lstring202(%rip), %rax	# "hang"
	jmp .Lreturn_413
.Lcase_422:
	.loc 1 1522 27
	# actionName: return "spin";
	leaq .Lstring203(%rip), %rax	# "spin"
	jmp .Lreturn_413
.Lcase_423:
	.loc 1 1523 31
	# actionName: return "watchdog";
	leaq .Lstring204(%rip), %rax	# "watchdog"
	jmp .Lreturn_413
.Lcase_424:
	.loc 1 1524 33
	# actionName: return "soft-reset";
	leaq .Lstring205(%rip), %rax	# "soft-reset"
	jmp .Lreturn_413
.Lcase_425:
	.loc 1 1525 18
	# actionName: return "none";
	leaq .Lstring206(%rip), %rax	# "none"
	jmp .Lreturn_413
.Lendswitch_414:
.Lreturn_413:
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
.Lfor_427:
	movq -24(%rbp), %rax	# action
	cmpq $10, %rax	# compare with ACTION_LAST
	jg .Lendfor_429
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
	je .Lelse_430
	.loc 1 1533 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_426
.Lelse_430:
.Lfornext_428:
	.loc 1 1531 63
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_431
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_431
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_427
.Lendfor_429:
	.loc 1 1536 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_426:
	leave
	ret
.Ltrap_431:
	leaq .Lstring207(%rip), %rdi	# trap: kernel.ts:1531:63: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
	jne .Lelse_433
	movq $0, %rax
	jmp .Lendcond_434
.Lelse_433:
	movq -8(%rbp), %rax	# seconds
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_435
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_435
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_435
.Lendcond_434:
.Lreturn_432:
	leave
	ret
.Ltrap_435:
	leaq .Lstring208(%rip), %rdi	# trap: kernel.ts:1550:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
	leaq .Lstring209(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1570 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1571 5
	# setOverride: resultAppend("override set: ");
	leaq .Lstring209(%rip), %rdi	# "override set: "
	call fn.resultAppend
	.loc 1 1572 5
	# setOverride: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_436:
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
	je .Lelse_438
	.loc 1 1581 9
	# setTimer: print("timer replaced: ");
	leaq .Lstring210(%rip), %rdi	# "timer replaced: "
	call fn.print
	.loc 1 1582 9
	# setTimer: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lelse_438:
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
	leaq .Lstring211(%rip), %rdi	# "timer set: "
	call fn.resultAppend
	.loc 1 1588 5
	# setTimer: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 1589 5
	# setTimer: print("timer set: ");
	leaq .Lstring211(%rip), %rdi	# "timer set: "
	call fn.print
	.loc 1 1590 5
	# setTimer: print(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1591 5
	# setTimer: print(" in ");
	leaq .Lstring212(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1592 5
	# setTimer: printDecimal(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.printDecimal
	.loc 1 1593 5
	# setTimer: log(" s");
	leaq .Lstring213(%rip), %rdi	# " s"
	call fn.log
.Lreturn_437:
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
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_440
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_440
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_440
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
.Lreturn_439:
	leave
	ret
.Ltrap_440:
	leaq .Lstring214(%rip), %rdi	# trap: kernel.ts:1620:15: integer result outside the exact range
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
.Lreturn_441:
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
	je .Lendlogic_444
	movq -8(%rbp), %rax	# record
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_445
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_445
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_444:
	testq %rax, %rax
	je .Lendlogic_443
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_446
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_446
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_446
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.bytesMatch
.Lendlogic_443:
.Lreturn_442:
	leave
	ret
.Ltrap_445:
	leaq .Lstring215(%rip), %rdi	# trap: kernel.ts:1628:26: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_446:
	leaq .Lstring216(%rip), %rdi	# trap: kernel.ts:1628:66: integer result outside the exact range
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
	je .Lelse_448
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_448
	.loc 1 1647 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring217(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1648 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_447
.Lelse_448:
	.loc 1 1650 5
	# alreadyHandled: remember(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.remember
	.loc 1 1651 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_447:
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
	jne .Lelse_450
	.loc 1 1659 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_449
.Lelse_450:
	.loc 1 1661 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_451
	.loc 1 1662 9
	# readControlKey: logPathError("xenstore: cannot read ", path, length);
	leaq .Lstring218(%rip), %rdi	# "xenstore: cannot read "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# length
	call fn.logPathError
	.loc 1 1663 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_449
.Lelse_451:
	.loc 1 1665 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_452
	.loc 1 1666 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_449
.Lelse_452:
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
	leaq .Lstring219(%rip), %rdi	# " = "
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
.Lreturn_449:
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
	jge .Lelse_454
	.loc 1 1680 9
	# acknowledge: logPathError("ack failed: ", path, result);
	leaq .Lstring220(%rip), %rdi	# "ack failed: "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_454:
.Lreturn_453:
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
	leaq .Lstring221(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_456
	.loc 1 1690 9
	# handleShutdownRequest: return;
	jmp .Lreturn_455
.Lelse_456:
	.loc 1 1692 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_457
	.loc 1 1693 9
	# handleShutdownRequest: return;
	jmp .Lreturn_455
.Lelse_457:
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
	je .Lelse_458
	.loc 1 1697 9
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1698 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring222(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1699 9
	# handleShutdownRequest: return;
	jmp .Lreturn_455
.Lelse_458:
	.loc 1 1701 5
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1702 5
	# handleShutdownRequest: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_459
	.loc 1 1703 9
	# handleShutdownRequest: log("busy with a delayed response; request ignored");
	leaq .Lstring223(%rip), %rdi	# "busy with a delayed response; request i
	call fn.log
	.loc 1 1704 9
	# handleShutdownRequest: return;
	jmp .Lreturn_455
.Lelse_459:
	.loc 1 1706 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_460
	.loc 1 1707 9
	# handleShutdownRequest: startResponse();
	call fn.startResponse
	.loc 1 1708 9
	# handleShutdownRequest: return;
	jmp .Lreturn_455
.Lelse_460:
	.loc 1 1710 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring221(%rip), %rdi	# "control/shutdown"
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
	je .Lskip_462
	movq -16(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_461
.Lskip_462:
	.loc 1 1713 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring224(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1714 9
	# handleShutdownRequest: return;
	jmp .Lreturn_455
.Lelse_461:
	.loc 1 1716 5
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_455:
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
	leaq .Lstring225(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1728 5
	# startResponse: print(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1729 5
	# startResponse: log(" replaces the request");
	leaq .Lstring226(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1730 5
	# startResponse: if (overrideAckDelay > 0) {
	movq var.overrideAckDelay(%rip), %rax	# overrideAckDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_464
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
	leaq .Lstring227(%rip), %rdi	# "acknowledging in "
	call fn.print
	.loc 1 1734 9
	# startResponse: printDecimal(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.printDecimal
	.loc 1 1735 9
	# startResponse: log(" s");
	leaq .Lstring213(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1736 9
	# startResponse: return;
	jmp .Lreturn_463
.Lelse_464:
	.loc 1 1738 5
	# startResponse: acknowledgeThenAct();
	call fn.acknowledgeThenAct
.Lreturn_463:
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
	jle .Lelse_466
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
	leaq .Lstring228(%rip), %rdi	# "acting in "
	call fn.print
	.loc 1 1747 9
	# acknowledgeThenAct: printDecimal(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.printDecimal
	.loc 1 1748 9
	# acknowledgeThenAct: log(" s");
	leaq .Lstring213(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1749 9
	# acknowledgeThenAct: return;
	jmp .Lreturn_465
.Lelse_466:
	.loc 1 1751 5
	# acknowledgeThenAct: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1752 5
	# acknowledgeThenAct: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
.Lreturn_465:
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
	jne .Lelse_468
	.loc 1 1757 9
	# acknowledgeShutdownPerResponse: acknowledge("control/shutdown");
	leaq .Lstring221(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_469
.Lelse_468:
	.loc 1 1758 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_NONE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_470
	.loc 1 1759 9
	# acknowledgeShutdownPerResponse: log("request left in place, as the override asked");
	leaq .Lstring229(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_471
.Lelse_470:
	.loc 1 1760 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_DELETE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_472
	.loc 1 1761 9
	# acknowledgeShutdownPerResponse: const result = storeRemove("control/shutdown");
	leaq .Lstring221(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1762 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_473
	.loc 1 1763 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring220(%rip), %rdi	# "ack failed: "
	leaq .Lstring221(%rip), %rsi	# "control/shutdown"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_473:
	jmp .Lendif_474
.Lelse_472:
	.loc 1 1766 9
	# acknowledgeShutdownPerResponse: const result = storeWrite("control/shutdown", responseAckText, respon...
	leaq .Lstring221(%rip), %rdi	# "control/shutdown"
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1767 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_475
	.loc 1 1768 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring220(%rip), %rdi	# "ack failed: "
	leaq .Lstring221(%rip), %rsi	# "control/shutdown"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
	jmp .Lendif_476
.Lelse_475:
	.loc 1 1770 13
	# acknowledgeShutdownPerResponse: remember(ownShutdownAck, responseAckText, responseAckLength);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.remember
.Lendif_476:
.Lendif_474:
.Lendif_471:
.Lendif_469:
.Lreturn_467:
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
	je .Lelse_478
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_478
	.loc 1 1781 9
	# countDownOneSecond: timerTicksLeft = timerTicksLeft - 1;
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_479
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_479
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_479
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1782 9
	# countDownOneSecond: if (timerTicksLeft > 0) {
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_480
	.loc 1 1783 13
	# countDownOneSecond: print("timer: ");
	leaq .Lstring230(%rip), %rdi	# "timer: "
	call fn.print
	.loc 1 1784 13
	# countDownOneSecond: print(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1785 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring212(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1786 13
	# countDownOneSecond: printDecimal(timerTicksLeft);
	movq var.timerTicksLeft(%rip), %rdi	# timerTicksLeft
	call fn.printDecimal
	.loc 1 1787 13
	# countDownOneSecond: log(" s");
	leaq .Lstring213(%rip), %rdi	# " s"
	call fn.log
.Lelse_480:
.Lelse_478:
	.loc 1 1790 5
	# countDownOneSecond: if (responsePhase !== RESPONSE_NONE && responseTicksLeft > 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_481
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_481
	.loc 1 1791 9
	# countDownOneSecond: responseTicksLeft = responseTicksLeft - 1;
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_482
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_482
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_482
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1792 9
	# countDownOneSecond: if (responseTicksLeft > 0) {
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_483
	.loc 1 1793 13
	# countDownOneSecond: print("response: ");
	leaq .Lstring231(%rip), %rdi	# "response: "
	call fn.print
	.loc 1 1794 13
	# countDownOneSecond: print(responsePhase === RESPONSE_ACKING ? "acknowledging" : actionNam...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_484
	leaq .Lstring232(%rip), %rax	# "acknowledging"
	jmp .Lendcond_485
.Lelse_484:
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
.Lendcond_485:
	movq %rax, %rdi
	call fn.print
	.loc 1 1795 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring212(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1796 13
	# countDownOneSecond: printDecimal(responseTicksLeft);
	movq var.responseTicksLeft(%rip), %rdi	# responseTicksLeft
	call fn.printDecimal
	.loc 1 1797 13
	# countDownOneSecond: log(" s");
	leaq .Lstring213(%rip), %rdi	# " s"
	call fn.log
.Lelse_483:
.Lelse_481:
.Lreturn_477:
	leave
	ret
.Ltrap_479:
	leaq .Lstring233(%rip), %rdi	# trap: kernel.ts:1781:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_482:
	leaq .Lstring234(%rip), %rdi	# trap: kernel.ts:1791:29: integer result outside the exact range
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
	jne .Lelse_487
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_487
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
	jmp .Lreturn_486
.Lelse_487:
	.loc 1 1809 5
	# runDueCounts: if (responsePhase === RESPONSE_ACTING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $2, %rax	# compare with RESPONSE_ACTING
	jne .Lelse_488
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_488
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
	jmp .Lreturn_486
.Lelse_488:
	.loc 1 1815 5
	# runDueCounts: if (timerAction !== ACTION_NONE && timerTicksLeft === 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_489
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_489
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
	leaq .Lstring235(%rip), %rdi	# "timer fired: "
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
	jmp .Lreturn_486
.Lelse_489:
	.loc 1 1824 5
	# runDueCounts: return false;
	movq $0, %rax	# false
.Lreturn_486:
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
	leaq .Lstring236(%rip), %rdi	# "control/sysrq"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_491
	.loc 1 1833 9
	# handleSysrq: return;
	jmp .Lreturn_490
.Lelse_491:
	.loc 1 1835 5
	# handleSysrq: if (alreadyHandled(guard, lastSysrqValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastSysrqValue(%rip), %rsi	# lastSysrqValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_492
	.loc 1 1836 9
	# handleSysrq: return;
	jmp .Lreturn_490
.Lelse_492:
	.loc 1 1838 5
	# handleSysrq: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1839 5
	# handleSysrq: acknowledge("control/sysrq");
	leaq .Lstring236(%rip), %rdi	# "control/sysrq"
	call fn.acknowledge
	.loc 1 1840 5
	# handleSysrq: if (commandLength !== 1) {
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $1, %rax	# compare with 1
	je .Lelse_493
	.loc 1 1841 9
	# handleSysrq: logBogus(BOGUS_SYSRQ_NOT_ONE_KEY);
	movq $19, %rdi	# BOGUS_SYSRQ_NOT_ONE_KEY
	call fn.logBogus
	.loc 1 1842 9
	# handleSysrq: return;
	jmp .Lreturn_490
.Lelse_493:
	.loc 1 1844 5
	# handleSysrq: const key = load8(commandValue);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# key
	.loc 1 1845 5
	# handleSysrq: print("sysrq: ");
	leaq .Lstring237(%rip), %rdi	# "sysrq: "
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
	jne .Lelse_494
	.loc 1 1849 9
	# handleSysrq: action = ACTION_CRASH;
	movq $4, %rax	# ACTION_CRASH
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_495
.Lelse_494:
	.loc 1 1850 12
	# handleSysrq: if (key === 98) {             // 'b'
	movq -16(%rbp), %rax	# key
	cmpq $98, %rax	# compare with 98
	jne .Lelse_496
	.loc 1 1851 9
	# handleSysrq: action = ACTION_REBOOT;
	movq $2, %rax	# ACTION_REBOOT
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_497
.Lelse_496:
	.loc 1 1852 12
	# handleSysrq: if (key === 111) {            // 'o'
	movq -16(%rbp), %rax	# key
	cmpq $111, %rax	# compare with 111
	jne .Lelse_498
	.loc 1 1853 9
	# handleSysrq: action = ACTION_POWEROFF;
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action =
.Lelse_498:
.Lendif_497:
.Lendif_495:
	.loc 1 1855 5
	# handleSysrq: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_499
	.loc 1 1856 9
	# handleSysrq: log(" (no action)");
	leaq .Lstring238(%rip), %rdi	# " (no action)"
	call fn.log
	.loc 1 1857 9
	# handleSysrq: return;
	jmp .Lreturn_490
.Lelse_499:
	.loc 1 1859 5
	# handleSysrq: endLine();
	call fn.endLine
	.loc 1 1860 5
	# handleSysrq: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_490:
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
	je .Lcase_502
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_503
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_504
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_505
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_506
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_507
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_508
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_509
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_510
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_511
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_512
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_513
	cmpq $13, %rax	# case BOGUS_AFTER_FORM
	je .Lcase_514
	cmpq $14, %rax	# case BOGUS_SECONDS
	je .Lcase_515
	cmpq $15, %rax	# case BOGUS_DELAY_NOT_SECONDS
	je .Lcase_516
	cmpq $16, %rax	# case BOGUS_ACK_DELAY_NOT_SECONDS
	je .Lcase_517
	cmpq $17, %rax	# case BOGUS_ACK_DELAY_NOW
	je .Lcase_518
	cmpq $18, %rax	# case BOGUS_SUSPEND_CHANNEL_MODE
	je .Lcase_519
	cmpq $19, %rax	# case BOGUS_SYSRQ_NOT_ONE_KEY
	je .Lcase_520
	cmpq $20, %rax	# case BOGUS_FEATURE_FORM
	je .Lcase_521
	cmpq $21, %rax	# case BOGUS_BALLOON_FORM
	je .Lcase_522
	jmp .Lcase_523
.Lcase_502:
	.loc 1 1889 29
	# bogusReason: return "expected now:, next:, after:, cancel, suspend-channel:, agent...
	leaq .Lstring239(%rip), %rax	# "expected now:, next:, after:, cancel, s
	jmp .Lreturn_500
.Lcase_503:
	.loc 1 1890 36
	# bogusReason: return "unknown action";
	leaq .Lstring240(%rip), %rax	# "unknown action"
	jmp .Lreturn_500
.Lcase_504:
	.loc 1 1891 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring241(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_500
.Lcase_505:
	.loc 1 1892 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring242(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_500
.Lcase_506:
	.loc 1 1893 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring243(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_500
.Lcase_507:
	.loc 1 1894 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring244(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_500
.Lcase_508:
	.loc 1 1895 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring245(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_500
.Lcase_509:
	.loc 1 1896 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring246(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_500
.Lcase_510:
	.loc 1 1897 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring247(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_500
.Lcase_511:
	.loc 1 1898 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring248(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_500
.Lcase_512:
	.loc 1 1899 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring249(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_500
.Lcase_513:
	.loc 1 1900 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring250(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_500
.Lcase_514:
	.loc 1 1901 32
	# bogusReason: return "after: expects after:<seconds>:<action>";
	leaq .Lstring251(%rip), %rax	# "after: expects after:<seconds>:<action>
	jmp .Lreturn_500
.Lcase_515:
	.loc 1 1902 29
	# bogusReason: return "seconds must be a whole number from 0 to 86400";
	leaq .Lstring252(%rip), %rax	# "seconds must be a whole number from 0 t
	jmp .Lreturn_500
.Lcase_516:
	.loc 1 1903 39
	# bogusReason: return "member \"delay\" is not a whole number of seconds from 0 to 8...
	leaq .Lstring253(%rip), %rax	# "member \"delay\" is not a whole number 
	jmp .Lreturn_500
.Lcase_517:
	.loc 1 1904 43
	# bogusReason: return "member \"ackDelay\" is not a whole number of seconds from 0 t...
	leaq .Lstring254(%rip), %rax	# "member \"ackDelay\" is not a whole numb
	jmp .Lreturn_500
.Lcase_518:
	.loc 1 1905 35
	# bogusReason: return "\"ackDelay\" needs \"when\":\"onshutdown\"";
	leaq .Lstring255(%rip), %rax	# "\"ackDelay\" needs \"when\":\"onshutdow
	jmp .Lreturn_500
.Lcase_519:
	.loc 1 1906 42
	# bogusReason: return "unknown suspend-channel mode";
	leaq .Lstring256(%rip), %rax	# "unknown suspend-channel mode"
	jmp .Lreturn_500
.Lcase_520:
	.loc 1 1907 39
	# bogusReason: return "control/sysrq must be one key";
	leaq .Lstring257(%rip), %rax	# "control/sysrq must be one key"
	jmp .Lreturn_500
.Lcase_521:
	.loc 1 1908 34
	# bogusReason: return "feature: expects feature:<name>:on|off|absent";
	leaq .Lstring258(%rip), %rax	# "feature: expects feature:<name>:on|off|
	jmp .Lreturn_500
.Lcase_522:
	.loc 1 1909 34
	# bogusReason: return "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<pe...
	leaq .Lstring259(%rip), %rax	# "balloon: expects balloon:obey|refuse|sl
	jmp .Lreturn_500
.Lcase_523:
	.loc 1 1910 18
	# bogusReason: return "unreadable command";
	leaq .Lstring260(%rip), %rax	# "unreadable command"
	jmp .Lreturn_500
.Lendswitch_501:
.Lreturn_500:
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
	leaq .Lstring261(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1916 5
	# logBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_524:
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
	leaq .Lstring261(%rip), %rdi	# "bogus command: "
	call fn.resultAppend
	.loc 1 1923 5
	# reportBogus: resultAppend(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_525:
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
	jle .Lelse_527
	.loc 1 1930 9
	# secondsFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_526
.Lelse_527:
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
	jle .Lelse_528
	movq $-1, %rax
	jmp .Lendcond_529
.Lelse_528:
	movq -24(%rbp), %rax	# value
.Lendcond_529:
.Lreturn_526:
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
	leaq .Lstring262(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_531
	.loc 1 1940 9
	# handleTestingCommand: return;
	jmp .Lreturn_530
.Lelse_531:
	.loc 1 1942 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_532
	.loc 1 1943 9
	# handleTestingCommand: return;
	jmp .Lreturn_530
.Lelse_532:
	.loc 1 1945 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring262(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1946 5
	# handleTestingCommand: obeyCommand();
	call fn.obeyCommand
.Lreturn_530:
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
.Lwhile_534:
	movq -8(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_535
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -8(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_536
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_536
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_536
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_535
	.loc 1 1955 9
	# obeyCommand: start = start + 1;
	movq -8(%rbp), %rax	# start
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_537
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_537
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_537
	movq %rax, -8(%rbp)	# start =
	jmp .Lwhile_534
.Lendwhile_535:
	.loc 1 1957 5
	# obeyCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -8(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lelse_538
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -8(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_539
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_539
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_539
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_538
	.loc 1 1958 9
	# obeyCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1959 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_538:
	.loc 1 1961 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring263(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_540
	.loc 1 1962 9
	# obeyCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_541
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_541
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_541
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $4, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_542
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_542
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_542
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1963 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_543
	.loc 1 1964 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1965 13
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_543:
	.loc 1 1967 9
	# obeyCommand: resultAppend("action: ");
	leaq .Lstring264(%rip), %rdi	# "action: "
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
	jmp .Lreturn_533
.Lelse_540:
	.loc 1 1972 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring265(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_544
	.loc 1 1973 9
	# obeyCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $5, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_545
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_545
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_545
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_546
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_546
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_546
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1974 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_547
	.loc 1 1975 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1976 13
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_547:
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
	jmp .Lreturn_533
.Lelse_544:
	.loc 1 1981 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "after:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring266(%rip), %rdx	# "after:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_548
	.loc 1 1982 9
	# obeyCommand: handleAfter();
	call fn.handleAfter
	.loc 1 1983 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_548:
	.loc 1 1985 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "cancel")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring267(%rip), %rdx	# "cancel"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_549
	.loc 1 1986 9
	# obeyCommand: cancelEverything();
	call fn.cancelEverything
	.loc 1 1987 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_549:
	.loc 1 1989 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "suspend-channel:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring268(%rip), %rdx	# "suspend-channel:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_550
	.loc 1 1990 9
	# obeyCommand: const mode = suspendChannelModeFromBytes(commandValue + 16, commandLe...
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_551
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_551
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_551
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $16, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_552
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_552
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_552
	movq %rax, %rsi
	popq %rdi
	call fn.suspendChannelModeFromBytes
	movq %rax, -32(%rbp)	# mode
	.loc 1 1991 9
	# obeyCommand: if (mode < 0) {
	movq -32(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with 0
	jge .Lelse_553
	.loc 1 1992 13
	# obeyCommand: reportBogus(BOGUS_SUSPEND_CHANNEL_MODE);
	movq $18, %rdi	# BOGUS_SUSPEND_CHANNEL_MODE
	call fn.reportBogus
	.loc 1 1993 13
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_553:
	.loc 1 1995 9
	# obeyCommand: setSuspendChannel(mode);
	movq -32(%rbp), %rdi	# mode
	call fn.setSuspendChannel
	.loc 1 1996 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_550:
	.loc 1 1998 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:on")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring269(%rip), %rdx	# "agent:on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_554
	.loc 1 1999 9
	# obeyCommand: setAgent(true);
	movq $1, %rdi	# true
	call fn.setAgent
	.loc 1 2000 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_554:
	.loc 1 2002 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:off")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring270(%rip), %rdx	# "agent:off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_555
	.loc 1 2003 9
	# obeyCommand: setAgent(false);
	movq $0, %rdi	# false
	call fn.setAgent
	.loc 1 2004 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_555:
	.loc 1 2006 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "feature:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring271(%rip), %rdx	# "feature:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_556
	.loc 1 2007 9
	# obeyCommand: handleFeature();
	call fn.handleFeature
	.loc 1 2008 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_556:
	.loc 1 2010 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "cant-suspend:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring272(%rip), %rdx	# "cant-suspend:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_557
	.loc 1 2011 9
	# obeyCommand: handleCantSuspend();
	call fn.handleCantSuspend
	.loc 1 2012 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_557:
	.loc 1 2014 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "balloon:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring273(%rip), %rdx	# "balloon:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_558
	.loc 1 2015 9
	# obeyCommand: handleBalloonCommand();
	call fn.handleBalloonCommand
	.loc 1 2016 9
	# obeyCommand: return;
	jmp .Lreturn_533
.Lelse_558:
	.loc 1 2018 5
	# obeyCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_533:
	leave
	ret
.Ltrap_536:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:1954:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_537:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:1955:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_539:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:1957:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_541:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:1962:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_542:
	leaq .Lstring278(%rip), %rdi	# trap: kernel.ts:1962:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_545:
	leaq .Lstring279(%rip), %rdi	# trap: kernel.ts:1973:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_546:
	leaq .Lstring280(%rip), %rdi	# trap: kernel.ts:1973:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_551:
	leaq .Lstring281(%rip), %rdi	# trap: kernel.ts:1990:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_552:
	leaq .Lstring282(%rip), %rdi	# trap: kernel.ts:1990:69: integer result outside the exact range
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
	movq $6, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_560
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_560
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_560
	movq %rax, -8(%rbp)	# seconds
	.loc 1 2024 5
	# handleAfter: let secondsLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# secondsLength
	.loc 1 2025 5
	# handleAfter: while (6 + secondsLength < commandLength && load8(seconds + secondsLe...
.Lwhile_561:
	movq $6, %rax
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_563
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_563
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_563
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_562
	movq -8(%rbp), %rax	# seconds
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_564
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_564
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_564
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lendwhile_562
	.loc 1 2026 9
	# handleAfter: secondsLength = secondsLength + 1;
	movq -16(%rbp), %rax	# secondsLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_565
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_565
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_565
	movq %rax, -16(%rbp)	# secondsLength =
	jmp .Lwhile_561
.Lendwhile_562:
	.loc 1 2028 5
	# handleAfter: const actionLength = commandLength - 6 - secondsLength - 1;
	movq var.commandLength(%rip), %rax	# commandLength
	movq $6, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_566
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_566
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_566
	movq -16(%rbp), %rdi	# secondsLength
	subq %rdi, %rax	# -
	jo .Ltrap_566
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_566
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_566
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_566
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_566
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_566
	movq %rax, -24(%rbp)	# actionLength
	.loc 1 2029 5
	# handleAfter: if (secondsLength === 0 || actionLength <= 0) {
	movq -16(%rbp), %rax	# secondsLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_568
	movq -24(%rbp), %rax	# actionLength
	cmpq $0, %rax	# compare with 0
	jg .Lelse_567
.Lskip_568:
	.loc 1 2030 9
	# handleAfter: reportBogus(BOGUS_AFTER_FORM);
	movq $13, %rdi	# BOGUS_AFTER_FORM
	call fn.reportBogus
	.loc 1 2031 9
	# handleAfter: return;
	jmp .Lreturn_559
.Lelse_567:
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
	jge .Lelse_569
	.loc 1 2035 9
	# handleAfter: reportBogus(BOGUS_SECONDS);
	movq $14, %rdi	# BOGUS_SECONDS
	call fn.reportBogus
	.loc 1 2036 9
	# handleAfter: return;
	jmp .Lreturn_559
.Lelse_569:
	.loc 1 2038 5
	# handleAfter: const action = actionFromBytes(seconds + secondsLength + 1, actionLen...
	movq -8(%rbp), %rax	# seconds
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_570
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_570
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_570
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_570
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_570
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_570
	movq %rax, %rdi
	movq -24(%rbp), %rsi	# actionLength
	call fn.actionFromBytes
	movq %rax, -40(%rbp)	# action
	.loc 1 2039 5
	# handleAfter: if (action === ACTION_NONE) {
	movq -40(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_571
	.loc 1 2040 9
	# handleAfter: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2041 9
	# handleAfter: return;
	jmp .Lreturn_559
.Lelse_571:
	.loc 1 2043 5
	# handleAfter: setTimer(action, count);
	movq -40(%rbp), %rdi	# action
	movq -32(%rbp), %rsi	# count
	call fn.setTimer
.Lreturn_559:
	leave
	ret
.Ltrap_560:
	leaq .Lstring283(%rip), %rdi	# trap: kernel.ts:2023:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_563:
	leaq .Lstring284(%rip), %rdi	# trap: kernel.ts:2025:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_564:
	leaq .Lstring285(%rip), %rdi	# trap: kernel.ts:2025:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_565:
	leaq .Lstring286(%rip), %rdi	# trap: kernel.ts:2026:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_566:
	leaq .Lstring287(%rip), %rdi	# trap: kernel.ts:2028:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_570:
	leaq .Lstring288(%rip), %rdi	# trap: kernel.ts:2038:36: integer result outside the exact range
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
	je .Lelse_573
	.loc 1 2049 9
	# cancelEverything: print("override cancelled: ");
	leaq .Lstring289(%rip), %rdi	# "override cancelled: "
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
.Lelse_573:
	.loc 1 2054 5
	# cancelEverything: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_574
	.loc 1 2055 9
	# cancelEverything: print("timer cancelled: ");
	leaq .Lstring290(%rip), %rdi	# "timer cancelled: "
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
.Lelse_574:
	.loc 1 2060 5
	# cancelEverything: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_575
	.loc 1 2061 9
	# cancelEverything: print("delayed response cancelled: ");
	leaq .Lstring291(%rip), %rdi	# "delayed response cancelled: "
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
.Lelse_575:
	.loc 1 2066 5
	# cancelEverything: if (!dropped) {
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	jne .Lelse_576
	.loc 1 2067 9
	# cancelEverything: log("cancel: nothing was pending");
	leaq .Lstring292(%rip), %rdi	# "cancel: nothing was pending"
	call fn.log
.Lelse_576:
	.loc 1 2069 5
	# cancelEverything: resultAppend(dropped ? "cancelled" : "nothing was pending");
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	je .Lelse_577
	leaq .Lstring293(%rip), %rax	# "cancelled"
	jmp .Lendcond_578
.Lelse_577:
	leaq .Lstring294(%rip), %rax	# "nothing was pending"
.Lendcond_578:
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_572:
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
	je .Lelse_580
	.loc 1 2078 9
	# handleJsonCommand: reportBogus(refusal);
	movq -8(%rbp), %rdi	# refusal
	call fn.reportBogus
	.loc 1 2079 9
	# handleJsonCommand: return;
	jmp .Lreturn_579
.Lelse_580:
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
	jne .Lelse_581
	.loc 1 2083 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2084 9
	# handleJsonCommand: return;
	jmp .Lreturn_579
.Lelse_581:
	.loc 1 2086 5
	# handleJsonCommand: const delay = jsonDelay < 0 ? 0 : jsonDelay;
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jge .Lelse_582
	movq $0, %rax
	jmp .Lendcond_583
.Lelse_582:
	movq var.jsonDelay(%rip), %rax	# jsonDelay
.Lendcond_583:
	movq %rax, -24(%rbp)	# delay
	.loc 1 2087 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring295(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_584
	.loc 1 2088 9
	# handleJsonCommand: if (jsonAckDelay >= 0) {
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_585
	.loc 1 2089 13
	# handleJsonCommand: reportBogus(BOGUS_ACK_DELAY_NOW);
	movq $17, %rdi	# BOGUS_ACK_DELAY_NOW
	call fn.reportBogus
	jmp .Lendif_586
.Lelse_585:
	.loc 1 2090 16
	# handleJsonCommand: if (jsonDelay >= 0) {
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_587
	.loc 1 2091 13
	# handleJsonCommand: setTimer(action, delay);
	movq -16(%rbp), %rdi	# action
	movq -24(%rbp), %rsi	# delay
	call fn.setTimer
	jmp .Lendif_588
.Lelse_587:
	.loc 1 2093 13
	# handleJsonCommand: resultAppend("action: ");
	leaq .Lstring264(%rip), %rdi	# "action: "
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
.Lendif_588:
.Lendif_586:
	.loc 1 2097 9
	# handleJsonCommand: return;
	jmp .Lreturn_579
.Lelse_584:
	.loc 1 2099 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring296(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_589
	.loc 1 2100 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 2101 9
	# handleJsonCommand: return;
	jmp .Lreturn_579
.Lelse_589:
	.loc 1 2103 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -32(%rbp)	# ackMode
	.loc 1 2104 5
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring297(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_590
	.loc 1 2105 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_591
.Lelse_590:
	.loc 1 2106 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring206(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_592
	.loc 1 2107 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_593
.Lelse_592:
	.loc 1 2108 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring298(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_594
	.loc 1 2109 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -32(%rbp)	# ackMode =
.Lelse_594:
.Lendif_593:
.Lendif_591:
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
	jge .Lelse_595
	movq $0, %rax
	jmp .Lendcond_596
.Lelse_595:
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
.Lendcond_596:
	movq %rax, %r8
	popq %rcx
	popq %rdx
	popq %rsi
	popq %rdi
	movq -24(%rbp), %r9	# delay
	call fn.setOverride
.Lreturn_579:
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
	jne .Lelse_598
	.loc 1 2125 9
	# commandLineAddress: return startInfo + START_INFO_CMD_LINE;
	movq var.startInfo(%rip), %rax	# startInfo
	movq $128, %rdi	# START_INFO_CMD_LINE
	addq %rdi, %rax	# +
	jo .Ltrap_599
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_599
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_599
	jmp .Lreturn_597
.Lelse_598:
	.loc 1 2127 5
	# commandLineAddress: const address = load64(hvmStartInfo + HVM_START_INFO_CMDLINE_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $24, %rdi	# HVM_START_INFO_CMDLINE_PADDR
	addq %rdi, %rax	# +
	jo .Ltrap_600
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_600
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_600
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_601
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_601
	movq %rax, -8(%rbp)	# address
	.loc 1 2128 5
	# commandLineAddress: if (address !== 0 && address + COMMAND_LINE_BYTES > IDENTITY_MAP_END) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	je .Lelse_602
	movq -8(%rbp), %rax	# address
	movq $1024, %rdi	# COMMAND_LINE_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_603
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_603
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_603
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jle .Lelse_602
	.loc 1 2129 9
	# commandLineAddress: log("command line: above the first 4 GiB, which boot.S does not map; ...
	leaq .Lstring299(%rip), %rdi	# "command line: above the first 4 GiB, wh
	call fn.log
	.loc 1 2130 9
	# commandLineAddress: return 0;
	movq $0, %rax
	jmp .Lreturn_597
.Lelse_602:
	.loc 1 2132 5
	# commandLineAddress: return address;
	movq -8(%rbp), %rax	# address
.Lreturn_597:
	leave
	ret
.Ltrap_599:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:2125:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_600:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:2127:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_601:
	leaq .Lstring302(%rip), %rdi	# trap: kernel.ts:2127:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_603:
	leaq .Lstring303(%rip), %rdi	# trap: kernel.ts:2128:26: integer result outside the exact range
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
	jne .Lelse_605
	.loc 1 2138 9
	# obeyCommandLine: return;
	jmp .Lreturn_604
.Lelse_605:
	.loc 1 2142 5
	# obeyCommandLine: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 2143 5
	# obeyCommandLine: while (length < COMMAND_LINE_BYTES && load8(address + length) !== 0) {
.Lwhile_606:
	movq -16(%rbp), %rax	# length
	cmpq $1024, %rax	# compare with COMMAND_LINE_BYTES
	jge .Lendwhile_607
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_608
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_608
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_608
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_607
	.loc 1 2144 9
	# obeyCommandLine: store8(commandLine + length, load8(address + length));
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_609
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_609
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_609
	pushq %rax
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_610
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_610
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_610
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 2145 9
	# obeyCommandLine: length = length + 1;
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_611
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_611
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_611
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_606
.Lendwhile_607:
	.loc 1 2147 5
	# obeyCommandLine: let at = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# at
	.loc 1 2148 5
	# obeyCommandLine: while (at < length) {
.Lwhile_612:
	movq -24(%rbp), %rax	# at
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_613
	.loc 1 2149 9
	# obeyCommandLine: while (at < length && load8(commandLine + at) === 32) {
.Lwhile_614:
	movq -24(%rbp), %rax	# at
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_615
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -24(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_616
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_616
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_616
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	jne .Lendwhile_615
	.loc 1 2150 13
	# obeyCommandLine: at = at + 1;
	movq -24(%rbp), %rax	# at
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_617
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_617
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_617
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_614
.Lendwhile_615:
	.loc 1 2152 9
	# obeyCommandLine: let end = at;
	movq -24(%rbp), %rax	# at
	movq %rax, -32(%rbp)	# end
	.loc 1 2153 9
	# obeyCommandLine: while (end < length && load8(commandLine + end) !== 32) {
.Lwhile_618:
	movq -32(%rbp), %rax	# end
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_619
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -32(%rbp), %rdi	# end
	addq %rdi, %rax	# +
	jo .Ltrap_620
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_620
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_620
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	je .Lendwhile_619
	.loc 1 2154 13
	# obeyCommandLine: end = end + 1;
	movq -32(%rbp), %rax	# end
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_621
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_621
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_621
	movq %rax, -32(%rbp)	# end =
	jmp .Lwhile_618
.Lendwhile_619:
	.loc 1 2156 9
	# obeyCommandLine: if (end > at) {
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	cmpq %rdi, %rax
	jle .Lelse_622
	.loc 1 2157 13
	# obeyCommandLine: copyBytes(commandValue, commandLine + at, end - at);
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -24(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_623
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_623
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_623
	pushq %rax
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	subq %rdi, %rax	# -
	jo .Ltrap_624
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_624
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_624
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 2158 13
	# obeyCommandLine: commandLength = end - at;
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	subq %rdi, %rax	# -
	jo .Ltrap_625
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_625
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_625
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 2159 13
	# obeyCommandLine: print("command line: ");
	leaq .Lstring304(%rip), %rdi	# "command line: "
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
.Lelse_622:
	.loc 1 2164 9
	# obeyCommandLine: at = end;
	movq -32(%rbp), %rax	# end
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_612
.Lendwhile_613:
.Lreturn_604:
	leave
	ret
.Ltrap_608:
	leaq .Lstring305(%rip), %rdi	# trap: kernel.ts:2143:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_609:
	leaq .Lstring306(%rip), %rdi	# trap: kernel.ts:2144:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_610:
	leaq .Lstring307(%rip), %rdi	# trap: kernel.ts:2144:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_611:
	leaq .Lstring308(%rip), %rdi	# trap: kernel.ts:2145:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_616:
	leaq .Lstring309(%rip), %rdi	# trap: kernel.ts:2149:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_617:
	leaq .Lstring310(%rip), %rdi	# trap: kernel.ts:2150:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_620:
	leaq .Lstring311(%rip), %rdi	# trap: kernel.ts:2153:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_621:
	leaq .Lstring312(%rip), %rdi	# trap: kernel.ts:2154:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_623:
	leaq .Lstring313(%rip), %rdi	# trap: kernel.ts:2157:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_624:
	leaq .Lstring314(%rip), %rdi	# trap: kernel.ts:2157:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_625:
	leaq .Lstring315(%rip), %rdi	# trap: kernel.ts:2158:29: integer result outside the exact range
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
	jge .Lelse_627
	.loc 1 2178 9
	# watch: logPathError("xenstore: cannot watch ", path, result);
	leaq .Lstring316(%rip), %rdi	# "xenstore: cannot watch "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_627:
.Lreturn_626:
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
	leaq .Lstring317(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2184 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_629
	.loc 1 2185 9
	# advertise: logPathError("xenstore: cannot write ", path, result);
	leaq .Lstring318(%rip), %rdi	# "xenstore: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_629:
.Lreturn_628:
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
	leaq .Lstring221(%rip), %rdi	# "control/shutdown"
	leaq .Lstring162(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 2191 5
	# connectControlKeys: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring262(%rip), %rdi	# "control/testing"
	leaq .Lstring163(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 2192 5
	# connectControlKeys: watch("control/sysrq", WATCH_TOKEN_SYSRQ);
	leaq .Lstring236(%rip), %rdi	# "control/sysrq"
	leaq .Lstring164(%rip), %rsi	# WATCH_TOKEN_SYSRQ
	call fn.watch
	.loc 1 2193 5
	# connectControlKeys: advertise("control/feature-poweroff");
	leaq .Lstring319(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 2194 5
	# connectControlKeys: advertise("control/feature-reboot");
	leaq .Lstring320(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 2195 5
	# connectControlKeys: advertise("control/feature-suspend");
	leaq .Lstring321(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_630:
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
	jne .Lendlogic_634
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_634:
	testq %rax, %rax
	jne .Lendlogic_633
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_633:
	testq %rax, %rax
	jne .Lendlogic_632
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_632:
.Lreturn_631:
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
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_636
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_637
.Lelse_636:
	movq $-1, %rax
.Lendcond_637:
.Lreturn_635:
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
.Lwhile_639:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_640
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_640
	.loc 1 2241 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_641
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_641
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_641
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_639
.Lendwhile_640:
.Lreturn_638:
	leave
	ret
.Ltrap_641:
	leaq .Lstring322(%rip), %rdi	# trap: kernel.ts:2241:18: integer result outside the exact range
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
	jne .Lelse_643
	.loc 1 2247 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_643:
	.loc 1 2249 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_642:
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
	jl .Lelse_645
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_645
	.loc 1 2254 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_646
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_646
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_646
	jmp .Lreturn_644
.Lelse_645:
	.loc 1 2256 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_647
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_647
	.loc 1 2257 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	movq $87, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_648
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_648
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_648
	jmp .Lreturn_644
.Lelse_647:
	.loc 1 2259 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_649
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_649
	.loc 1 2260 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	movq $55, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_650
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_650
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_650
	jmp .Lreturn_644
.Lelse_649:
	.loc 1 2262 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_644:
	leave
	ret
.Ltrap_646:
	leaq .Lstring323(%rip), %rdi	# trap: kernel.ts:2254:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_648:
	leaq .Lstring324(%rip), %rdi	# trap: kernel.ts:2257:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_650:
	leaq .Lstring325(%rip), %rdi	# trap: kernel.ts:2260:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_653
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_653
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_653
	cmpq $4, %rax	# compare with 4
	jge .Lelse_652
	.loc 1 2268 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_651
.Lelse_652:
	.loc 1 2270 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 2271 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_654:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_656
	.loc 1 2272 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_657
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_657
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_657
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 2273 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_658
	.loc 1 2274 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_651
.Lelse_658:
	.loc 1 2276 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	movq $16, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_659
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_659
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_659
	movq -24(%rbp), %rdi	# digit
	addq %rdi, %rax	# +
	jo .Ltrap_659
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_659
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_659
	movq %rax, -8(%rbp)	# value =
.Lfornext_655:
	.loc 1 2271 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_660
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_660
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_654
.Lendfor_656:
	.loc 1 2278 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_661
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_661
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_661
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2279 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_651:
	leave
	ret
.Ltrap_653:
	leaq .Lstring326(%rip), %rdi	# trap: kernel.ts:2267:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_657:
	leaq .Lstring327(%rip), %rdi	# trap: kernel.ts:2272:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_659:
	leaq .Lstring328(%rip), %rdi	# trap: kernel.ts:2276:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_660:
	leaq .Lstring329(%rip), %rdi	# trap: kernel.ts:2271:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_661:
	leaq .Lstring330(%rip), %rdi	# trap: kernel.ts:2278:14: integer result outside the exact range
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
	je .Lelse_663
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_663
	.loc 1 2284 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	movq var.jsonDecodedLength(%rip), %rdi	# jsonDecodedLength
	addq %rdi, %rax	# +
	jo .Ltrap_664
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_664
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_664
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_663:
	.loc 1 2286 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_665
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_665
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_665
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_662:
	leave
	ret
.Ltrap_664:
	leaq .Lstring331(%rip), %rdi	# trap: kernel.ts:2284:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_665:
	leaq .Lstring332(%rip), %rdi	# trap: kernel.ts:2286:25: integer result outside the exact range
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
	jge .Lelse_667
	.loc 1 2291 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_668
.Lelse_667:
	.loc 1 2292 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_669
	.loc 1 2293 9
	# jsonEmitCodePoint: jsonEmit(destination, 0xc0 + (codePoint >> 6));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $192, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $6, %rdi
	movl %edi, %ecx	# >> (count mod 32)
	sarl %cl, %eax
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_670
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_670
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_670
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2294 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + (codePoint & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $128, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $63, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_671
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_671
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_671
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_672
.Lelse_669:
	.loc 1 2295 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_673
	.loc 1 2296 9
	# jsonEmitCodePoint: jsonEmit(destination, 0xe0 + (codePoint >> 12));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $224, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $12, %rdi
	movl %edi, %ecx	# >> (count mod 32)
	sarl %cl, %eax
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_674
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_674
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_674
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2297 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + ((codePoint >> 6) & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $128, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $6, %rdi
	movl %edi, %ecx	# >> (count mod 32)
	sarl %cl, %eax
	movslq %eax, %rax	# int32 result
	movq $63, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_675
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_675
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_675
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2298 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + (codePoint & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $128, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $63, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_676
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_676
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_676
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_677
.Lelse_673:
	.loc 1 2300 9
	# jsonEmitCodePoint: jsonEmit(destination, 0xf0 + (codePoint >> 18));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $240, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $18, %rdi
	movl %edi, %ecx	# >> (count mod 32)
	sarl %cl, %eax
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_678
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_678
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_678
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2301 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + ((codePoint >> 12) & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $128, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $12, %rdi
	movl %edi, %ecx	# >> (count mod 32)
	sarl %cl, %eax
	movslq %eax, %rax	# int32 result
	movq $63, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_679
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_679
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_679
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2302 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + ((codePoint >> 6) & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $128, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $6, %rdi
	movl %edi, %ecx	# >> (count mod 32)
	sarl %cl, %eax
	movslq %eax, %rax	# int32 result
	movq $63, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_680
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_680
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_680
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2303 9
	# jsonEmitCodePoint: jsonEmit(destination, 0x80 + (codePoint & 63));
	movq -8(%rbp), %rax	# destination
	pushq %rax
	movq $128, %rax
	pushq %rax
	movq -16(%rbp), %rax	# codePoint
	movq $63, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_681
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_681
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_681
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
.Lendif_677:
.Lendif_672:
.Lendif_668:
.Lreturn_666:
	leave
	ret
.Ltrap_670:
	leaq .Lstring333(%rip), %rdi	# trap: kernel.ts:2293:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_671:
	leaq .Lstring334(%rip), %rdi	# trap: kernel.ts:2294:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_674:
	leaq .Lstring335(%rip), %rdi	# trap: kernel.ts:2296:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_675:
	leaq .Lstring336(%rip), %rdi	# trap: kernel.ts:2297:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_676:
	leaq .Lstring337(%rip), %rdi	# trap: kernel.ts:2298:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_678:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:2300:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_679:
	leaq .Lstring339(%rip), %rdi	# trap: kernel.ts:2301:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_680:
	leaq .Lstring340(%rip), %rdi	# trap: kernel.ts:2302:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_681:
	leaq .Lstring341(%rip), %rdi	# trap: kernel.ts:2303:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
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
	je .Lelse_683
	.loc 1 2311 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_682
.Lelse_683:
	.loc 1 2313 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_684
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_684
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_684
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2314 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 2315 5
	# jsonString: while (true) {
.Lwhile_685:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_686
	.loc 1 2316 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_687
	.loc 1 2317 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_682
.Lelse_687:
	.loc 1 2319 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 2320 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_688
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_688
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_688
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2321 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_689
	.loc 1 2322 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_682
.Lelse_689:
	.loc 1 2324 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_690
	.loc 1 2325 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_682
.Lelse_690:
	.loc 1 2327 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_691
	.loc 1 2328 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 2329 13
	# jsonString: continue;
	jmp .Lwhile_685
.Lelse_691:
	.loc 1 2331 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_692
	.loc 1 2332 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_682
.Lelse_692:
	.loc 1 2334 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 2335 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_693
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_693
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_693
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2336 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_695
	cmpq $92, %rax	# case 92
	je .Lcase_696
	cmpq $47, %rax	# case 47
	je .Lcase_697
	cmpq $98, %rax	# case 98
	je .Lcase_698
	cmpq $102, %rax	# case 102
	je .Lcase_699
	cmpq $110, %rax	# case 110
	je .Lcase_700
	cmpq $114, %rax	# case 114
	je .Lcase_701
	cmpq $116, %rax	# case 116
	je .Lcase_702
	cmpq $117, %rax	# case 117
	je .Lcase_703
	jmp .Lcase_704
.Lcase_695:
	.loc 1 2337 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 2337 49
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_696:
	.loc 1 2338 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 2338 49
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_697:
	.loc 1 2339 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 2339 49
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_698:
	.loc 1 2340 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 2340 48
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_699:
	.loc 1 2341 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 2341 50
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_700:
	.loc 1 2342 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 2342 50
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_701:
	.loc 1 2343 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 2343 50
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_702:
	.loc 1 2344 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 2344 49
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_703:
	.loc 1 2346 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 2347 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_705
	.loc 1 2348 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_682
.Lelse_705:
	.loc 1 2351 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_706
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_706
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_707
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_707
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_707
	cmpq $6, %rax	# compare with 6
	jl .Lelse_706
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_706
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_708
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_708
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_708
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_706
	.loc 1 2353 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 2354 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_709
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_709
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_709
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2355 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 2356 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_710
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_710
	.loc 1 2357 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq $65536, %rax
	pushq %rax
	movq -32(%rbp), %rax	# codePoint
	movq $55296, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_711
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_711
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_711
	movq $1024, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_712
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_712
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_712
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_713
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_713
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_713
	pushq %rax
	movq -48(%rbp), %rax	# low
	movq $56320, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_714
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_714
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_714
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_713
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_713
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_713
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_715
.Lelse_710:
	.loc 1 2359 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_715:
.Lelse_706:
	.loc 1 2362 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 2363 17
	# jsonString: break;
	jmp .Lendswitch_694
.Lcase_704:
	.loc 1 2366 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_682
.Lendswitch_694:
	jmp .Lwhile_685
.Lendwhile_686:
.Lreturn_682:
	leave
	ret
.Ltrap_684:
	leaq .Lstring342(%rip), %rdi	# trap: kernel.ts:2313:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_688:
	leaq .Lstring343(%rip), %rdi	# trap: kernel.ts:2320:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_693:
	leaq .Lstring344(%rip), %rdi	# trap: kernel.ts:2335:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_707:
	leaq .Lstring345(%rip), %rdi	# trap: kernel.ts:2351:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_708:
	leaq .Lstring346(%rip), %rdi	# trap: kernel.ts:2352:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_709:
	leaq .Lstring347(%rip), %rdi	# trap: kernel.ts:2354:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_711:
	leaq .Lstring348(%rip), %rdi	# trap: kernel.ts:2357:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_712:
	leaq .Lstring349(%rip), %rdi	# trap: kernel.ts:2357:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_713:
	leaq .Lstring350(%rip), %rdi	# trap: kernel.ts:2357:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_714:
	leaq .Lstring351(%rip), %rdi	# trap: kernel.ts:2357:78: integer result outside the exact range
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
.Lwhile_717:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_718
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_718
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_718
	.loc 1 2374 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_719
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_719
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_719
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2375 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_720
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_720
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_720
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_717
.Lendwhile_718:
	.loc 1 2377 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_716:
	leave
	ret
.Ltrap_719:
	leaq .Lstring352(%rip), %rdi	# trap: kernel.ts:2374:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_720:
	leaq .Lstring353(%rip), %rdi	# trap: kernel.ts:2375:17: integer result outside the exact range
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
	jne .Lelse_722
	.loc 1 2383 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_723
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_723
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_723
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_722:
	.loc 1 2385 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_724
	.loc 1 2386 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_725
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_725
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_725
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_726
.Lelse_724:
	.loc 1 2387 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_727
	.loc 1 2388 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_721
.Lelse_727:
.Lendif_726:
	.loc 1 2390 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_728
	.loc 1 2391 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_729
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_729
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_729
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2392 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_730
	.loc 1 2393 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_721
.Lelse_730:
.Lelse_728:
	.loc 1 2396 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_732
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_731
.Lskip_732:
	.loc 1 2397 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_733
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_733
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_733
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2398 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_735
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_734
.Lskip_735:
	.loc 1 2399 13
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_736
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_736
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_736
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_734:
	.loc 1 2401 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_737
	.loc 1 2402 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_721
.Lelse_737:
.Lelse_731:
	.loc 1 2405 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_721:
	leave
	ret
.Ltrap_723:
	leaq .Lstring354(%rip), %rdi	# trap: kernel.ts:2383:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_725:
	leaq .Lstring355(%rip), %rdi	# trap: kernel.ts:2386:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_729:
	leaq .Lstring356(%rip), %rdi	# trap: kernel.ts:2391:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_733:
	leaq .Lstring357(%rip), %rdi	# trap: kernel.ts:2397:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_736:
	leaq .Lstring358(%rip), %rdi	# trap: kernel.ts:2399:22: integer result outside the exact range
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
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_741
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_741
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_741
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_740
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_739
.Lskip_740:
	.loc 1 2410 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_738
.Lelse_739:
	.loc 1 2412 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_742
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_742
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_742
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2413 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_738:
	leave
	ret
.Ltrap_741:
	leaq .Lstring359(%rip), %rdi	# trap: kernel.ts:2409:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_742:
	leaq .Lstring360(%rip), %rdi	# trap: kernel.ts:2412:14: integer result outside the exact range
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
	jle .Lelse_744
	.loc 1 2419 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_743
.Lelse_744:
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
	jne .Lelse_745
	.loc 1 2424 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_743
.Lelse_745:
	.loc 1 2426 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_747
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_746
.Lskip_747:
	.loc 1 2427 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_748
	movq $125, %rax
	jmp .Lendcond_749
.Lelse_748:
	movq $93, %rax
.Lendcond_749:
	movq %rax, -24(%rbp)	# closer
	.loc 1 2428 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_750
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_750
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_750
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2429 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2430 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_751
	.loc 1 2431 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_752
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_752
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_752
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2432 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_743
.Lelse_751:
	.loc 1 2434 9
	# jsonSkipValue: while (true) {
.Lwhile_753:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_754
	.loc 1 2435 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_755
	.loc 1 2436 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2437 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_756
	.loc 1 2438 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_743
.Lelse_756:
	.loc 1 2440 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2441 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_757
	.loc 1 2442 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_743
.Lelse_757:
	.loc 1 2444 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_758
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_758
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_758
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_755:
	.loc 1 2446 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_760
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_760
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_760
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_759
	.loc 1 2447 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_743
.Lelse_759:
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
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_761
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_761
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_761
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2452 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_762
	.loc 1 2453 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_743
.Lelse_762:
	.loc 1 2455 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_763
	.loc 1 2456 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_743
.Lelse_763:
	jmp .Lwhile_753
.Lendwhile_754:
.Lelse_746:
	.loc 1 2460 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_764
	.loc 1 2461 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring361(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_743
.Lelse_764:
	.loc 1 2463 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_765
	.loc 1 2464 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring362(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_743
.Lelse_765:
	.loc 1 2466 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_766
	.loc 1 2467 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring363(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_743
.Lelse_766:
	.loc 1 2469 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_743:
	leave
	ret
.Ltrap_750:
	leaq .Lstring364(%rip), %rdi	# trap: kernel.ts:2428:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_752:
	leaq .Lstring365(%rip), %rdi	# trap: kernel.ts:2431:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_758:
	leaq .Lstring366(%rip), %rdi	# trap: kernel.ts:2444:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_760:
	leaq .Lstring367(%rip), %rdi	# trap: kernel.ts:2446:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_761:
	leaq .Lstring368(%rip), %rdi	# trap: kernel.ts:2451:22: integer result outside the exact range
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
	je .Lelse_768
	.loc 1 2476 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_769
	.loc 1 2477 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_767
.Lelse_769:
	.loc 1 2479 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 2480 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_767
.Lelse_768:
	.loc 1 2482 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_770
	.loc 1 2483 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_767
.Lelse_770:
	.loc 1 2485 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_767:
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
	jne .Lelse_772
	.loc 1 2496 9
	# jsonMemberSeconds: return -1;
	movq $-1, %rax
	jmp .Lreturn_771
.Lelse_772:
	.loc 1 2498 5
	# jsonMemberSeconds: const seconds = secondsFromBytes(start, jsonAt - start);
	movq -16(%rbp), %rax	# start
	pushq %rax
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# start
	subq %rdi, %rax	# -
	jo .Ltrap_773
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_773
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_773
	movq %rax, %rsi
	popq %rdi
	call fn.secondsFromBytes
	movq %rax, -24(%rbp)	# seconds
	.loc 1 2499 5
	# jsonMemberSeconds: if (seconds < 0) {
	movq -24(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jge .Lelse_774
	.loc 1 2500 9
	# jsonMemberSeconds: jsonFail(notSecondsReason);
	movq -8(%rbp), %rdi	# notSecondsReason
	call fn.jsonFail
.Lelse_774:
	.loc 1 2502 5
	# jsonMemberSeconds: return seconds;
	movq -24(%rbp), %rax	# seconds
.Lreturn_771:
	leave
	ret
.Ltrap_773:
	leaq .Lstring369(%rip), %rdi	# trap: kernel.ts:2498:45: integer result outside the exact range
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
	movq var.commandLength(%rip), %rdi	# commandLength
	addq %rdi, %rax	# +
	jo .Ltrap_776
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_776
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_776
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
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_777
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_777
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_777
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2519 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2520 5
	# readJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_778
	.loc 1 2521 9
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_779
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_779
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_779
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_780
.Lelse_778:
	.loc 1 2523 9
	# readJsonCommand: while (jsonError === 0) {
.Lwhile_781:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_782
	.loc 1 2524 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2525 13
	# readJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_783
	.loc 1 2526 17
	# readJsonCommand: break;
	jmp .Lendwhile_782
.Lelse_783:
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
	je .Lelse_784
	.loc 1 2531 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 2532 17
	# readJsonCommand: break;
	jmp .Lendwhile_782
.Lelse_784:
	.loc 1 2534 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_785
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_785
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_785
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2535 13
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring370(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_786
	.loc 1 2536 17
	# readJsonCommand: jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	jmp .Lendif_787
.Lelse_786:
	.loc 1 2537 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring371(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_788
	.loc 1 2538 17
	# readJsonCommand: jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	jmp .Lendif_789
.Lelse_788:
	.loc 1 2539 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring372(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_790
	.loc 1 2540 17
	# readJsonCommand: jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRI...
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	jmp .Lendif_791
.Lelse_790:
	.loc 1 2541 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "delay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring373(%rip), %rdx	# "delay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_792
	.loc 1 2542 17
	# readJsonCommand: jsonDelay = jsonMemberSeconds(BOGUS_DELAY_NOT_SECONDS);
	movq $15, %rdi	# BOGUS_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	jmp .Lendif_793
.Lelse_792:
	.loc 1 2543 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ackDelay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring374(%rip), %rdx	# "ackDelay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_794
	.loc 1 2544 17
	# readJsonCommand: jsonAckDelay = jsonMemberSeconds(BOGUS_ACK_DELAY_NOT_SECONDS);
	movq $16, %rdi	# BOGUS_ACK_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	jmp .Lendif_795
.Lelse_794:
	.loc 1 2546 17
	# readJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_795:
.Lendif_793:
.Lendif_791:
.Lendif_789:
.Lendif_787:
	.loc 1 2548 13
	# readJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_796
	.loc 1 2549 17
	# readJsonCommand: break;
	jmp .Lendwhile_782
.Lelse_796:
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
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_797
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_797
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_797
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2554 13
	# readJsonCommand: if (next === 125) {
	movq -16(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_798
	.loc 1 2555 17
	# readJsonCommand: break;
	jmp .Lendwhile_782
.Lelse_798:
	.loc 1 2557 13
	# readJsonCommand: if (next !== 44) {
	movq -16(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_799
	.loc 1 2558 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_799:
	jmp .Lwhile_781
.Lendwhile_782:
.Lendif_780:
	.loc 1 2562 5
	# readJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_800
	.loc 1 2563 9
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2564 9
	# readJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_801
	.loc 1 2565 13
	# readJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_801:
.Lelse_800:
	.loc 1 2568 5
	# readJsonCommand: if (jsonError === 0 && jsonWhenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_802
	movq var.jsonWhenLength(%rip), %rax	# jsonWhenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_802
	.loc 1 2569 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_802:
	.loc 1 2571 5
	# readJsonCommand: if (jsonError === 0 && jsonAckLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_803
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_803
	.loc 1 2572 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_803:
	.loc 1 2574 5
	# readJsonCommand: if (jsonError === 0 && jsonActionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_804
	movq var.jsonActionLength(%rip), %rax	# jsonActionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_804
	.loc 1 2575 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_804:
	.loc 1 2577 5
	# readJsonCommand: return jsonError;
	movq var.jsonError(%rip), %rax	# jsonError
.Lreturn_775:
	leave
	ret
.Ltrap_776:
	leaq .Lstring375(%rip), %rdi	# trap: kernel.ts:2510:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_777:
	leaq .Lstring376(%rip), %rdi	# trap: kernel.ts:2518:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_779:
	leaq .Lstring377(%rip), %rdi	# trap: kernel.ts:2521:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_785:
	leaq .Lstring378(%rip), %rdi	# trap: kernel.ts:2534:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_797:
	leaq .Lstring379(%rip), %rdi	# trap: kernel.ts:2553:22: integer result outside the exact range
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
.Lfor_806:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_808
	.loc 1 2641 9
	# clearWords: store64(address + i * 8, 0);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_809
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_809
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_809
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_810
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_810
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_810
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_807:
	.loc 1 2640 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_811
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_811
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_806
.Lendfor_808:
.Lreturn_805:
	leave
	ret
.Ltrap_809:
	leaq .Lstring380(%rip), %rdi	# trap: kernel.ts:2641:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_810:
	leaq .Lstring381(%rip), %rdi	# trap: kernel.ts:2641:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_811:
	leaq .Lstring382(%rip), %rdi	# trap: kernel.ts:2640:32: integer result outside the exact range
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
	je .Lelse_813
	movq var.balloonPfnLimit(%rip), %rax	# balloonPfnLimit
	jmp .Lendcond_814
.Lelse_813:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_814:
	movq %rax, -8(%rbp)	# entries
	.loc 1 2649 5
	# publishFrameListTree: const builderPages = Math.floor(p2mBuilderEntries / P2M_ENTRIES_PER_P...
	movq var.p2mBuilderEntries(%rip), %rax	# p2mBuilderEntries
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_815
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_815
	subq $1, %rax	# then the floor is one below
.Lfloored_815:
	movq %rax, -16(%rbp)	# builderPages
	.loc 1 2650 5
	# publishFrameListTree: const p2mPages = Math.floor((entries + P2M_ENTRIES_PER_PAGE - 1) / P2...
	movq -8(%rbp), %rax	# entries
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_817
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_817
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_817
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_817
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_817
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_817
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_816
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_816
	subq $1, %rax	# then the floor is one below
.Lfloored_816:
	movq %rax, -24(%rbp)	# p2mPages
	.loc 1 2651 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -24(%rbp), %rax	# p2mPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_819
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_819
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_819
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_819
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_819
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_819
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_818
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_818
	subq $1, %rax	# then the floor is one below
.Lfloored_818:
	movq %rax, -32(%rbp)	# frameListCount
	.loc 1 2652 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -32(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_820
	.loc 1 2653 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring383(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 2654 9
	# publishFrameListTree: printDecimal(entries);
	movq -8(%rbp), %rdi	# entries
	call fn.printDecimal
	.loc 1 2655 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring384(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 2656 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_812
.Lelse_820:
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
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_821
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_821
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_821
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 2660 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# page
.Lfor_822:
	movq -40(%rbp), %rax	# page
	movq -24(%rbp), %rdi	# p2mPages
	cmpq %rdi, %rax
	jge .Lendfor_824
	.loc 1 2661 9
	# publishFrameListTree: const address = p2mExtended && page >= builderPages ?
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_825
	movq -40(%rbp), %rax	# page
	movq -16(%rbp), %rdi	# builderPages
	cmpq %rdi, %rax
	jl .Lelse_825
	leaq buf.p2mExtension(%rip), %rax	# p2mExtension
	pushq %rax
	movq -40(%rbp), %rax	# page
	movq -16(%rbp), %rdi	# builderPages
	subq %rdi, %rax	# -
	jo .Ltrap_827
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_827
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_827
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_828
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_828
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_828
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_829
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_829
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_829
	jmp .Lendcond_826
.Lelse_825:
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -40(%rbp), %rax	# page
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_830
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_830
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_830
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_831
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_831
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_831
.Lendcond_826:
	movq %rax, -48(%rbp)	# address
	.loc 1 2663 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(address));
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -40(%rbp), %rax	# page
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_832
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_832
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_832
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_833
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_833
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_833
	pushq %rax
	movq -48(%rbp), %rdi	# address
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_823:
	.loc 1 2660 41
	# publishFrameListTree: page++
	movq -40(%rbp), %rax	# page
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_834
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_834
	movq %rax, -40(%rbp)	# page =
	jmp .Lfor_822
.Lendfor_824:
	.loc 1 2665 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -56(%rbp)	# list
.Lfor_835:
	movq -56(%rbp), %rax	# list
	movq -32(%rbp), %rdi	# frameListCount
	cmpq %rdi, %rax
	jge .Lendfor_837
	.loc 1 2666 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	leaq buf.frameListList(%rip), %rax	# frameListList
	pushq %rax
	movq -56(%rbp), %rax	# list
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_838
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_838
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_838
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_839
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_839
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_839
	pushq %rax
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -56(%rbp), %rax	# list
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_840
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_840
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_840
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_841
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_841
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_841
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_836:
	.loc 1 2665 47
	# publishFrameListTree: list++
	movq -56(%rbp), %rax	# list
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_842
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_842
	movq %rax, -56(%rbp)	# list =
	jmp .Lfor_835
.Lendfor_837:
	.loc 1 2668 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, entries);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3088, %rdi	# SHARED_INFO_ARCH_MAX_PFN
	addq %rdi, %rax	# +
	jo .Ltrap_843
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_843
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_843
	movq %rax, %rdi
	movq -8(%rbp), %rax	# entries
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2669 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 2670 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3096, %rdi	# SHARED_INFO_ARCH_FRAME_LIST_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_844
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_844
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_844
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
.Lreturn_812:
	leave
	ret
.Ltrap_817:
	leaq .Lstring385(%rip), %rdi	# trap: kernel.ts:2650:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_819:
	leaq .Lstring386(%rip), %rdi	# trap: kernel.ts:2651:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_821:
	leaq .Lstring387(%rip), %rdi	# trap: kernel.ts:2659:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_827:
	leaq .Lstring388(%rip), %rdi	# trap: kernel.ts:2662:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_828:
	leaq .Lstring389(%rip), %rdi	# trap: kernel.ts:2662:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_829:
	leaq .Lstring390(%rip), %rdi	# trap: kernel.ts:2662:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_830:
	leaq .Lstring391(%rip), %rdi	# trap: kernel.ts:2662:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_831:
	leaq .Lstring392(%rip), %rdi	# trap: kernel.ts:2662:64: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_832:
	leaq .Lstring393(%rip), %rdi	# trap: kernel.ts:2663:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_833:
	leaq .Lstring394(%rip), %rdi	# trap: kernel.ts:2663:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_834:
	leaq .Lstring395(%rip), %rdi	# trap: kernel.ts:2660:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_838:
	leaq .Lstring396(%rip), %rdi	# trap: kernel.ts:2666:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_839:
	leaq .Lstring397(%rip), %rdi	# trap: kernel.ts:2666:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_840:
	leaq .Lstring398(%rip), %rdi	# trap: kernel.ts:2666:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_841:
	leaq .Lstring399(%rip), %rdi	# trap: kernel.ts:2666:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_842:
	leaq .Lstring400(%rip), %rdi	# trap: kernel.ts:2665:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_843:
	leaq .Lstring401(%rip), %rdi	# trap: kernel.ts:2668:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_844:
	leaq .Lstring402(%rip), %rdi	# trap: kernel.ts:2670:13: integer result outside the exact range
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
	jne .Lelse_846
	.loc 1 2677 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_846:
	.loc 1 2679 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_845:
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
.Lreturn_847:
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
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_849
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_849
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_849
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_850
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_850
	subq $1, %rax	# then the floor is one below
.Lfloored_850:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2694 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_851
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_851
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_851
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_852
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_852
	subq $1, %rax	# then the floor is one below
.Lfloored_852:
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
	jne .Lelse_853
	movq -8(%rbp), %rdi	# startInfoFrame
	call fn.suspendHypercall
	jmp .Lendcond_854
.Lelse_853:
	movq -16(%rbp), %rax	# unmapResult
.Lendcond_854:
	movq %rax, -24(%rbp)	# result
	.loc 1 2697 5
	# suspendPv: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_855
	.loc 1 2698 9
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
	jmp .Lreturn_848
.Lelse_855:
	.loc 1 2703 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_856
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_856
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_856
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
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_857
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_857
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_857
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
	jne .Lelse_858
	.loc 1 2706 9
	# suspendPv: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_858:
	.loc 1 2708 5
	# suspendPv: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2709 5
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
.Lreturn_848:
	leave
	ret
.Ltrap_849:
	leaq .Lstring403(%rip), %rdi	# trap: kernel.ts:2693:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_851:
	leaq .Lstring404(%rip), %rdi	# trap: kernel.ts:2694:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_856:
	leaq .Lstring405(%rip), %rdi	# trap: kernel.ts:2703:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_857:
	leaq .Lstring406(%rip), %rdi	# trap: kernel.ts:2704:13: integer result outside the exact range
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
	je .Lelse_860
	.loc 1 2722 9
	# suspendPvh: return result;
	movq -8(%rbp), %rax	# result
	jmp .Lreturn_859
.Lelse_860:
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
	jle .Lelse_861
	.loc 1 2729 9
	# suspendPvh: print("resume: Xen gave no value for ");
	leaq .Lstring407(%rip), %rdi	# "resume: Xen gave no value for "
	call fn.print
	.loc 1 2730 9
	# suspendPvh: log(missing);
	movq -16(%rbp), %rdi	# missing
	call fn.log
.Lelse_861:
	.loc 1 2732 5
	# suspendPvh: const id = readDomainId();
	call fn.readDomainId
	movq %rax, -24(%rbp)	# id
	.loc 1 2733 5
	# suspendPvh: return id >= 0 && id === domainId ? 1 : 0;
	movq -24(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jl .Lelse_862
	movq -24(%rbp), %rax	# id
	movq var.domainId(%rip), %rdi	# domainId
	cmpq %rdi, %rax
	jne .Lelse_862
	movq $1, %rax
	jmp .Lendcond_863
.Lelse_862:
	movq $0, %rax
.Lendcond_863:
.Lreturn_859:
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
	jne .Lelse_865
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_865
	.loc 1 2738 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring408(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 2739 9
	# suspendDomain: return;
	jmp .Lreturn_864
.Lelse_865:
	.loc 1 2741 5
	# suspendDomain: log("suspending");
	leaq .Lstring409(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 2742 5
	# suspendDomain: publishState("suspending");
	leaq .Lstring409(%rip), %rdi	# "suspending"
	call fn.publishState
	.loc 1 2743 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 2744 5
	# suspendDomain: const result = bootMode === BOOT_MODE_PV ? suspendPv() : suspendPvh();
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_866
	call fn.suspendPv
	jmp .Lendcond_867
.Lelse_866:
	call fn.suspendPvh
.Lendcond_867:
	movq %rax, -8(%rbp)	# result
	.loc 1 2745 5
	# suspendDomain: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_868
	.loc 1 2746 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 2747 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_869
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_869
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_869
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	.loc 1 2748 9
	# suspendDomain: publishState("running");
	leaq .Lstring410(%rip), %rdi	# "running"
	call fn.publishState
	.loc 1 2749 9
	# suspendDomain: return;
	jmp .Lreturn_864
.Lelse_868:
	.loc 1 2751 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 2752 5
	# suspendDomain: if (result === 1) {
	movq -8(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_870
	.loc 1 2753 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring411(%rip), %rdi	# "suspend cancelled"
	call fn.log
	.loc 1 2754 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_871
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_871
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_871
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	jmp .Lendif_872
.Lelse_870:
	.loc 1 2756 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring412(%rip), %rdi	# "suspend failed: error "
	movq -8(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_872:
	.loc 1 2758 5
	# suspendDomain: offerFreshSuspendChannel(true);
	movq $1, %rdi	# true
	call fn.offerFreshSuspendChannel
	.loc 1 2759 5
	# suspendDomain: publishState("running");
	leaq .Lstring410(%rip), %rdi	# "running"
	call fn.publishState
.Lreturn_864:
	leave
	ret
.Ltrap_869:
	leaq .Lstring413(%rip), %rdi	# trap: kernel.ts:2747:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_871:
	leaq .Lstring414(%rip), %rdi	# trap: kernel.ts:2754:23: integer result outside the exact range
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
	je .Lelse_874
	.loc 1 2770 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring415(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 2771 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 2772 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_874:
	.loc 1 2774 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $1, %rdi	# VCPU0_UPCALL_MASK
	addq %rdi, %rax	# +
	jo .Ltrap_875
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_875
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_875
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_873:
	leave
	ret
.Ltrap_875:
	leaq .Lstring416(%rip), %rdi	# trap: kernel.ts:2774:12: integer result outside the exact range
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
	jne .Lelse_877
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
.Lelse_877:
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
	leaq .Lstring417(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 2796 5
	# resumeInNewDomain: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 2797 5
	# resumeInNewDomain: if (targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	je .Lelse_878
	.loc 1 2798 9
	# resumeInNewDomain: watch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring418(%rip), %rdi	# "memory/target"
	leaq .Lstring165(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.watch
.Lelse_878:
	.loc 1 2800 5
	# resumeInNewDomain: offerFreshSuspendChannel(false);
	movq $0, %rdi	# false
	call fn.offerFreshSuspendChannel
	.loc 1 2801 5
	# resumeInNewDomain: if (agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_879
	.loc 1 2802 9
	# resumeInNewDomain: writeAgentKeys();
	call fn.writeAgentKeys
.Lelse_879:
.Lreturn_876:
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
	leaq .Lstring419(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_881
	.loc 1 2834 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_ON;
	movq $1, %rax	# SUSPEND_CHANNEL_ON
	jmp .Lreturn_880
.Lelse_881:
	.loc 1 2836 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "ignore")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring201(%rip), %rdx	# "ignore"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_882
	.loc 1 2837 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_IGNORE;
	movq $2, %rax	# SUSPEND_CHANNEL_IGNORE
	jmp .Lreturn_880
.Lelse_882:
	.loc 1 2839 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "off")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring420(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_883
	.loc 1 2840 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_OFF;
	movq $0, %rax	# SUSPEND_CHANNEL_OFF
	jmp .Lreturn_880
.Lelse_883:
	.loc 1 2842 5
	# suspendChannelModeFromBytes: return -1;
	movq $-1, %rax
.Lreturn_880:
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
	leaq .Lstring421(%rip), %rdi	# "suspend channel: "
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
	jne .Lelse_885
	.loc 1 2849 9
	# setSuspendChannel: if (suspendChannelPort === NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	jne .Lelse_886
	.loc 1 2850 13
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2851 13
	# setSuspendChannel: log("suspend channel: none offered");
	leaq .Lstring422(%rip), %rdi	# "suspend channel: none offered"
	call fn.log
	.loc 1 2852 13
	# setSuspendChannel: return;
	jmp .Lreturn_884
.Lelse_886:
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
	leaq .Lstring423(%rip), %rdi	# "device/suspend/event-channel"
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2858 9
	# setSuspendChannel: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_887
	.loc 1 2859 13
	# setSuspendChannel: logPathError("suspend channel: cannot empty ", "device/suspend/event-...
	leaq .Lstring424(%rip), %rdi	# "suspend channel: cannot empty "
	leaq .Lstring423(%rip), %rsi	# "device/suspend/event-channel"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_887:
	.loc 1 2861 9
	# setSuspendChannel: log("suspend channel: withdrawn");
	leaq .Lstring425(%rip), %rdi	# "suspend channel: withdrawn"
	call fn.log
	.loc 1 2862 9
	# setSuspendChannel: return;
	jmp .Lreturn_884
.Lelse_885:
	.loc 1 2864 5
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2865 5
	# setSuspendChannel: if (suspendChannelPort !== NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_888
	.loc 1 2866 9
	# setSuspendChannel: log(mode === SUSPEND_CHANNEL_ON ? "suspend channel: notifications obe...
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_889
	leaq .Lstring426(%rip), %rax	# "suspend channel: notifications obeyed"
	jmp .Lendcond_890
.Lelse_889:
	leaq .Lstring427(%rip), %rax	# "suspend channel: notifications ignored"
.Lendcond_890:
	movq %rax, %rdi
	call fn.log
	.loc 1 2868 9
	# setSuspendChannel: return;
	jmp .Lreturn_884
.Lelse_888:
	.loc 1 2870 5
	# setSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lreturn_884:
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
	jge .Lelse_892
	.loc 1 2878 9
	# offerSuspendChannel: logErrno("suspend channel: cannot offer: error ", port);
	leaq .Lstring428(%rip), %rdi	# "suspend channel: cannot offer: error "
	movq -8(%rbp), %rsi	# port
	call fn.logErrno
	.loc 1 2879 9
	# offerSuspendChannel: return;
	jmp .Lreturn_891
.Lelse_892:
	.loc 1 2881 5
	# offerSuspendChannel: const digits = decimalIntoBytes(suspendChannelDigits, port);
	leaq buf.suspendChannelDigits(%rip), %rdi	# suspendChannelDigits
	movq -8(%rbp), %rsi	# port
	call fn.decimalIntoBytes
	movq %rax, -16(%rbp)	# digits
	.loc 1 2882 5
	# offerSuspendChannel: const result = storeWrite("device/suspend/event-channel", suspendChan...
	leaq .Lstring423(%rip), %rdi	# "device/suspend/event-channel"
	leaq buf.suspendChannelDigits(%rip), %rsi	# suspendChannelDigits
	movq -16(%rbp), %rdx	# digits
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 2883 5
	# offerSuspendChannel: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_893
	.loc 1 2884 9
	# offerSuspendChannel: closePort(port);
	movq -8(%rbp), %rdi	# port
	call fn.closePort
	.loc 1 2885 9
	# offerSuspendChannel: logPathError("suspend channel: cannot offer: ", "device/suspend/event...
	leaq .Lstring429(%rip), %rdi	# "suspend channel: cannot offer: "
	leaq .Lstring423(%rip), %rsi	# "device/suspend/event-channel"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
	.loc 1 2886 9
	# offerSuspendChannel: return;
	jmp .Lreturn_891
.Lelse_893:
	.loc 1 2888 5
	# offerSuspendChannel: suspendChannelPort = port;
	movq -8(%rbp), %rax	# port
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2889 5
	# offerSuspendChannel: print("suspend channel: port ");
	leaq .Lstring430(%rip), %rdi	# "suspend channel: port "
	call fn.print
	.loc 1 2890 5
	# offerSuspendChannel: printDecimal(port);
	movq -8(%rbp), %rdi	# port
	call fn.printDecimal
	.loc 1 2891 5
	# offerSuspendChannel: print(" offered");
	leaq .Lstring431(%rip), %rdi	# " offered"
	call fn.print
	.loc 1 2892 5
	# offerSuspendChannel: log(suspendChannelMode === SUSPEND_CHANNEL_IGNORE ? " (notifications ...
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_894
	leaq .Lstring432(%rip), %rax	# " (notifications ignored)"
	jmp .Lendcond_895
.Lelse_894:
	leaq .Lstring33(%rip), %rax	# ""
.Lendcond_895:
	movq %rax, %rdi
	call fn.log
.Lreturn_891:
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
	je .Lelse_897
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_897
	.loc 1 2899 9
	# offerFreshSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
.Lelse_897:
	.loc 1 2901 5
	# offerFreshSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2902 5
	# offerFreshSuspendChannel: if (suspendChannelMode !== SUSPEND_CHANNEL_OFF) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	je .Lelse_898
	.loc 1 2903 9
	# offerFreshSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lelse_898:
.Lreturn_896:
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
	je .Lelse_900
	.loc 1 2910 9
	# handleSuspendChannelNotification: log("suspend channel: notification ignored");
	leaq .Lstring433(%rip), %rdi	# "suspend channel: notification ignored"
	call fn.log
	.loc 1 2911 9
	# handleSuspendChannelNotification: return;
	jmp .Lreturn_899
.Lelse_900:
	.loc 1 2913 5
	# handleSuspendChannelNotification: log("suspend channel: notified");
	leaq .Lstring434(%rip), %rdi	# "suspend channel: notified"
	call fn.log
	.loc 1 2914 5
	# handleSuspendChannelNotification: performAction(ACTION_SUSPEND);
	movq $5, %rdi	# ACTION_SUSPEND
	call fn.performAction
.Lreturn_899:
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
	leaq .Lstring264(%rip), %rdi	# "action: "
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
	je .Lcase_903
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_904
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_905
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_906
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_907
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_908
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_909
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_910
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_911
	jmp .Lcase_912
.Lcase_903:
.Lcase_904:
	.loc 1 2950 13
	# performAction: actLast(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.actLast
	.loc 1 2951 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_905:
	.loc 1 2953 13
	# performAction: actLast(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.actLast
	.loc 1 2954 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_906:
	.loc 1 2956 13
	# performAction: actLast(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.actLast
	.loc 1 2957 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_907:
	.loc 1 2959 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 2960 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_908:
	.loc 1 2962 13
	# performAction: publishState("hung");
	leaq .Lstring435(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 2963 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2964 13
	# performAction: hangForever();
	call fn.hangForever
	.loc 1 2965 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_909:
	.loc 1 2967 13
	# performAction: publishState("hung");
	leaq .Lstring435(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 2968 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2969 13
	# performAction: spinForever();
	call fn.spinForever
	.loc 1 2970 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_910:
	.loc 1 2972 13
	# performAction: armWatchdogNeverFed();
	call fn.armWatchdogNeverFed
	.loc 1 2973 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_911:
	.loc 1 2975 13
	# performAction: actLast(SHUTDOWN_SOFT_RESET);
	movq $5, %rdi	# SHUTDOWN_SOFT_RESET
	call fn.actLast
	.loc 1 2976 13
	# performAction: break;
	jmp .Lendswitch_902
.Lcase_912:
	.loc 1 2978 13
	# performAction: break;
	jmp .Lendswitch_902
.Lendswitch_902:
.Lreturn_901:
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
	leaq .Lstring436(%rip), %rdi	# "acting"
	call fn.publishState
	.loc 1 2985 5
	# actLast: consoleDrain();
	call fn.consoleDrain
	.loc 1 2986 5
	# actLast: shutdownForever(reason);
	movq -8(%rbp), %rdi	# reason
	call fn.shutdownForever
.Lreturn_913:
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
.Lwhile_915:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_916
	.loc 1 2991 9
	# hangForever: if (sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	je .Lelse_917
	.loc 1 2992 13
	# hangForever: portPending(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.portPending
.Lelse_917:
	.loc 1 2994 9
	# hangForever: if (pollPorts(storePort, NO_PORT, 0, 0) < 0) {
	movq var.storePort(%rip), %rdi	# storePort
	movq $-1, %rsi	# NO_PORT
	movq $0, %rdx
	movq $0, %rcx
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_918
	.loc 1 2995 13
	# hangForever: yieldCpu();
	call fn.yieldCpu
.Lelse_918:
	jmp .Lwhile_915
.Lendwhile_916:
.Lreturn_914:
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
.Lwhile_920:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_921
	.loc 1 3002 9
	# spinForever: cpuRelax();
	pause	# cpuRelax: the spin-wait hint; the loop around it is the program's
	jmp .Lwhile_920
.Lendwhile_921:
.Lreturn_919:
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
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_923
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_923
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_923
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
	jge .Lelse_924
	.loc 1 3013 9
	# armWatchdogNeverFed: logErrno("watchdog: SCHEDOP_watchdog failed: error ", id);
	leaq .Lstring437(%rip), %rdi	# "watchdog: SCHEDOP_watchdog failed: erro
	movq -8(%rbp), %rsi	# id
	call fn.logErrno
	.loc 1 3014 9
	# armWatchdogNeverFed: return;
	jmp .Lreturn_922
.Lelse_924:
	.loc 1 3016 5
	# armWatchdogNeverFed: log("watchdog armed: 1 s, never fed");
	leaq .Lstring438(%rip), %rdi	# "watchdog armed: 1 s, never fed"
	call fn.log
.Lreturn_922:
	leave
	ret
.Ltrap_923:
	leaq .Lstring439(%rip), %rdi	# trap: kernel.ts:3010:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.armWatchdogNeverFed, .-fn.armWatchdogNeverFed

# function p2mEntry(pfn)
	.type fn.p2mEntry,@function
fn.p2mEntry:
	.loc 1 3095 1
	# p2mEntry: function p2mEntry(pfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter pfn
	.loc 1 3096 5
	# p2mEntry: if (pfn < p2mBuilderEntries) {
	movq -8(%rbp), %rax	# pfn
	movq var.p2mBuilderEntries(%rip), %rdi	# p2mBuilderEntries
	cmpq %rdi, %rax
	jge .Lelse_926
	.loc 1 3097 9
	# p2mEntry: return mfnList + pfn * 8;
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -8(%rbp), %rax	# pfn
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_927
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_927
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_927
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_928
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_928
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_928
	jmp .Lreturn_925
.Lelse_926:
	.loc 1 3099 5
	# p2mEntry: return p2mExtension + (pfn - p2mBuilderEntries) * 8;
	leaq buf.p2mExtension(%rip), %rax	# p2mExtension
	pushq %rax
	movq -8(%rbp), %rax	# pfn
	movq var.p2mBuilderEntries(%rip), %rdi	# p2mBuilderEntries
	subq %rdi, %rax	# -
	jo .Ltrap_929
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_929
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_929
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_930
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_930
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_930
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_931
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_931
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_931
.Lreturn_925:
	leave
	ret
.Ltrap_927:
	leaq .Lstring440(%rip), %rdi	# trap: kernel.ts:3097:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_928:
	leaq .Lstring441(%rip), %rdi	# trap: kernel.ts:3097:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_929:
	leaq .Lstring442(%rip), %rdi	# trap: kernel.ts:3099:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_930:
	leaq .Lstring443(%rip), %rdi	# trap: kernel.ts:3099:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_931:
	leaq .Lstring444(%rip), %rdi	# trap: kernel.ts:3099:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.p2mEntry, .-fn.p2mEntry

# function pvhRam(limitPfn)
	.type fn.pvhRam,@function
fn.pvhRam:
	.loc 1 3105 1
	# pvhRam: function pvhRam(limitPfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $80, %rsp	# 10 local slot(s)
	movq %rdi, -8(%rbp)	# parameter limitPfn
	.loc 1 3106 5
	# pvhRam: if (load32(hvmStartInfo + HVM_START_INFO_VERSION) >= 1) {
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $4, %rdi	# HVM_START_INFO_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_934
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_934
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_934
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $1, %rax	# compare with 1
	jl .Lelse_933
	.loc 1 3107 9
	# pvhRam: const map = load64(hvmStartInfo + HVM_START_INFO_MEMMAP_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $40, %rdi	# HVM_START_INFO_MEMMAP_PADDR
	addq %rdi, %rax	# +
	jo .Ltrap_935
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_935
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_935
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_936
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_936
	movq %rax, -16(%rbp)	# map
	.loc 1 3108 9
	# pvhRam: const entries = load32(hvmStartInfo + HVM_START_INFO_MEMMAP_ENTRIES);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $48, %rdi	# HVM_START_INFO_MEMMAP_ENTRIES
	addq %rdi, %rax	# +
	jo .Ltrap_937
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_937
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_937
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -24(%rbp)	# entries
	.loc 1 3109 9
	# pvhRam: let top = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# top
	.loc 1 3110 9
	# pvhRam: let below = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# below
	.loc 1 3111 9
	# pvhRam: for (let i = 0; i < entries && i < 128 && map !== 0 && map < IDENTITY...
	movq $0, %rax
	movq %rax, -48(%rbp)	# i
.Lfor_938:
	movq -48(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# entries
	cmpq %rdi, %rax
	jge .Lendfor_940
	movq -48(%rbp), %rax	# i
	cmpq $128, %rax	# compare with 128
	jge .Lendfor_940
	movq -16(%rbp), %rax	# map
	cmpq $0, %rax	# compare with 0
	je .Lendfor_940
	movq -16(%rbp), %rax	# map
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jge .Lendfor_940
	.loc 1 3112 13
	# pvhRam: const entry = map + i * HVM_MEMMAP_ENTRY_BYTES;
	movq -16(%rbp), %rax	# map
	pushq %rax
	movq -48(%rbp), %rax	# i
	movq $24, %rdi	# HVM_MEMMAP_ENTRY_BYTES
	imulq %rdi, %rax	# *
	jo .Ltrap_941
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_941
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_941
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_942
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_942
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_942
	movq %rax, -56(%rbp)	# entry
	.loc 1 3113 13
	# pvhRam: const start = Math.floor(load64(entry + HVM_MEMMAP_ADDR) / PAGE_SIZE);
	movq -56(%rbp), %rax	# entry
	movq $0, %rdi	# HVM_MEMMAP_ADDR
	addq %rdi, %rax	# +
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
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_943
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_943
	subq $1, %rax	# then the floor is one below
.Lfloored_943:
	movq %rax, -64(%rbp)	# start
	.loc 1 3114 13
	# pvhRam: const end = Math.floor((load64(entry + HVM_MEMMAP_ADDR) + load64(entr...
	movq -56(%rbp), %rax	# entry
	movq $0, %rdi	# HVM_MEMMAP_ADDR
	addq %rdi, %rax	# +
	jo .Ltrap_947
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_947
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_947
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_948
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_948
	pushq %rax
	movq -56(%rbp), %rax	# entry
	movq $8, %rdi	# HVM_MEMMAP_SIZE
	addq %rdi, %rax	# +
	jo .Ltrap_949
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_949
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_949
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_950
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_950
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_951
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_951
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_951
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_946
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_946
	subq $1, %rax	# then the floor is one below
.Lfloored_946:
	movq %rax, -72(%rbp)	# end
	.loc 1 3115 13
	# pvhRam: if (load32(entry + HVM_MEMMAP_TYPE) === HVM_MEMMAP_TYPE_RAM && end <=...
	movq -56(%rbp), %rax	# entry
	movq $16, %rdi	# HVM_MEMMAP_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_953
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_953
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_953
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $1, %rax	# compare with HVM_MEMMAP_TYPE_RAM
	jne .Lelse_952
	movq -72(%rbp), %rax	# end
	cmpq $1048576, %rax	# compare with Math.floor(IDENTITY_MAP_END / PAGE_SIZE)
	jg .Lelse_952
	.loc 1 3116 17
	# pvhRam: top = end > top ? end : top;
	movq -72(%rbp), %rax	# end
	movq -32(%rbp), %rdi	# top
	cmpq %rdi, %rax
	jle .Lelse_954
	movq -72(%rbp), %rax	# end
	jmp .Lendcond_955
.Lelse_954:
	movq -32(%rbp), %rax	# top
.Lendcond_955:
	movq %rax, -32(%rbp)	# top =
	.loc 1 3117 17
	# pvhRam: const stop = end < limitPfn ? end : limitPfn;
	movq -72(%rbp), %rax	# end
	movq -8(%rbp), %rdi	# limitPfn
	cmpq %rdi, %rax
	jge .Lelse_956
	movq -72(%rbp), %rax	# end
	jmp .Lendcond_957
.Lelse_956:
	movq -8(%rbp), %rax	# limitPfn
.Lendcond_957:
	movq %rax, -80(%rbp)	# stop
	.loc 1 3118 17
	# pvhRam: below = stop > start ? below + (stop - start) : below;
	movq -80(%rbp), %rax	# stop
	movq -64(%rbp), %rdi	# start
	cmpq %rdi, %rax
	jle .Lelse_958
	movq -40(%rbp), %rax	# below
	pushq %rax
	movq -80(%rbp), %rax	# stop
	movq -64(%rbp), %rdi	# start
	subq %rdi, %rax	# -
	jo .Ltrap_960
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_960
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_960
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_961
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_961
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_961
	jmp .Lendcond_959
.Lelse_958:
	movq -40(%rbp), %rax	# below
.Lendcond_959:
	movq %rax, -40(%rbp)	# below =
.Lelse_952:
.Lfornext_939:
	.loc 1 3111 88
	# pvhRam: i++
	movq -48(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_962
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_962
	movq %rax, -48(%rbp)	# i =
	jmp .Lfor_938
.Lendfor_940:
	.loc 1 3121 9
	# pvhRam: if (top > 0) {
	movq -32(%rbp), %rax	# top
	cmpq $0, %rax	# compare with 0
	jle .Lelse_963
	.loc 1 3122 13
	# pvhRam: return limitPfn === 0 ? top : below;
	movq -8(%rbp), %rax	# limitPfn
	cmpq $0, %rax	# compare with 0
	jne .Lelse_964
	movq -32(%rbp), %rax	# top
	jmp .Lendcond_965
.Lelse_964:
	movq -40(%rbp), %rax	# below
.Lendcond_965:
	jmp .Lreturn_932
.Lelse_963:
.Lelse_933:
	.loc 1 3125 5
	# pvhRam: return limitPfn === 0 ? currentReservation() : currentReservation() -...
	movq -8(%rbp), %rax	# limitPfn
	cmpq $0, %rax	# compare with 0
	jne .Lelse_966
	call fn.currentReservation
	jmp .Lendcond_967
.Lelse_966:
	call fn.currentReservation
	pushq %rax
	movq var.pvhInitialTop(%rip), %rax	# pvhInitialTop
	movq -8(%rbp), %rdi	# limitPfn
	subq %rdi, %rax	# -
	jo .Ltrap_968
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_968
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_968
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_969
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_969
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_969
.Lendcond_967:
.Lreturn_932:
	leave
	ret
.Ltrap_934:
	leaq .Lstring445(%rip), %rdi	# trap: kernel.ts:3106:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_935:
	leaq .Lstring446(%rip), %rdi	# trap: kernel.ts:3107:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_936:
	leaq .Lstring447(%rip), %rdi	# trap: kernel.ts:3107:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_937:
	leaq .Lstring448(%rip), %rdi	# trap: kernel.ts:3108:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_941:
	leaq .Lstring449(%rip), %rdi	# trap: kernel.ts:3112:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_942:
	leaq .Lstring450(%rip), %rdi	# trap: kernel.ts:3112:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_944:
	leaq .Lstring451(%rip), %rdi	# trap: kernel.ts:3113:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_945:
	leaq .Lstring452(%rip), %rdi	# trap: kernel.ts:3113:38: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_947:
	leaq .Lstring453(%rip), %rdi	# trap: kernel.ts:3114:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_948:
	leaq .Lstring454(%rip), %rdi	# trap: kernel.ts:3114:37: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_949:
	leaq .Lstring455(%rip), %rdi	# trap: kernel.ts:3114:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_950:
	leaq .Lstring456(%rip), %rdi	# trap: kernel.ts:3114:71: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_951:
	leaq .Lstring457(%rip), %rdi	# trap: kernel.ts:3114:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_953:
	leaq .Lstring458(%rip), %rdi	# trap: kernel.ts:3115:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_960:
	leaq .Lstring459(%rip), %rdi	# trap: kernel.ts:3118:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_961:
	leaq .Lstring460(%rip), %rdi	# trap: kernel.ts:3118:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_962:
	leaq .Lstring461(%rip), %rdi	# trap: kernel.ts:3111:88: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_968:
	leaq .Lstring462(%rip), %rdi	# trap: kernel.ts:3125:76: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_969:
	leaq .Lstring463(%rip), %rdi	# trap: kernel.ts:3125:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pvhRam, .-fn.pvhRam

# function balloonHeld()
	.type fn.balloonHeld,@function
fn.balloonHeld:
	.loc 1 3134 1
	# balloonHeld: function balloonHeld(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3135 5
	# balloonHeld: return bootMode === BOOT_MODE_PV ? pagesHeld() : pvhRam(balloonTop);
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_971
	call fn.pagesHeld
	jmp .Lendcond_972
.Lelse_971:
	movq var.balloonTop(%rip), %rdi	# balloonTop
	call fn.pvhRam
.Lendcond_972:
.Lreturn_970:
	leave
	ret
	.size fn.balloonHeld, .-fn.balloonHeld

# function measureMemory()
	.type fn.measureMemory,@function
fn.measureMemory:
	.loc 1 3140 1
	# measureMemory: function measureMemory(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3141 5
	# measureMemory: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_974
	.loc 1 3142 9
	# measureMemory: balloonTop = domainPages;
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3143 9
	# measureMemory: p2mBuilderEntries = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - ...
	movq var.domainPages(%rip), %rax	# domainPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_976
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_976
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_976
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_976
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_976
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_976
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_975
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_975
	subq $1, %rax	# then the floor is one below
.Lfloored_975:
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_977
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_977
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_977
	movq %rax, var.p2mBuilderEntries(%rip)	# p2mBuilderEntries =
	.loc 1 3145 9
	# measureMemory: balloonPfnLimit = p2mBuilderEntries + P2M_EXTENSION_ENTRIES;
	movq var.p2mBuilderEntries(%rip), %rax	# p2mBuilderEntries
	movq $16384, %rdi	# P2M_EXTENSION_ENTRIES
	addq %rdi, %rax	# +
	jo .Ltrap_978
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_978
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_978
	movq %rax, var.balloonPfnLimit(%rip)	# balloonPfnLimit =
	.loc 1 3147 9
	# measureMemory: const piecesEnd = Math.floor(load64(startInfo + START_INFO_PT_BASE) /...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $88, %rdi	# START_INFO_PT_BASE
	addq %rdi, %rax	# +
	jo .Ltrap_980
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_980
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_980
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_981
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_981
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_979
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_979
	subq $1, %rax	# then the floor is one below
.Lfloored_979:
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	movq $96, %rdi	# START_INFO_NR_PT_FRAMES
	addq %rdi, %rax	# +
	jo .Ltrap_982
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_982
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_982
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_983
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_983
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_984
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_984
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_984
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_984
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_984
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_984
	movq %rax, -8(%rbp)	# piecesEnd
	.loc 1 3149 9
	# measureMemory: const mappedEnd = Math.floor((piecesEnd + 128 + MIB_4_PAGES - 1) / MI...
	movq -8(%rbp), %rax	# piecesEnd
	movq $128, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_986
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_986
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_986
	movq $1024, %rdi	# MIB_4_PAGES
	addq %rdi, %rax	# +
	jo .Ltrap_986
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_986
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_986
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_986
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_986
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_986
	movq $1024, %rdi	# MIB_4_PAGES
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_985
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_985
	subq $1, %rax	# then the floor is one below
.Lfloored_985:
	movq $1024, %rdi	# MIB_4_PAGES
	imulq %rdi, %rax	# *
	jo .Ltrap_987
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_987
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_987
	movq %rax, -16(%rbp)	# mappedEnd
	.loc 1 3150 9
	# measureMemory: balloonFloorPfn = mappedEnd < domainPages ? mappedEnd : domainPages;
	movq -16(%rbp), %rax	# mappedEnd
	movq var.domainPages(%rip), %rdi	# domainPages
	cmpq %rdi, %rax
	jge .Lelse_988
	movq -16(%rbp), %rax	# mappedEnd
	jmp .Lendcond_989
.Lelse_988:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_989:
	movq %rax, var.balloonFloorPfn(%rip)	# balloonFloorPfn =
	.loc 1 3151 9
	# measureMemory: return;
	jmp .Lreturn_973
.Lelse_974:
	.loc 1 3153 5
	# measureMemory: balloonTop = pvhRam(0);
	movq $0, %rdi
	call fn.pvhRam
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3154 5
	# measureMemory: pvhInitialTop = balloonTop;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, var.pvhInitialTop(%rip)	# pvhInitialTop =
	.loc 1 3155 5
	# measureMemory: balloonPfnLimit = PVH_PFN_LIMIT;
	movq $786432, %rax	# PVH_PFN_LIMIT
	movq %rax, var.balloonPfnLimit(%rip)	# balloonPfnLimit =
	.loc 1 3156 5
	# measureMemory: balloonFloorPfn = Math.floor((addressOf("_image_end") + 2 * 1048576 -...
	leaq _image_end(%rip), %rax	# addressOf("_image_end")
	pushq %rax
	movq $2, %rax
	movq $1048576, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_991
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_991
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_991
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_992
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_992
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_992
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_992
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_992
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_992
	pushq %rax
	movq $2, %rax
	movq $1048576, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_993
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_993
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_993
	movq %rax, %rdi
	popq %rax
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_990
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_990
	subq $1, %rax	# then the floor is one below
.Lfloored_990:
	movq $512, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_994
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_994
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_994
	movq $512, %rdi	# PVH_FLOOR_MARGIN_PAGES
	addq %rdi, %rax	# +
	jo .Ltrap_994
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_994
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_994
	movq %rax, var.balloonFloorPfn(%rip)	# balloonFloorPfn =
.Lreturn_973:
	leave
	ret
.Ltrap_976:
	leaq .Lstring464(%rip), %rdi	# trap: kernel.ts:3143:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_977:
	leaq .Lstring465(%rip), %rdi	# trap: kernel.ts:3143:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_978:
	leaq .Lstring466(%rip), %rdi	# trap: kernel.ts:3145:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_980:
	leaq .Lstring467(%rip), %rdi	# trap: kernel.ts:3147:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_981:
	leaq .Lstring468(%rip), %rdi	# trap: kernel.ts:3147:38: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_982:
	leaq .Lstring469(%rip), %rdi	# trap: kernel.ts:3148:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_983:
	leaq .Lstring470(%rip), %rdi	# trap: kernel.ts:3148:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_984:
	leaq .Lstring471(%rip), %rdi	# trap: kernel.ts:3147:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_986:
	leaq .Lstring472(%rip), %rdi	# trap: kernel.ts:3149:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_987:
	leaq .Lstring473(%rip), %rdi	# trap: kernel.ts:3149:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_991:
	leaq .Lstring474(%rip), %rdi	# trap: kernel.ts:3156:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_992:
	leaq .Lstring475(%rip), %rdi	# trap: kernel.ts:3156:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_993:
	leaq .Lstring476(%rip), %rdi	# trap: kernel.ts:3156:81: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_994:
	leaq .Lstring477(%rip), %rdi	# trap: kernel.ts:3156:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.measureMemory, .-fn.measureMemory

# function extendP2m()
	.type fn.extendP2m,@function
fn.extendP2m:
	.loc 1 3163 1
	# extendP2m: function extendP2m(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3164 5
	# extendP2m: if (bootMode !== BOOT_MODE_PV || p2mExtended) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lskip_997
	movq var.p2mExtended(%rip), %rax	# p2mExtended
	testq %rax, %rax
	je .Lelse_996
.Lskip_997:
	.loc 1 3165 9
	# extendP2m: return;
	jmp .Lreturn_995
.Lelse_996:
	.loc 1 3167 5
	# extendP2m: for (let pfn = balloonTop; pfn < balloonPfnLimit; pfn++) {
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, -8(%rbp)	# pfn
.Lfor_998:
	movq -8(%rbp), %rax	# pfn
	movq var.balloonPfnLimit(%rip), %rdi	# balloonPfnLimit
	cmpq %rdi, %rax
	jge .Lendfor_1000
	.loc 1 3168 9
	# extendP2m: store64(p2mEntry(pfn), INVALID_P2M_ENTRY);
	movq -8(%rbp), %rdi	# pfn
	call fn.p2mEntry
	movq %rax, %rdi
	movq $-1, %rax	# INVALID_P2M_ENTRY
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_999:
	.loc 1 3167 55
	# extendP2m: pfn++
	movq -8(%rbp), %rax	# pfn
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1001
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1001
	movq %rax, -8(%rbp)	# pfn =
	jmp .Lfor_998
.Lendfor_1000:
	.loc 1 3170 5
	# extendP2m: p2mExtended = true;
	movq $1, %rax	# true
	movq %rax, var.p2mExtended(%rip)	# p2mExtended =
	.loc 1 3171 5
	# extendP2m: publishFrameListTree();
	call fn.publishFrameListTree
.Lreturn_995:
	leave
	ret
.Ltrap_1001:
	leaq .Lstring478(%rip), %rdi	# trap: kernel.ts:3167:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.extendP2m, .-fn.extendP2m

# function maximumReservation()
	.type fn.maximumReservation,@function
fn.maximumReservation:
	.loc 1 3174 1
	# maximumReservation: function maximumReservation(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3175 5
	# maximumReservation: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 3176 5
	# maximumReservation: return hypercall(HYPERCALL_MEMORY_OP, XENMEM_MAXIMUM_RESERVATION, hyp...
	movq $4, %rdi	# XENMEM_MAXIMUM_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lreturn_1002:
	leave
	ret
	.size fn.maximumReservation, .-fn.maximumReservation

# function reservationCall(op, count)
	.type fn.reservationCall,@function
fn.reservationCall:
	.loc 1 3180 1
	# reservationCall: function reservationCall(op: number, count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter op
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 3181 5
	# reservationCall: store64(hypercallArguments + RESERVATION_EXTENT_START, balloonFrames);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $0, %rdi	# RESERVATION_EXTENT_START
	addq %rdi, %rax	# +
	jo .Ltrap_1004
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1004
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1004
	movq %rax, %rdi
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 3182 5
	# reservationCall: store64(hypercallArguments + RESERVATION_NR_EXTENTS, count);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi	# RESERVATION_NR_EXTENTS
	addq %rdi, %rax	# +
	jo .Ltrap_1005
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1005
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1005
	movq %rax, %rdi
	movq -16(%rbp), %rax	# count
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 3183 5
	# reservationCall: store32(hypercallArguments + RESERVATION_EXTENT_ORDER, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $16, %rdi	# RESERVATION_EXTENT_ORDER
	addq %rdi, %rax	# +
	jo .Ltrap_1006
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1006
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1006
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3184 5
	# reservationCall: store32(hypercallArguments + RESERVATION_MEM_FLAGS, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $20, %rdi	# RESERVATION_MEM_FLAGS
	addq %rdi, %rax	# +
	jo .Ltrap_1007
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1007
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1007
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 3185 5
	# reservationCall: store16(hypercallArguments + RESERVATION_DOMID, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $24, %rdi	# RESERVATION_DOMID
	addq %rdi, %rax	# +
	jo .Ltrap_1008
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1008
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1008
	movq %rax, %rdi
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 3186 5
	# reservationCall: const done = op === XENMEM_DECREASE_RESERVATION ?
	movq -8(%rbp), %rax	# op
	cmpq $1, %rax	# compare with XENMEM_DECREASE_RESERVATION
	jne .Lelse_1009
	movq $1, %rdi	# XENMEM_DECREASE_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
	jmp .Lendcond_1010
.Lelse_1009:
	movq $6, %rdi	# XENMEM_POPULATE_PHYSMAP
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lendcond_1010:
	movq %rax, -24(%rbp)	# done
	.loc 1 3189 5
	# reservationCall: return done < 0 ? 0 : done;
	movq -24(%rbp), %rax	# done
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1011
	movq $0, %rax
	jmp .Lendcond_1012
.Lelse_1011:
	movq -24(%rbp), %rax	# done
.Lendcond_1012:
.Lreturn_1003:
	leave
	ret
.Ltrap_1004:
	leaq .Lstring479(%rip), %rdi	# trap: kernel.ts:3181:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1005:
	leaq .Lstring480(%rip), %rdi	# trap: kernel.ts:3182:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1006:
	leaq .Lstring481(%rip), %rdi	# trap: kernel.ts:3183:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1007:
	leaq .Lstring482(%rip), %rdi	# trap: kernel.ts:3184:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1008:
	leaq .Lstring483(%rip), %rdi	# trap: kernel.ts:3185:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.reservationCall, .-fn.reservationCall

# function giveBack(count)
	.type fn.giveBack,@function
fn.giveBack:
	.loc 1 3193 1
	# giveBack: function giveBack(count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter count
	.loc 1 3194 5
	# giveBack: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1014:
	movq -16(%rbp), %rax	# i
	movq -8(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_1016
	.loc 1 3195 9
	# giveBack: const pfn = balloonTop - 1 - i;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1017
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1017
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1017
	movq -16(%rbp), %rdi	# i
	subq %rdi, %rax	# -
	jo .Ltrap_1017
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1017
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1017
	movq %rax, -24(%rbp)	# pfn
	.loc 1 3196 9
	# giveBack: store64(balloonFrames + i * 8, bootMode === BOOT_MODE_PV ? load64(p2m...
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	pushq %rax
	movq -16(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_1018
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1018
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1018
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1019
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1019
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1019
	pushq %rax
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1020
	movq -24(%rbp), %rdi	# pfn
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.p2mEntry
	addq $8, %rsp
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1022
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1022
	jmp .Lendcond_1021
.Lelse_1020:
	movq -24(%rbp), %rax	# pfn
.Lendcond_1021:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1015:
	.loc 1 3194 32
	# giveBack: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1023
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1023
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1014
.Lendfor_1016:
	.loc 1 3198 5
	# giveBack: const done = reservationCall(XENMEM_DECREASE_RESERVATION, count);
	movq $1, %rdi	# XENMEM_DECREASE_RESERVATION
	movq -8(%rbp), %rsi	# count
	call fn.reservationCall
	movq %rax, -32(%rbp)	# done
	.loc 1 3199 5
	# giveBack: for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# i
.Lfor_1024:
	movq -40(%rbp), %rax	# i
	movq -32(%rbp), %rdi	# done
	cmpq %rdi, %rax
	jge .Lendfor_1026
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lendfor_1026
	.loc 1 3200 9
	# giveBack: store64(p2mEntry(balloonTop - 1 - i), INVALID_P2M_ENTRY);
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1027
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1027
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1027
	movq -40(%rbp), %rdi	# i
	subq %rdi, %rax	# -
	jo .Ltrap_1027
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1027
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1027
	movq %rax, %rdi
	call fn.p2mEntry
	movq %rax, %rdi
	movq $-1, %rax	# INVALID_P2M_ENTRY
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1025:
	.loc 1 3199 60
	# giveBack: i++
	movq -40(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1028
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1028
	movq %rax, -40(%rbp)	# i =
	jmp .Lfor_1024
.Lendfor_1026:
	.loc 1 3202 5
	# giveBack: balloonTop = balloonTop - done;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq -32(%rbp), %rdi	# done
	subq %rdi, %rax	# -
	jo .Ltrap_1029
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1029
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1029
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3203 5
	# giveBack: return done;
	movq -32(%rbp), %rax	# done
.Lreturn_1013:
	leave
	ret
.Ltrap_1017:
	leaq .Lstring484(%rip), %rdi	# trap: kernel.ts:3195:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1018:
	leaq .Lstring485(%rip), %rdi	# trap: kernel.ts:3196:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1019:
	leaq .Lstring486(%rip), %rdi	# trap: kernel.ts:3196:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1022:
	leaq .Lstring487(%rip), %rdi	# trap: kernel.ts:3196:68: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1023:
	leaq .Lstring488(%rip), %rdi	# trap: kernel.ts:3194:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1027:
	leaq .Lstring489(%rip), %rdi	# trap: kernel.ts:3200:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1028:
	leaq .Lstring490(%rip), %rdi	# trap: kernel.ts:3199:60: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1029:
	leaq .Lstring491(%rip), %rdi	# trap: kernel.ts:3202:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.giveBack, .-fn.giveBack

# function takeBack(count)
	.type fn.takeBack,@function
fn.takeBack:
	.loc 1 3207 1
	# takeBack: function takeBack(count: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter count
	.loc 1 3208 5
	# takeBack: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1031:
	movq -16(%rbp), %rax	# i
	movq -8(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_1033
	.loc 1 3209 9
	# takeBack: store64(balloonFrames + i * 8, balloonTop + i);
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	pushq %rax
	movq -16(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_1034
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1034
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1034
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1035
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1035
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1035
	pushq %rax
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1036
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1036
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1036
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1032:
	.loc 1 3208 32
	# takeBack: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1037
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1037
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1031
.Lendfor_1033:
	.loc 1 3211 5
	# takeBack: const done = reservationCall(XENMEM_POPULATE_PHYSMAP, count);
	movq $6, %rdi	# XENMEM_POPULATE_PHYSMAP
	movq -8(%rbp), %rsi	# count
	call fn.reservationCall
	movq %rax, -24(%rbp)	# done
	.loc 1 3212 5
	# takeBack: for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_1038:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# done
	cmpq %rdi, %rax
	jge .Lendfor_1040
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lendfor_1040
	.loc 1 3213 9
	# takeBack: store64(p2mEntry(balloonTop + i), load64(balloonFrames + i * 8));
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1041
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1041
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1041
	movq %rax, %rdi
	call fn.p2mEntry
	pushq %rax
	leaq buf.balloonFrames(%rip), %rax	# balloonFrames
	pushq %rax
	movq -32(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_1042
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1042
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1042
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1043
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1043
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1043
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1044
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1044
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_1039:
	.loc 1 3212 60
	# takeBack: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1045
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1045
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_1038
.Lendfor_1040:
	.loc 1 3215 5
	# takeBack: balloonTop = balloonTop + done;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq -24(%rbp), %rdi	# done
	addq %rdi, %rax	# +
	jo .Ltrap_1046
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1046
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1046
	movq %rax, var.balloonTop(%rip)	# balloonTop =
	.loc 1 3216 5
	# takeBack: return done;
	movq -24(%rbp), %rax	# done
.Lreturn_1030:
	leave
	ret
.Ltrap_1034:
	leaq .Lstring492(%rip), %rdi	# trap: kernel.ts:3209:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1035:
	leaq .Lstring493(%rip), %rdi	# trap: kernel.ts:3209:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1036:
	leaq .Lstring494(%rip), %rdi	# trap: kernel.ts:3209:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1037:
	leaq .Lstring495(%rip), %rdi	# trap: kernel.ts:3208:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1041:
	leaq .Lstring496(%rip), %rdi	# trap: kernel.ts:3213:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1042:
	leaq .Lstring497(%rip), %rdi	# trap: kernel.ts:3213:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1043:
	leaq .Lstring498(%rip), %rdi	# trap: kernel.ts:3213:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1044:
	leaq .Lstring499(%rip), %rdi	# trap: kernel.ts:3213:43: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1045:
	leaq .Lstring500(%rip), %rdi	# trap: kernel.ts:3212:60: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1046:
	leaq .Lstring501(%rip), %rdi	# trap: kernel.ts:3215:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.takeBack, .-fn.takeBack

# function printKib(pages)
	.type fn.printKib,@function
fn.printKib:
	.loc 1 3219 1
	# printKib: function printKib(pages: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter pages
	.loc 1 3220 5
	# printKib: printDecimal(pages * KIB_PER_PAGE);
	movq -8(%rbp), %rax	# pages
	movq $4, %rdi	# KIB_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_1048
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1048
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1048
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3221 5
	# printKib: print(" KiB");
	leaq .Lstring502(%rip), %rdi	# " KiB"
	call fn.print
.Lreturn_1047:
	leave
	ret
.Ltrap_1048:
	leaq .Lstring503(%rip), %rdi	# trap: kernel.ts:3220:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printKib, .-fn.printKib

# function setBalloon(mode, amount)
	.type fn.setBalloon,@function
fn.setBalloon:
	.loc 1 3226 1
	# setBalloon: function setBalloon(mode: number, amount: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	movq %rsi, -16(%rbp)	# parameter amount
	.loc 1 3227 5
	# setBalloon: balloonMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.balloonMode(%rip)	# balloonMode =
	.loc 1 3228 5
	# setBalloon: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3229 5
	# setBalloon: resultAppend("balloon: ");
	leaq .Lstring504(%rip), %rdi	# "balloon: "
	call fn.resultAppend
	.loc 1 3230 5
	# setBalloon: print("balloon: ");
	leaq .Lstring504(%rip), %rdi	# "balloon: "
	call fn.print
	.loc 1 3231 5
	# setBalloon: if (mode === BALLOON_OFF) {
	movq -8(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with BALLOON_OFF
	jne .Lelse_1050
	.loc 1 3232 9
	# setBalloon: log("off");
	leaq .Lstring420(%rip), %rdi	# "off"
	call fn.log
	.loc 1 3233 9
	# setBalloon: resultAppend("off");
	leaq .Lstring420(%rip), %rdi	# "off"
	call fn.resultAppend
	.loc 1 3234 9
	# setBalloon: if (targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	je .Lelse_1051
	.loc 1 3235 13
	# setBalloon: const result = storeUnwatch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring418(%rip), %rdi	# "memory/target"
	leaq .Lstring165(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.storeUnwatch
	movq %rax, -24(%rbp)	# result
	.loc 1 3236 13
	# setBalloon: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1052
	.loc 1 3237 17
	# setBalloon: logPathError("xenstore: cannot unwatch ", "memory/target", result);
	leaq .Lstring505(%rip), %rdi	# "xenstore: cannot unwatch "
	leaq .Lstring418(%rip), %rsi	# "memory/target"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1052:
	.loc 1 3239 13
	# setBalloon: targetWatched = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatched(%rip)	# targetWatched =
.Lelse_1051:
	.loc 1 3241 9
	# setBalloon: return;
	jmp .Lreturn_1049
.Lelse_1050:
	.loc 1 3243 5
	# setBalloon: if (mode === BALLOON_SLOW) {
	movq -8(%rbp), %rax	# mode
	cmpq $3, %rax	# compare with BALLOON_SLOW
	jne .Lelse_1053
	.loc 1 3244 9
	# setBalloon: balloonRate = amount;
	movq -16(%rbp), %rax	# amount
	movq %rax, var.balloonRate(%rip)	# balloonRate =
	.loc 1 3245 9
	# setBalloon: print("slow, ");
	leaq .Lstring506(%rip), %rdi	# "slow, "
	call fn.print
	.loc 1 3246 9
	# setBalloon: printDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.printDecimal
	.loc 1 3247 9
	# setBalloon: log(" pages a second");
	leaq .Lstring507(%rip), %rdi	# " pages a second"
	call fn.log
	.loc 1 3248 9
	# setBalloon: resultAppend("slow");
	leaq .Lstring508(%rip), %rdi	# "slow"
	call fn.resultAppend
	jmp .Lendif_1054
.Lelse_1053:
	.loc 1 3249 12
	# setBalloon: if (mode === BALLOON_PARTIAL) {
	movq -8(%rbp), %rax	# mode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1055
	.loc 1 3250 9
	# setBalloon: balloonPercent = amount;
	movq -16(%rbp), %rax	# amount
	movq %rax, var.balloonPercent(%rip)	# balloonPercent =
	.loc 1 3251 9
	# setBalloon: print("partial, ");
	leaq .Lstring509(%rip), %rdi	# "partial, "
	call fn.print
	.loc 1 3252 9
	# setBalloon: printDecimal(amount);
	movq -16(%rbp), %rdi	# amount
	call fn.printDecimal
	.loc 1 3253 9
	# setBalloon: log(" %");
	leaq .Lstring510(%rip), %rdi	# " %"
	call fn.log
	.loc 1 3254 9
	# setBalloon: resultAppend("partial");
	leaq .Lstring511(%rip), %rdi	# "partial"
	call fn.resultAppend
	jmp .Lendif_1056
.Lelse_1055:
	.loc 1 3256 9
	# setBalloon: log(mode === BALLOON_OBEY ? "obey" : "refuse");
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	jne .Lelse_1057
	leaq .Lstring512(%rip), %rax	# "obey"
	jmp .Lendcond_1058
.Lelse_1057:
	leaq .Lstring513(%rip), %rax	# "refuse"
.Lendcond_1058:
	movq %rax, %rdi
	call fn.log
	.loc 1 3257 9
	# setBalloon: resultAppend(mode === BALLOON_OBEY ? "obey" : "refuse");
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	jne .Lelse_1059
	leaq .Lstring512(%rip), %rax	# "obey"
	jmp .Lendcond_1060
.Lelse_1059:
	leaq .Lstring513(%rip), %rax	# "refuse"
.Lendcond_1060:
	movq %rax, %rdi
	call fn.resultAppend
.Lendif_1056:
.Lendif_1054:
	.loc 1 3259 5
	# setBalloon: extendP2m();
	call fn.extendP2m
	.loc 1 3260 5
	# setBalloon: if (!targetWatched) {
	movq var.targetWatched(%rip), %rax	# targetWatched
	testq %rax, %rax
	jne .Lelse_1061
	.loc 1 3261 9
	# setBalloon: watch("memory/target", WATCH_TOKEN_TARGET);
	leaq .Lstring418(%rip), %rdi	# "memory/target"
	leaq .Lstring165(%rip), %rsi	# WATCH_TOKEN_TARGET
	call fn.watch
	.loc 1 3262 9
	# setBalloon: targetWatched = true;
	movq $1, %rax	# true
	movq %rax, var.targetWatched(%rip)	# targetWatched =
.Lelse_1061:
.Lreturn_1049:
	leave
	ret
	.size fn.setBalloon, .-fn.setBalloon

# function handleBalloonCommand()
	.type fn.handleBalloonCommand,@function
fn.handleBalloonCommand:
	.loc 1 3267 1
	# handleBalloonCommand: function handleBalloonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 3268 5
	# handleBalloonCommand: const word = commandValue + 8;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1063
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1063
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1063
	movq %rax, -8(%rbp)	# word
	.loc 1 3269 5
	# handleBalloonCommand: const wordLength = commandLength - 8;
	movq var.commandLength(%rip), %rax	# commandLength
	movq $8, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1064
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1064
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1064
	movq %rax, -16(%rbp)	# wordLength
	.loc 1 3270 5
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "obey")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring512(%rip), %rdx	# "obey"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1065
	.loc 1 3271 9
	# handleBalloonCommand: setBalloon(BALLOON_OBEY, 0);
	movq $1, %rdi	# BALLOON_OBEY
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_1066
.Lelse_1065:
	.loc 1 3272 12
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "refuse")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring513(%rip), %rdx	# "refuse"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1067
	.loc 1 3273 9
	# handleBalloonCommand: setBalloon(BALLOON_REFUSE, 0);
	movq $2, %rdi	# BALLOON_REFUSE
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_1068
.Lelse_1067:
	.loc 1 3274 12
	# handleBalloonCommand: if (bytesEqual(word, wordLength, "off")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring420(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1069
	.loc 1 3275 9
	# handleBalloonCommand: setBalloon(BALLOON_OFF, 0);
	movq $0, %rdi	# BALLOON_OFF
	movq $0, %rsi
	call fn.setBalloon
	jmp .Lendif_1070
.Lelse_1069:
	.loc 1 3276 12
	# handleBalloonCommand: if (bytesStartWith(word, wordLength, "slow:")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring514(%rip), %rdx	# "slow:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_1071
	.loc 1 3277 9
	# handleBalloonCommand: const rate = wordLength - 5 > 7 ? -1 : decimalFromBytes(word + 5, wor...
	movq -16(%rbp), %rax	# wordLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1074
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1074
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1074
	cmpq $7, %rax	# compare with 7
	jle .Lelse_1072
	movq $-1, %rax
	jmp .Lendcond_1073
.Lelse_1072:
	movq -8(%rbp), %rax	# word
	movq $5, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1075
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1075
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1075
	pushq %rax
	movq -16(%rbp), %rax	# wordLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1076
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1076
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1076
	movq %rax, %rsi
	popq %rdi
	call fn.decimalFromBytes
.Lendcond_1073:
	movq %rax, -24(%rbp)	# rate
	.loc 1 3278 9
	# handleBalloonCommand: if (rate < 1 || rate > BALLOON_RATE_MAX) {
	movq -24(%rbp), %rax	# rate
	cmpq $1, %rax	# compare with 1
	jl .Lskip_1078
	movq -24(%rbp), %rax	# rate
	cmpq $1048576, %rax	# compare with BALLOON_RATE_MAX
	jle .Lelse_1077
.Lskip_1078:
	.loc 1 3279 13
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
	.loc 1 3280 13
	# handleBalloonCommand: return;
	jmp .Lreturn_1062
.Lelse_1077:
	.loc 1 3282 9
	# handleBalloonCommand: setBalloon(BALLOON_SLOW, rate);
	movq $3, %rdi	# BALLOON_SLOW
	movq -24(%rbp), %rsi	# rate
	call fn.setBalloon
	jmp .Lendif_1079
.Lelse_1071:
	.loc 1 3283 12
	# handleBalloonCommand: if (bytesStartWith(word, wordLength, "partial:")) {
	movq -8(%rbp), %rdi	# word
	movq -16(%rbp), %rsi	# wordLength
	leaq .Lstring515(%rip), %rdx	# "partial:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_1080
	.loc 1 3284 9
	# handleBalloonCommand: const percent = wordLength - 8 > 3 ? -1 : decimalFromBytes(word + 8, ...
	movq -16(%rbp), %rax	# wordLength
	movq $8, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1083
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1083
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1083
	cmpq $3, %rax	# compare with 3
	jle .Lelse_1081
	movq $-1, %rax
	jmp .Lendcond_1082
.Lelse_1081:
	movq -8(%rbp), %rax	# word
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1084
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1084
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1084
	pushq %rax
	movq -16(%rbp), %rax	# wordLength
	movq $8, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1085
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1085
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1085
	movq %rax, %rsi
	popq %rdi
	call fn.decimalFromBytes
.Lendcond_1082:
	movq %rax, -32(%rbp)	# percent
	.loc 1 3285 9
	# handleBalloonCommand: if (percent < 0 || percent > 100) {
	movq -32(%rbp), %rax	# percent
	cmpq $0, %rax	# compare with 0
	jl .Lskip_1087
	movq -32(%rbp), %rax	# percent
	cmpq $100, %rax	# compare with 100
	jle .Lelse_1086
.Lskip_1087:
	.loc 1 3286 13
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
	.loc 1 3287 13
	# handleBalloonCommand: return;
	jmp .Lreturn_1062
.Lelse_1086:
	.loc 1 3289 9
	# handleBalloonCommand: setBalloon(BALLOON_PARTIAL, percent);
	movq $4, %rdi	# BALLOON_PARTIAL
	movq -32(%rbp), %rsi	# percent
	call fn.setBalloon
	jmp .Lendif_1088
.Lelse_1080:
	.loc 1 3291 9
	# handleBalloonCommand: reportBogus(BOGUS_BALLOON_FORM);
	movq $21, %rdi	# BOGUS_BALLOON_FORM
	call fn.reportBogus
.Lendif_1088:
.Lendif_1079:
.Lendif_1070:
.Lendif_1068:
.Lendif_1066:
.Lreturn_1062:
	leave
	ret
.Ltrap_1063:
	leaq .Lstring516(%rip), %rdi	# trap: kernel.ts:3268:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1064:
	leaq .Lstring517(%rip), %rdi	# trap: kernel.ts:3269:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1074:
	leaq .Lstring518(%rip), %rdi	# trap: kernel.ts:3277:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1075:
	leaq .Lstring519(%rip), %rdi	# trap: kernel.ts:3277:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1076:
	leaq .Lstring520(%rip), %rdi	# trap: kernel.ts:3277:75: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1083:
	leaq .Lstring521(%rip), %rdi	# trap: kernel.ts:3284:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1084:
	leaq .Lstring522(%rip), %rdi	# trap: kernel.ts:3284:68: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1085:
	leaq .Lstring523(%rip), %rdi	# trap: kernel.ts:3284:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleBalloonCommand, .-fn.handleBalloonCommand

# function handleTarget()
	.type fn.handleTarget,@function
fn.handleTarget:
	.loc 1 3296 1
	# handleTarget: function handleTarget(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 7 local slot(s)
	.loc 1 3297 5
	# handleTarget: if (!readControlKey("memory/target") || balloonMode === BALLOON_OFF) {
	leaq .Lstring418(%rip), %rdi	# "memory/target"
	call fn.readControlKey
	testq %rax, %rax
	je .Lskip_1091
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $0, %rax	# compare with BALLOON_OFF
	jne .Lelse_1090
.Lskip_1091:
	.loc 1 3298 9
	# handleTarget: return;
	jmp .Lreturn_1089
.Lelse_1090:
	.loc 1 3300 5
	# handleTarget: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3301 5
	# handleTarget: const kib = commandLength > TARGET_DIGITS_MAX ? -1 : decimalFromBytes...
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $12, %rax	# compare with TARGET_DIGITS_MAX
	jle .Lelse_1092
	movq $-1, %rax
	jmp .Lendcond_1093
.Lelse_1092:
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.decimalFromBytes
.Lendcond_1093:
	movq %rax, -8(%rbp)	# kib
	.loc 1 3302 5
	# handleTarget: if (kib <= 0) {
	movq -8(%rbp), %rax	# kib
	cmpq $0, %rax	# compare with 0
	jg .Lelse_1094
	.loc 1 3303 9
	# handleTarget: log("balloon: target ignored: not a positive number of KiB");
	leaq .Lstring524(%rip), %rdi	# "balloon: target ignored: not a positive
	call fn.log
	.loc 1 3304 9
	# handleTarget: return;
	jmp .Lreturn_1089
.Lelse_1094:
	.loc 1 3306 5
	# handleTarget: if (balloonMode === BALLOON_REFUSE) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $2, %rax	# compare with BALLOON_REFUSE
	jne .Lelse_1095
	.loc 1 3307 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring525(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3308 9
	# handleTarget: printDecimal(kib);
	movq -8(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3309 9
	# handleTarget: log(" KiB; refusing");
	leaq .Lstring526(%rip), %rdi	# " KiB; refusing"
	call fn.log
	.loc 1 3310 9
	# handleTarget: return;
	jmp .Lreturn_1089
.Lelse_1095:
	.loc 1 3312 5
	# handleTarget: const held = balloonHeld();
	call fn.balloonHeld
	movq %rax, -16(%rbp)	# held
	.loc 1 3313 5
	# handleTarget: let goal = Math.floor(kib / KIB_PER_PAGE);
	movq -8(%rbp), %rax	# kib
	movq $4, %rdi	# KIB_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1096
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1096
	subq $1, %rax	# then the floor is one below
.Lfloored_1096:
	movq %rax, -24(%rbp)	# goal
	.loc 1 3316 5
	# handleTarget: const least = held - (balloonTop - balloonFloorPfn);
	movq -16(%rbp), %rax	# held
	pushq %rax
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq var.balloonFloorPfn(%rip), %rdi	# balloonFloorPfn
	subq %rdi, %rax	# -
	jo .Ltrap_1097
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1097
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1097
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_1098
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1098
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1098
	movq %rax, -32(%rbp)	# least
	.loc 1 3317 5
	# handleTarget: const maximum = maximumReservation();
	call fn.maximumReservation
	movq %rax, -40(%rbp)	# maximum
	.loc 1 3318 5
	# handleTarget: let most = held + (balloonPfnLimit - balloonTop);
	movq -16(%rbp), %rax	# held
	pushq %rax
	movq var.balloonPfnLimit(%rip), %rax	# balloonPfnLimit
	movq var.balloonTop(%rip), %rdi	# balloonTop
	subq %rdi, %rax	# -
	jo .Ltrap_1099
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1099
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1099
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1100
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1100
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1100
	movq %rax, -48(%rbp)	# most
	.loc 1 3319 5
	# handleTarget: if (maximum > 0 && maximum < most) {
	movq -40(%rbp), %rax	# maximum
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1101
	movq -40(%rbp), %rax	# maximum
	movq -48(%rbp), %rdi	# most
	cmpq %rdi, %rax
	jge .Lelse_1101
	.loc 1 3320 9
	# handleTarget: most = maximum;
	movq -40(%rbp), %rax	# maximum
	movq %rax, -48(%rbp)	# most =
.Lelse_1101:
	.loc 1 3322 5
	# handleTarget: if (goal < least) {
	movq -24(%rbp), %rax	# goal
	movq -32(%rbp), %rdi	# least
	cmpq %rdi, %rax
	jge .Lelse_1102
	.loc 1 3323 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring525(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3324 9
	# handleTarget: printDecimal(kib);
	movq -8(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3325 9
	# handleTarget: print(" KiB is below what the kernel needs (");
	leaq .Lstring527(%rip), %rdi	# " KiB is below what the kernel needs ("
	call fn.print
	.loc 1 3326 9
	# handleTarget: printKib(least);
	movq -32(%rbp), %rdi	# least
	call fn.printKib
	.loc 1 3327 9
	# handleTarget: print("); aiming for ");
	leaq .Lstring528(%rip), %rdi	# "); aiming for "
	call fn.print
	.loc 1 3328 9
	# handleTarget: printKib(least);
	movq -32(%rbp), %rdi	# least
	call fn.printKib
	.loc 1 3329 9
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3330 9
	# handleTarget: goal = least;
	movq -32(%rbp), %rax	# least
	movq %rax, -24(%rbp)	# goal =
	jmp .Lendif_1103
.Lelse_1102:
	.loc 1 3331 12
	# handleTarget: if (goal > most) {
	movq -24(%rbp), %rax	# goal
	movq -48(%rbp), %rdi	# most
	cmpq %rdi, %rax
	jle .Lelse_1104
	.loc 1 3332 9
	# handleTarget: print("balloon: target ");
	leaq .Lstring525(%rip), %rdi	# "balloon: target "
	call fn.print
	.loc 1 3333 9
	# handleTarget: printDecimal(kib);
	movq -8(%rbp), %rdi	# kib
	call fn.printDecimal
	.loc 1 3334 9
	# handleTarget: print(" KiB is above the most this domain may hold (");
	leaq .Lstring529(%rip), %rdi	# " KiB is above the most this domain may 
	call fn.print
	.loc 1 3335 9
	# handleTarget: printKib(most);
	movq -48(%rbp), %rdi	# most
	call fn.printKib
	.loc 1 3336 9
	# handleTarget: print("); aiming for ");
	leaq .Lstring528(%rip), %rdi	# "); aiming for "
	call fn.print
	.loc 1 3337 9
	# handleTarget: printKib(most);
	movq -48(%rbp), %rdi	# most
	call fn.printKib
	.loc 1 3338 9
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3339 9
	# handleTarget: goal = most;
	movq -48(%rbp), %rax	# most
	movq %rax, -24(%rbp)	# goal =
.Lelse_1104:
.Lendif_1103:
	.loc 1 3341 5
	# handleTarget: if (balloonMode === BALLOON_PARTIAL) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1105
	.loc 1 3342 9
	# handleTarget: const way = goal - held;
	movq -24(%rbp), %rax	# goal
	movq -16(%rbp), %rdi	# held
	subq %rdi, %rax	# -
	jo .Ltrap_1106
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1106
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1106
	movq %rax, -56(%rbp)	# way
	.loc 1 3343 9
	# handleTarget: goal = held + (way >= 0 ? Math.floor(way * balloonPercent / 100) :
	movq -16(%rbp), %rax	# held
	pushq %rax
	movq -56(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1107
	movq -56(%rbp), %rax	# way
	movq var.balloonPercent(%rip), %rdi	# balloonPercent
	imulq %rdi, %rax	# *
	jo .Ltrap_1110
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1110
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1110
	movq $100, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1109
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1109
	subq $1, %rax	# then the floor is one below
.Lfloored_1109:
	jmp .Lendcond_1108
.Lelse_1107:
	movq -56(%rbp), %rax	# way
	negq %rax
	movq var.balloonPercent(%rip), %rdi	# balloonPercent
	imulq %rdi, %rax	# *
	jo .Ltrap_1112
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1112
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1112
	movq $100, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1111
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1111
	subq $1, %rax	# then the floor is one below
.Lfloored_1111:
	negq %rax
.Lendcond_1108:
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1113
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1113
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1113
	movq %rax, -24(%rbp)	# goal =
	.loc 1 3345 9
	# handleTarget: print("balloon: partial: aiming for ");
	leaq .Lstring530(%rip), %rdi	# "balloon: partial: aiming for "
	call fn.print
	.loc 1 3346 9
	# handleTarget: printKib(goal);
	movq -24(%rbp), %rdi	# goal
	call fn.printKib
	.loc 1 3347 9
	# handleTarget: endLine();
	call fn.endLine
.Lelse_1105:
	.loc 1 3349 5
	# handleTarget: print("balloon: from ");
	leaq .Lstring531(%rip), %rdi	# "balloon: from "
	call fn.print
	.loc 1 3350 5
	# handleTarget: printKib(held);
	movq -16(%rbp), %rdi	# held
	call fn.printKib
	.loc 1 3351 5
	# handleTarget: print(" to ");
	leaq .Lstring532(%rip), %rdi	# " to "
	call fn.print
	.loc 1 3352 5
	# handleTarget: printKib(goal);
	movq -24(%rbp), %rdi	# goal
	call fn.printKib
	.loc 1 3353 5
	# handleTarget: endLine();
	call fn.endLine
	.loc 1 3354 5
	# handleTarget: balloonGoal = goal;
	movq -24(%rbp), %rax	# goal
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
.Lreturn_1089:
	leave
	ret
.Ltrap_1097:
	leaq .Lstring533(%rip), %rdi	# trap: kernel.ts:3316:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1098:
	leaq .Lstring534(%rip), %rdi	# trap: kernel.ts:3316:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1099:
	leaq .Lstring535(%rip), %rdi	# trap: kernel.ts:3318:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1100:
	leaq .Lstring536(%rip), %rdi	# trap: kernel.ts:3318:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1106:
	leaq .Lstring537(%rip), %rdi	# trap: kernel.ts:3342:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1110:
	leaq .Lstring538(%rip), %rdi	# trap: kernel.ts:3343:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1112:
	leaq .Lstring539(%rip), %rdi	# trap: kernel.ts:3344:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1113:
	leaq .Lstring540(%rip), %rdi	# trap: kernel.ts:3343:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleTarget, .-fn.handleTarget

# function balloonStep(limit)
	.type fn.balloonStep,@function
fn.balloonStep:
	.loc 1 3358 1
	# balloonStep: function balloonStep(limit: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter limit
	.loc 1 3359 5
	# balloonStep: if (balloonGoal < 0) {
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1115
	.loc 1 3360 9
	# balloonStep: return false;
	movq $0, %rax	# false
	jmp .Lreturn_1114
.Lelse_1115:
	.loc 1 3362 5
	# balloonStep: const held = balloonHeld();
	call fn.balloonHeld
	movq %rax, -16(%rbp)	# held
	.loc 1 3363 5
	# balloonStep: const way = balloonGoal - held;
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	movq -16(%rbp), %rdi	# held
	subq %rdi, %rax	# -
	jo .Ltrap_1116
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1116
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1116
	movq %rax, -24(%rbp)	# way
	.loc 1 3364 5
	# balloonStep: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3365 5
	# balloonStep: if (way === 0) {
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1117
	.loc 1 3366 9
	# balloonStep: print("balloon: reached ");
	leaq .Lstring541(%rip), %rdi	# "balloon: reached "
	call fn.print
	.loc 1 3367 9
	# balloonStep: printKib(held);
	movq -16(%rbp), %rdi	# held
	call fn.printKib
	.loc 1 3368 9
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3369 9
	# balloonStep: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3370 9
	# balloonStep: return true;
	movq $1, %rax	# true
	jmp .Lreturn_1114
.Lelse_1117:
	.loc 1 3372 5
	# balloonStep: let count = way > 0 ? way : -way;
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1118
	movq -24(%rbp), %rax	# way
	jmp .Lendcond_1119
.Lelse_1118:
	movq -24(%rbp), %rax	# way
	negq %rax
.Lendcond_1119:
	movq %rax, -32(%rbp)	# count
	.loc 1 3373 5
	# balloonStep: count = count < limit ? count : limit;
	movq -32(%rbp), %rax	# count
	movq -8(%rbp), %rdi	# limit
	cmpq %rdi, %rax
	jge .Lelse_1120
	movq -32(%rbp), %rax	# count
	jmp .Lendcond_1121
.Lelse_1120:
	movq -8(%rbp), %rax	# limit
.Lendcond_1121:
	movq %rax, -32(%rbp)	# count =
	.loc 1 3374 5
	# balloonStep: count = count < BALLOON_BATCH ? count : BALLOON_BATCH;
	movq -32(%rbp), %rax	# count
	cmpq $512, %rax	# compare with BALLOON_BATCH
	jge .Lelse_1122
	movq -32(%rbp), %rax	# count
	jmp .Lendcond_1123
.Lelse_1122:
	movq $512, %rax	# BALLOON_BATCH
.Lendcond_1123:
	movq %rax, -32(%rbp)	# count =
	.loc 1 3375 5
	# balloonStep: const done = way < 0 ? giveBack(count) : takeBack(count);
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1124
	movq -32(%rbp), %rdi	# count
	call fn.giveBack
	jmp .Lendcond_1125
.Lelse_1124:
	movq -32(%rbp), %rdi	# count
	call fn.takeBack
.Lendcond_1125:
	movq %rax, -40(%rbp)	# done
	.loc 1 3376 5
	# balloonStep: const now = balloonHeld();
	call fn.balloonHeld
	movq %rax, -48(%rbp)	# now
	.loc 1 3377 5
	# balloonStep: if (done < count) {
	movq -40(%rbp), %rax	# done
	movq -32(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lelse_1126
	.loc 1 3378 9
	# balloonStep: print(way < 0 ? "balloon: Xen took only " : "balloon: Xen gave only ");
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1127
	leaq .Lstring542(%rip), %rax	# "balloon: Xen took only "
	jmp .Lendcond_1128
.Lelse_1127:
	leaq .Lstring543(%rip), %rax	# "balloon: Xen gave only "
.Lendcond_1128:
	movq %rax, %rdi
	call fn.print
	.loc 1 3379 9
	# balloonStep: printDecimal(done);
	movq -40(%rbp), %rdi	# done
	call fn.printDecimal
	.loc 1 3380 9
	# balloonStep: print(" of the ");
	leaq .Lstring544(%rip), %rdi	# " of the "
	call fn.print
	.loc 1 3381 9
	# balloonStep: printDecimal(count);
	movq -32(%rbp), %rdi	# count
	call fn.printDecimal
	.loc 1 3382 9
	# balloonStep: print(" pages asked; stopping at ");
	leaq .Lstring545(%rip), %rdi	# " pages asked; stopping at "
	call fn.print
	.loc 1 3383 9
	# balloonStep: printKib(now);
	movq -48(%rbp), %rdi	# now
	call fn.printKib
	.loc 1 3384 9
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3385 9
	# balloonStep: balloonGoal = -1;
	movq $-1, %rax
	movq %rax, var.balloonGoal(%rip)	# balloonGoal =
	.loc 1 3386 9
	# balloonStep: return true;
	movq $1, %rax	# true
	jmp .Lreturn_1114
.Lelse_1126:
	.loc 1 3388 5
	# balloonStep: print(way < 0 ? "balloon: gave back " : "balloon: took ");
	movq -24(%rbp), %rax	# way
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1129
	leaq .Lstring546(%rip), %rax	# "balloon: gave back "
	jmp .Lendcond_1130
.Lelse_1129:
	leaq .Lstring547(%rip), %rax	# "balloon: took "
.Lendcond_1130:
	movq %rax, %rdi
	call fn.print
	.loc 1 3389 5
	# balloonStep: printDecimal(done);
	movq -40(%rbp), %rdi	# done
	call fn.printDecimal
	.loc 1 3390 5
	# balloonStep: print(" pages, now ");
	leaq .Lstring548(%rip), %rdi	# " pages, now "
	call fn.print
	.loc 1 3391 5
	# balloonStep: printKib(now);
	movq -48(%rbp), %rdi	# now
	call fn.printKib
	.loc 1 3392 5
	# balloonStep: endLine();
	call fn.endLine
	.loc 1 3393 5
	# balloonStep: return true;
	movq $1, %rax	# true
.Lreturn_1114:
	leave
	ret
.Ltrap_1116:
	leaq .Lstring549(%rip), %rdi	# trap: kernel.ts:3363:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonStep, .-fn.balloonStep

# function balloonWork()
	.type fn.balloonWork,@function
fn.balloonWork:
	.loc 1 3397 1
	# balloonWork: function balloonWork(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3398 5
	# balloonWork: if (balloonMode === BALLOON_OBEY || balloonMode === BALLOON_PARTIAL) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $1, %rax	# compare with BALLOON_OBEY
	je .Lskip_1133
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $4, %rax	# compare with BALLOON_PARTIAL
	jne .Lelse_1132
.Lskip_1133:
	.loc 1 3399 9
	# balloonWork: return balloonStep(BALLOON_BATCH);
	movq $512, %rdi	# BALLOON_BATCH
	call fn.balloonStep
	jmp .Lreturn_1131
.Lelse_1132:
	.loc 1 3401 5
	# balloonWork: return false;
	movq $0, %rax	# false
.Lreturn_1131:
	leave
	ret
	.size fn.balloonWork, .-fn.balloonWork

# function balloonOneSecond()
	.type fn.balloonOneSecond,@function
fn.balloonOneSecond:
	.loc 1 3405 1
	# balloonOneSecond: function balloonOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3406 5
	# balloonOneSecond: if (balloonMode === BALLOON_SLOW) {
	movq var.balloonMode(%rip), %rax	# balloonMode
	cmpq $3, %rax	# compare with BALLOON_SLOW
	jne .Lelse_1135
	.loc 1 3407 9
	# balloonOneSecond: let left = balloonRate;
	movq var.balloonRate(%rip), %rax	# balloonRate
	movq %rax, -8(%rbp)	# left
	.loc 1 3408 9
	# balloonOneSecond: while (left > 0 && balloonGoal >= 0) {
.Lwhile_1136:
	movq -8(%rbp), %rax	# left
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_1137
	movq var.balloonGoal(%rip), %rax	# balloonGoal
	cmpq $0, %rax	# compare with 0
	jl .Lendwhile_1137
	.loc 1 3409 13
	# balloonOneSecond: const before = balloonTop;
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq %rax, -16(%rbp)	# before
	.loc 1 3410 13
	# balloonOneSecond: if (!balloonStep(left)) {
	movq -8(%rbp), %rdi	# left
	call fn.balloonStep
	testq %rax, %rax
	jne .Lelse_1138
	.loc 1 3411 17
	# balloonOneSecond: return;
	jmp .Lreturn_1134
.Lelse_1138:
	.loc 1 3413 13
	# balloonOneSecond: const moved = balloonTop > before ? balloonTop - before : before - ba...
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq -16(%rbp), %rdi	# before
	cmpq %rdi, %rax
	jle .Lelse_1139
	movq var.balloonTop(%rip), %rax	# balloonTop
	movq -16(%rbp), %rdi	# before
	subq %rdi, %rax	# -
	jo .Ltrap_1141
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1141
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1141
	jmp .Lendcond_1140
.Lelse_1139:
	movq -16(%rbp), %rax	# before
	movq var.balloonTop(%rip), %rdi	# balloonTop
	subq %rdi, %rax	# -
	jo .Ltrap_1142
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1142
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1142
.Lendcond_1140:
	movq %rax, -24(%rbp)	# moved
	.loc 1 3414 13
	# balloonOneSecond: if (moved === 0) {
	movq -24(%rbp), %rax	# moved
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1143
	.loc 1 3415 17
	# balloonOneSecond: return;
	jmp .Lreturn_1134
.Lelse_1143:
	.loc 1 3417 13
	# balloonOneSecond: left = left - moved;
	movq -8(%rbp), %rax	# left
	movq -24(%rbp), %rdi	# moved
	subq %rdi, %rax	# -
	jo .Ltrap_1144
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1144
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1144
	movq %rax, -8(%rbp)	# left =
	jmp .Lwhile_1136
.Lendwhile_1137:
.Lelse_1135:
.Lreturn_1134:
	leave
	ret
.Ltrap_1141:
	leaq .Lstring550(%rip), %rdi	# trap: kernel.ts:3413:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1142:
	leaq .Lstring551(%rip), %rdi	# trap: kernel.ts:3413:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1144:
	leaq .Lstring552(%rip), %rdi	# trap: kernel.ts:3417:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.balloonOneSecond, .-fn.balloonOneSecond

# function balloonModeName(mode)
	.type fn.balloonModeName,@function
fn.balloonModeName:
	.loc 1 3422 1
	# balloonModeName: function balloonModeName(mode: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3423 5
	# balloonModeName: switch (mode) {
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# case BALLOON_OBEY
	je .Lcase_1147
	cmpq $2, %rax	# case BALLOON_REFUSE
	je .Lcase_1148
	cmpq $3, %rax	# case BALLOON_SLOW
	je .Lcase_1149
	cmpq $4, %rax	# case BALLOON_PARTIAL
	je .Lcase_1150
	jmp .Lcase_1151
.Lcase_1147:
	.loc 1 3424 28
	# balloonModeName: return "obey";
	leaq .Lstring512(%rip), %rax	# "obey"
	jmp .Lreturn_1145
.Lcase_1148:
	.loc 1 3425 30
	# balloonModeName: return "refuse";
	leaq .Lstring513(%rip), %rax	# "refuse"
	jmp .Lreturn_1145
.Lcase_1149:
	.loc 1 3426 28
	# balloonModeName: return "slow";
	leaq .Lstring508(%rip), %rax	# "slow"
	jmp .Lreturn_1145
.Lcase_1150:
	.loc 1 3427 31
	# balloonModeName: return "partial";
	leaq .Lstring511(%rip), %rax	# "partial"
	jmp .Lreturn_1145
.Lcase_1151:
	.loc 1 3428 18
	# balloonModeName: return "off";
	leaq .Lstring420(%rip), %rax	# "off"
	jmp .Lreturn_1145
.Lendswitch_1146:
.Lreturn_1145:
	leave
	ret
	.size fn.balloonModeName, .-fn.balloonModeName

# function statusAppendByte(byte)
	.type fn.statusAppendByte,@function
fn.statusAppendByte:
	.loc 1 3490 1
	# statusAppendByte: function statusAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3491 5
	# statusAppendByte: if (statusLength < STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jge .Lelse_1153
	.loc 1 3492 9
	# statusAppendByte: store8(statusText + statusLength, byte);
	leaq buf.statusText(%rip), %rax	# statusText
	movq var.statusLength(%rip), %rdi	# statusLength
	addq %rdi, %rax	# +
	jo .Ltrap_1154
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1154
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1154
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3493 9
	# statusAppendByte: statusLength = statusLength + 1;
	movq var.statusLength(%rip), %rax	# statusLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1155
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1155
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1155
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_1153:
.Lreturn_1152:
	leave
	ret
.Ltrap_1154:
	leaq .Lstring553(%rip), %rdi	# trap: kernel.ts:3492:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1155:
	leaq .Lstring554(%rip), %rdi	# trap: kernel.ts:3493:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendByte, .-fn.statusAppendByte

# function statusAppend(text)
	.type fn.statusAppend,@function
fn.statusAppend:
	.loc 1 3497 1
	# statusAppend: function statusAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3498 5
	# statusAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1157:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_1159
	.loc 1 3499 9
	# statusAppend: statusAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1160
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lfornext_1158:
	.loc 1 3498 38
	# statusAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1161
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1161
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1157
.Lendfor_1159:
.Lreturn_1156:
	leave
	ret
.Ltrap_1160:
	leaq .Lstring555(%rip), %rdi	# trap: kernel.ts:3499:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1161:
	leaq .Lstring556(%rip), %rdi	# trap: kernel.ts:3498:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppend, .-fn.statusAppend

# function statusAppendEscapedByte(byte)
	.type fn.statusAppendEscapedByte,@function
fn.statusAppendEscapedByte:
	.loc 1 3507 1
	# statusAppendEscapedByte: function statusAppendEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3508 5
	# statusAppendEscapedByte: if (byte === 34 || byte === 92) {
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_1164
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_1163
.Lskip_1164:
	.loc 1 3509 9
	# statusAppendEscapedByte: statusAppendByte(92);
	movq $92, %rdi
	call fn.statusAppendByte
	.loc 1 3510 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_1165
.Lelse_1163:
	.loc 1 3511 12
	# statusAppendEscapedByte: if (byte >= 32 && byte <= 126) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_1166
	movq -8(%rbp), %rax	# byte
	cmpq $126, %rax	# compare with 126
	jg .Lelse_1166
	.loc 1 3512 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_1167
.Lelse_1166:
	.loc 1 3514 9
	# statusAppendEscapedByte: statusAppend("\\u00");
	leaq .Lstring557(%rip), %rdi	# "\\u00"
	call fn.statusAppend
	.loc 1 3515 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte >>> 4));
	leaq .Lstring558(%rip), %rax	# HEX_DIGITS
	pushq %rax
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	popq %rax
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1168
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
	.loc 1 3516 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte & 15));
	leaq .Lstring558(%rip), %rax	# HEX_DIGITS
	pushq %rax
	movq -8(%rbp), %rax	# byte
	movq $15, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1169
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lendif_1167:
.Lendif_1165:
.Lreturn_1162:
	leave
	ret
.Ltrap_1168:
	leaq .Lstring559(%rip), %rdi	# trap: kernel.ts:3515:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1169:
	leaq .Lstring560(%rip), %rdi	# trap: kernel.ts:3516:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendEscapedByte, .-fn.statusAppendEscapedByte

# function statusAppendQuotedBytes(address, length)
	.type fn.statusAppendQuotedBytes,@function
fn.statusAppendQuotedBytes:
	.loc 1 3520 1
	# statusAppendQuotedBytes: function statusAppendQuotedBytes(address: number, length: number): vo...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3521 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3522 5
	# statusAppendQuotedBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1171:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_1173
	.loc 1 3523 9
	# statusAppendQuotedBytes: statusAppendEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1174
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1174
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1174
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1172:
	.loc 1 3522 33
	# statusAppendQuotedBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1175
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1175
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1171
.Lendfor_1173:
	.loc 1 3525 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_1170:
	leave
	ret
.Ltrap_1174:
	leaq .Lstring561(%rip), %rdi	# trap: kernel.ts:3523:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1175:
	leaq .Lstring562(%rip), %rdi	# trap: kernel.ts:3522:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendQuotedBytes, .-fn.statusAppendQuotedBytes

# function statusAppendQuoted(text)
	.type fn.statusAppendQuoted,@function
fn.statusAppendQuoted:
	.loc 1 3528 1
	# statusAppendQuoted: function statusAppendQuoted(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3529 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3530 5
	# statusAppendQuoted: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1177:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_1179
	.loc 1 3531 9
	# statusAppendQuoted: statusAppendEscapedByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1180
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1178:
	.loc 1 3530 38
	# statusAppendQuoted: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1181
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1181
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1177
.Lendfor_1179:
	.loc 1 3533 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_1176:
	leave
	ret
.Ltrap_1180:
	leaq .Lstring563(%rip), %rdi	# trap: kernel.ts:3531:33: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1181:
	leaq .Lstring564(%rip), %rdi	# trap: kernel.ts:3530:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendQuoted, .-fn.statusAppendQuoted

# function statusAppendDecimal(value)
	.type fn.statusAppendDecimal,@function
fn.statusAppendDecimal:
	.loc 1 3536 1
	# statusAppendDecimal: function statusAppendDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 3537 5
	# statusAppendDecimal: if (statusLength + 16 <= STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1184
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1184
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1184
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jg .Lelse_1183
	.loc 1 3538 9
	# statusAppendDecimal: statusLength = statusLength + decimalIntoBytes(statusText + statusLen...
	movq var.statusLength(%rip), %rax	# statusLength
	pushq %rax
	leaq buf.statusText(%rip), %rax	# statusText
	movq var.statusLength(%rip), %rdi	# statusLength
	addq %rdi, %rax	# +
	jo .Ltrap_1185
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1185
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1185
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# value
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.decimalIntoBytes
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1186
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1186
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1186
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_1183:
.Lreturn_1182:
	leave
	ret
.Ltrap_1184:
	leaq .Lstring565(%rip), %rdi	# trap: kernel.ts:3537:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1185:
	leaq .Lstring566(%rip), %rdi	# trap: kernel.ts:3538:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1186:
	leaq .Lstring567(%rip), %rdi	# trap: kernel.ts:3538:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendDecimal, .-fn.statusAppendDecimal

# function statusAppendActionOrNull(action)
	.type fn.statusAppendActionOrNull,@function
fn.statusAppendActionOrNull:
	.loc 1 3542 1
	# statusAppendActionOrNull: function statusAppendActionOrNull(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 3543 5
	# statusAppendActionOrNull: if (action === ACTION_NONE) {
	movq -8(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_1188
	.loc 1 3544 9
	# statusAppendActionOrNull: statusAppend("null");
	leaq .Lstring363(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1189
.Lelse_1188:
	.loc 1 3546 9
	# statusAppendActionOrNull: statusAppendQuoted(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppendQuoted
.Lendif_1189:
.Lreturn_1187:
	leave
	ret
	.size fn.statusAppendActionOrNull, .-fn.statusAppendActionOrNull

# function suspendChannelModeName(mode)
	.type fn.suspendChannelModeName,@function
fn.suspendChannelModeName:
	.loc 1 3550 1
	# suspendChannelModeName: function suspendChannelModeName(mode: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3551 5
	# suspendChannelModeName: if (mode === SUSPEND_CHANNEL_ON) {
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_1191
	.loc 1 3552 9
	# suspendChannelModeName: return "on";
	leaq .Lstring419(%rip), %rax	# "on"
	jmp .Lreturn_1190
.Lelse_1191:
	.loc 1 3554 5
	# suspendChannelModeName: return mode === SUSPEND_CHANNEL_IGNORE ? "ignore" : "off";
	movq -8(%rbp), %rax	# mode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_1192
	leaq .Lstring201(%rip), %rax	# "ignore"
	jmp .Lendcond_1193
.Lelse_1192:
	leaq .Lstring420(%rip), %rax	# "off"
.Lendcond_1193:
.Lreturn_1190:
	leave
	ret
	.size fn.suspendChannelModeName, .-fn.suspendChannelModeName

# function versionLength()
	.type fn.versionLength,@function
fn.versionLength:
	.loc 1 3558 1
	# versionLength: function versionLength(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3559 5
	# versionLength: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -8(%rbp)	# version
	.loc 1 3560 5
	# versionLength: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 3561 5
	# versionLength: while (length < VERSION_BYTES_MAX && load8(version + length) !== 0) {
.Lwhile_1195:
	movq -16(%rbp), %rax	# length
	cmpq $32, %rax	# compare with VERSION_BYTES_MAX
	jge .Lendwhile_1196
	movq -8(%rbp), %rax	# version
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_1197
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1197
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1197
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_1196
	.loc 1 3562 9
	# versionLength: length = length + 1;
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1198
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1198
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1198
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_1195
.Lendwhile_1196:
	.loc 1 3564 5
	# versionLength: return length;
	movq -16(%rbp), %rax	# length
.Lreturn_1194:
	leave
	ret
.Ltrap_1197:
	leaq .Lstring568(%rip), %rdi	# trap: kernel.ts:3561:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1198:
	leaq .Lstring569(%rip), %rdi	# trap: kernel.ts:3562:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionLength, .-fn.versionLength

# function writeStatus()
	.type fn.writeStatus,@function
fn.writeStatus:
	.loc 1 3567 1
	# writeStatus: function writeStatus(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3568 5
	# writeStatus: statusDirty = false;
	movq $0, %rax	# false
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3569 5
	# writeStatus: statusLength = 0;
	movq $0, %rax
	movq %rax, var.statusLength(%rip)	# statusLength =
	.loc 1 3570 5
	# writeStatus: statusAppend("{\"version\":");
	leaq .Lstring570(%rip), %rdi	# "{\"version\":"
	call fn.statusAppend
	.loc 1 3571 5
	# writeStatus: statusAppendQuotedBytes(addressOf("guest_version"), versionLength());
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.versionLength
	addq $8, %rsp
	movq %rax, %rsi
	popq %rdi
	call fn.statusAppendQuotedBytes
	.loc 1 3572 5
	# writeStatus: statusAppend(",\"mode\":");
	leaq .Lstring571(%rip), %rdi	# ",\"mode\":"
	call fn.statusAppend
	.loc 1 3573 5
	# writeStatus: statusAppendQuoted(bootMode === BOOT_MODE_PVH ? "pvh" : "pv");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1200
	leaq .Lstring572(%rip), %rax	# "pvh"
	jmp .Lendcond_1201
.Lelse_1200:
	leaq .Lstring573(%rip), %rax	# "pv"
.Lendcond_1201:
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3574 5
	# writeStatus: statusAppend(",\"state\":");
	leaq .Lstring574(%rip), %rdi	# ",\"state\":"
	call fn.statusAppend
	.loc 1 3575 5
	# writeStatus: statusAppendQuoted(statusState);
	movq var.statusState(%rip), %rdi	# statusState
	call fn.statusAppendQuoted
	.loc 1 3576 5
	# writeStatus: statusAppend(",\"override\":");
	leaq .Lstring575(%rip), %rdi	# ",\"override\":"
	call fn.statusAppend
	.loc 1 3577 5
	# writeStatus: statusAppendActionOrNull(overrideAction);
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.statusAppendActionOrNull
	.loc 1 3578 5
	# writeStatus: statusAppend(",\"timer\":");
	leaq .Lstring576(%rip), %rdi	# ",\"timer\":"
	call fn.statusAppend
	.loc 1 3579 5
	# writeStatus: if (timerAction === ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_1202
	.loc 1 3580 9
	# writeStatus: statusAppend("null");
	leaq .Lstring363(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1203
.Lelse_1202:
	.loc 1 3582 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3583 9
	# writeStatus: statusAppend(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3584 9
	# writeStatus: statusAppend(" in ");
	leaq .Lstring212(%rip), %rdi	# " in "
	call fn.statusAppend
	.loc 1 3585 9
	# writeStatus: statusAppendDecimal(timerSecondsSet);
	movq var.timerSecondsSet(%rip), %rdi	# timerSecondsSet
	call fn.statusAppendDecimal
	.loc 1 3586 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_1203:
	.loc 1 3588 5
	# writeStatus: statusAppend(",\"response\":");
	leaq .Lstring577(%rip), %rdi	# ",\"response\":"
	call fn.statusAppend
	.loc 1 3589 5
	# writeStatus: statusAppendActionOrNull(responsePhase === RESPONSE_NONE ? ACTION_NON...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	jne .Lelse_1204
	movq $0, %rax	# ACTION_NONE
	jmp .Lendcond_1205
.Lelse_1204:
	movq var.responseAction(%rip), %rax	# responseAction
.Lendcond_1205:
	movq %rax, %rdi
	call fn.statusAppendActionOrNull
	.loc 1 3590 5
	# writeStatus: statusAppend(",\"suspendChannel\":");
	leaq .Lstring578(%rip), %rdi	# ",\"suspendChannel\":"
	call fn.statusAppend
	.loc 1 3591 5
	# writeStatus: statusAppendQuoted(suspendChannelModeName(suspendChannelMode));
	movq var.suspendChannelMode(%rip), %rdi	# suspendChannelMode
	call fn.suspendChannelModeName
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3592 5
	# writeStatus: statusAppend(agentOn ? ",\"agent\":true" : ",\"agent\":false");
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_1206
	leaq .Lstring579(%rip), %rax	# ",\"agent\":true"
	jmp .Lendcond_1207
.Lelse_1206:
	leaq .Lstring580(%rip), %rax	# ",\"agent\":false"
.Lendcond_1207:
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3593 5
	# writeStatus: statusAppend(",\"balloon\":");
	leaq .Lstring581(%rip), %rdi	# ",\"balloon\":"
	call fn.statusAppend
	.loc 1 3594 5
	# writeStatus: statusAppendQuoted(balloonModeName(balloonMode));
	movq var.balloonMode(%rip), %rdi	# balloonMode
	call fn.balloonModeName
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3595 5
	# writeStatus: statusAppend(",\"memoryKiB\":");
	leaq .Lstring582(%rip), %rdi	# ",\"memoryKiB\":"
	call fn.statusAppend
	.loc 1 3596 5
	# writeStatus: statusAppendDecimal(pagesHeld() * KIB_PER_PAGE);
	call fn.pagesHeld
	movq $4, %rdi	# KIB_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_1208
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1208
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1208
	movq %rax, %rdi
	call fn.statusAppendDecimal
	.loc 1 3597 5
	# writeStatus: statusAppend(",\"resumes\":");
	leaq .Lstring583(%rip), %rdi	# ",\"resumes\":"
	call fn.statusAppend
	.loc 1 3598 5
	# writeStatus: statusAppendDecimal(resumeCount);
	movq var.resumeCount(%rip), %rdi	# resumeCount
	call fn.statusAppendDecimal
	.loc 1 3599 5
	# writeStatus: statusAppend(",\"commands\":");
	leaq .Lstring584(%rip), %rdi	# ",\"commands\":"
	call fn.statusAppend
	.loc 1 3600 5
	# writeStatus: statusAppendDecimal(commandCount);
	movq var.commandCount(%rip), %rdi	# commandCount
	call fn.statusAppendDecimal
	.loc 1 3601 5
	# writeStatus: statusAppend(",\"last\":");
	leaq .Lstring585(%rip), %rdi	# ",\"last\":"
	call fn.statusAppend
	.loc 1 3602 5
	# writeStatus: if (lastCommandLength < 0) {
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1209
	.loc 1 3603 9
	# writeStatus: statusAppend("null");
	leaq .Lstring363(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1210
.Lelse_1209:
	.loc 1 3605 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3606 9
	# writeStatus: const shown = lastCommandLength < LAST_COMMAND_SHOWN ? lastCommandLen...
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_1211
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	jmp .Lendcond_1212
.Lelse_1211:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_1212:
	movq %rax, -8(%rbp)	# shown
	.loc 1 3607 9
	# writeStatus: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1213:
	movq -16(%rbp), %rax	# i
	movq -8(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_1215
	.loc 1 3608 13
	# writeStatus: statusAppendEscapedByte(load8(lastCommand + i));
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1216
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1216
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1216
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_1214:
	.loc 1 3607 36
	# writeStatus: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1217
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1217
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1213
.Lendfor_1215:
	.loc 1 3610 9
	# writeStatus: if (shown < lastCommandLength) {
	movq -8(%rbp), %rax	# shown
	movq var.lastCommandLength(%rip), %rdi	# lastCommandLength
	cmpq %rdi, %rax
	jge .Lelse_1218
	.loc 1 3611 13
	# writeStatus: statusAppend("...");
	leaq .Lstring586(%rip), %rdi	# "..."
	call fn.statusAppend
.Lelse_1218:
	.loc 1 3613 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_1210:
	.loc 1 3615 5
	# writeStatus: statusAppend(",\"result\":");
	leaq .Lstring587(%rip), %rdi	# ",\"result\":"
	call fn.statusAppend
	.loc 1 3616 5
	# writeStatus: if (resultLength < 0) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1219
	.loc 1 3617 9
	# writeStatus: statusAppend("null");
	leaq .Lstring363(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_1220
.Lelse_1219:
	.loc 1 3619 9
	# writeStatus: statusAppendQuotedBytes(resultText, resultLength);
	leaq buf.resultText(%rip), %rdi	# resultText
	movq var.resultLength(%rip), %rsi	# resultLength
	call fn.statusAppendQuotedBytes
.Lendif_1220:
	.loc 1 3621 5
	# writeStatus: statusAppendByte(125);
	movq $125, %rdi
	call fn.statusAppendByte
	.loc 1 3622 5
	# writeStatus: const result = storeWrite("data/test-vm/status", statusText, statusLe...
	leaq .Lstring588(%rip), %rdi	# "data/test-vm/status"
	leaq buf.statusText(%rip), %rsi	# statusText
	movq var.statusLength(%rip), %rdx	# statusLength
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 3623 5
	# writeStatus: if (result < 0 && !statusWriteFailing) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1221
	movq var.statusWriteFailing(%rip), %rax	# statusWriteFailing
	testq %rax, %rax
	jne .Lelse_1221
	.loc 1 3624 9
	# writeStatus: logPathError("status: cannot write ", "data/test-vm/status", result);
	leaq .Lstring589(%rip), %rdi	# "status: cannot write "
	leaq .Lstring588(%rip), %rsi	# "data/test-vm/status"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1221:
	.loc 1 3626 5
	# writeStatus: statusWriteFailing = result < 0;
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	setl %al	# <
	movzbl %al, %eax
	movq %rax, var.statusWriteFailing(%rip)	# statusWriteFailing =
.Lreturn_1199:
	leave
	ret
.Ltrap_1208:
	leaq .Lstring590(%rip), %rdi	# trap: kernel.ts:3596:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1216:
	leaq .Lstring591(%rip), %rdi	# trap: kernel.ts:3608:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1217:
	leaq .Lstring592(%rip), %rdi	# trap: kernel.ts:3607:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeStatus, .-fn.writeStatus

# function publishState(state)
	.type fn.publishState,@function
fn.publishState:
	.loc 1 3631 1
	# publishState: function publishState(state: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter state
	.loc 1 3632 5
	# publishState: statusState = state;
	movq -8(%rbp), %rax	# state
	movq %rax, var.statusState(%rip)	# statusState =
	.loc 1 3633 5
	# publishState: writeStatus();
	call fn.writeStatus
.Lreturn_1222:
	leave
	ret
	.size fn.publishState, .-fn.publishState

# function noteCommand()
	.type fn.noteCommand,@function
fn.noteCommand:
	.loc 1 3638 1
	# noteCommand: function noteCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3639 5
	# noteCommand: commandCount = commandCount + 1;
	movq var.commandCount(%rip), %rax	# commandCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1224
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1224
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1224
	movq %rax, var.commandCount(%rip)	# commandCount =
	.loc 1 3640 5
	# noteCommand: lastCommandLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastCommandLength(%rip)	# lastCommandLength =
	.loc 1 3641 5
	# noteCommand: copyBytes(lastCommand, commandValue, commandLength < LAST_COMMAND_SHO...
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_1225
	movq var.commandLength(%rip), %rax	# commandLength
	jmp .Lendcond_1226
.Lelse_1225:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_1226:
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 3642 5
	# noteCommand: resultLength = 0;
	movq $0, %rax
	movq %rax, var.resultLength(%rip)	# resultLength =
	.loc 1 3643 5
	# noteCommand: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
.Lreturn_1223:
	leave
	ret
.Ltrap_1224:
	leaq .Lstring593(%rip), %rdi	# trap: kernel.ts:3639:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteCommand, .-fn.noteCommand

# function resultAppendByte(byte)
	.type fn.resultAppendByte,@function
fn.resultAppendByte:
	.loc 1 3646 1
	# resultAppendByte: function resultAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3647 5
	# resultAppendByte: if (resultLength >= 0 && resultLength < RESULT_BYTES_MAX) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1228
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $256, %rax	# compare with RESULT_BYTES_MAX
	jge .Lelse_1228
	.loc 1 3648 9
	# resultAppendByte: store8(resultText + resultLength, byte);
	leaq buf.resultText(%rip), %rax	# resultText
	movq var.resultLength(%rip), %rdi	# resultLength
	addq %rdi, %rax	# +
	jo .Ltrap_1229
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1229
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1229
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3649 9
	# resultAppendByte: resultLength = resultLength + 1;
	movq var.resultLength(%rip), %rax	# resultLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1230
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1230
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1230
	movq %rax, var.resultLength(%rip)	# resultLength =
.Lelse_1228:
.Lreturn_1227:
	leave
	ret
.Ltrap_1229:
	leaq .Lstring594(%rip), %rdi	# trap: kernel.ts:3648:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1230:
	leaq .Lstring595(%rip), %rdi	# trap: kernel.ts:3649:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendByte, .-fn.resultAppendByte

# function resultAppend(text)
	.type fn.resultAppend,@function
fn.resultAppend:
	.loc 1 3653 1
	# resultAppend: function resultAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3654 5
	# resultAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1232:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_1234
	.loc 1 3655 9
	# resultAppend: resultAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1235
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_1233:
	.loc 1 3654 38
	# resultAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1236
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1236
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1232
.Lendfor_1234:
.Lreturn_1231:
	leave
	ret
.Ltrap_1235:
	leaq .Lstring596(%rip), %rdi	# trap: kernel.ts:3655:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1236:
	leaq .Lstring597(%rip), %rdi	# trap: kernel.ts:3654:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppend, .-fn.resultAppend

# function resultAppendBytes(address, length)
	.type fn.resultAppendBytes,@function
fn.resultAppendBytes:
	.loc 1 3659 1
	# resultAppendBytes: function resultAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3660 5
	# resultAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1238:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_1240
	.loc 1 3661 9
	# resultAppendBytes: resultAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1241
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1241
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1241
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_1239:
	.loc 1 3660 33
	# resultAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1242
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1242
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1238
.Lendfor_1240:
.Lreturn_1237:
	leave
	ret
.Ltrap_1241:
	leaq .Lstring598(%rip), %rdi	# trap: kernel.ts:3661:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1242:
	leaq .Lstring599(%rip), %rdi	# trap: kernel.ts:3660:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendBytes, .-fn.resultAppendBytes

# function agentWrite(path, value, length)
	.type fn.agentWrite,@function
fn.agentWrite:
	.loc 1 3672 1
	# agentWrite: function agentWrite(path: string, value: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 3673 5
	# agentWrite: const result = storeWrite(path, value, length);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	movq -24(%rbp), %rdx	# length
	call fn.storeWrite
	movq %rax, -32(%rbp)	# result
	.loc 1 3674 5
	# agentWrite: if (result < 0) {
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1244
	.loc 1 3675 9
	# agentWrite: logPathError("agent: cannot write ", path, result);
	leaq .Lstring600(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -32(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1244:
.Lreturn_1243:
	leave
	ret
	.size fn.agentWrite, .-fn.agentWrite

# function agentWriteText(path, value)
	.type fn.agentWriteText,@function
fn.agentWriteText:
	.loc 1 3679 1
	# agentWriteText: function agentWriteText(path: string, value: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3680 5
	# agentWriteText: const result = storeWriteText(path, value);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	call fn.storeWriteText
	movq %rax, -24(%rbp)	# result
	.loc 1 3681 5
	# agentWriteText: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1246
	.loc 1 3682 9
	# agentWriteText: logPathError("agent: cannot write ", path, result);
	leaq .Lstring600(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1246:
.Lreturn_1245:
	leave
	ret
	.size fn.agentWriteText, .-fn.agentWriteText

# function agentWriteDecimal(path, value)
	.type fn.agentWriteDecimal,@function
fn.agentWriteDecimal:
	.loc 1 3686 1
	# agentWriteDecimal: function agentWriteDecimal(path: string, value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3687 5
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
.Lreturn_1247:
	leave
	ret
	.size fn.agentWriteDecimal, .-fn.agentWriteDecimal

# function versionPart(part)
	.type fn.versionPart,@function
fn.versionPart:
	.loc 1 3692 1
	# versionPart: function versionPart(part: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter part
	.loc 1 3693 5
	# versionPart: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -16(%rbp)	# version
	.loc 1 3694 5
	# versionPart: const length = versionLength();
	call fn.versionLength
	movq %rax, -24(%rbp)	# length
	.loc 1 3695 5
	# versionPart: let at = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# at
	.loc 1 3696 5
	# versionPart: for (let dots = 0; dots < part && at < length; at++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# dots
.Lfor_1249:
	movq -40(%rbp), %rax	# dots
	movq -8(%rbp), %rdi	# part
	cmpq %rdi, %rax
	jge .Lendfor_1251
	movq -32(%rbp), %rax	# at
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_1251
	.loc 1 3697 9
	# versionPart: if (load8(version + at) === 46) {
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1253
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1253
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1253
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $46, %rax	# compare with 46
	jne .Lelse_1252
	.loc 1 3698 13
	# versionPart: dots = dots + 1;
	movq -40(%rbp), %rax	# dots
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1254
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1254
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1254
	movq %rax, -40(%rbp)	# dots =
.Lelse_1252:
.Lfornext_1250:
	.loc 1 3696 52
	# versionPart: at++
	movq -32(%rbp), %rax	# at
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1255
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1255
	movq %rax, -32(%rbp)	# at =
	jmp .Lfor_1249
.Lendfor_1251:
	.loc 1 3701 5
	# versionPart: let partLength = 0;
	movq $0, %rax
	movq %rax, -48(%rbp)	# partLength
	.loc 1 3702 5
	# versionPart: while (at + partLength < length && load8(version + at + partLength) >...
.Lwhile_1256:
	movq -32(%rbp), %rax	# at
	movq -48(%rbp), %rdi	# partLength
	addq %rdi, %rax	# +
	jo .Ltrap_1258
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1258
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1258
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_1257
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1259
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1259
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1259
	movq -48(%rbp), %rdi	# partLength
	addq %rdi, %rax	# +
	jo .Ltrap_1259
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1259
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1259
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_1257
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1260
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1260
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1260
	movq -48(%rbp), %rdi	# partLength
	addq %rdi, %rax	# +
	jo .Ltrap_1260
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1260
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1260
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_1257
	movq -48(%rbp), %rax	# partLength
	cmpq $16, %rax	# compare with 16
	jge .Lendwhile_1257
	.loc 1 3704 9
	# versionPart: partLength = partLength + 1;
	movq -48(%rbp), %rax	# partLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1261
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1261
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1261
	movq %rax, -48(%rbp)	# partLength =
	jmp .Lwhile_1256
.Lendwhile_1257:
	.loc 1 3706 5
	# versionPart: copyBytes(agentValue, version + at, partLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1262
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1262
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1262
	movq %rax, %rsi
	popq %rdi
	movq -48(%rbp), %rdx	# partLength
	call fn.copyBytes
	.loc 1 3707 5
	# versionPart: return partLength;
	movq -48(%rbp), %rax	# partLength
.Lreturn_1248:
	leave
	ret
.Ltrap_1253:
	leaq .Lstring601(%rip), %rdi	# trap: kernel.ts:3697:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1254:
	leaq .Lstring602(%rip), %rdi	# trap: kernel.ts:3698:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1255:
	leaq .Lstring603(%rip), %rdi	# trap: kernel.ts:3696:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1258:
	leaq .Lstring604(%rip), %rdi	# trap: kernel.ts:3702:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1259:
	leaq .Lstring605(%rip), %rdi	# trap: kernel.ts:3702:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1260:
	leaq .Lstring606(%rip), %rdi	# trap: kernel.ts:3703:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1261:
	leaq .Lstring607(%rip), %rdi	# trap: kernel.ts:3704:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1262:
	leaq .Lstring608(%rip), %rdi	# trap: kernel.ts:3706:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionPart, .-fn.versionPart

# function kernelPages()
	.type fn.kernelPages,@function
fn.kernelPages:
	.loc 1 3713 1
	# kernelPages: function kernelPages(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3714 5
	# kernelPages: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1264
	.loc 1 3715 9
	# kernelPages: return Math.floor(load64(startInfo + START_INFO_PT_BASE) / PAGE_SIZE) +
	movq var.startInfo(%rip), %rax	# startInfo
	movq $88, %rdi	# START_INFO_PT_BASE
	addq %rdi, %rax	# +
	jo .Ltrap_1266
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1266
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1266
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1267
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1267
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1265
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1265
	subq $1, %rax	# then the floor is one below
.Lfloored_1265:
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	movq $96, %rdi	# START_INFO_NR_PT_FRAMES
	addq %rdi, %rax	# +
	jo .Ltrap_1268
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1268
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1268
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1269
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1269
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1270
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1270
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1270
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1270
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1270
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1270
	jmp .Lreturn_1263
.Lelse_1264:
	.loc 1 3718 5
	# kernelPages: return Math.floor(addressOf("_image_end") / PAGE_SIZE);
	leaq _image_end(%rip), %rax	# addressOf("_image_end")
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1271
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1271
	subq $1, %rax	# then the floor is one below
.Lfloored_1271:
.Lreturn_1263:
	leave
	ret
.Ltrap_1266:
	leaq .Lstring609(%rip), %rdi	# trap: kernel.ts:3715:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1267:
	leaq .Lstring610(%rip), %rdi	# trap: kernel.ts:3715:27: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1268:
	leaq .Lstring611(%rip), %rdi	# trap: kernel.ts:3716:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1269:
	leaq .Lstring612(%rip), %rdi	# trap: kernel.ts:3716:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1270:
	leaq .Lstring613(%rip), %rdi	# trap: kernel.ts:3715:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.kernelPages, .-fn.kernelPages

# function pagesHeld()
	.type fn.pagesHeld,@function
fn.pagesHeld:
	.loc 1 3722 1
	# pagesHeld: function pagesHeld(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3723 5
	# pagesHeld: const held = currentReservation();
	call fn.currentReservation
	movq %rax, -8(%rbp)	# held
	.loc 1 3724 5
	# pagesHeld: return held > 0 ? held : domainPages;
	movq -8(%rbp), %rax	# held
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1273
	movq -8(%rbp), %rax	# held
	jmp .Lendcond_1274
.Lelse_1273:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_1274:
.Lreturn_1272:
	leave
	ret
	.size fn.pagesHeld, .-fn.pagesHeld

# function writeAgentMemory()
	.type fn.writeAgentMemory,@function
fn.writeAgentMemory:
	.loc 1 3727 1
	# writeAgentMemory: function writeAgentMemory(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3728 5
	# writeAgentMemory: const held = pagesHeld();
	call fn.pagesHeld
	movq %rax, -8(%rbp)	# held
	.loc 1 3729 5
	# writeAgentMemory: const free = held > kernelPages() ? held - kernelPages() : 0;
	movq -8(%rbp), %rax	# held
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.kernelPages
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jle .Lelse_1276
	movq -8(%rbp), %rax	# held
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.kernelPages
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_1278
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1278
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1278
	jmp .Lendcond_1277
.Lelse_1276:
	movq $0, %rax
.Lendcond_1277:
	movq %rax, -16(%rbp)	# free
	.loc 1 3730 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_total", held * KIB_PER_PAGE);
	leaq .Lstring614(%rip), %rax	# "data/meminfo_total"
	pushq %rax
	movq -8(%rbp), %rax	# held
	movq $4, %rdi	# KIB_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_1279
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1279
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1279
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 3731 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_free", free * KIB_PER_PAGE);
	leaq .Lstring615(%rip), %rax	# "data/meminfo_free"
	pushq %rax
	movq -16(%rbp), %rax	# free
	movq $4, %rdi	# KIB_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_1280
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1280
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1280
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 3732 5
	# writeAgentMemory: agentWriteText("data/updated", "1");
	leaq .Lstring616(%rip), %rdi	# "data/updated"
	leaq .Lstring317(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 3733 5
	# writeAgentMemory: agentSecondsSinceRefresh = 0;
	movq $0, %rax
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
.Lreturn_1275:
	leave
	ret
.Ltrap_1278:
	leaq .Lstring617(%rip), %rdi	# trap: kernel.ts:3729:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1279:
	leaq .Lstring618(%rip), %rdi	# trap: kernel.ts:3730:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1280:
	leaq .Lstring619(%rip), %rdi	# trap: kernel.ts:3731:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentMemory, .-fn.writeAgentMemory

# function writeAgentKeys()
	.type fn.writeAgentKeys,@function
fn.writeAgentKeys:
	.loc 1 3736 1
	# writeAgentKeys: function writeAgentKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3737 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MajorVersion", agentValue, versionPart(0));
	leaq .Lstring620(%rip), %rax	# "attr/PVAddons/MajorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $0, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3738 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MinorVersion", agentValue, versionPart(1));
	leaq .Lstring621(%rip), %rax	# "attr/PVAddons/MinorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $1, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3739 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MicroVersion", agentValue, versionPart(2));
	leaq .Lstring622(%rip), %rax	# "attr/PVAddons/MicroVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $2, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3740 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/BuildVersion", "0");
	leaq .Lstring624(%rip), %rdi	# "attr/PVAddons/BuildVersion"
	leaq .Lstring623(%rip), %rsi	# "0"
	call fn.agentWriteText
	.loc 1 3741 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/Installed", "1");
	leaq .Lstring625(%rip), %rdi	# "attr/PVAddons/Installed"
	leaq .Lstring317(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 3742 5
	# writeAgentKeys: const nameLength = versionLength();
	call fn.versionLength
	movq %rax, -8(%rbp)	# nameLength
	.loc 1 3743 5
	# writeAgentKeys: copyBytes(agentValue, addressOf("guest_version"), nameLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3744 5
	# writeAgentKeys: agentWrite("data/os_uname", agentValue, nameLength);
	leaq .Lstring626(%rip), %rdi	# "data/os_uname"
	leaq buf.agentValue(%rip), %rsi	# agentValue
	movq -8(%rbp), %rdx	# nameLength
	call fn.agentWrite
	.loc 1 3745 5
	# writeAgentKeys: agentWriteText("data/os_distro", "xen-test-vm");
	leaq .Lstring628(%rip), %rdi	# "data/os_distro"
	leaq .Lstring627(%rip), %rsi	# "xen-test-vm"
	call fn.agentWriteText
	.loc 1 3746 5
	# writeAgentKeys: const prefix = "xen-test-vm ";
	leaq .Lstring629(%rip), %rax	# "xen-test-vm "
	movq %rax, -16(%rbp)	# prefix
	.loc 1 3747 5
	# writeAgentKeys: for (let i = 0; i < prefix.length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1282:
	movq -24(%rbp), %rax	# i
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_1284
	.loc 1 3748 9
	# writeAgentKeys: store8(agentValue + i, prefix.charCodeAt(i));
	leaq buf.agentValue(%rip), %rax	# agentValue
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1285
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1285
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1285
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq -24(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1286
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1283:
	.loc 1 3747 40
	# writeAgentKeys: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1287
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1287
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1282
.Lendfor_1284:
	.loc 1 3750 5
	# writeAgentKeys: copyBytes(agentValue + prefix.length, addressOf("guest_version"), nam...
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1288
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1288
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1288
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3751 5
	# writeAgentKeys: agentWrite("data/os_name", agentValue, prefix.length + nameLength);
	leaq .Lstring630(%rip), %rax	# "data/os_name"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq -8(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1289
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1289
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1289
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3752 5
	# writeAgentKeys: writeAgentMemory();
	call fn.writeAgentMemory
.Lreturn_1281:
	leave
	ret
.Ltrap_1285:
	leaq .Lstring631(%rip), %rdi	# trap: kernel.ts:3748:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1286:
	leaq .Lstring632(%rip), %rdi	# trap: kernel.ts:3748:32: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1287:
	leaq .Lstring633(%rip), %rdi	# trap: kernel.ts:3747:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1288:
	leaq .Lstring634(%rip), %rdi	# trap: kernel.ts:3750:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1289:
	leaq .Lstring635(%rip), %rdi	# trap: kernel.ts:3751:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentKeys, .-fn.writeAgentKeys

# function agentRemove(path)
	.type fn.agentRemove,@function
fn.agentRemove:
	.loc 1 3755 1
	# agentRemove: function agentRemove(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 3756 5
	# agentRemove: const result = storeRemove(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRemove
	movq %rax, -16(%rbp)	# result
	.loc 1 3757 5
	# agentRemove: if (result < 0 && result !== XSE_ENOENT) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1291
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1291
	.loc 1 3758 9
	# agentRemove: logPathError("agent: cannot remove ", path, result);
	leaq .Lstring636(%rip), %rdi	# "agent: cannot remove "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1291:
.Lreturn_1290:
	leave
	ret
	.size fn.agentRemove, .-fn.agentRemove

# function setAgent(on)
	.type fn.setAgent,@function
fn.setAgent:
	.loc 1 3762 1
	# setAgent: function setAgent(on: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter on
	.loc 1 3763 5
	# setAgent: agentOn = on;
	movq -8(%rbp), %rax	# on
	movq %rax, var.agentOn(%rip)	# agentOn =
	.loc 1 3764 5
	# setAgent: if (on) {
	movq -8(%rbp), %rax	# on
	testq %rax, %rax
	je .Lelse_1293
	.loc 1 3765 9
	# setAgent: writeAgentKeys();
	call fn.writeAgentKeys
	.loc 1 3766 9
	# setAgent: log("agent: on");
	leaq .Lstring637(%rip), %rdi	# "agent: on"
	call fn.log
	.loc 1 3767 9
	# setAgent: resultAppend("agent: on");
	leaq .Lstring637(%rip), %rdi	# "agent: on"
	call fn.resultAppend
	.loc 1 3768 9
	# setAgent: return;
	jmp .Lreturn_1292
.Lelse_1293:
	.loc 1 3770 5
	# setAgent: agentRemove("attr/PVAddons");
	leaq .Lstring638(%rip), %rdi	# "attr/PVAddons"
	call fn.agentRemove
	.loc 1 3771 5
	# setAgent: agentRemove("data/os_name");
	leaq .Lstring630(%rip), %rdi	# "data/os_name"
	call fn.agentRemove
	.loc 1 3772 5
	# setAgent: agentRemove("data/os_uname");
	leaq .Lstring626(%rip), %rdi	# "data/os_uname"
	call fn.agentRemove
	.loc 1 3773 5
	# setAgent: agentRemove("data/os_distro");
	leaq .Lstring628(%rip), %rdi	# "data/os_distro"
	call fn.agentRemove
	.loc 1 3774 5
	# setAgent: agentRemove("data/meminfo_total");
	leaq .Lstring614(%rip), %rdi	# "data/meminfo_total"
	call fn.agentRemove
	.loc 1 3775 5
	# setAgent: agentRemove("data/meminfo_free");
	leaq .Lstring615(%rip), %rdi	# "data/meminfo_free"
	call fn.agentRemove
	.loc 1 3776 5
	# setAgent: agentRemove("data/updated");
	leaq .Lstring616(%rip), %rdi	# "data/updated"
	call fn.agentRemove
	.loc 1 3777 5
	# setAgent: log("agent: off");
	leaq .Lstring639(%rip), %rdi	# "agent: off"
	call fn.log
	.loc 1 3778 5
	# setAgent: resultAppend("agent: off");
	leaq .Lstring639(%rip), %rdi	# "agent: off"
	call fn.resultAppend
.Lreturn_1292:
	leave
	ret
	.size fn.setAgent, .-fn.setAgent

# function agentOneSecond()
	.type fn.agentOneSecond,@function
fn.agentOneSecond:
	.loc 1 3782 1
	# agentOneSecond: function agentOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3783 5
	# agentOneSecond: if (!agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	jne .Lelse_1295
	.loc 1 3784 9
	# agentOneSecond: return;
	jmp .Lreturn_1294
.Lelse_1295:
	.loc 1 3786 5
	# agentOneSecond: agentSecondsSinceRefresh = agentSecondsSinceRefresh + 1;
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1296
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1296
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1296
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
	.loc 1 3787 5
	# agentOneSecond: if (agentSecondsSinceRefresh >= AGENT_REFRESH_SECONDS) {
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	cmpq $60, %rax	# compare with AGENT_REFRESH_SECONDS
	jl .Lelse_1297
	.loc 1 3788 9
	# agentOneSecond: writeAgentMemory();
	call fn.writeAgentMemory
.Lelse_1297:
.Lreturn_1294:
	leave
	ret
.Ltrap_1296:
	leaq .Lstring640(%rip), %rdi	# trap: kernel.ts:3786:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.agentOneSecond, .-fn.agentOneSecond

# function isFeatureNameByte(byte)
	.type fn.isFeatureNameByte,@function
fn.isFeatureNameByte:
	.loc 1 3798 1
	# isFeatureNameByte: function isFeatureNameByte(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3799 5
	# isFeatureNameByte: return (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || b...
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1302
	movq -8(%rbp), %rax	# byte
	cmpq $122, %rax	# compare with 122
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1302:
	testq %rax, %rax
	jne .Lendlogic_1301
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1303
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1303:
.Lendlogic_1301:
	testq %rax, %rax
	jne .Lendlogic_1300
	movq -8(%rbp), %rax	# byte
	cmpq $45, %rax	# compare with 45
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1300:
	testq %rax, %rax
	jne .Lendlogic_1299
	movq -8(%rbp), %rax	# byte
	cmpq $95, %rax	# compare with 95
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1299:
.Lreturn_1298:
	leave
	ret
	.size fn.isFeatureNameByte, .-fn.isFeatureNameByte

# function handleFeature()
	.type fn.handleFeature,@function
fn.handleFeature:
	.loc 1 3803 1
	# handleFeature: function handleFeature(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $96, %rsp	# 12 local slot(s)
	.loc 1 3804 5
	# handleFeature: const name = commandValue + 8;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1305
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1305
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1305
	movq %rax, -8(%rbp)	# name
	.loc 1 3805 5
	# handleFeature: let nameLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# nameLength
	.loc 1 3806 5
	# handleFeature: while (8 + nameLength < commandLength && isFeatureNameByte(load8(name...
.Lwhile_1306:
	movq $8, %rax
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1308
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1308
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1308
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_1307
	movq -8(%rbp), %rax	# name
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1309
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1309
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1309
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isFeatureNameByte
	testq %rax, %rax
	je .Lendwhile_1307
	.loc 1 3807 9
	# handleFeature: nameLength = nameLength + 1;
	movq -16(%rbp), %rax	# nameLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1310
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1310
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1310
	movq %rax, -16(%rbp)	# nameLength =
	jmp .Lwhile_1306
.Lendwhile_1307:
	.loc 1 3809 5
	# handleFeature: const modeAt = 8 + nameLength + 1;
	movq $8, %rax
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1311
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1311
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1311
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1311
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1311
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1311
	movq %rax, -24(%rbp)	# modeAt
	.loc 1 3810 5
	# handleFeature: if (nameLength === 0 || nameLength > FEATURE_NAME_MAX || modeAt > com...
	movq -16(%rbp), %rax	# nameLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_1313
	movq -16(%rbp), %rax	# nameLength
	cmpq $32, %rax	# compare with FEATURE_NAME_MAX
	jg .Lskip_1313
	movq -24(%rbp), %rax	# modeAt
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jg .Lskip_1313
	movq -8(%rbp), %rax	# name
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1314
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1314
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1314
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lelse_1312
.Lskip_1313:
	.loc 1 3812 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 3813 9
	# handleFeature: return;
	jmp .Lreturn_1304
.Lelse_1312:
	.loc 1 3815 5
	# handleFeature: const mode = commandValue + modeAt;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -24(%rbp), %rdi	# modeAt
	addq %rdi, %rax	# +
	jo .Ltrap_1315
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1315
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1315
	movq %rax, -32(%rbp)	# mode
	.loc 1 3816 5
	# handleFeature: const modeLength = commandLength - modeAt;
	movq var.commandLength(%rip), %rax	# commandLength
	movq -24(%rbp), %rdi	# modeAt
	subq %rdi, %rax	# -
	jo .Ltrap_1316
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1316
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1316
	movq %rax, -40(%rbp)	# modeLength
	.loc 1 3817 5
	# handleFeature: let value = "";
	leaq .Lstring33(%rip), %rax	# ""
	movq %rax, -48(%rbp)	# value
	.loc 1 3818 5
	# handleFeature: if (bytesEqual(mode, modeLength, "on")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring419(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1317
	.loc 1 3819 9
	# handleFeature: value = "1";
	leaq .Lstring317(%rip), %rax	# "1"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1318
.Lelse_1317:
	.loc 1 3820 12
	# handleFeature: if (bytesEqual(mode, modeLength, "off")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring420(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1319
	.loc 1 3821 9
	# handleFeature: value = "0";
	leaq .Lstring623(%rip), %rax	# "0"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1320
.Lelse_1319:
	.loc 1 3822 12
	# handleFeature: if (!bytesEqual(mode, modeLength, "absent")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring641(%rip), %rdx	# "absent"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_1321
	.loc 1 3823 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 3824 9
	# handleFeature: return;
	jmp .Lreturn_1304
.Lelse_1321:
.Lendif_1320:
.Lendif_1318:
	.loc 1 3826 5
	# handleFeature: for (let i = 0; i < FEATURE_PREFIX.length; i++) {
	movq $0, %rax
	movq %rax, -56(%rbp)	# i
.Lfor_1322:
	movq -56(%rbp), %rax	# i
	cmpq $16, %rax	# compare with FEATURE_PREFIX.length
	jge .Lendfor_1324
	.loc 1 3827 9
	# handleFeature: store8(featurePath + i, FEATURE_PREFIX.charCodeAt(i));
	leaq buf.featurePath(%rip), %rax	# featurePath
	movq -56(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1325
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1325
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1325
	pushq %rax
	leaq .Lstring642(%rip), %rax	# FEATURE_PREFIX
	movq -56(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1326
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1323:
	.loc 1 3826 48
	# handleFeature: i++
	movq -56(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1327
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1327
	movq %rax, -56(%rbp)	# i =
	jmp .Lfor_1322
.Lendfor_1324:
	.loc 1 3829 5
	# handleFeature: copyBytes(featurePath + FEATURE_PREFIX.length, name, nameLength);
	leaq buf.featurePath(%rip), %rax	# featurePath
	pushq %rax
	leaq .Lstring642(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1328
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1328
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1328
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# name
	movq -16(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3830 5
	# handleFeature: const pathLength = FEATURE_PREFIX.length + nameLength;
	leaq .Lstring642(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1329
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1329
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1329
	movq %rax, -64(%rbp)	# pathLength
	.loc 1 3831 5
	# handleFeature: const result = value.length > 0 ?
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1330
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	movq -48(%rbp), %rdx	# value
	call fn.storeWriteAt
	jmp .Lendcond_1331
.Lelse_1330:
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	call fn.storeRemoveAt
.Lendcond_1331:
	movq %rax, -72(%rbp)	# result
	.loc 1 3833 5
	# handleFeature: const shown = featurePath + 8;
	leaq buf.featurePath(%rip), %rax	# featurePath
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1332
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1332
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1332
	movq %rax, -80(%rbp)	# shown
	.loc 1 3834 5
	# handleFeature: const shownLength = pathLength - 8;
	movq -64(%rbp), %rax	# pathLength
	movq $8, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1333
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1333
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1333
	movq %rax, -88(%rbp)	# shownLength
	.loc 1 3835 5
	# handleFeature: printBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.printBytes
	.loc 1 3836 5
	# handleFeature: resultAppendBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.resultAppendBytes
	.loc 1 3837 5
	# handleFeature: if (result < 0 && !(value.length === 0 && result === XSE_ENOENT)) {
	movq -72(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1334
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1335
	movq -72(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1334
.Lskip_1335:
	.loc 1 3838 9
	# handleFeature: print(": cannot write: ");
	leaq .Lstring643(%rip), %rdi	# ": cannot write: "
	call fn.print
	.loc 1 3839 9
	# handleFeature: log(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 3840 9
	# handleFeature: resultAppend(": cannot write: ");
	leaq .Lstring643(%rip), %rdi	# ": cannot write: "
	call fn.resultAppend
	.loc 1 3841 9
	# handleFeature: resultAppend(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 3842 9
	# handleFeature: return;
	jmp .Lreturn_1304
.Lelse_1334:
	.loc 1 3844 5
	# handleFeature: const said = value.length > 0 ? value : "removed";
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1336
	movq -48(%rbp), %rax	# value
	jmp .Lendcond_1337
.Lelse_1336:
	leaq .Lstring644(%rip), %rax	# "removed"
.Lendcond_1337:
	movq %rax, -96(%rbp)	# said
	.loc 1 3845 5
	# handleFeature: print(": ");
	leaq .Lstring195(%rip), %rdi	# ": "
	call fn.print
	.loc 1 3846 5
	# handleFeature: log(said);
	movq -96(%rbp), %rdi	# said
	call fn.log
	.loc 1 3847 5
	# handleFeature: resultAppend(": ");
	leaq .Lstring195(%rip), %rdi	# ": "
	call fn.resultAppend
	.loc 1 3848 5
	# handleFeature: resultAppend(said);
	movq -96(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1304:
	leave
	ret
.Ltrap_1305:
	leaq .Lstring645(%rip), %rdi	# trap: kernel.ts:3804:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1308:
	leaq .Lstring646(%rip), %rdi	# trap: kernel.ts:3806:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1309:
	leaq .Lstring647(%rip), %rdi	# trap: kernel.ts:3806:70: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1310:
	leaq .Lstring648(%rip), %rdi	# trap: kernel.ts:3807:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1311:
	leaq .Lstring649(%rip), %rdi	# trap: kernel.ts:3809:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1314:
	leaq .Lstring650(%rip), %rdi	# trap: kernel.ts:3811:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1315:
	leaq .Lstring651(%rip), %rdi	# trap: kernel.ts:3815:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1316:
	leaq .Lstring652(%rip), %rdi	# trap: kernel.ts:3816:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1325:
	leaq .Lstring653(%rip), %rdi	# trap: kernel.ts:3827:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1326:
	leaq .Lstring654(%rip), %rdi	# trap: kernel.ts:3827:33: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1327:
	leaq .Lstring655(%rip), %rdi	# trap: kernel.ts:3826:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1328:
	leaq .Lstring656(%rip), %rdi	# trap: kernel.ts:3829:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1329:
	leaq .Lstring657(%rip), %rdi	# trap: kernel.ts:3830:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1332:
	leaq .Lstring658(%rip), %rdi	# trap: kernel.ts:3833:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1333:
	leaq .Lstring659(%rip), %rdi	# trap: kernel.ts:3834:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleFeature, .-fn.handleFeature

# function handleCantSuspend()
	.type fn.handleCantSuspend,@function
fn.handleCantSuspend:
	.loc 1 3852 1
	# handleCantSuspend: function handleCantSuspend(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3853 5
	# handleCantSuspend: const textLength = commandLength - 13;
	movq var.commandLength(%rip), %rax	# commandLength
	movq $13, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1339
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1339
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1339
	movq %rax, -8(%rbp)	# textLength
	.loc 1 3854 5
	# handleCantSuspend: const result = textLength > 0 ?
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1340
	leaq .Lstring660(%rip), %rax	# "data/cant_suspend_reason"
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $13, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1342
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1342
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1342
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# textLength
	call fn.storeWrite
	jmp .Lendcond_1341
.Lelse_1340:
	leaq .Lstring660(%rip), %rdi	# "data/cant_suspend_reason"
	call fn.storeRemove
.Lendcond_1341:
	movq %rax, -16(%rbp)	# result
	.loc 1 3857 5
	# handleCantSuspend: if (result < 0 && !(textLength === 0 && result === XSE_ENOENT)) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1343
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1344
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1343
.Lskip_1344:
	.loc 1 3858 9
	# handleCantSuspend: print("cant-suspend: cannot write: ");
	leaq .Lstring661(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.print
	.loc 1 3859 9
	# handleCantSuspend: log(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 3860 9
	# handleCantSuspend: resultAppend("cant-suspend: cannot write: ");
	leaq .Lstring661(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.resultAppend
	.loc 1 3861 9
	# handleCantSuspend: resultAppend(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 3862 9
	# handleCantSuspend: return;
	jmp .Lreturn_1338
.Lelse_1343:
	.loc 1 3864 5
	# handleCantSuspend: const said = textLength > 0 ? "cant-suspend: set" : "cant-suspend: re...
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1345
	leaq .Lstring662(%rip), %rax	# "cant-suspend: set"
	jmp .Lendcond_1346
.Lelse_1345:
	leaq .Lstring663(%rip), %rax	# "cant-suspend: removed"
.Lendcond_1346:
	movq %rax, -24(%rbp)	# said
	.loc 1 3865 5
	# handleCantSuspend: log(said);
	movq -24(%rbp), %rdi	# said
	call fn.log
	.loc 1 3866 5
	# handleCantSuspend: resultAppend(said);
	movq -24(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1338:
	leave
	ret
.Ltrap_1339:
	leaq .Lstring664(%rip), %rdi	# trap: kernel.ts:3853:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1342:
	leaq .Lstring665(%rip), %rdi	# trap: kernel.ts:3855:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleCantSuspend, .-fn.handleCantSuspend

# function checkHypercallPage()
	.type fn.checkHypercallPage,@function
fn.checkHypercallPage:
	.loc 1 3901 1
	# checkHypercallPage: function checkHypercallPage(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3902 5
	# checkHypercallPage: if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	je .Lelse_1348
	.loc 1 3903 9
	# checkHypercallPage: return;
	jmp .Lreturn_1347
.Lelse_1348:
	.loc 1 3905 5
	# checkHypercallPage: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 3906 5
	# checkHypercallPage: if (bootMode === BOOT_MODE_PVH) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1349
	.loc 1 3907 9
	# checkHypercallPage: debugPortPrint("xen-test-vm: PVH boot: Xen did not fill the hypercall...
	leaq .Lstring666(%rip), %rdi	# "xen-test-vm: PVH boot: Xen did not fill
	call fn.debugPortPrint
.Lelse_1349:
	.loc 1 3909 5
	# checkHypercallPage: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring667(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 3910 5
	# checkHypercallPage: while (true) {
.Lwhile_1350:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1351
	.loc 1 3911 9
	# checkHypercallPage: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_1350
.Lendwhile_1351:
.Lreturn_1347:
	leave
	ret
	.size fn.checkHypercallPage, .-fn.checkHypercallPage

# function checkStartInfoMagic()
	.type fn.checkStartInfoMagic,@function
fn.checkStartInfoMagic:
	.loc 1 3915 1
	# checkStartInfoMagic: function checkStartInfoMagic(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3916 5
	# checkStartInfoMagic: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $0, %rdi	# START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_1354
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1354
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1354
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring668(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_1353
	.loc 1 3917 9
	# checkStartInfoMagic: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring669(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_1353:
.Lreturn_1352:
	leave
	ret
.Ltrap_1354:
	leaq .Lstring670(%rip), %rdi	# trap: kernel.ts:3916:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.checkStartInfoMagic, .-fn.checkStartInfoMagic

# function debugPortPrint(text)
	.type fn.debugPortPrint,@function
fn.debugPortPrint:
	.loc 1 3927 1
	# debugPortPrint: function debugPortPrint(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3928 5
	# debugPortPrint: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1356:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_1358
	.loc 1 3929 9
	# debugPortPrint: debugPortWrite(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1359
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call debugPortWrite
.Lfornext_1357:
	.loc 1 3928 38
	# debugPortPrint: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1360
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1360
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1356
.Lendfor_1358:
.Lreturn_1355:
	leave
	ret
.Ltrap_1359:
	leaq .Lstring671(%rip), %rdi	# trap: kernel.ts:3929:24: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1360:
	leaq .Lstring672(%rip), %rdi	# trap: kernel.ts:3928:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.debugPortPrint, .-fn.debugPortPrint

# function pvhCannotBoot(what, detail)
	.type fn.pvhCannotBoot,@function
fn.pvhCannotBoot:
	.loc 1 3933 1
	# pvhCannotBoot: function pvhCannotBoot(what: string, detail: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter detail
	.loc 1 3934 5
	# pvhCannotBoot: debugPortPrint("xen-test-vm: PVH boot: ");
	leaq .Lstring673(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.debugPortPrint
	.loc 1 3935 5
	# pvhCannotBoot: debugPortPrint(what);
	movq -8(%rbp), %rdi	# what
	call fn.debugPortPrint
	.loc 1 3936 5
	# pvhCannotBoot: debugPortPrint(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.debugPortPrint
	.loc 1 3937 5
	# pvhCannotBoot: debugPortPrint("; crashing\n");
	leaq .Lstring674(%rip), %rdi	# "; crashing\n"
	call fn.debugPortPrint
	.loc 1 3938 5
	# pvhCannotBoot: print("xen-test-vm: PVH boot: ");
	leaq .Lstring673(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.print
	.loc 1 3939 5
	# pvhCannotBoot: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 3940 5
	# pvhCannotBoot: print(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.print
	.loc 1 3941 5
	# pvhCannotBoot: log("; crashing");
	leaq .Lstring675(%rip), %rdi	# "; crashing"
	call fn.log
	.loc 1 3942 5
	# pvhCannotBoot: consoleDrain();
	call fn.consoleDrain
	.loc 1 3943 5
	# pvhCannotBoot: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1361:
	leave
	ret
	.size fn.pvhCannotBoot, .-fn.pvhCannotBoot

# function enterDomain(bootInfo, mode)
	.type fn.enterDomain,@function
fn.enterDomain:
	.loc 1 3951 1
	# enterDomain: function enterDomain(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 3952 5
	# enterDomain: bootMode = mode === BOOT_MODE_PVH ? BOOT_MODE_PVH : BOOT_MODE_PV;
	movq -16(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1363
	movq $1, %rax	# BOOT_MODE_PVH
	jmp .Lendcond_1364
.Lelse_1363:
	movq $0, %rax	# BOOT_MODE_PV
.Lendcond_1364:
	movq %rax, var.bootMode(%rip)	# bootMode =
	.loc 1 3953 5
	# enterDomain: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1365
	.loc 1 3954 9
	# enterDomain: startInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 3955 9
	# enterDomain: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $104, %rdi	# START_INFO_MFN_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_1366
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1366
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1366
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1367
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1367
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 3956 9
	# enterDomain: readStartInfo();
	call fn.readStartInfo
	jmp .Lendif_1368
.Lelse_1365:
	.loc 1 3958 9
	# enterDomain: hvmStartInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.hvmStartInfo(%rip)	# hvmStartInfo =
.Lendif_1368:
.Lreturn_1362:
	leave
	ret
.Ltrap_1366:
	leaq .Lstring676(%rip), %rdi	# trap: kernel.ts:3955:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1367:
	leaq .Lstring677(%rip), %rdi	# trap: kernel.ts:3955:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.enterDomain, .-fn.enterDomain

# function findRings()
	.type fn.findRings,@function
fn.findRings:
	.loc 1 3962 1
	# findRings: function findRings(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3963 5
	# findRings: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1370
	.loc 1 3964 9
	# findRings: checkStartInfoMagic();
	call fn.checkStartInfoMagic
	.loc 1 3965 9
	# findRings: return;
	jmp .Lreturn_1369
.Lelse_1370:
	.loc 1 3967 5
	# findRings: if (load32(hvmStartInfo + HVM_START_INFO_MAGIC) !== HVM_START_MAGIC_V...
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $0, %rdi	# HVM_START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_1372
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1372
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1372
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $862897528, %rax	# compare with HVM_START_MAGIC_VALUE
	je .Lelse_1371
	.loc 1 3968 9
	# findRings: pvhCannotBoot("hvm_start_info has the wrong magic number", "");
	leaq .Lstring678(%rip), %rdi	# "hvm_start_info has the wrong magic numb
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.pvhCannotBoot
.Lelse_1371:
	.loc 1 3970 5
	# findRings: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -8(%rbp)	# missing
	.loc 1 3971 5
	# findRings: if (missing.length > 0) {
	movq -8(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1373
	.loc 1 3972 9
	# findRings: pvhCannotBoot("Xen gave no value for ", missing);
	leaq .Lstring679(%rip), %rdi	# "Xen gave no value for "
	movq -8(%rbp), %rsi	# missing
	call fn.pvhCannotBoot
.Lelse_1373:
.Lreturn_1369:
	leave
	ret
.Ltrap_1372:
	leaq .Lstring680(%rip), %rdi	# trap: kernel.ts:3967:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.findRings, .-fn.findRings

# function printTerminated(address, limit)
	.type fn.printTerminated,@function
fn.printTerminated:
	.loc 1 3977 1
	# printTerminated: function printTerminated(address: number, limit: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter limit
	.loc 1 3978 5
	# printTerminated: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1375:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# limit
	cmpq %rdi, %rax
	jge .Lendfor_1377
	.loc 1 3979 9
	# printTerminated: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1378
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1378
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1378
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -32(%rbp)	# byte
	.loc 1 3980 9
	# printTerminated: if (byte === 0) {
	movq -32(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1379
	.loc 1 3981 13
	# printTerminated: return;
	jmp .Lreturn_1374
.Lelse_1379:
	.loc 1 3983 9
	# printTerminated: printEscapedByte(byte);
	movq -32(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_1376:
	.loc 1 3978 32
	# printTerminated: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1380
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1380
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1375
.Lendfor_1377:
.Lreturn_1374:
	leave
	ret
.Ltrap_1378:
	leaq .Lstring681(%rip), %rdi	# trap: kernel.ts:3979:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1380:
	leaq .Lstring682(%rip), %rdi	# trap: kernel.ts:3978:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printTerminated, .-fn.printTerminated

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 3991 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3992 5
	# printBanner: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 3993 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring629(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 3994 5
	# printBanner: printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rdi
	movq $32, %rsi	# VERSION_BYTES_MAX
	call fn.printTerminated
	.loc 1 3995 5
	# printBanner: print(bootMode === BOOT_MODE_PVH ? " PVH" : " PV");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1382
	leaq .Lstring683(%rip), %rax	# " PVH"
	jmp .Lendcond_1383
.Lelse_1382:
	leaq .Lstring684(%rip), %rax	# " PV"
.Lendcond_1383:
	movq %rax, %rdi
	call fn.print
	.loc 1 3996 5
	# printBanner: print(", domid ");
	leaq .Lstring685(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 3997 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1384
	.loc 1 3998 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_1385
.Lelse_1384:
	.loc 1 4000 9
	# printBanner: print("unknown");
	leaq .Lstring686(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_1385:
	.loc 1 4002 5
	# printBanner: print(", memory ");
	leaq .Lstring687(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 4003 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	movq $256, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1386
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1386
	subq $1, %rax	# then the floor is one below
.Lfloored_1386:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4004 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring688(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 4005 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -8(%rbp)	# version
	.loc 1 4006 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -8(%rbp), %rax	# version
	movq $65536, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1387
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1387
	subq $1, %rax	# then the floor is one below
.Lfloored_1387:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4007 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 4008 5
	# printBanner: printDecimal(version & 0xffff);
	movq -8(%rbp), %rax	# version
	movq $65535, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 4009 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1388:
	movq -16(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_1390
	.loc 1 4010 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1391
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1391
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1391
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1389:
	.loc 1 4009 56
	# printBanner: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1392
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1392
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1388
.Lendfor_1390:
	.loc 1 4012 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1393
	.loc 1 4013 9
	# printBanner: printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
	leaq buf.xenExtraVersion(%rip), %rdi	# xenExtraVersion
	movq $16, %rsi	# XENVER_EXTRAVERSION_BYTES
	call fn.printTerminated
.Lelse_1393:
	.loc 1 4015 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_1381:
	leave
	ret
.Ltrap_1391:
	leaq .Lstring689(%rip), %rdi	# trap: kernel.ts:4010:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1392:
	leaq .Lstring690(%rip), %rdi	# trap: kernel.ts:4009:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 4018 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 4019 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1395
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1395
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1395
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 4020 5
	# tick: print("domain ");
	leaq .Lstring691(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 4021 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 4022 5
	# tick: print(" tick ");
	leaq .Lstring692(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 4023 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 4024 5
	# tick: endLine();
	call fn.endLine
	.loc 1 4025 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_1396
	.loc 1 4026 9
	# tick: print("override ");
	leaq .Lstring225(%rip), %rdi	# "override "
	call fn.print
	.loc 1 4027 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 4028 9
	# tick: log(" is active");
	leaq .Lstring693(%rip), %rdi	# " is active"
	call fn.log
.Lelse_1396:
	.loc 1 4030 5
	# tick: countDownOneSecond();
	call fn.countDownOneSecond
	.loc 1 4031 5
	# tick: agentOneSecond();
	call fn.agentOneSecond
	.loc 1 4032 5
	# tick: balloonOneSecond();
	call fn.balloonOneSecond
.Lreturn_1394:
	leave
	ret
.Ltrap_1395:
	leaq .Lstring694(%rip), %rdi	# trap: kernel.ts:4019:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 4041 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 4042 5
	# mainLoop: while (true) {
.Lwhile_1398:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1399
	.loc 1 4043 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 4044 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 4045 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired || sysrqWatchFired || ...
.Lwhile_1400:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_1402
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	jne .Lskip_1402
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	jne .Lskip_1402
	movq var.targetWatchFired(%rip), %rax	# targetWatchFired
	testq %rax, %rax
	je .Lendwhile_1401
.Lskip_1402:
	.loc 1 4046 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 4047 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_1403
	.loc 1 4048 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 4049 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_1403:
	.loc 1 4051 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_1404
	.loc 1 4052 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 4053 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_1404:
	.loc 1 4055 13
	# mainLoop: if (sysrqWatchFired) {
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	je .Lelse_1405
	.loc 1 4056 17
	# mainLoop: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 4057 17
	# mainLoop: handleSysrq();
	call fn.handleSysrq
.Lelse_1405:
	.loc 1 4059 13
	# mainLoop: if (targetWatchFired) {
	movq var.targetWatchFired(%rip), %rax	# targetWatchFired
	testq %rax, %rax
	je .Lelse_1406
	.loc 1 4060 17
	# mainLoop: targetWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.targetWatchFired(%rip)	# targetWatchFired =
	.loc 1 4061 17
	# mainLoop: handleTarget();
	call fn.handleTarget
.Lelse_1406:
	jmp .Lwhile_1400
.Lendwhile_1401:
	.loc 1 4064 9
	# mainLoop: if (suspendChannelPort !== NO_PORT && portPending(suspendChannelPort)) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_1407
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.portPending
	testq %rax, %rax
	je .Lelse_1407
	.loc 1 4065 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 4066 13
	# mainLoop: handleSuspendChannelNotification();
	call fn.handleSuspendChannelNotification
.Lelse_1407:
	.loc 1 4068 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1408
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_1408
	.loc 1 4069 13
	# mainLoop: print("console: ");
	leaq .Lstring695(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 4070 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 4071 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring696(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 4072 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_1408:
	.loc 1 4074 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_1409:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_1410
	.loc 1 4075 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1411
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1411
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1411
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 4076 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 4077 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_1409
.Lendwhile_1410:
	.loc 1 4079 9
	# mainLoop: if (runDueCounts() || balloonWork()) {
	call fn.runDueCounts
	testq %rax, %rax
	jne .Lskip_1413
	call fn.balloonWork
	testq %rax, %rax
	je .Lelse_1412
.Lskip_1413:
	.loc 1 4080 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
.Lelse_1412:
	.loc 1 4082 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_1414
	.loc 1 4083 13
	# mainLoop: continue;
	jmp .Lwhile_1398
.Lelse_1414:
	.loc 1 4085 9
	# mainLoop: if (statusDirty) {
	movq var.statusDirty(%rip), %rax	# statusDirty
	testq %rax, %rax
	je .Lelse_1415
	.loc 1 4086 13
	# mainLoop: writeStatus();
	call fn.writeStatus
.Lelse_1415:
	.loc 1 4088 9
	# mainLoop: waitOnPorts(storePort, suspendChannelPort);
	movq var.storePort(%rip), %rdi	# storePort
	movq var.suspendChannelPort(%rip), %rsi	# suspendChannelPort
	call fn.waitOnPorts
	jmp .Lwhile_1398
.Lendwhile_1399:
.Lreturn_1397:
	leave
	ret
.Ltrap_1411:
	leaq .Lstring697(%rip), %rdi	# trap: kernel.ts:4075:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(bootInfo, mode), exported
	.globl main
	.type main,@function
main:
	.loc 1 4094 1
	# main: export function main(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 4095 5
	# main: enterDomain(bootInfo, mode);
	movq -8(%rbp), %rdi	# bootInfo
	movq -16(%rbp), %rsi	# mode
	call fn.enterDomain
	.loc 1 4096 5
	# main: checkHypercallPage();
	call fn.checkHypercallPage
	.loc 1 4097 5
	# main: findRings();
	call fn.findRings
	.loc 1 4098 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 4099 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 4100 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 4101 5
	# main: measureMemory();
	call fn.measureMemory
	.loc 1 4102 5
	# main: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1417
	.loc 1 4103 9
	# main: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_1417:
	.loc 1 4105 5
	# main: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 4106 5
	# main: publishState("booting");
	leaq .Lstring698(%rip), %rdi	# "booting"
	call fn.publishState
	.loc 1 4107 5
	# main: obeyCommandLine();
	call fn.obeyCommandLine
	.loc 1 4108 5
	# main: log("ready");
	leaq .Lstring699(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 4109 5
	# main: publishState("running");
	leaq .Lstring410(%rip), %rdi	# "running"
	call fn.publishState
	.loc 1 4110 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_1416:
	leave
	ret
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 4118 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 4119 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_1419
	.loc 1 4120 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 4121 9
	# trap: print("trap: ");
	leaq .Lstring700(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 4122 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 4123 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_1419:
	.loc 1 4125 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1418:
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
.Lstring45:	# "kernel.ts:518:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:518:24: integer result outside the exact range"
	.balign 8
.Lstring46:	# "kernel.ts:520:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:520:9: integer result outside the exact range"
	.balign 8
.Lstring47:	# "kernel.ts:520:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:520:40: integer result outside the exact range"
	.balign 8
.Lstring48:	# "kernel.ts:546:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:546:28: integer result outside the exact range"
	.balign 8
.Lstring49:	# "kernel.ts:551:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:551:24: integer result outside the exact range"
	.balign 8
.Lstring50:	# "kernel.ts:590:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:590:17: integer result outside the exact range"
	.balign 8
.Lstring51:	# "kernel.ts:637:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:637:29: integer result outside the exact range"
	.balign 8
.Lstring52:	# "kernel.ts:638:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:638:29: integer result outside the exact range"
	.balign 8
.Lstring53:	# "kernel.ts:640:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:640:21: integer result outside the exact range"
	.balign 8
.Lstring54:	# "kernel.ts:659:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:659:35: integer result outside the exact range"
	.balign 8
.Lstring55:	# "kernel.ts:663:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:663:37: integer result outside the exact range"
	.balign 8
.Lstring56:	# "kernel.ts:664:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:664:20: integer result outside the exact range"
	.balign 8
.Lstring57:	# "kernel.ts:664:61: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:664:61: integer result outside the exact range"
	.balign 8
.Lstring58:	# "kernel.ts:666:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:666:21: integer result outside the exact range"
	.balign 8
.Lstring59:	# "kernel.ts:666:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:666:54: integer result outside the exact range"
	.balign 8
.Lstring60:	# "kernel.ts:671:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:671:35: integer result outside the exact range"
	.balign 8
.Lstring61:	# "kernel.ts:676:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:676:26: integer result outside the exact range"
	.balign 8
.Lstring62:	# "kernel.ts:715:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:715:26: integer result outside the exact range"
	.balign 8
.Lstring63:	# "kernel.ts:718:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:718:26: integer result outside the exact range"
	.balign 8
.Lstring64:	# "kernel.ts:737:20: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:737:20: charCodeAt index out of range"
	.balign 8
.Lstring65:	# "kernel.ts:736:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:736:38: integer result outside the exact range"
	.balign 8
.Lstring66:	# "kernel.ts:755:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:755:16: integer result outside the exact range"
	.balign 8
.Lstring67:	# "kernel.ts:759:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:759:26: integer result outside the exact range"
	.balign 8
.Lstring68:	# "kernel.ts:759:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:759:40: integer result outside the exact range"
	.balign 8
.Lstring69:	# "\\n"
	.quad 2
	.ascii "\\n"
	.balign 8
.Lstring70:	# "\\r"
	.quad 2
	.ascii "\\r"
	.balign 8
.Lstring71:	# "\\t"
	.quad 2
	.ascii "\\t"
	.balign 8
.Lstring72:	# "\\x"
	.quad 2
	.ascii "\\x"
	.balign 8
.Lstring73:	# "...\" ("
	.quad 6
	.ascii "...\" ("
	.balign 8
.Lstring74:	# " bytes)"
	.quad 7
	.ascii " bytes)"
	.balign 8
.Lstring75:	# "kernel.ts:786:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:786:32: integer result outside the exact range"
	.balign 8
.Lstring76:	# "kernel.ts:785:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:785:32: integer result outside the exact range"
	.balign 8
.Lstring77:	# "kernel.ts:800:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:800:32: integer result outside the exact range"
	.balign 8
.Lstring78:	# "kernel.ts:799:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:799:33: integer result outside the exact range"
	.balign 8
.Lstring79:	# "kernel.ts:812:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:812:16: integer result outside the exact range"
	.balign 8
.Lstring80:	# "kernel.ts:812:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:812:39: integer result outside the exact range"
	.balign 8
.Lstring81:	# "kernel.ts:811:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:811:33: integer result outside the exact range"
	.balign 8
.Lstring82:	# "kernel.ts:822:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:822:19: integer result outside the exact range"
	.balign 8
.Lstring83:	# "kernel.ts:822:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:822:36: charCodeAt index out of range"
	.balign 8
.Lstring84:	# "kernel.ts:821:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:821:33: integer result outside the exact range"
	.balign 8
.Lstring85:	# "kernel.ts:832:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:832:19: integer result outside the exact range"
	.balign 8
.Lstring86:	# "kernel.ts:832:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:832:40: integer result outside the exact range"
	.balign 8
.Lstring87:	# "kernel.ts:831:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:831:33: integer result outside the exact range"
	.balign 8
.Lstring88:	# "kernel.ts:846:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:846:28: integer result outside the exact range"
	.balign 8
.Lstring89:	# "kernel.ts:850:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:850:17: integer result outside the exact range"
	.balign 8
.Lstring90:	# "kernel.ts:850:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:850:31: integer result outside the exact range"
	.balign 8
.Lstring91:	# "kernel.ts:845:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:845:33: integer result outside the exact range"
	.balign 8
.Lstring92:	# "kernel.ts:859:18: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:859:18: integer result outside the exact range"
	.balign 8
.Lstring93:	# "kernel.ts:862:18: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:862:18: integer result outside the exact range"
	.balign 8
.Lstring94:	# "kernel.ts:863:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:863:16: integer result outside the exact range"
	.balign 8
.Lstring95:	# "kernel.ts:863:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:863:29: integer result outside the exact range"
	.balign 8
.Lstring96:	# "kernel.ts:862:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:862:38: integer result outside the exact range"
	.balign 8
.Lstring97:	# "EINVAL"
	.quad 6
	.ascii "EINVAL"
	.balign 8
.Lstring98:	# "EACCES"
	.quad 6
	.ascii "EACCES"
	.balign 8
.Lstring99:	# "EEXIST"
	.quad 6
	.ascii "EEXIST"
	.balign 8
.Lstring100:	# "EISDIR"
	.quad 6
	.ascii "EISDIR"
	.balign 8
.Lstring101:	# "ENOENT"
	.quad 6
	.ascii "ENOENT"
	.balign 8
.Lstring102:	# "ENOMEM"
	.quad 6
	.ascii "ENOMEM"
	.balign 8
.Lstring103:	# "ENOSPC"
	.quad 6
	.ascii "ENOSPC"
	.balign 8
.Lstring104:	# "EIO"
	.quad 3
	.ascii "EIO"
	.balign 8
.Lstring105:	# "ENOTEMPTY"
	.quad 9
	.ascii "ENOTEMPTY"
	.balign 8
.Lstring106:	# "ENOSYS"
	.quad 6
	.ascii "ENOSYS"
	.balign 8
.Lstring107:	# "EROFS"
	.quad 5
	.ascii "EROFS"
	.balign 8
.Lstring108:	# "EBUSY"
	.quad 5
	.ascii "EBUSY"
	.balign 8
.Lstring109:	# "EAGAIN"
	.quad 6
	.ascii "EAGAIN"
	.balign 8
.Lstring110:	# "EISCONN"
	.quad 7
	.ascii "EISCONN"
	.balign 8
.Lstring111:	# "E2BIG"
	.quad 5
	.ascii "E2BIG"
	.balign 8
.Lstring112:	# "EPERM"
	.quad 5
	.ascii "EPERM"
	.balign 8
.Lstring113:	# "protocol error"
	.quad 14
	.ascii "protocol error"
	.balign 8
.Lstring114:	# "no reply"
	.quad 8
	.ascii "no reply"
	.balign 8
.Lstring115:	# "unknown error"
	.quad 13
	.ascii "unknown error"
	.balign 8
.Lstring116:	# "kernel.ts:993:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:993:44: integer result outside the exact range"
	.balign 8
.Lstring117:	# "kernel.ts:993:74: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:993:74: integer result outside the exact range"
	.balign 8
.Lstring118:	# "kernel.ts:994:52: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:994:52: integer result outside the exact range"
	.balign 8
.Lstring119:	# "kernel.ts:1026:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1026:13: integer result outside the exact range"
	.balign 8
.Lstring120:	# "kernel.ts:1036:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1036:12: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:1037:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1037:26: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:1043:27: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:1043:27: charCodeAt index out of range"
	.balign 8
.Lstring123:	# "kernel.ts:1042:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1042:38: integer result outside the exact range"
	.balign 8
.Lstring124:	# "kernel.ts:1055:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1055:33: integer result outside the exact range"
	.balign 8
.Lstring125:	# "kernel.ts:1054:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1054:33: integer result outside the exact range"
	.balign 8
.Lstring126:	# "xenstore: request ring indexes make no sense (prod "
	.quad 51
	.ascii "xenstore: request ring indexes make no sense (prod "
	.balign 8
.Lstring127:	# ", cons "
	.quad 7
	.ascii ", cons "
	.balign 8
.Lstring128:	# "); request dropped"
	.quad 18
	.ascii "); request dropped"
	.balign 8
.Lstring129:	# "kernel.ts:1061:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1061:29: integer result outside the exact range"
	.balign 8
.Lstring130:	# "kernel.ts:1062:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1062:29: integer result outside the exact range"
	.balign 8
.Lstring131:	# "kernel.ts:1064:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1064:23: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:1073:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1073:12: integer result outside the exact range"
	.balign 8
.Lstring133:	# "kernel.ts:1080:42: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1080:42: integer result outside the exact range"
	.balign 8
.Lstring134:	# "kernel.ts:1080:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1080:17: integer result outside the exact range"
	.balign 8
.Lstring135:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring136:	# "kernel.ts:1104:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1104:31: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:1112:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1112:33: integer result outside the exact range"
	.balign 8
.Lstring138:	# "kernel.ts:1113:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1113:50: integer result outside the exact range"
	.balign 8
.Lstring139:	# "kernel.ts:1114:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1114:20: integer result outside the exact range"
	.balign 8
.Lstring140:	# "kernel.ts:1114:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1114:54: integer result outside the exact range"
	.balign 8
.Lstring141:	# "kernel.ts:1115:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1115:23: integer result outside the exact range"
	.balign 8
.Lstring142:	# "kernel.ts:1117:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1117:17: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:1117:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1117:43: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:1118:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1118:16: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:1133:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1133:29: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:1135:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1135:13: integer result outside the exact range"
	.balign 8
.Lstring147:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring148:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring149:	# "kernel.ts:1141:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1141:29: integer result outside the exact range"
	.balign 8
.Lstring150:	# "kernel.ts:1142:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1142:29: integer result outside the exact range"
	.balign 8
.Lstring151:	# "kernel.ts:1144:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1144:24: integer result outside the exact range"
	.balign 8
.Lstring152:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring153:	# "kernel.ts:1168:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1168:31: integer result outside the exact range"
	.balign 8
.Lstring154:	# "kernel.ts:1177:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1177:33: integer result outside the exact range"
	.balign 8
.Lstring155:	# "kernel.ts:1178:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1178:54: integer result outside the exact range"
	.balign 8
.Lstring156:	# "kernel.ts:1179:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1179:22: integer result outside the exact range"
	.balign 8
.Lstring157:	# "kernel.ts:1179:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1179:56: integer result outside the exact range"
	.balign 8
.Lstring158:	# "kernel.ts:1180:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1180:19: integer result outside the exact range"
	.balign 8
.Lstring159:	# "kernel.ts:1182:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1182:17: integer result outside the exact range"
	.balign 8
.Lstring160:	# "kernel.ts:1182:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1182:43: integer result outside the exact range"
	.balign 8
.Lstring161:	# "kernel.ts:1184:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1184:20: integer result outside the exact range"
	.balign 8
.Lstring162:	# "shutdown-watch"
	.quad 14
	.ascii "shutdown-watch"
	.balign 8
.Lstring163:	# "testing-watch"
	.quad 13
	.ascii "testing-watch"
	.balign 8
.Lstring164:	# "sysrq-watch"
	.quad 11
	.ascii "sysrq-watch"
	.balign 8
.Lstring165:	# "target-watch"
	.quad 12
	.ascii "target-watch"
	.balign 8
.Lstring166:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring167:	# "kernel.ts:1192:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1192:38: integer result outside the exact range"
	.balign 8
.Lstring168:	# "kernel.ts:1193:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1193:19: integer result outside the exact range"
	.balign 8
.Lstring169:	# "kernel.ts:1195:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1195:19: integer result outside the exact range"
	.balign 8
.Lstring170:	# "kernel.ts:1196:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1196:23: integer result outside the exact range"
	.balign 8
.Lstring171:	# "kernel.ts:1197:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1197:34: integer result outside the exact range"
	.balign 8
.Lstring172:	# "kernel.ts:1198:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1198:23: integer result outside the exact range"
	.balign 8
.Lstring173:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring174:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring175:	# "kernel.ts:1225:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1225:27: integer result outside the exact range"
	.balign 8
.Lstring176:	# "kernel.ts:1233:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1233:43: integer result outside the exact range"
	.balign 8
.Lstring177:	# "kernel.ts:1237:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1237:16: integer result outside the exact range"
	.balign 8
.Lstring178:	# "kernel.ts:1238:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1238:24: integer result outside the exact range"
	.balign 8
.Lstring179:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring180:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring181:	# "kernel.ts:1253:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1253:65: integer result outside the exact range"
	.balign 8
.Lstring182:	# "kernel.ts:1254:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1254:13: integer result outside the exact range"
	.balign 8
.Lstring183:	# "kernel.ts:1255:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1255:13: integer result outside the exact range"
	.balign 8
.Lstring184:	# "kernel.ts:1256:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1256:13: integer result outside the exact range"
	.balign 8
.Lstring185:	# "kernel.ts:1257:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1257:55: integer result outside the exact range"
	.balign 8
.Lstring186:	# "kernel.ts:1269:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1269:31: integer result outside the exact range"
	.balign 8
.Lstring187:	# "kernel.ts:1270:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1270:20: integer result outside the exact range"
	.balign 8
.Lstring188:	# "kernel.ts:1272:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1272:33: integer result outside the exact range"
	.balign 8
.Lstring189:	# "kernel.ts:1278:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1278:20: integer result outside the exact range"
	.balign 8
.Lstring190:	# "kernel.ts:1279:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1279:40: integer result outside the exact range"
	.balign 8
.Lstring191:	# "kernel.ts:1281:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1281:31: integer result outside the exact range"
	.balign 8
.Lstring192:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring193:	# "kernel.ts:1301:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1301:33: integer result outside the exact range"
	.balign 8
.Lstring194:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring195:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring196:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring197:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring198:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring199:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring200:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring201:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring202:	# "hang"
	.quad 4
	.ascii "hang"
	.balign 8
.Lstring203:	# "spin"
	.quad 4
	.ascii "spin"
	.balign 8
.Lstring204:	# "watchdog"
	.quad 8
	.ascii "watchdog"
	.balign 8
.Lstring205:	# "soft-reset"
	.quad 10
	.ascii "soft-reset"
	.balign 8
.Lstring206:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring207:	# "kernel.ts:1531:63: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1531:63: integer result outside the exact range"
	.balign 8
.Lstring208:	# "kernel.ts:1550:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1550:32: integer result outside the exact range"
	.balign 8
.Lstring209:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring210:	# "timer replaced: "
	.quad 16
	.ascii "timer replaced: "
	.balign 8
.Lstring211:	# "timer set: "
	.quad 11
	.ascii "timer set: "
	.balign 8
.Lstring212:	# " in "
	.quad 4
	.ascii " in "
	.balign 8
.Lstring213:	# " s"
	.quad 2
	.ascii " s"
	.balign 8
.Lstring214:	# "kernel.ts:1620:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1620:15: integer result outside the exact range"
	.balign 8
.Lstring215:	# "kernel.ts:1628:26: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1628:26: load64 value outside the exact range"
	.balign 8
.Lstring216:	# "kernel.ts:1628:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1628:66: integer result outside the exact range"
	.balign 8
.Lstring217:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring218:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring219:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring220:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring221:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring222:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring223:	# "busy with a delayed response; request ignored"
	.quad 45
	.ascii "busy with a delayed response; request ignored"
	.balign 8
.Lstring224:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring225:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring226:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring227:	# "acknowledging in "
	.quad 17
	.ascii "acknowledging in "
	.balign 8
.Lstring228:	# "acting in "
	.quad 10
	.ascii "acting in "
	.balign 8
.Lstring229:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring230:	# "timer: "
	.quad 7
	.ascii "timer: "
	.balign 8
.Lstring231:	# "response: "
	.quad 10
	.ascii "response: "
	.balign 8
.Lstring232:	# "acknowledging"
	.quad 13
	.ascii "acknowledging"
	.balign 8
.Lstring233:	# "kernel.ts:1781:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1781:26: integer result outside the exact range"
	.balign 8
.Lstring234:	# "kernel.ts:1791:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1791:29: integer result outside the exact range"
	.balign 8
.Lstring235:	# "timer fired: "
	.quad 13
	.ascii "timer fired: "
	.balign 8
.Lstring236:	# "control/sysrq"
	.quad 13
	.ascii "control/sysrq"
	.balign 8
.Lstring237:	# "sysrq: "
	.quad 7
	.ascii "sysrq: "
	.balign 8
.Lstring238:	# " (no action)"
	.quad 12
	.ascii " (no action)"
	.balign 8
.Lstring239:	# "expected now:, next:, after:, cancel, suspend-channel:, agent:, featu
	.quad 114
	.ascii "expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object"
	.balign 8
.Lstring240:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring241:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring242:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring243:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring244:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring245:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring246:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring247:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring248:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring249:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring250:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring251:	# "after: expects after:<seconds>:<action>"
	.quad 39
	.ascii "after: expects after:<seconds>:<action>"
	.balign 8
.Lstring252:	# "seconds must be a whole number from 0 to 86400"
	.quad 46
	.ascii "seconds must be a whole number from 0 to 86400"
	.balign 8
.Lstring253:	# "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.quad 63
	.ascii "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring254:	# "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.quad 66
	.ascii "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring255:	# "\"ackDelay\" needs \"when\":\"onshutdown\""
	.quad 36
	.ascii "\"ackDelay\" needs \"when\":\"onshutdown\""
	.balign 8
.Lstring256:	# "unknown suspend-channel mode"
	.quad 28
	.ascii "unknown suspend-channel mode"
	.balign 8
.Lstring257:	# "control/sysrq must be one key"
	.quad 29
	.ascii "control/sysrq must be one key"
	.balign 8
.Lstring258:	# "feature: expects feature:<name>:on|off|absent"
	.quad 45
	.ascii "feature: expects feature:<name>:on|off|absent"
	.balign 8
.Lstring259:	# "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|o
	.quad 71
	.ascii "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|off"
	.balign 8
.Lstring260:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring261:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring262:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring263:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring264:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring265:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring266:	# "after:"
	.quad 6
	.ascii "after:"
	.balign 8
.Lstring267:	# "cancel"
	.quad 6
	.ascii "cancel"
	.balign 8
.Lstring268:	# "suspend-channel:"
	.quad 16
	.ascii "suspend-channel:"
	.balign 8
.Lstring269:	# "agent:on"
	.quad 8
	.ascii "agent:on"
	.balign 8
.Lstring270:	# "agent:off"
	.quad 9
	.ascii "agent:off"
	.balign 8
.Lstring271:	# "feature:"
	.quad 8
	.ascii "feature:"
	.balign 8
.Lstring272:	# "cant-suspend:"
	.quad 13
	.ascii "cant-suspend:"
	.balign 8
.Lstring273:	# "balloon:"
	.quad 8
	.ascii "balloon:"
	.balign 8
.Lstring274:	# "kernel.ts:1954:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1954:55: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:1955:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1955:17: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:1957:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1957:40: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:1962:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1962:40: integer result outside the exact range"
	.balign 8
.Lstring278:	# "kernel.ts:1962:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1962:58: integer result outside the exact range"
	.balign 8
.Lstring279:	# "kernel.ts:1973:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1973:40: integer result outside the exact range"
	.balign 8
.Lstring280:	# "kernel.ts:1973:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1973:58: integer result outside the exact range"
	.balign 8
.Lstring281:	# "kernel.ts:1990:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1990:50: integer result outside the exact range"
	.balign 8
.Lstring282:	# "kernel.ts:1990:69: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1990:69: integer result outside the exact range"
	.balign 8
.Lstring283:	# "kernel.ts:2023:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2023:21: integer result outside the exact range"
	.balign 8
.Lstring284:	# "kernel.ts:2025:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2025:12: integer result outside the exact range"
	.balign 8
.Lstring285:	# "kernel.ts:2025:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2025:55: integer result outside the exact range"
	.balign 8
.Lstring286:	# "kernel.ts:2026:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2026:25: integer result outside the exact range"
	.balign 8
.Lstring287:	# "kernel.ts:2028:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2028:26: integer result outside the exact range"
	.balign 8
.Lstring288:	# "kernel.ts:2038:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2038:36: integer result outside the exact range"
	.balign 8
.Lstring289:	# "override cancelled: "
	.quad 20
	.ascii "override cancelled: "
	.balign 8
.Lstring290:	# "timer cancelled: "
	.quad 17
	.ascii "timer cancelled: "
	.balign 8
.Lstring291:	# "delayed response cancelled: "
	.quad 28
	.ascii "delayed response cancelled: "
	.balign 8
.Lstring292:	# "cancel: nothing was pending"
	.quad 27
	.ascii "cancel: nothing was pending"
	.balign 8
.Lstring293:	# "cancelled"
	.quad 9
	.ascii "cancelled"
	.balign 8
.Lstring294:	# "nothing was pending"
	.quad 19
	.ascii "nothing was pending"
	.balign 8
.Lstring295:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring296:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring297:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring298:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring299:	# "command line: above the first 4 GiB, which boot.S does not map; ignor
	.quad 71
	.ascii "command line: above the first 4 GiB, which boot.S does not map; ignored"
	.balign 8
.Lstring300:	# "kernel.ts:2125:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2125:16: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:2127:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2127:28: integer result outside the exact range"
	.balign 8
.Lstring302:	# "kernel.ts:2127:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2127:21: load64 value outside the exact range"
	.balign 8
.Lstring303:	# "kernel.ts:2128:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2128:26: integer result outside the exact range"
	.balign 8
.Lstring304:	# "command line: "
	.quad 14
	.ascii "command line: "
	.balign 8
.Lstring305:	# "kernel.ts:2143:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2143:49: integer result outside the exact range"
	.balign 8
.Lstring306:	# "kernel.ts:2144:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2144:16: integer result outside the exact range"
	.balign 8
.Lstring307:	# "kernel.ts:2144:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2144:44: integer result outside the exact range"
	.balign 8
.Lstring308:	# "kernel.ts:2145:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2145:18: integer result outside the exact range"
	.balign 8
.Lstring309:	# "kernel.ts:2149:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2149:37: integer result outside the exact range"
	.balign 8
.Lstring310:	# "kernel.ts:2150:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2150:18: integer result outside the exact range"
	.balign 8
.Lstring311:	# "kernel.ts:2153:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2153:38: integer result outside the exact range"
	.balign 8
.Lstring312:	# "kernel.ts:2154:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2154:19: integer result outside the exact range"
	.balign 8
.Lstring313:	# "kernel.ts:2157:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2157:37: integer result outside the exact range"
	.balign 8
.Lstring314:	# "kernel.ts:2157:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2157:55: integer result outside the exact range"
	.balign 8
.Lstring315:	# "kernel.ts:2158:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2158:29: integer result outside the exact range"
	.balign 8
.Lstring316:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring317:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring318:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring319:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring320:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring321:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring322:	# "kernel.ts:2241:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2241:18: integer result outside the exact range"
	.balign 8
.Lstring323:	# "kernel.ts:2254:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2254:16: integer result outside the exact range"
	.balign 8
.Lstring324:	# "kernel.ts:2257:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2257:16: integer result outside the exact range"
	.balign 8
.Lstring325:	# "kernel.ts:2260:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2260:16: integer result outside the exact range"
	.balign 8
.Lstring326:	# "kernel.ts:2267:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2267:9: integer result outside the exact range"
	.balign 8
.Lstring327:	# "kernel.ts:2272:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2272:38: integer result outside the exact range"
	.balign 8
.Lstring328:	# "kernel.ts:2276:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2276:17: integer result outside the exact range"
	.balign 8
.Lstring329:	# "kernel.ts:2271:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2271:28: integer result outside the exact range"
	.balign 8
.Lstring330:	# "kernel.ts:2278:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2278:14: integer result outside the exact range"
	.balign 8
.Lstring331:	# "kernel.ts:2284:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2284:16: integer result outside the exact range"
	.balign 8
.Lstring332:	# "kernel.ts:2286:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2286:25: integer result outside the exact range"
	.balign 8
.Lstring333:	# "kernel.ts:2293:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2293:31: integer result outside the exact range"
	.balign 8
.Lstring334:	# "kernel.ts:2294:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2294:31: integer result outside the exact range"
	.balign 8
.Lstring335:	# "kernel.ts:2296:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2296:31: integer result outside the exact range"
	.balign 8
.Lstring336:	# "kernel.ts:2297:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2297:31: integer result outside the exact range"
	.balign 8
.Lstring337:	# "kernel.ts:2298:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2298:31: integer result outside the exact range"
	.balign 8
.Lstring338:	# "kernel.ts:2300:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2300:31: integer result outside the exact range"
	.balign 8
.Lstring339:	# "kernel.ts:2301:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2301:31: integer result outside the exact range"
	.balign 8
.Lstring340:	# "kernel.ts:2302:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2302:31: integer result outside the exact range"
	.balign 8
.Lstring341:	# "kernel.ts:2303:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2303:31: integer result outside the exact range"
	.balign 8
.Lstring342:	# "kernel.ts:2313:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2313:14: integer result outside the exact range"
	.balign 8
.Lstring343:	# "kernel.ts:2320:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2320:18: integer result outside the exact range"
	.balign 8
.Lstring344:	# "kernel.ts:2335:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2335:18: integer result outside the exact range"
	.balign 8
.Lstring345:	# "kernel.ts:2351:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2351:66: integer result outside the exact range"
	.balign 8
.Lstring346:	# "kernel.ts:2352:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2352:51: integer result outside the exact range"
	.balign 8
.Lstring347:	# "kernel.ts:2354:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2354:30: integer result outside the exact range"
	.balign 8
.Lstring348:	# "kernel.ts:2357:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2357:48: integer result outside the exact range"
	.balign 8
.Lstring349:	# "kernel.ts:2357:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2357:47: integer result outside the exact range"
	.balign 8
.Lstring350:	# "kernel.ts:2357:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2357:37: integer result outside the exact range"
	.balign 8
.Lstring351:	# "kernel.ts:2357:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2357:78: integer result outside the exact range"
	.balign 8
.Lstring352:	# "kernel.ts:2374:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2374:18: integer result outside the exact range"
	.balign 8
.Lstring353:	# "kernel.ts:2375:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2375:17: integer result outside the exact range"
	.balign 8
.Lstring354:	# "kernel.ts:2383:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2383:18: integer result outside the exact range"
	.balign 8
.Lstring355:	# "kernel.ts:2386:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2386:18: integer result outside the exact range"
	.balign 8
.Lstring356:	# "kernel.ts:2391:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2391:18: integer result outside the exact range"
	.balign 8
.Lstring357:	# "kernel.ts:2397:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2397:18: integer result outside the exact range"
	.balign 8
.Lstring358:	# "kernel.ts:2399:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2399:22: integer result outside the exact range"
	.balign 8
.Lstring359:	# "kernel.ts:2409:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2409:9: integer result outside the exact range"
	.balign 8
.Lstring360:	# "kernel.ts:2412:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2412:14: integer result outside the exact range"
	.balign 8
.Lstring361:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring362:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring363:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring364:	# "kernel.ts:2428:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2428:18: integer result outside the exact range"
	.balign 8
.Lstring365:	# "kernel.ts:2431:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2431:22: integer result outside the exact range"
	.balign 8
.Lstring366:	# "kernel.ts:2444:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2444:26: integer result outside the exact range"
	.balign 8
.Lstring367:	# "kernel.ts:2446:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2446:32: integer result outside the exact range"
	.balign 8
.Lstring368:	# "kernel.ts:2451:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2451:22: integer result outside the exact range"
	.balign 8
.Lstring369:	# "kernel.ts:2498:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2498:45: integer result outside the exact range"
	.balign 8
.Lstring370:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring371:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring372:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring373:	# "delay"
	.quad 5
	.ascii "delay"
	.balign 8
.Lstring374:	# "ackDelay"
	.quad 8
	.ascii "ackDelay"
	.balign 8
.Lstring375:	# "kernel.ts:2510:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2510:15: integer result outside the exact range"
	.balign 8
.Lstring376:	# "kernel.ts:2518:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2518:14: integer result outside the exact range"
	.balign 8
.Lstring377:	# "kernel.ts:2521:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2521:18: integer result outside the exact range"
	.balign 8
.Lstring378:	# "kernel.ts:2534:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2534:22: integer result outside the exact range"
	.balign 8
.Lstring379:	# "kernel.ts:2553:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2553:22: integer result outside the exact range"
	.balign 8
.Lstring380:	# "kernel.ts:2641:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2641:27: integer result outside the exact range"
	.balign 8
.Lstring381:	# "kernel.ts:2641:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2641:17: integer result outside the exact range"
	.balign 8
.Lstring382:	# "kernel.ts:2640:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2640:32: integer result outside the exact range"
	.balign 8
.Lstring383:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring384:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring385:	# "kernel.ts:2650:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2650:34: integer result outside the exact range"
	.balign 8
.Lstring386:	# "kernel.ts:2651:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2651:40: integer result outside the exact range"
	.balign 8
.Lstring387:	# "kernel.ts:2659:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2659:28: integer result outside the exact range"
	.balign 8
.Lstring388:	# "kernel.ts:2662:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:29: integer result outside the exact range"
	.balign 8
.Lstring389:	# "kernel.ts:2662:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:28: integer result outside the exact range"
	.balign 8
.Lstring390:	# "kernel.ts:2662:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:13: integer result outside the exact range"
	.balign 8
.Lstring391:	# "kernel.ts:2662:74: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:74: integer result outside the exact range"
	.balign 8
.Lstring392:	# "kernel.ts:2662:64: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:64: integer result outside the exact range"
	.balign 8
.Lstring393:	# "kernel.ts:2663:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2663:30: integer result outside the exact range"
	.balign 8
.Lstring394:	# "kernel.ts:2663:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2663:17: integer result outside the exact range"
	.balign 8
.Lstring395:	# "kernel.ts:2660:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2660:41: integer result outside the exact range"
	.balign 8
.Lstring396:	# "kernel.ts:2666:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2666:33: integer result outside the exact range"
	.balign 8
.Lstring397:	# "kernel.ts:2666:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2666:17: integer result outside the exact range"
	.balign 8
.Lstring398:	# "kernel.ts:2666:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2666:71: integer result outside the exact range"
	.balign 8
.Lstring399:	# "kernel.ts:2666:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2666:58: integer result outside the exact range"
	.balign 8
.Lstring400:	# "kernel.ts:2665:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2665:47: integer result outside the exact range"
	.balign 8
.Lstring401:	# "kernel.ts:2668:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2668:13: integer result outside the exact range"
	.balign 8
.Lstring402:	# "kernel.ts:2670:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2670:13: integer result outside the exact range"
	.balign 8
.Lstring403:	# "kernel.ts:2693:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2693:13: integer result outside the exact range"
	.balign 8
.Lstring404:	# "kernel.ts:2694:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2694:13: integer result outside the exact range"
	.balign 8
.Lstring405:	# "kernel.ts:2703:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2703:13: integer result outside the exact range"
	.balign 8
.Lstring406:	# "kernel.ts:2704:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2704:13: integer result outside the exact range"
	.balign 8
.Lstring407:	# "resume: Xen gave no value for "
	.quad 30
	.ascii "resume: Xen gave no value for "
	.balign 8
.Lstring408:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring409:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring410:	# "running"
	.quad 7
	.ascii "running"
	.balign 8
.Lstring411:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring412:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring413:	# "kernel.ts:2747:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2747:23: integer result outside the exact range"
	.balign 8
.Lstring414:	# "kernel.ts:2754:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2754:23: integer result outside the exact range"
	.balign 8
.Lstring415:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring416:	# "kernel.ts:2774:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2774:12: integer result outside the exact range"
	.balign 8
.Lstring417:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring418:	# "memory/target"
	.quad 13
	.ascii "memory/target"
	.balign 8
.Lstring419:	# "on"
	.quad 2
	.ascii "on"
	.balign 8
.Lstring420:	# "off"
	.quad 3
	.ascii "off"
	.balign 8
.Lstring421:	# "suspend channel: "
	.quad 17
	.ascii "suspend channel: "
	.balign 8
.Lstring422:	# "suspend channel: none offered"
	.quad 29
	.ascii "suspend channel: none offered"
	.balign 8
.Lstring423:	# "device/suspend/event-channel"
	.quad 28
	.ascii "device/suspend/event-channel"
	.balign 8
.Lstring424:	# "suspend channel: cannot empty "
	.quad 30
	.ascii "suspend channel: cannot empty "
	.balign 8
.Lstring425:	# "suspend channel: withdrawn"
	.quad 26
	.ascii "suspend channel: withdrawn"
	.balign 8
.Lstring426:	# "suspend channel: notifications obeyed"
	.quad 37
	.ascii "suspend channel: notifications obeyed"
	.balign 8
.Lstring427:	# "suspend channel: notifications ignored"
	.quad 38
	.ascii "suspend channel: notifications ignored"
	.balign 8
.Lstring428:	# "suspend channel: cannot offer: error "
	.quad 37
	.ascii "suspend channel: cannot offer: error "
	.balign 8
.Lstring429:	# "suspend channel: cannot offer: "
	.quad 31
	.ascii "suspend channel: cannot offer: "
	.balign 8
.Lstring430:	# "suspend channel: port "
	.quad 22
	.ascii "suspend channel: port "
	.balign 8
.Lstring431:	# " offered"
	.quad 8
	.ascii " offered"
	.balign 8
.Lstring432:	# " (notifications ignored)"
	.quad 24
	.ascii " (notifications ignored)"
	.balign 8
.Lstring433:	# "suspend channel: notification ignored"
	.quad 37
	.ascii "suspend channel: notification ignored"
	.balign 8
.Lstring434:	# "suspend channel: notified"
	.quad 25
	.ascii "suspend channel: notified"
	.balign 8
.Lstring435:	# "hung"
	.quad 4
	.ascii "hung"
	.balign 8
.Lstring436:	# "acting"
	.quad 6
	.ascii "acting"
	.balign 8
.Lstring437:	# "watchdog: SCHEDOP_watchdog failed: error "
	.quad 41
	.ascii "watchdog: SCHEDOP_watchdog failed: error "
	.balign 8
.Lstring438:	# "watchdog armed: 1 s, never fed"
	.quad 30
	.ascii "watchdog armed: 1 s, never fed"
	.balign 8
.Lstring439:	# "kernel.ts:3010:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3010:13: integer result outside the exact range"
	.balign 8
.Lstring440:	# "kernel.ts:3097:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3097:26: integer result outside the exact range"
	.balign 8
.Lstring441:	# "kernel.ts:3097:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3097:16: integer result outside the exact range"
	.balign 8
.Lstring442:	# "kernel.ts:3099:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3099:28: integer result outside the exact range"
	.balign 8
.Lstring443:	# "kernel.ts:3099:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3099:27: integer result outside the exact range"
	.balign 8
.Lstring444:	# "kernel.ts:3099:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3099:12: integer result outside the exact range"
	.balign 8
.Lstring445:	# "kernel.ts:3106:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3106:16: integer result outside the exact range"
	.balign 8
.Lstring446:	# "kernel.ts:3107:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3107:28: integer result outside the exact range"
	.balign 8
.Lstring447:	# "kernel.ts:3107:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3107:21: load64 value outside the exact range"
	.balign 8
.Lstring448:	# "kernel.ts:3108:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3108:32: integer result outside the exact range"
	.balign 8
.Lstring449:	# "kernel.ts:3112:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3112:33: integer result outside the exact range"
	.balign 8
.Lstring450:	# "kernel.ts:3112:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3112:27: integer result outside the exact range"
	.balign 8
.Lstring451:	# "kernel.ts:3113:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3113:45: integer result outside the exact range"
	.balign 8
.Lstring452:	# "kernel.ts:3113:38: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3113:38: load64 value outside the exact range"
	.balign 8
.Lstring453:	# "kernel.ts:3114:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3114:44: integer result outside the exact range"
	.balign 8
.Lstring454:	# "kernel.ts:3114:37: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3114:37: load64 value outside the exact range"
	.balign 8
.Lstring455:	# "kernel.ts:3114:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3114:78: integer result outside the exact range"
	.balign 8
.Lstring456:	# "kernel.ts:3114:71: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3114:71: load64 value outside the exact range"
	.balign 8
.Lstring457:	# "kernel.ts:3114:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3114:37: integer result outside the exact range"
	.balign 8
.Lstring458:	# "kernel.ts:3115:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3115:24: integer result outside the exact range"
	.balign 8
.Lstring459:	# "kernel.ts:3118:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3118:49: integer result outside the exact range"
	.balign 8
.Lstring460:	# "kernel.ts:3118:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3118:40: integer result outside the exact range"
	.balign 8
.Lstring461:	# "kernel.ts:3111:88: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3111:88: integer result outside the exact range"
	.balign 8
.Lstring462:	# "kernel.ts:3125:76: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3125:76: integer result outside the exact range"
	.balign 8
.Lstring463:	# "kernel.ts:3125:52: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3125:52: integer result outside the exact range"
	.balign 8
.Lstring464:	# "kernel.ts:3143:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3143:41: integer result outside the exact range"
	.balign 8
.Lstring465:	# "kernel.ts:3143:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3143:29: integer result outside the exact range"
	.balign 8
.Lstring466:	# "kernel.ts:3145:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3145:27: integer result outside the exact range"
	.balign 8
.Lstring467:	# "kernel.ts:3147:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3147:45: integer result outside the exact range"
	.balign 8
.Lstring468:	# "kernel.ts:3147:38: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3147:38: load64 value outside the exact range"
	.balign 8
.Lstring469:	# "kernel.ts:3148:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3148:20: integer result outside the exact range"
	.balign 8
.Lstring470:	# "kernel.ts:3148:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3148:13: load64 value outside the exact range"
	.balign 8
.Lstring471:	# "kernel.ts:3147:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3147:27: integer result outside the exact range"
	.balign 8
.Lstring472:	# "kernel.ts:3149:39: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3149:39: integer result outside the exact range"
	.balign 8
.Lstring473:	# "kernel.ts:3149:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3149:27: integer result outside the exact range"
	.balign 8
.Lstring474:	# "kernel.ts:3156:61: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3156:61: integer result outside the exact range"
	.balign 8
.Lstring475:	# "kernel.ts:3156:35: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3156:35: integer result outside the exact range"
	.balign 8
.Lstring476:	# "kernel.ts:3156:81: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3156:81: integer result outside the exact range"
	.balign 8
.Lstring477:	# "kernel.ts:3156:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3156:23: integer result outside the exact range"
	.balign 8
.Lstring478:	# "kernel.ts:3167:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3167:55: integer result outside the exact range"
	.balign 8
.Lstring479:	# "kernel.ts:3181:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3181:13: integer result outside the exact range"
	.balign 8
.Lstring480:	# "kernel.ts:3182:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3182:13: integer result outside the exact range"
	.balign 8
.Lstring481:	# "kernel.ts:3183:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3183:13: integer result outside the exact range"
	.balign 8
.Lstring482:	# "kernel.ts:3184:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3184:13: integer result outside the exact range"
	.balign 8
.Lstring483:	# "kernel.ts:3185:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3185:13: integer result outside the exact range"
	.balign 8
.Lstring484:	# "kernel.ts:3195:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3195:21: integer result outside the exact range"
	.balign 8
.Lstring485:	# "kernel.ts:3196:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3196:33: integer result outside the exact range"
	.balign 8
.Lstring486:	# "kernel.ts:3196:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3196:17: integer result outside the exact range"
	.balign 8
.Lstring487:	# "kernel.ts:3196:68: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3196:68: load64 value outside the exact range"
	.balign 8
.Lstring488:	# "kernel.ts:3194:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3194:32: integer result outside the exact range"
	.balign 8
.Lstring489:	# "kernel.ts:3200:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3200:26: integer result outside the exact range"
	.balign 8
.Lstring490:	# "kernel.ts:3199:60: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3199:60: integer result outside the exact range"
	.balign 8
.Lstring491:	# "kernel.ts:3202:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3202:18: integer result outside the exact range"
	.balign 8
.Lstring492:	# "kernel.ts:3209:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3209:33: integer result outside the exact range"
	.balign 8
.Lstring493:	# "kernel.ts:3209:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3209:17: integer result outside the exact range"
	.balign 8
.Lstring494:	# "kernel.ts:3209:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3209:40: integer result outside the exact range"
	.balign 8
.Lstring495:	# "kernel.ts:3208:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3208:32: integer result outside the exact range"
	.balign 8
.Lstring496:	# "kernel.ts:3213:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3213:26: integer result outside the exact range"
	.balign 8
.Lstring497:	# "kernel.ts:3213:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3213:66: integer result outside the exact range"
	.balign 8
.Lstring498:	# "kernel.ts:3213:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3213:50: integer result outside the exact range"
	.balign 8
.Lstring499:	# "kernel.ts:3213:43: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3213:43: load64 value outside the exact range"
	.balign 8
.Lstring500:	# "kernel.ts:3212:60: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3212:60: integer result outside the exact range"
	.balign 8
.Lstring501:	# "kernel.ts:3215:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3215:18: integer result outside the exact range"
	.balign 8
.Lstring502:	# " KiB"
	.quad 4
	.ascii " KiB"
	.balign 8
.Lstring503:	# "kernel.ts:3220:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3220:18: integer result outside the exact range"
	.balign 8
.Lstring504:	# "balloon: "
	.quad 9
	.ascii "balloon: "
	.balign 8
.Lstring505:	# "xenstore: cannot unwatch "
	.quad 25
	.ascii "xenstore: cannot unwatch "
	.balign 8
.Lstring506:	# "slow, "
	.quad 6
	.ascii "slow, "
	.balign 8
.Lstring507:	# " pages a second"
	.quad 15
	.ascii " pages a second"
	.balign 8
.Lstring508:	# "slow"
	.quad 4
	.ascii "slow"
	.balign 8
.Lstring509:	# "partial, "
	.quad 9
	.ascii "partial, "
	.balign 8
.Lstring510:	# " %"
	.quad 2
	.ascii " %"
	.balign 8
.Lstring511:	# "partial"
	.quad 7
	.ascii "partial"
	.balign 8
.Lstring512:	# "obey"
	.quad 4
	.ascii "obey"
	.balign 8
.Lstring513:	# "refuse"
	.quad 6
	.ascii "refuse"
	.balign 8
.Lstring514:	# "slow:"
	.quad 5
	.ascii "slow:"
	.balign 8
.Lstring515:	# "partial:"
	.quad 8
	.ascii "partial:"
	.balign 8
.Lstring516:	# "kernel.ts:3268:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3268:18: integer result outside the exact range"
	.balign 8
.Lstring517:	# "kernel.ts:3269:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3269:24: integer result outside the exact range"
	.balign 8
.Lstring518:	# "kernel.ts:3277:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3277:22: integer result outside the exact range"
	.balign 8
.Lstring519:	# "kernel.ts:3277:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3277:65: integer result outside the exact range"
	.balign 8
.Lstring520:	# "kernel.ts:3277:75: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3277:75: integer result outside the exact range"
	.balign 8
.Lstring521:	# "kernel.ts:3284:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3284:25: integer result outside the exact range"
	.balign 8
.Lstring522:	# "kernel.ts:3284:68: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3284:68: integer result outside the exact range"
	.balign 8
.Lstring523:	# "kernel.ts:3284:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3284:78: integer result outside the exact range"
	.balign 8
.Lstring524:	# "balloon: target ignored: not a positive number of KiB"
	.quad 53
	.ascii "balloon: target ignored: not a positive number of KiB"
	.balign 8
.Lstring525:	# "balloon: target "
	.quad 16
	.ascii "balloon: target "
	.balign 8
.Lstring526:	# " KiB; refusing"
	.quad 14
	.ascii " KiB; refusing"
	.balign 8
.Lstring527:	# " KiB is below what the kernel needs ("
	.quad 37
	.ascii " KiB is below what the kernel needs ("
	.balign 8
.Lstring528:	# "); aiming for "
	.quad 14
	.ascii "); aiming for "
	.balign 8
.Lstring529:	# " KiB is above the most this domain may hold ("
	.quad 45
	.ascii " KiB is above the most this domain may hold ("
	.balign 8
.Lstring530:	# "balloon: partial: aiming for "
	.quad 29
	.ascii "balloon: partial: aiming for "
	.balign 8
.Lstring531:	# "balloon: from "
	.quad 14
	.ascii "balloon: from "
	.balign 8
.Lstring532:	# " to "
	.quad 4
	.ascii " to "
	.balign 8
.Lstring533:	# "kernel.ts:3316:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3316:27: integer result outside the exact range"
	.balign 8
.Lstring534:	# "kernel.ts:3316:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3316:19: integer result outside the exact range"
	.balign 8
.Lstring535:	# "kernel.ts:3318:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3318:24: integer result outside the exact range"
	.balign 8
.Lstring536:	# "kernel.ts:3318:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3318:16: integer result outside the exact range"
	.balign 8
.Lstring537:	# "kernel.ts:3342:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3342:21: integer result outside the exact range"
	.balign 8
.Lstring538:	# "kernel.ts:3343:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3343:46: integer result outside the exact range"
	.balign 8
.Lstring539:	# "kernel.ts:3344:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3344:25: integer result outside the exact range"
	.balign 8
.Lstring540:	# "kernel.ts:3343:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3343:16: integer result outside the exact range"
	.balign 8
.Lstring541:	# "balloon: reached "
	.quad 17
	.ascii "balloon: reached "
	.balign 8
.Lstring542:	# "balloon: Xen took only "
	.quad 23
	.ascii "balloon: Xen took only "
	.balign 8
.Lstring543:	# "balloon: Xen gave only "
	.quad 23
	.ascii "balloon: Xen gave only "
	.balign 8
.Lstring544:	# " of the "
	.quad 8
	.ascii " of the "
	.balign 8
.Lstring545:	# " pages asked; stopping at "
	.quad 26
	.ascii " pages asked; stopping at "
	.balign 8
.Lstring546:	# "balloon: gave back "
	.quad 19
	.ascii "balloon: gave back "
	.balign 8
.Lstring547:	# "balloon: took "
	.quad 14
	.ascii "balloon: took "
	.balign 8
.Lstring548:	# " pages, now "
	.quad 12
	.ascii " pages, now "
	.balign 8
.Lstring549:	# "kernel.ts:3363:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3363:17: integer result outside the exact range"
	.balign 8
.Lstring550:	# "kernel.ts:3413:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3413:49: integer result outside the exact range"
	.balign 8
.Lstring551:	# "kernel.ts:3413:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3413:71: integer result outside the exact range"
	.balign 8
.Lstring552:	# "kernel.ts:3417:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3417:20: integer result outside the exact range"
	.balign 8
.Lstring553:	# "kernel.ts:3492:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3492:16: integer result outside the exact range"
	.balign 8
.Lstring554:	# "kernel.ts:3493:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3493:24: integer result outside the exact range"
	.balign 8
.Lstring555:	# "kernel.ts:3499:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3499:26: charCodeAt index out of range"
	.balign 8
.Lstring556:	# "kernel.ts:3498:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3498:38: integer result outside the exact range"
	.balign 8
.Lstring557:	# "\\u00"
	.quad 4
	.ascii "\\u00"
	.balign 8
.Lstring558:	# "0123456789abcdef"
	.quad 16
	.ascii "0123456789abcdef"
	.balign 8
.Lstring559:	# "kernel.ts:3515:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3515:26: charCodeAt index out of range"
	.balign 8
.Lstring560:	# "kernel.ts:3516:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3516:26: charCodeAt index out of range"
	.balign 8
.Lstring561:	# "kernel.ts:3523:39: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3523:39: integer result outside the exact range"
	.balign 8
.Lstring562:	# "kernel.ts:3522:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3522:33: integer result outside the exact range"
	.balign 8
.Lstring563:	# "kernel.ts:3531:33: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3531:33: charCodeAt index out of range"
	.balign 8
.Lstring564:	# "kernel.ts:3530:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3530:38: integer result outside the exact range"
	.balign 8
.Lstring565:	# "kernel.ts:3537:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:3537:9: integer result outside the exact range"
	.balign 8
.Lstring566:	# "kernel.ts:3538:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3538:56: integer result outside the exact range"
	.balign 8
.Lstring567:	# "kernel.ts:3538:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3538:24: integer result outside the exact range"
	.balign 8
.Lstring568:	# "kernel.ts:3561:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3561:48: integer result outside the exact range"
	.balign 8
.Lstring569:	# "kernel.ts:3562:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3562:18: integer result outside the exact range"
	.balign 8
.Lstring570:	# "{\"version\":"
	.quad 11
	.ascii "{\"version\":"
	.balign 8
.Lstring571:	# ",\"mode\":"
	.quad 8
	.ascii ",\"mode\":"
	.balign 8
.Lstring572:	# "pvh"
	.quad 3
	.ascii "pvh"
	.balign 8
.Lstring573:	# "pv"
	.quad 2
	.ascii "pv"
	.balign 8
.Lstring574:	# ",\"state\":"
	.quad 9
	.ascii ",\"state\":"
	.balign 8
.Lstring575:	# ",\"override\":"
	.quad 12
	.ascii ",\"override\":"
	.balign 8
.Lstring576:	# ",\"timer\":"
	.quad 9
	.ascii ",\"timer\":"
	.balign 8
.Lstring577:	# ",\"response\":"
	.quad 12
	.ascii ",\"response\":"
	.balign 8
.Lstring578:	# ",\"suspendChannel\":"
	.quad 18
	.ascii ",\"suspendChannel\":"
	.balign 8
.Lstring579:	# ",\"agent\":true"
	.quad 13
	.ascii ",\"agent\":true"
	.balign 8
.Lstring580:	# ",\"agent\":false"
	.quad 14
	.ascii ",\"agent\":false"
	.balign 8
.Lstring581:	# ",\"balloon\":"
	.quad 11
	.ascii ",\"balloon\":"
	.balign 8
.Lstring582:	# ",\"memoryKiB\":"
	.quad 13
	.ascii ",\"memoryKiB\":"
	.balign 8
.Lstring583:	# ",\"resumes\":"
	.quad 11
	.ascii ",\"resumes\":"
	.balign 8
.Lstring584:	# ",\"commands\":"
	.quad 12
	.ascii ",\"commands\":"
	.balign 8
.Lstring585:	# ",\"last\":"
	.quad 8
	.ascii ",\"last\":"
	.balign 8
.Lstring586:	# "..."
	.quad 3
	.ascii "..."
	.balign 8
.Lstring587:	# ",\"result\":"
	.quad 10
	.ascii ",\"result\":"
	.balign 8
.Lstring588:	# "data/test-vm/status"
	.quad 19
	.ascii "data/test-vm/status"
	.balign 8
.Lstring589:	# "status: cannot write "
	.quad 21
	.ascii "status: cannot write "
	.balign 8
.Lstring590:	# "kernel.ts:3596:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3596:25: integer result outside the exact range"
	.balign 8
.Lstring591:	# "kernel.ts:3608:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3608:43: integer result outside the exact range"
	.balign 8
.Lstring592:	# "kernel.ts:3607:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3607:36: integer result outside the exact range"
	.balign 8
.Lstring593:	# "kernel.ts:3639:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3639:20: integer result outside the exact range"
	.balign 8
.Lstring594:	# "kernel.ts:3648:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3648:16: integer result outside the exact range"
	.balign 8
.Lstring595:	# "kernel.ts:3649:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3649:24: integer result outside the exact range"
	.balign 8
.Lstring596:	# "kernel.ts:3655:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3655:26: charCodeAt index out of range"
	.balign 8
.Lstring597:	# "kernel.ts:3654:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3654:38: integer result outside the exact range"
	.balign 8
.Lstring598:	# "kernel.ts:3661:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3661:32: integer result outside the exact range"
	.balign 8
.Lstring599:	# "kernel.ts:3660:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3660:33: integer result outside the exact range"
	.balign 8
.Lstring600:	# "agent: cannot write "
	.quad 20
	.ascii "agent: cannot write "
	.balign 8
.Lstring601:	# "kernel.ts:3697:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3697:19: integer result outside the exact range"
	.balign 8
.Lstring602:	# "kernel.ts:3698:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3698:20: integer result outside the exact range"
	.balign 8
.Lstring603:	# "kernel.ts:3696:52: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3696:52: integer result outside the exact range"
	.balign 8
.Lstring604:	# "kernel.ts:3702:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3702:12: integer result outside the exact range"
	.balign 8
.Lstring605:	# "kernel.ts:3702:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3702:46: integer result outside the exact range"
	.balign 8
.Lstring606:	# "kernel.ts:3703:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3703:15: integer result outside the exact range"
	.balign 8
.Lstring607:	# "kernel.ts:3704:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3704:22: integer result outside the exact range"
	.balign 8
.Lstring608:	# "kernel.ts:3706:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3706:27: integer result outside the exact range"
	.balign 8
.Lstring609:	# "kernel.ts:3715:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3715:34: integer result outside the exact range"
	.balign 8
.Lstring610:	# "kernel.ts:3715:27: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3715:27: load64 value outside the exact range"
	.balign 8
.Lstring611:	# "kernel.ts:3716:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3716:20: integer result outside the exact range"
	.balign 8
.Lstring612:	# "kernel.ts:3716:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3716:13: load64 value outside the exact range"
	.balign 8
.Lstring613:	# "kernel.ts:3715:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3715:16: integer result outside the exact range"
	.balign 8
.Lstring614:	# "data/meminfo_total"
	.quad 18
	.ascii "data/meminfo_total"
	.balign 8
.Lstring615:	# "data/meminfo_free"
	.quad 17
	.ascii "data/meminfo_free"
	.balign 8
.Lstring616:	# "data/updated"
	.quad 12
	.ascii "data/updated"
	.balign 8
.Lstring617:	# "kernel.ts:3729:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3729:41: integer result outside the exact range"
	.balign 8
.Lstring618:	# "kernel.ts:3730:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3730:45: integer result outside the exact range"
	.balign 8
.Lstring619:	# "kernel.ts:3731:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3731:44: integer result outside the exact range"
	.balign 8
.Lstring620:	# "attr/PVAddons/MajorVersion"
	.quad 26
	.ascii "attr/PVAddons/MajorVersion"
	.balign 8
.Lstring621:	# "attr/PVAddons/MinorVersion"
	.quad 26
	.ascii "attr/PVAddons/MinorVersion"
	.balign 8
.Lstring622:	# "attr/PVAddons/MicroVersion"
	.quad 26
	.ascii "attr/PVAddons/MicroVersion"
	.balign 8
.Lstring623:	# "0"
	.quad 1
	.ascii "0"
	.balign 8
.Lstring624:	# "attr/PVAddons/BuildVersion"
	.quad 26
	.ascii "attr/PVAddons/BuildVersion"
	.balign 8
.Lstring625:	# "attr/PVAddons/Installed"
	.quad 23
	.ascii "attr/PVAddons/Installed"
	.balign 8
.Lstring626:	# "data/os_uname"
	.quad 13
	.ascii "data/os_uname"
	.balign 8
.Lstring627:	# "xen-test-vm"
	.quad 11
	.ascii "xen-test-vm"
	.balign 8
.Lstring628:	# "data/os_distro"
	.quad 14
	.ascii "data/os_distro"
	.balign 8
.Lstring629:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring630:	# "data/os_name"
	.quad 12
	.ascii "data/os_name"
	.balign 8
.Lstring631:	# "kernel.ts:3748:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3748:16: integer result outside the exact range"
	.balign 8
.Lstring632:	# "kernel.ts:3748:32: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3748:32: charCodeAt index out of range"
	.balign 8
.Lstring633:	# "kernel.ts:3747:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3747:40: integer result outside the exact range"
	.balign 8
.Lstring634:	# "kernel.ts:3750:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3750:15: integer result outside the exact range"
	.balign 8
.Lstring635:	# "kernel.ts:3751:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3751:44: integer result outside the exact range"
	.balign 8
.Lstring636:	# "agent: cannot remove "
	.quad 21
	.ascii "agent: cannot remove "
	.balign 8
.Lstring637:	# "agent: on"
	.quad 9
	.ascii "agent: on"
	.balign 8
.Lstring638:	# "attr/PVAddons"
	.quad 13
	.ascii "attr/PVAddons"
	.balign 8
.Lstring639:	# "agent: off"
	.quad 10
	.ascii "agent: off"
	.balign 8
.Lstring640:	# "kernel.ts:3786:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3786:32: integer result outside the exact range"
	.balign 8
.Lstring641:	# "absent"
	.quad 6
	.ascii "absent"
	.balign 8
.Lstring642:	# "control/feature-"
	.quad 16
	.ascii "control/feature-"
	.balign 8
.Lstring643:	# ": cannot write: "
	.quad 16
	.ascii ": cannot write: "
	.balign 8
.Lstring644:	# "removed"
	.quad 7
	.ascii "removed"
	.balign 8
.Lstring645:	# "kernel.ts:3804:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3804:18: integer result outside the exact range"
	.balign 8
.Lstring646:	# "kernel.ts:3806:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3806:12: integer result outside the exact range"
	.balign 8
.Lstring647:	# "kernel.ts:3806:70: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3806:70: integer result outside the exact range"
	.balign 8
.Lstring648:	# "kernel.ts:3807:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3807:22: integer result outside the exact range"
	.balign 8
.Lstring649:	# "kernel.ts:3809:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3809:20: integer result outside the exact range"
	.balign 8
.Lstring650:	# "kernel.ts:3811:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3811:15: integer result outside the exact range"
	.balign 8
.Lstring651:	# "kernel.ts:3815:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3815:18: integer result outside the exact range"
	.balign 8
.Lstring652:	# "kernel.ts:3816:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3816:24: integer result outside the exact range"
	.balign 8
.Lstring653:	# "kernel.ts:3827:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3827:16: integer result outside the exact range"
	.balign 8
.Lstring654:	# "kernel.ts:3827:33: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3827:33: charCodeAt index out of range"
	.balign 8
.Lstring655:	# "kernel.ts:3826:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3826:48: integer result outside the exact range"
	.balign 8
.Lstring656:	# "kernel.ts:3829:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3829:15: integer result outside the exact range"
	.balign 8
.Lstring657:	# "kernel.ts:3830:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3830:24: integer result outside the exact range"
	.balign 8
.Lstring658:	# "kernel.ts:3833:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3833:19: integer result outside the exact range"
	.balign 8
.Lstring659:	# "kernel.ts:3834:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3834:25: integer result outside the exact range"
	.balign 8
.Lstring660:	# "data/cant_suspend_reason"
	.quad 24
	.ascii "data/cant_suspend_reason"
	.balign 8
.Lstring661:	# "cant-suspend: cannot write: "
	.quad 28
	.ascii "cant-suspend: cannot write: "
	.balign 8
.Lstring662:	# "cant-suspend: set"
	.quad 17
	.ascii "cant-suspend: set"
	.balign 8
.Lstring663:	# "cant-suspend: removed"
	.quad 21
	.ascii "cant-suspend: removed"
	.balign 8
.Lstring664:	# "kernel.ts:3853:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3853:24: integer result outside the exact range"
	.balign 8
.Lstring665:	# "kernel.ts:3855:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3855:48: integer result outside the exact range"
	.balign 8
.Lstring666:	# "xen-test-vm: PVH boot: Xen did not fill the hypercall page\n"
	.quad 59
	.ascii "xen-test-vm: PVH boot: Xen did not fill the hypercall page\012"
	.balign 8
.Lstring667:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring668:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring669:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring670:	# "kernel.ts:3916:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3916:25: integer result outside the exact range"
	.balign 8
.Lstring671:	# "kernel.ts:3929:24: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3929:24: charCodeAt index out of range"
	.balign 8
.Lstring672:	# "kernel.ts:3928:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3928:38: integer result outside the exact range"
	.balign 8
.Lstring673:	# "xen-test-vm: PVH boot: "
	.quad 23
	.ascii "xen-test-vm: PVH boot: "
	.balign 8
.Lstring674:	# "; crashing\n"
	.quad 11
	.ascii "; crashing\012"
	.balign 8
.Lstring675:	# "; crashing"
	.quad 10
	.ascii "; crashing"
	.balign 8
.Lstring676:	# "kernel.ts:3955:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3955:26: integer result outside the exact range"
	.balign 8
.Lstring677:	# "kernel.ts:3955:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3955:19: load64 value outside the exact range"
	.balign 8
.Lstring678:	# "hvm_start_info has the wrong magic number"
	.quad 41
	.ascii "hvm_start_info has the wrong magic number"
	.balign 8
.Lstring679:	# "Xen gave no value for "
	.quad 22
	.ascii "Xen gave no value for "
	.balign 8
.Lstring680:	# "kernel.ts:3967:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3967:16: integer result outside the exact range"
	.balign 8
.Lstring681:	# "kernel.ts:3979:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3979:28: integer result outside the exact range"
	.balign 8
.Lstring682:	# "kernel.ts:3978:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3978:32: integer result outside the exact range"
	.balign 8
.Lstring683:	# " PVH"
	.quad 4
	.ascii " PVH"
	.balign 8
.Lstring684:	# " PV"
	.quad 3
	.ascii " PV"
	.balign 8
.Lstring685:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring686:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring687:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring688:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring689:	# "kernel.ts:4010:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4010:16: integer result outside the exact range"
	.balign 8
.Lstring690:	# "kernel.ts:4009:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4009:56: integer result outside the exact range"
	.balign 8
.Lstring691:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring692:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring693:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring694:	# "kernel.ts:4019:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4019:17: integer result outside the exact range"
	.balign 8
.Lstring695:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring696:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring697:	# "kernel.ts:4075:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:4075:25: integer result outside the exact range"
	.balign 8
.Lstring698:	# "booting"
	.quad 7
	.ascii "booting"
	.balign 8
.Lstring699:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring700:	# "trap: "
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
	.quad .Lstring698	# let statusState = "booting"
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

# kernel.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "kernel.ts"
	.file 1 "kernel.ts"
	.text

# function machineFrameOf(virtualAddress)
	.type fn.machineFrameOf,@function
fn.machineFrameOf:
	.loc 1 170 1
	# machineFrameOf: function machineFrameOf(virtualAddress: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	.loc 1 171 5
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
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:171:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:171:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_4:
	leaq .Lstring2(%rip), %rdi	# trap: kernel.ts:171:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.machineFrameOf, .-fn.machineFrameOf

# function virtualAddressOfFrame(mfn)
	.type fn.virtualAddressOfFrame,@function
fn.virtualAddressOfFrame:
	.loc 1 176 1
	# virtualAddressOfFrame: function virtualAddressOfFrame(mfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mfn
	.loc 1 177 5
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
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:177:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
	leaq .Lstring4(%rip), %rdi	# trap: kernel.ts:177:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.virtualAddressOfFrame, .-fn.virtualAddressOfFrame

# function readStartInfo()
	.type fn.readStartInfo,@function
fn.readStartInfo:
	.loc 1 182 1
	# readStartInfo: function readStartInfo(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 183 5
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
	.loc 1 184 5
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
	.loc 1 185 5
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
	.loc 1 186 5
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
	.loc 1 187 5
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
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:183:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_10:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:183:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_11:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:184:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_12:
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:184:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_13:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:185:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_14:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:186:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:186:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_16:
	leaq .Lstring12(%rip), %rdi	# trap: kernel.ts:187:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readStartInfo, .-fn.readStartInfo

# function shutdownForever(reason)
	.type fn.shutdownForever,@function
fn.shutdownForever:
	.loc 1 234 1
	# shutdownForever: function shutdownForever(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 235 5
	# shutdownForever: while (true) {
.Lwhile_18:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_19
	.loc 1 236 9
	# shutdownForever: store32(hypercallArguments, reason);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# reason
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 237 9
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
	.loc 1 241 1
	# yieldCpu: function yieldCpu(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 242 5
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
	.loc 1 246 1
	# notifyPort: function notifyPort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 247 5
	# notifyPort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 248 5
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
	.loc 1 256 1
	# pollPorts: function pollPorts(port: number, second: number, deadlineHigh: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter deadlineHigh
	movq %rcx, -32(%rbp)	# parameter deadlineLow
	.loc 1 257 5
	# pollPorts: store32(pollPortList, port);
	leaq buf.pollPortList(%rip), %rdi	# pollPortList
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 258 5
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
	.loc 1 259 5
	# pollPorts: store64(hypercallArguments, pollPortList);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 260 5
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
	.loc 1 261 5
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
	.loc 1 262 5
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
	.loc 1 263 5
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
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:258:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_24:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:260:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_27:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:261:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_28:
	leaq .Lstring16(%rip), %rdi	# trap: kernel.ts:262:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pollPorts, .-fn.pollPorts

# function allocatePortForDom0()
	.type fn.allocatePortForDom0,@function
fn.allocatePortForDom0:
	.loc 1 269 1
	# allocatePortForDom0: function allocatePortForDom0(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 270 5
	# allocatePortForDom0: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 271 5
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
	.loc 1 272 5
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
	.loc 1 273 5
	# allocatePortForDom0: const result = hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_ALLOC_U...
	movq $6, %rdi	# EVTCHNOP_ALLOC_UNBOUND
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1024
	movq %rax, -8(%rbp)	# result
	.loc 1 274 5
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
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:271:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_31:
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:272:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_34:
	leaq .Lstring19(%rip), %rdi	# trap: kernel.ts:274:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.allocatePortForDom0, .-fn.allocatePortForDom0

# function closePort(port)
	.type fn.closePort,@function
fn.closePort:
	.loc 1 277 1
	# closePort: function closePort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 278 5
	# closePort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 279 5
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
	.loc 1 282 1
	# mapPage: function mapPage(virtualAddress: number, machineAddress: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	movq %rsi, -16(%rbp)	# parameter machineAddress
	.loc 1 283 5
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
	leaq .Lstring20(%rip), %rdi	# trap: kernel.ts:284:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapPage, .-fn.mapPage

# function hvmParam(index)
	.type fn.hvmParam,@function
fn.hvmParam:
	.loc 1 352 1
	# hvmParam: function hvmParam(index: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	.loc 1 353 5
	# hvmParam: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 354 5
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
	.loc 1 355 5
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
	.loc 1 356 5
	# hvmParam: const result = hypercall(HYPERCALL_HVM_OP, HVMOP_GET_PARAM, hypercall...
	movq $1, %rdi	# HVMOP_GET_PARAM
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1088
	movq %rax, -16(%rbp)	# result
	.loc 1 357 5
	# hvmParam: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_41
	.loc 1 358 9
	# hvmParam: return result;
	movq -16(%rbp), %rax	# result
	jmp .Lreturn_38
.Lelse_41:
	.loc 1 360 5
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
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:354:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_40:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:355:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_42:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:360:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_43:
	leaq .Lstring24(%rip), %rdi	# trap: kernel.ts:360:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hvmParam, .-fn.hvmParam

# function placeSharedInfo(address)
	.type fn.placeSharedInfo,@function
fn.placeSharedInfo:
	.loc 1 365 1
	# placeSharedInfo: function placeSharedInfo(address: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	.loc 1 366 5
	# placeSharedInfo: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 367 5
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
	.loc 1 368 5
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
	.loc 1 369 5
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
	.loc 1 370 5
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
	.loc 1 371 5
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
	leaq .Lstring25(%rip), %rdi	# trap: kernel.ts:367:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_46:
	leaq .Lstring26(%rip), %rdi	# trap: kernel.ts:368:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_47:
	leaq .Lstring27(%rip), %rdi	# trap: kernel.ts:369:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_48:
	leaq .Lstring28(%rip), %rdi	# trap: kernel.ts:370:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.placeSharedInfo, .-fn.placeSharedInfo

# function currentReservation()
	.type fn.currentReservation,@function
fn.currentReservation:
	.loc 1 374 1
	# currentReservation: function currentReservation(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 375 5
	# currentReservation: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 376 5
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
	.loc 1 382 1
	# readHvmParams: function readHvmParams(): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 383 5
	# readHvmParams: domainPages = currentReservation();
	call fn.currentReservation
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 384 5
	# readHvmParams: const consolePfn = hvmParam(HVM_PARAM_CONSOLE_PFN);
	movq $17, %rdi	# HVM_PARAM_CONSOLE_PFN
	call fn.hvmParam
	movq %rax, -8(%rbp)	# consolePfn
	.loc 1 385 5
	# readHvmParams: const consoleEvtchn = hvmParam(HVM_PARAM_CONSOLE_EVTCHN);
	movq $18, %rdi	# HVM_PARAM_CONSOLE_EVTCHN
	call fn.hvmParam
	movq %rax, -16(%rbp)	# consoleEvtchn
	.loc 1 386 5
	# readHvmParams: const storePfn = hvmParam(HVM_PARAM_STORE_PFN);
	movq $1, %rdi	# HVM_PARAM_STORE_PFN
	call fn.hvmParam
	movq %rax, -24(%rbp)	# storePfn
	.loc 1 387 5
	# readHvmParams: const storeEvtchn = hvmParam(HVM_PARAM_STORE_EVTCHN);
	movq $2, %rdi	# HVM_PARAM_STORE_EVTCHN
	call fn.hvmParam
	movq %rax, -32(%rbp)	# storeEvtchn
	.loc 1 388 5
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
	.loc 1 389 5
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
	.loc 1 390 5
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
	.loc 1 391 5
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
	.loc 1 392 5
	# readHvmParams: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_62
	.loc 1 393 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_PFN";
	leaq .Lstring29(%rip), %rax	# "HVM_PARAM_CONSOLE_PFN"
	jmp .Lreturn_51
.Lelse_62:
	.loc 1 395 5
	# readHvmParams: if (consolePort === 0) {
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_63
	.loc 1 396 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_EVTCHN";
	leaq .Lstring30(%rip), %rax	# "HVM_PARAM_CONSOLE_EVTCHN"
	jmp .Lreturn_51
.Lelse_63:
	.loc 1 398 5
	# readHvmParams: if (storeRing === 0) {
	movq var.storeRing(%rip), %rax	# storeRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_64
	.loc 1 399 9
	# readHvmParams: return "HVM_PARAM_STORE_PFN";
	leaq .Lstring31(%rip), %rax	# "HVM_PARAM_STORE_PFN"
	jmp .Lreturn_51
.Lelse_64:
	.loc 1 401 5
	# readHvmParams: if (storePort === 0) {
	movq var.storePort(%rip), %rax	# storePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_65
	.loc 1 402 9
	# readHvmParams: return "HVM_PARAM_STORE_EVTCHN";
	leaq .Lstring32(%rip), %rax	# "HVM_PARAM_STORE_EVTCHN"
	jmp .Lreturn_51
.Lelse_65:
	.loc 1 404 5
	# readHvmParams: return "";
	leaq .Lstring33(%rip), %rax	# ""
.Lreturn_51:
	leave
	ret
.Ltrap_54:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:388:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_59:
	leaq .Lstring35(%rip), %rdi	# trap: kernel.ts:390:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readHvmParams, .-fn.readHvmParams

# function mapSharedInfo()
	.type fn.mapSharedInfo,@function
fn.mapSharedInfo:
	.loc 1 426 1
	# mapSharedInfo: function mapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 427 5
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
	.loc 1 429 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_71
	.loc 1 430 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_71:
	.loc 1 432 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_66:
	leave
	ret
.Ltrap_69:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:428:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_70:
	leaq .Lstring37(%rip), %rdi	# trap: kernel.ts:428:33: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapSharedInfo, .-fn.mapSharedInfo

# function readSystemTime()
	.type fn.readSystemTime,@function
fn.readSystemTime:
	.loc 1 466 1
	# readSystemTime: function readSystemTime(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 467 5
	# readSystemTime: while (true) {
.Lwhile_73:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_74
	.loc 1 468 9
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
	.loc 1 469 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 470 9
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
	.loc 1 471 9
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
	.loc 1 472 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 473 9
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
	.loc 1 474 13
	# readSystemTime: return;
	jmp .Lreturn_72
.Lelse_78:
	jmp .Lwhile_73
.Lendwhile_74:
.Lreturn_72:
	leave
	ret
.Ltrap_75:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:468:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_76:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:470:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_77:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:471:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_79:
	leaq .Lstring41(%rip), %rdi	# trap: kernel.ts:473:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readSystemTime, .-fn.readSystemTime

# function addToTickDeadline(nanoseconds)
	.type fn.addToTickDeadline,@function
fn.addToTickDeadline:
	.loc 1 480 1
	# addToTickDeadline: function addToTickDeadline(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 481 5
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
	.loc 1 482 5
	# addToTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_82
	.loc 1 483 9
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
	.loc 1 484 9
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
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:481:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_83:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:483:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_84:
	leaq .Lstring44(%rip), %rdi	# trap: kernel.ts:484:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.addToTickDeadline, .-fn.addToTickDeadline

# function setTickDeadlineAfterSystemTime(nanoseconds)
	.type fn.setTickDeadlineAfterSystemTime,@function
fn.setTickDeadlineAfterSystemTime:
	.loc 1 489 1
	# setTickDeadlineAfterSystemTime: function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 490 5
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = systemTimeHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
	.loc 1 491 5
	# setTickDeadlineAfterSystemTime: tickDeadlineLow = systemTimeLow;
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 492 5
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
	.loc 1 495 1
	# startTicking: function startTicking(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 496 5
	# startTicking: readSystemTime();
	call fn.readSystemTime
	.loc 1 497 5
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
	.loc 1 501 1
	# advanceTickDeadline: function advanceTickDeadline(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 502 5
	# advanceTickDeadline: addToTickDeadline(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.addToTickDeadline
	.loc 1 505 5
	# advanceTickDeadline: readSystemTime();
	call fn.readSystemTime
	.loc 1 506 5
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
	.loc 1 507 5
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
	.loc 1 509 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_89:
.Lreturn_87:
	leave
	ret
.Ltrap_88:
	leaq .Lstring45(%rip), %rdi	# trap: kernel.ts:506:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_91:
	leaq .Lstring46(%rip), %rdi	# trap: kernel.ts:508:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_92:
	leaq .Lstring47(%rip), %rdi	# trap: kernel.ts:508:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.advanceTickDeadline, .-fn.advanceTickDeadline

# function portPending(port)
	.type fn.portPending,@function
fn.portPending:
	.loc 1 533 1
	# portPending: function portPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 534 5
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
	leaq .Lstring48(%rip), %rdi	# trap: kernel.ts:534:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portPending, .-fn.portPending

# function portStillPending(port)
	.type fn.portStillPending,@function
fn.portStillPending:
	.loc 1 538 1
	# portStillPending: function portStillPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 539 5
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
	.loc 1 540 5
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
	leaq .Lstring49(%rip), %rdi	# trap: kernel.ts:539:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portStillPending, .-fn.portStillPending

# function waitOnPort(port)
	.type fn.waitOnPort,@function
fn.waitOnPort:
	.loc 1 546 1
	# waitOnPort: function waitOnPort(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 547 5
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
	.loc 1 553 1
	# waitOnPorts: function waitOnPorts(port: number, second: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter second
	.loc 1 557 5
	# waitOnPorts: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_99
	.loc 1 558 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 559 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_99:
	.loc 1 564 5
	# waitOnPorts: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_100
	.loc 1 565 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_100:
	.loc 1 567 5
	# waitOnPorts: if (pollPorts(port, second, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq -16(%rbp), %rsi	# second
	movq var.tickDeadlineHigh(%rip), %rdx	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rcx	# tickDeadlineLow
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_101
	.loc 1 568 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 569 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_101:
	.loc 1 574 5
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
	.loc 1 575 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_102:
	.loc 1 578 5
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
	.loc 1 579 5
	# waitOnPorts: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 580 5
	# waitOnPorts: return true;
	movq $1, %rax	# true
.Lreturn_98:
	leave
	ret
.Ltrap_104:
	leaq .Lstring50(%rip), %rdi	# trap: kernel.ts:578:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.waitOnPorts, .-fn.waitOnPorts

# function consoleBytesQueued()
	.type fn.consoleBytesQueued,@function
fn.consoleBytesQueued:
	.loc 1 624 1
	# consoleBytesQueued: function consoleBytesQueued(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 625 5
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
	.loc 1 626 5
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
	.loc 1 627 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 628 5
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
	.loc 1 629 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_109
	.loc 1 630 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_105
.Lelse_109:
	.loc 1 632 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_105:
	leave
	ret
.Ltrap_106:
	leaq .Lstring51(%rip), %rdi	# trap: kernel.ts:625:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_107:
	leaq .Lstring52(%rip), %rdi	# trap: kernel.ts:626:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_108:
	leaq .Lstring53(%rip), %rdi	# trap: kernel.ts:628:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleBytesQueued, .-fn.consoleBytesQueued

# function consolePutRaw(byte)
	.type fn.consolePutRaw,@function
fn.consolePutRaw:
	.loc 1 639 1
	# consolePutRaw: function consolePutRaw(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 640 5
	# consolePutRaw: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_111
	.loc 1 641 9
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_111:
	.loc 1 643 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 644 5
	# consolePutRaw: while (true) {
.Lwhile_112:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_113
	.loc 1 645 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 646 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_114
	.loc 1 647 13
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
	.loc 1 648 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_114:
	.loc 1 650 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_116
	.loc 1 651 13
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
	.loc 1 652 13
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
	.loc 1 653 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 654 13
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
	.loc 1 655 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 656 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_116:
	.loc 1 658 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_123
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_122
.Lskip_123:
	.loc 1 659 13
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
	.loc 1 660 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_122:
	.loc 1 662 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 663 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_125
	.loc 1 664 13
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
	.loc 1 665 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_127
	.loc 1 666 17
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
	leaq .Lstring54(%rip), %rdi	# trap: kernel.ts:647:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_117:
	leaq .Lstring55(%rip), %rdi	# trap: kernel.ts:651:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_118:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:652:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_119:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:652:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_120:
	leaq .Lstring58(%rip), %rdi	# trap: kernel.ts:654:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_121:
	leaq .Lstring59(%rip), %rdi	# trap: kernel.ts:654:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_124:
	leaq .Lstring60(%rip), %rdi	# trap: kernel.ts:659:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_126:
	leaq .Lstring61(%rip), %rdi	# trap: kernel.ts:664:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consolePutRaw, .-fn.consolePutRaw

# function consolePut(byte)
	.type fn.consolePut,@function
fn.consolePut:
	.loc 1 673 1
	# consolePut: function consolePut(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 674 5
	# consolePut: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_129
	.loc 1 675 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_129:
	.loc 1 677 5
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
	.loc 1 681 1
	# endLine: function endLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 682 5
	# endLine: consolePut(10);
	movq $10, %rdi
	call fn.consolePut
	.loc 1 683 5
	# endLine: if (consoleRing !== 0 && consolePort !== 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lelse_131
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_131
	.loc 1 684 9
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
	.loc 1 693 1
	# consoleDrain: function consoleDrain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 694 5
	# consoleDrain: if (consoleRing === 0 || consolePort === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lskip_134
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_133
.Lskip_134:
	.loc 1 695 9
	# consoleDrain: return;
	jmp .Lreturn_132
.Lelse_133:
	.loc 1 697 5
	# consoleDrain: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 698 5
	# consoleDrain: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# stallTicks
	.loc 1 699 5
	# consoleDrain: let blindWaits = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# blindWaits
	.loc 1 700 5
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
	.loc 1 702 9
	# consoleDrain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_137
	.loc 1 703 13
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
	.loc 1 705 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_139
	.loc 1 706 13
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
	leaq .Lstring62(%rip), %rdi	# trap: kernel.ts:703:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_140:
	leaq .Lstring63(%rip), %rdi	# trap: kernel.ts:706:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleDrain, .-fn.consoleDrain

# function print(text)
	.type fn.print,@function
fn.print:
	.loc 1 723 1
	# print: function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 724 5
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
	.loc 1 725 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_145
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_143:
	.loc 1 724 38
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
	leaq .Lstring64(%rip), %rdi	# trap: kernel.ts:725:20: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_146:
	leaq .Lstring65(%rip), %rdi	# trap: kernel.ts:724:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.print, .-fn.print

# function log(text)
	.type fn.log,@function
fn.log:
	.loc 1 729 1
	# log: function log(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 730 5
	# log: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 731 5
	# log: endLine();
	call fn.endLine
.Lreturn_147:
	leave
	ret
	.size fn.log, .-fn.log

# function printDecimal(value)
	.type fn.printDecimal,@function
fn.printDecimal:
	.loc 1 734 1
	# printDecimal: function printDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 735 5
	# printDecimal: if (value < 0) {
	movq -8(%rbp), %rax	# value
	cmpq $0, %rax	# compare with 0
	jge .Lelse_149
	.loc 1 736 9
	# printDecimal: consolePut(45);
	movq $45, %rdi
	call fn.consolePut
	.loc 1 737 9
	# printDecimal: printDecimal(-value);
	movq -8(%rbp), %rax	# value
	negq %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 738 9
	# printDecimal: return;
	jmp .Lreturn_148
.Lelse_149:
	.loc 1 740 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_150
	.loc 1 741 9
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
	.loc 1 743 5
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
	leaq .Lstring66(%rip), %rdi	# trap: kernel.ts:743:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printDecimal, .-fn.printDecimal

# function hexDigit(nibble)
	.type fn.hexDigit,@function
fn.hexDigit:
	.loc 1 746 1
	# hexDigit: function hexDigit(nibble: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nibble
	.loc 1 747 5
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
	leaq .Lstring67(%rip), %rdi	# trap: kernel.ts:747:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_157:
	leaq .Lstring68(%rip), %rdi	# trap: kernel.ts:747:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexDigit, .-fn.hexDigit

# function printEscapedByte(byte)
	.type fn.printEscapedByte,@function
fn.printEscapedByte:
	.loc 1 750 1
	# printEscapedByte: function printEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 751 5
	# printEscapedByte: if (byte === 34 || byte === 92) {            // '"' and '\'
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_160
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_159
.Lskip_160:
	.loc 1 752 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 753 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_161
.Lelse_159:
	.loc 1 754 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_162
	.loc 1 755 9
	# printEscapedByte: print("\\n");
	leaq .Lstring69(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_163
.Lelse_162:
	.loc 1 756 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_164
	.loc 1 757 9
	# printEscapedByte: print("\\r");
	leaq .Lstring70(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_165
.Lelse_164:
	.loc 1 758 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_166
	.loc 1 759 9
	# printEscapedByte: print("\\t");
	leaq .Lstring71(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_167
.Lelse_166:
	.loc 1 760 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_168
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_168
	.loc 1 761 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_169
.Lelse_168:
	.loc 1 763 9
	# printEscapedByte: print("\\x");
	leaq .Lstring72(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 764 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 765 9
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
	.loc 1 770 1
	# printQuoted: function printQuoted(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 771 5
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
	.loc 1 772 5
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
	.loc 1 773 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_173:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_175
	.loc 1 774 9
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
	.loc 1 773 32
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
	.loc 1 776 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_178
	.loc 1 777 9
	# printQuoted: print("...\" (");
	leaq .Lstring73(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 778 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 779 9
	# printQuoted: print(" bytes)");
	leaq .Lstring74(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_179
.Lelse_178:
	.loc 1 781 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_179:
.Lreturn_170:
	leave
	ret
.Ltrap_176:
	leaq .Lstring75(%rip), %rdi	# trap: kernel.ts:774:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_177:
	leaq .Lstring76(%rip), %rdi	# trap: kernel.ts:773:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printQuoted, .-fn.printQuoted

# function logErrno(text, errno)
	.type fn.logErrno,@function
fn.logErrno:
	.loc 1 785 1
	# logErrno: function logErrno(text: string, errno: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	movq %rsi, -16(%rbp)	# parameter errno
	.loc 1 786 5
	# logErrno: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 787 5
	# logErrno: printDecimal(errno);
	movq -16(%rbp), %rdi	# errno
	call fn.printDecimal
	.loc 1 788 5
	# logErrno: endLine();
	call fn.endLine
.Lreturn_180:
	leave
	ret
	.size fn.logErrno, .-fn.logErrno

# function copyBytes(destination, source, length)
	.type fn.copyBytes,@function
fn.copyBytes:
	.loc 1 791 1
	# copyBytes: function copyBytes(destination: number, source: number, length: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter source
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 792 5
	# copyBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_182:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_184
	.loc 1 793 9
	# copyBytes: store8(destination + i, load8(source + i));
	movq -8(%rbp), %rax	# destination
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_185
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_185
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_185
	pushq %rax
	movq -16(%rbp), %rax	# source
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_186
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_186
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_186
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_183:
	.loc 1 792 33
	# copyBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_187
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_187
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_182
.Lendfor_184:
.Lreturn_181:
	leave
	ret
.Ltrap_185:
	leaq .Lstring77(%rip), %rdi	# trap: kernel.ts:793:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_186:
	leaq .Lstring78(%rip), %rdi	# trap: kernel.ts:793:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_187:
	leaq .Lstring79(%rip), %rdi	# trap: kernel.ts:792:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.copyBytes, .-fn.copyBytes

# function bytesEqual(address, length, word)
	.type fn.bytesEqual,@function
fn.bytesEqual:
	.loc 1 798 1
	# bytesEqual: function bytesEqual(address: number, length: number, word: string): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter word
	.loc 1 799 5
	# bytesEqual: if (length !== word.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_189
	.loc 1 800 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_188
.Lelse_189:
	.loc 1 802 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_190:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_192
	.loc 1 803 9
	# bytesEqual: if (load8(address + i) !== word.charCodeAt(i)) {
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_194
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_194
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_194
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq -32(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_195
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_193
	.loc 1 804 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_188
.Lelse_193:
.Lfornext_191:
	.loc 1 802 33
	# bytesEqual: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_196
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_196
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_190
.Lendfor_192:
	.loc 1 807 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_188:
	leave
	ret
.Ltrap_194:
	leaq .Lstring80(%rip), %rdi	# trap: kernel.ts:803:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_195:
	leaq .Lstring81(%rip), %rdi	# trap: kernel.ts:803:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_196:
	leaq .Lstring82(%rip), %rdi	# trap: kernel.ts:802:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesEqual, .-fn.bytesEqual

# function bytesMatch(first, second, length)
	.type fn.bytesMatch,@function
fn.bytesMatch:
	.loc 1 811 1
	# bytesMatch: function bytesMatch(first: number, second: number, length: number): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter first
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 812 5
	# bytesMatch: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_198:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_200
	.loc 1 813 9
	# bytesMatch: if (load8(first + i) !== load8(second + i)) {
	movq -8(%rbp), %rax	# first
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_202
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_202
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_202
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -16(%rbp), %rax	# second
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_203
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_203
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_203
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_201
	.loc 1 814 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_197
.Lelse_201:
.Lfornext_199:
	.loc 1 812 33
	# bytesMatch: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_204
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_204
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_198
.Lendfor_200:
	.loc 1 817 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_197:
	leave
	ret
.Ltrap_202:
	leaq .Lstring83(%rip), %rdi	# trap: kernel.ts:813:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_203:
	leaq .Lstring84(%rip), %rdi	# trap: kernel.ts:813:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_204:
	leaq .Lstring85(%rip), %rdi	# trap: kernel.ts:812:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesMatch, .-fn.bytesMatch

# function decimalFromBytes(address, length)
	.type fn.decimalFromBytes,@function
fn.decimalFromBytes:
	.loc 1 821 1
	# decimalFromBytes: function decimalFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 822 5
	# decimalFromBytes: if (length === 0 || length > 9) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_207
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_206
.Lskip_207:
	.loc 1 823 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_205
.Lelse_206:
	.loc 1 825 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 826 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_208:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_210
	.loc 1 827 9
	# decimalFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_211
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_211
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_211
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 828 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_213
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_212
.Lskip_213:
	.loc 1 829 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_205
.Lelse_212:
	.loc 1 831 9
	# decimalFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	movq $10, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_214
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_214
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_214
	pushq %rax
	movq -40(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_215
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_215
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_215
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_214
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_214
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_214
	movq %rax, -24(%rbp)	# value =
.Lfornext_209:
	.loc 1 826 33
	# decimalFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_216
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_216
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_208
.Lendfor_210:
	.loc 1 833 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_205:
	leave
	ret
.Ltrap_211:
	leaq .Lstring86(%rip), %rdi	# trap: kernel.ts:827:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_214:
	leaq .Lstring87(%rip), %rdi	# trap: kernel.ts:831:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_215:
	leaq .Lstring88(%rip), %rdi	# trap: kernel.ts:831:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_216:
	leaq .Lstring89(%rip), %rdi	# trap: kernel.ts:826:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalFromBytes, .-fn.decimalFromBytes

# function decimalIntoBytes(address, value)
	.type fn.decimalIntoBytes,@function
fn.decimalIntoBytes:
	.loc 1 837 1
	# decimalIntoBytes: function decimalIntoBytes(address: number, value: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 838 5
	# decimalIntoBytes: let digits = 1;
	movq $1, %rax
	movq %rax, -24(%rbp)	# digits
	.loc 1 839 5
	# decimalIntoBytes: for (let bigger = value; bigger >= 10; bigger = Math.floor(bigger / 1...
	movq -16(%rbp), %rax	# value
	movq %rax, -32(%rbp)	# bigger
.Lfor_218:
	movq -32(%rbp), %rax	# bigger
	cmpq $10, %rax	# compare with 10
	jl .Lendfor_220
	.loc 1 840 9
	# decimalIntoBytes: digits = digits + 1;
	movq -24(%rbp), %rax	# digits
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_221
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_221
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_221
	movq %rax, -24(%rbp)	# digits =
.Lfornext_219:
	.loc 1 839 44
	# decimalIntoBytes: bigger = Math.floor(bigger / 10)
	movq -32(%rbp), %rax	# bigger
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_222
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_222
	subq $1, %rax	# then the floor is one below
.Lfloored_222:
	movq %rax, -32(%rbp)	# bigger =
	jmp .Lfor_218
.Lendfor_220:
	.loc 1 842 5
	# decimalIntoBytes: let rest = value;
	movq -16(%rbp), %rax	# value
	movq %rax, -40(%rbp)	# rest
	.loc 1 843 5
	# decimalIntoBytes: for (let i = digits - 1; i >= 0; i--) {
	movq -24(%rbp), %rax	# digits
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_223
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_223
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_223
	movq %rax, -48(%rbp)	# i
.Lfor_224:
	movq -48(%rbp), %rax	# i
	cmpq $0, %rax	# compare with 0
	jl .Lendfor_226
	.loc 1 844 9
	# decimalIntoBytes: store8(address + i, 48 + (rest % 10));
	movq -8(%rbp), %rax	# address
	movq -48(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_227
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_227
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_227
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
	jo .Ltrap_228
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_228
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_228
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 845 9
	# decimalIntoBytes: rest = Math.floor(rest / 10);
	movq -40(%rbp), %rax	# rest
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_229
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_229
	subq $1, %rax	# then the floor is one below
.Lfloored_229:
	movq %rax, -40(%rbp)	# rest =
.Lfornext_225:
	.loc 1 843 38
	# decimalIntoBytes: i--
	movq -48(%rbp), %rax	# i
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_230
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_230
	movq %rax, -48(%rbp)	# i =
	jmp .Lfor_224
.Lendfor_226:
	.loc 1 847 5
	# decimalIntoBytes: return digits;
	movq -24(%rbp), %rax	# digits
.Lreturn_217:
	leave
	ret
.Ltrap_221:
	leaq .Lstring90(%rip), %rdi	# trap: kernel.ts:840:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_223:
	leaq .Lstring91(%rip), %rdi	# trap: kernel.ts:843:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_227:
	leaq .Lstring92(%rip), %rdi	# trap: kernel.ts:844:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_228:
	leaq .Lstring93(%rip), %rdi	# trap: kernel.ts:844:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_230:
	leaq .Lstring94(%rip), %rdi	# trap: kernel.ts:843:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalIntoBytes, .-fn.decimalIntoBytes

# function bytesStartWith(address, length, prefix)
	.type fn.bytesStartWith,@function
fn.bytesStartWith:
	.loc 1 850 1
	# bytesStartWith: function bytesStartWith(address: number, length: number, prefix: stri...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter prefix
	.loc 1 851 5
	# bytesStartWith: if (length < prefix.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lelse_232
	.loc 1 852 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_231
.Lelse_232:
	.loc 1 854 5
	# bytesStartWith: return bytesEqual(address, prefix.length, prefix);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -24(%rbp), %rdx	# prefix
	call fn.bytesEqual
.Lreturn_231:
	leave
	ret
	.size fn.bytesStartWith, .-fn.bytesStartWith

# function storeErrorName(code)
	.type fn.storeErrorName,@function
fn.storeErrorName:
	.loc 1 947 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 948 5
	# storeErrorName: switch (code) {
	movq -8(%rbp), %rax	# code
	cmpq $-1, %rax	# case XSE_EINVAL
	je .Lcase_235
	cmpq $-2, %rax	# case XSE_EACCES
	je .Lcase_236
	cmpq $-3, %rax	# case XSE_EEXIST
	je .Lcase_237
	cmpq $-4, %rax	# case XSE_EISDIR
	je .Lcase_238
	cmpq $-5, %rax	# case XSE_ENOENT
	je .Lcase_239
	cmpq $-6, %rax	# case XSE_ENOMEM
	je .Lcase_240
	cmpq $-7, %rax	# case XSE_ENOSPC
	je .Lcase_241
	cmpq $-8, %rax	# case XSE_EIO
	je .Lcase_242
	cmpq $-9, %rax	# case XSE_ENOTEMPTY
	je .Lcase_243
	cmpq $-10, %rax	# case XSE_ENOSYS
	je .Lcase_244
	cmpq $-11, %rax	# case XSE_EROFS
	je .Lcase_245
	cmpq $-12, %rax	# case XSE_EBUSY
	je .Lcase_246
	cmpq $-13, %rax	# case XSE_EAGAIN
	je .Lcase_247
	cmpq $-14, %rax	# case XSE_EISCONN
	je .Lcase_248
	cmpq $-15, %rax	# case XSE_E2BIG
	je .Lcase_249
	cmpq $-16, %rax	# case XSE_EPERM
	je .Lcase_250
	cmpq $-18, %rax	# case XSE_PROTOCOL
	je .Lcase_251
	cmpq $-19, %rax	# case XSE_TIMEOUT
	je .Lcase_252
	jmp .Lcase_253
.Lcase_235:
	.loc 1 949 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring95(%rip), %rax	# "EINVAL"
	jmp .Lreturn_233
.Lcase_236:
	.loc 1 950 26
	# storeErrorName: return "EACCES";
	leaq .Lstring96(%rip), %rax	# "EACCES"
	jmp .Lreturn_233
.Lcase_237:
	.loc 1 951 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring97(%rip), %rax	# "EEXIST"
	jmp .Lreturn_233
.Lcase_238:
	.loc 1 952 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring98(%rip), %rax	# "EISDIR"
	jmp .Lreturn_233
.Lcase_239:
	.loc 1 953 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring99(%rip), %rax	# "ENOENT"
	jmp .Lreturn_233
.Lcase_240:
	.loc 1 954 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring100(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_233
.Lcase_241:
	.loc 1 955 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring101(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_233
.Lcase_242:
	.loc 1 956 23
	# storeErrorName: return "EIO";
	leaq .Lstring102(%rip), %rax	# "EIO"
	jmp .Lreturn_233
.Lcase_243:
	.loc 1 957 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring103(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_233
.Lcase_244:
	.loc 1 958 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring104(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_233
.Lcase_245:
	.loc 1 959 25
	# storeErrorName: return "EROFS";
	leaq .Lstring105(%rip), %rax	# "EROFS"
	jmp .Lreturn_233
.Lcase_246:
	.loc 1 960 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring106(%rip), %rax	# "EBUSY"
	jmp .Lreturn_233
.Lcase_247:
	.loc 1 961 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring107(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_233
.Lcase_248:
	.loc 1 962 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring108(%rip), %rax	# "EISCONN"
	jmp .Lreturn_233
.Lcase_249:
	.loc 1 963 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring109(%rip), %rax	# "E2BIG"
	jmp .Lreturn_233
.Lcase_250:
	.loc 1 964 25
	# storeErrorName: return "EPERM";
	leaq .Lstring110(%rip), %rax	# "EPERM"
	jmp .Lreturn_233
.Lcase_251:
	.loc 1 965 28
	# storeErrorName: return "protocol error";
	leaq .Lstring111(%rip), %rax	# "protocol error"
	jmp .Lreturn_233
.Lcase_252:
	.loc 1 966 27
	# storeErrorName: return "no reply";
	leaq .Lstring112(%rip), %rax	# "no reply"
	jmp .Lreturn_233
.Lcase_253:
	.loc 1 967 18
	# storeErrorName: return "unknown error";
	leaq .Lstring113(%rip), %rax	# "unknown error"
	jmp .Lreturn_233
.Lendswitch_234:
.Lreturn_233:
	leave
	ret
	.size fn.storeErrorName, .-fn.storeErrorName

# function storeErrorFromReply(address, length)
	.type fn.storeErrorFromReply,@function
fn.storeErrorFromReply:
	.loc 1 972 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 973 5
	# storeErrorFromReply: const nameLength = length > 0 && load8(address + length - 1) === 0 ? ...
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_255
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_257
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_257
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_257
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_257
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_257
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_257
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_255
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_258
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_258
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_258
	jmp .Lendcond_256
.Lelse_255:
	movq -16(%rbp), %rax	# length
.Lendcond_256:
	movq %rax, -24(%rbp)	# nameLength
	.loc 1 974 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_259:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_261
	.loc 1 975 9
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
	je .Lelse_262
	.loc 1 976 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_254
.Lelse_262:
.Lfornext_260:
	.loc 1 974 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_263
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_263
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_259
.Lendfor_261:
	.loc 1 979 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_254:
	leave
	ret
.Ltrap_257:
	leaq .Lstring114(%rip), %rdi	# trap: kernel.ts:973:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_258:
	leaq .Lstring115(%rip), %rdi	# trap: kernel.ts:973:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_263:
	leaq .Lstring116(%rip), %rdi	# trap: kernel.ts:974:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 1003 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 1004 5
	# requestBegin: store32(storeRequest + XS_HEADER_TYPE, type);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_265
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_265
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_265
	movq %rax, %rdi
	movq -8(%rbp), %rax	# type
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1005 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 1006 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_264:
	leave
	ret
.Ltrap_265:
	leaq .Lstring117(%rip), %rdi	# trap: kernel.ts:1004:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 1009 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1010 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_267
	.loc 1 1011 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 1012 9
	# requestAppendByte: return;
	jmp .Lreturn_266
.Lelse_267:
	.loc 1 1014 5
	# requestAppendByte: store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_268
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_268
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_268
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_268
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_268
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_268
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 1015 5
	# requestAppendByte: storeRequestLength = storeRequestLength + 1;
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_269
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_269
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_269
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
.Lreturn_266:
	leave
	ret
.Ltrap_268:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:1014:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_269:
	leaq .Lstring119(%rip), %rdi	# trap: kernel.ts:1015:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendText(text)
	.type fn.requestAppendText,@function
fn.requestAppendText:
	.loc 1 1019 1
	# requestAppendText: function requestAppendText(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1020 5
	# requestAppendText: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_271:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_273
	.loc 1 1021 9
	# requestAppendText: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_274
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_272:
	.loc 1 1020 38
	# requestAppendText: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_275
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_275
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_271
.Lendfor_273:
.Lreturn_270:
	leave
	ret
.Ltrap_274:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:1021:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_275:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:1020:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendText, .-fn.requestAppendText

# function requestAppendString(text)
	.type fn.requestAppendString,@function
fn.requestAppendString:
	.loc 1 1026 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1027 5
	# requestAppendString: requestAppendText(text);
	movq -8(%rbp), %rdi	# text
	call fn.requestAppendText
	.loc 1 1028 5
	# requestAppendString: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
.Lreturn_276:
	leave
	ret
	.size fn.requestAppendString, .-fn.requestAppendString

# function requestAppendBytes(address, length)
	.type fn.requestAppendBytes,@function
fn.requestAppendBytes:
	.loc 1 1031 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1032 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_278:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_280
	.loc 1 1033 9
	# requestAppendBytes: requestAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_281
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_281
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_281
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_279:
	.loc 1 1032 33
	# requestAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_282
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_282
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_278
.Lendfor_280:
.Lreturn_277:
	leave
	ret
.Ltrap_281:
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:1033:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_282:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:1032:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 1038 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1039 5
	# storeRequestSpace: const consumer = load32(storeRing + XS_REQ_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2048, %rdi	# XS_REQ_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_284
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_284
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_284
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1040 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_285
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_285
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_285
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1041 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1042 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_286
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_286
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_286
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 1043 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_287
	.loc 1 1044 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring124(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 1045 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1046 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring125(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1047 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1048 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring126(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 1049 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_283
.Lelse_287:
	.loc 1 1051 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	movq -24(%rbp), %rdi	# inFlight
	subq %rdi, %rax	# -
	jo .Ltrap_288
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_288
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_288
.Lreturn_283:
	leave
	ret
.Ltrap_284:
	leaq .Lstring127(%rip), %rdi	# trap: kernel.ts:1039:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_285:
	leaq .Lstring128(%rip), %rdi	# trap: kernel.ts:1040:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_286:
	leaq .Lstring129(%rip), %rdi	# trap: kernel.ts:1042:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_288:
	leaq .Lstring130(%rip), %rdi	# trap: kernel.ts:1051:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function ringChunk(index, ready, wanted)
	.type fn.ringChunk,@function
fn.ringChunk:
	.loc 1 1057 1
	# ringChunk: function ringChunk(index: number, ready: number, wanted: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	movq %rsi, -16(%rbp)	# parameter ready
	movq %rdx, -24(%rbp)	# parameter wanted
	.loc 1 1058 5
	# ringChunk: let chunk = XS_RING_SIZE - (index & (XS_RING_SIZE - 1));
	movq $1024, %rax	# XS_RING_SIZE
	pushq %rax
	movq -8(%rbp), %rax	# index
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_290
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_290
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_290
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_291
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_291
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_291
	movq %rax, -32(%rbp)	# chunk
	.loc 1 1059 5
	# ringChunk: if (chunk > ready) {
	movq -32(%rbp), %rax	# chunk
	movq -16(%rbp), %rdi	# ready
	cmpq %rdi, %rax
	jle .Lelse_292
	.loc 1 1060 9
	# ringChunk: chunk = ready;
	movq -16(%rbp), %rax	# ready
	movq %rax, -32(%rbp)	# chunk =
.Lelse_292:
	.loc 1 1062 5
	# ringChunk: if (chunk > wanted) {
	movq -32(%rbp), %rax	# chunk
	movq -24(%rbp), %rdi	# wanted
	cmpq %rdi, %rax
	jle .Lelse_293
	.loc 1 1063 9
	# ringChunk: chunk = wanted;
	movq -24(%rbp), %rax	# wanted
	movq %rax, -32(%rbp)	# chunk =
.Lelse_293:
	.loc 1 1065 5
	# ringChunk: return chunk;
	movq -32(%rbp), %rax	# chunk
.Lreturn_289:
	leave
	ret
.Ltrap_290:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:1058:42: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_291:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:1058:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.ringChunk, .-fn.ringChunk

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 1071 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1072 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 1073 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1074 5
	# storeWriteStream: while (sent < length) {
.Lwhile_295:
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_296
	.loc 1 1075 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 1076 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_297
	.loc 1 1077 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_294
.Lelse_297:
	.loc 1 1079 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_298
	.loc 1 1080 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1081 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_299
	.loc 1 1082 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_300
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_300
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_300
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1083 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_301
	.loc 1 1084 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring133(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 1085 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_294
.Lelse_301:
.Lelse_299:
	.loc 1 1088 13
	# storeWriteStream: continue;
	jmp .Lwhile_295
.Lelse_298:
	.loc 1 1090 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_302
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_302
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_302
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 1091 9
	# storeWriteStream: const chunk = ringChunk(producer, space, length - sent);
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq -40(%rbp), %rax	# space
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_303
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_303
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_303
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1092 9
	# storeWriteStream: const to = storeRing + XS_REQ + (producer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $0, %rdi	# XS_REQ
	addq %rdi, %rax	# +
	jo .Ltrap_304
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_304
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_304
	pushq %rax
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_305
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_305
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_305
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_304
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_304
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_304
	movq %rax, -64(%rbp)	# to
	.loc 1 1093 9
	# storeWriteStream: copyBytes(to, source + sent, chunk);
	movq -64(%rbp), %rax	# to
	pushq %rax
	movq -8(%rbp), %rax	# source
	movq -24(%rbp), %rdi	# sent
	addq %rdi, %rax	# +
	jo .Ltrap_306
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_306
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_306
	movq %rax, %rsi
	popq %rdi
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 1094 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1095 9
	# storeWriteStream: store32(storeRing + XS_REQ_PROD, (producer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_307
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_307
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_307
	pushq %rax
	movq -48(%rbp), %rax	# producer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_308
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_308
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_308
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1096 9
	# storeWriteStream: sent = sent + chunk;
	movq -24(%rbp), %rax	# sent
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_309
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_309
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_309
	movq %rax, -24(%rbp)	# sent =
	.loc 1 1097 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_310
	.loc 1 1098 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_310:
	jmp .Lwhile_295
.Lendwhile_296:
	.loc 1 1101 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1102 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_294:
	leave
	ret
.Ltrap_300:
	leaq .Lstring134(%rip), %rdi	# trap: kernel.ts:1082:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_302:
	leaq .Lstring135(%rip), %rdi	# trap: kernel.ts:1090:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_303:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:1091:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_304:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:1092:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_305:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:1092:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_306:
	leaq .Lstring139(%rip), %rdi	# trap: kernel.ts:1093:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_307:
	leaq .Lstring140(%rip), %rdi	# trap: kernel.ts:1095:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_308:
	leaq .Lstring141(%rip), %rdi	# trap: kernel.ts:1095:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_309:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:1096:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 1110 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1111 5
	# storeResynchronise: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_312
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_312
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_312
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 1112 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1113 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_313
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_313
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_313
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1114 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_311:
	leave
	ret
.Ltrap_312:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:1111:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_313:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:1113:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 1118 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1119 5
	# storeBytesAvailable: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_315
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_315
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_315
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1120 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_316
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_316
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_316
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1121 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1122 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_317
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_317
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_317
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# available
	.loc 1 1123 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_318
	.loc 1 1124 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring145(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 1125 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1126 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring125(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1127 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1128 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring146(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 1129 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1130 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_314
.Lelse_318:
	.loc 1 1132 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_314:
	leave
	ret
.Ltrap_315:
	leaq .Lstring147(%rip), %rdi	# trap: kernel.ts:1119:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_316:
	leaq .Lstring148(%rip), %rdi	# trap: kernel.ts:1120:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_317:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:1122:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 1136 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1137 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 1138 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1139 5
	# storeReadStream: while (received < length) {
.Lwhile_320:
	movq -24(%rbp), %rax	# received
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_321
	.loc 1 1140 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 1141 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_322
	.loc 1 1142 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_319
.Lelse_322:
	.loc 1 1144 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_323
	.loc 1 1145 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_324
	.loc 1 1146 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_325
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_325
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_325
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1147 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_326
	.loc 1 1148 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring150(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 1149 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1150 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_319
.Lelse_326:
.Lelse_324:
	.loc 1 1153 13
	# storeReadStream: continue;
	jmp .Lwhile_320
.Lelse_323:
	.loc 1 1155 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_327
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_327
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_327
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 1156 9
	# storeReadStream: const chunk = ringChunk(consumer, available, length - received);
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq -40(%rbp), %rax	# available
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_328
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_328
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_328
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1157 9
	# storeReadStream: const from = storeRing + XS_RSP + (consumer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $1024, %rdi	# XS_RSP
	addq %rdi, %rax	# +
	jo .Ltrap_329
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_329
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_329
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_330
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_330
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_330
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_329
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_329
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_329
	movq %rax, -64(%rbp)	# from
	.loc 1 1158 9
	# storeReadStream: copyBytes(destination + received, from, chunk);
	movq -8(%rbp), %rax	# destination
	movq -24(%rbp), %rdi	# received
	addq %rdi, %rax	# +
	jo .Ltrap_331
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_331
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_331
	movq %rax, %rdi
	movq -64(%rbp), %rsi	# from
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 1159 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1160 9
	# storeReadStream: store32(storeRing + XS_RSP_CONS, (consumer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_332
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_332
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_332
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_333
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_333
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_333
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1161 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1162 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_334
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_334
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_334
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_320
.Lendwhile_321:
	.loc 1 1164 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_319:
	leave
	ret
.Ltrap_325:
	leaq .Lstring151(%rip), %rdi	# trap: kernel.ts:1146:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_327:
	leaq .Lstring152(%rip), %rdi	# trap: kernel.ts:1155:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_328:
	leaq .Lstring153(%rip), %rdi	# trap: kernel.ts:1156:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_329:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:1157:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_330:
	leaq .Lstring155(%rip), %rdi	# trap: kernel.ts:1157:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_331:
	leaq .Lstring156(%rip), %rdi	# trap: kernel.ts:1158:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_332:
	leaq .Lstring157(%rip), %rdi	# trap: kernel.ts:1160:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_333:
	leaq .Lstring158(%rip), %rdi	# trap: kernel.ts:1160:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_334:
	leaq .Lstring159(%rip), %rdi	# trap: kernel.ts:1162:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 1168 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1169 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 1170 5
	# noteWatchEvent: while (pathEnd < length && load8(payload + pathEnd) !== 0) {
.Lwhile_336:
	movq -24(%rbp), %rax	# pathEnd
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_337
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_338
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_338
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_338
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_337
	.loc 1 1171 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_339
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_339
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_339
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_336
.Lendwhile_337:
	.loc 1 1173 5
	# noteWatchEvent: const token = payload + pathEnd + 1;
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_340
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_340
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_340
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_340
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_340
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_340
	movq %rax, -32(%rbp)	# token
	.loc 1 1174 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# pathEnd
	subq %rdi, %rax	# -
	jo .Ltrap_341
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_341
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_341
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_341
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_341
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_341
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 1175 5
	# noteWatchEvent: if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_342
	movq -32(%rbp), %rax	# token
	movq -40(%rbp), %rdi	# tokenLength
	addq %rdi, %rax	# +
	jo .Ltrap_343
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_343
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_343
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_343
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_343
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_343
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_342
	.loc 1 1176 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_344
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_344
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_344
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_342:
	.loc 1 1178 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_345
	.loc 1 1179 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_345:
	.loc 1 1181 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring160(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_346
	.loc 1 1182 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_347
.Lelse_346:
	.loc 1 1183 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring161(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_348
	.loc 1 1184 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_349
.Lelse_348:
	.loc 1 1185 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SYSRQ)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring162(%rip), %rdx	# WATCH_TOKEN_SYSRQ
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_350
	.loc 1 1186 9
	# noteWatchEvent: sysrqWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	jmp .Lendif_351
.Lelse_350:
	.loc 1 1188 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring163(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 1189 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 1190 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_351:
.Lendif_349:
.Lendif_347:
.Lreturn_335:
	leave
	ret
.Ltrap_338:
	leaq .Lstring164(%rip), %rdi	# trap: kernel.ts:1170:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_339:
	leaq .Lstring165(%rip), %rdi	# trap: kernel.ts:1171:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_340:
	leaq .Lstring166(%rip), %rdi	# trap: kernel.ts:1173:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_341:
	leaq .Lstring167(%rip), %rdi	# trap: kernel.ts:1174:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_343:
	leaq .Lstring168(%rip), %rdi	# trap: kernel.ts:1175:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_344:
	leaq .Lstring169(%rip), %rdi	# trap: kernel.ts:1176:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 1196 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1197 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 1198 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_353
	.loc 1 1199 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_352
.Lelse_353:
	.loc 1 1201 5
	# storeReceiveMessage: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_354
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_354
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_354
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 1202 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_355
	.loc 1 1203 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring170(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 1204 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 1205 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring171(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 1206 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1207 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_352
.Lelse_355:
	.loc 1 1209 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_356
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_356
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_356
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 1210 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_357
	.loc 1 1211 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_352
.Lelse_357:
	.loc 1 1213 5
	# storeReceiveMessage: if (load32(storeMessage + XS_HEADER_TYPE) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_359
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_359
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_359
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_358
	.loc 1 1214 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_360
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_360
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_360
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 1215 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_352
.Lelse_358:
	.loc 1 1217 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_352:
	leave
	ret
.Ltrap_354:
	leaq .Lstring172(%rip), %rdi	# trap: kernel.ts:1201:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_356:
	leaq .Lstring173(%rip), %rdi	# trap: kernel.ts:1209:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_359:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1213:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_360:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1214:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 1224 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1225 5
	# storeTransact: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_362
	.loc 1 1226 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_361
.Lelse_362:
	.loc 1 1228 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 1229 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_363
	movq $1, %rax
	jmp .Lendcond_364
.Lelse_363:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_365
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_365
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_365
.Lendcond_364:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 1230 5
	# storeTransact: store32(storeRequest + XS_HEADER_REQ_ID, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_366
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_366
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_366
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1231 5
	# storeTransact: store32(storeRequest + XS_HEADER_TX_ID, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $8, %rdi	# XS_HEADER_TX_ID
	addq %rdi, %rax	# +
	jo .Ltrap_367
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_367
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_367
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1232 5
	# storeTransact: store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_368
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_368
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_368
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1233 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_369
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_369
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_369
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 1234 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_370
	.loc 1 1235 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_361
.Lelse_370:
	.loc 1 1237 5
	# storeTransact: while (true) {
.Lwhile_371:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_372
	.loc 1 1238 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 1239 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_373
	.loc 1 1240 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_361
.Lelse_373:
	.loc 1 1242 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_374
	.loc 1 1243 13
	# storeTransact: continue;
	jmp .Lwhile_371
.Lelse_374:
	.loc 1 1245 9
	# storeTransact: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_375
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_375
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_375
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 1246 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_REQ_ID) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_377
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_377
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_377
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# requestId
	cmpq %rdi, %rax
	je .Lelse_376
	.loc 1 1247 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring176(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 1248 13
	# storeTransact: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_378
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_378
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_378
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1249 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring177(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 1250 13
	# storeTransact: printDecimal(requestId);
	movq -8(%rbp), %rdi	# requestId
	call fn.printDecimal
	.loc 1 1251 13
	# storeTransact: endLine();
	call fn.endLine
	.loc 1 1252 13
	# storeTransact: continue;
	jmp .Lwhile_371
.Lelse_376:
	.loc 1 1254 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_380
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_380
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_380
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_379
	.loc 1 1255 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_381
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_381
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_381
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_361
.Lelse_379:
	.loc 1 1257 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_382
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_382
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_382
	movq %rax, %rsi
	popq %rdi
	movq -32(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1258 9
	# storeTransact: storeReplyLength = length;
	movq -32(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 1259 9
	# storeTransact: return length;
	movq -32(%rbp), %rax	# length
	jmp .Lreturn_361
	jmp .Lwhile_371
.Lendwhile_372:
.Lreturn_361:
	leave
	ret
.Ltrap_365:
	leaq .Lstring178(%rip), %rdi	# trap: kernel.ts:1229:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_366:
	leaq .Lstring179(%rip), %rdi	# trap: kernel.ts:1230:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_367:
	leaq .Lstring180(%rip), %rdi	# trap: kernel.ts:1231:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_368:
	leaq .Lstring181(%rip), %rdi	# trap: kernel.ts:1232:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_369:
	leaq .Lstring182(%rip), %rdi	# trap: kernel.ts:1233:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_375:
	leaq .Lstring183(%rip), %rdi	# trap: kernel.ts:1245:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_377:
	leaq .Lstring184(%rip), %rdi	# trap: kernel.ts:1246:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_378:
	leaq .Lstring185(%rip), %rdi	# trap: kernel.ts:1248:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_380:
	leaq .Lstring186(%rip), %rdi	# trap: kernel.ts:1254:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_381:
	leaq .Lstring187(%rip), %rdi	# trap: kernel.ts:1255:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_382:
	leaq .Lstring188(%rip), %rdi	# trap: kernel.ts:1257:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 1265 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1266 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_384:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_385
	.loc 1 1267 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 1268 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_386
	.loc 1 1269 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_383
.Lelse_386:
	.loc 1 1271 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1272 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_387
	.loc 1 1273 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_383
.Lelse_387:
	.loc 1 1275 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_388
	.loc 1 1276 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring189(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 1277 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_389
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_389
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_389
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1278 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_388:
	jmp .Lwhile_384
.Lendwhile_385:
.Lreturn_383:
	leave
	ret
.Ltrap_389:
	leaq .Lstring190(%rip), %rdi	# trap: kernel.ts:1277:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeTransactStatus()
	.type fn.storeTransactStatus,@function
fn.storeTransactStatus:
	.loc 1 1290 1
	# storeTransactStatus: function storeTransactStatus(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1291 5
	# storeTransactStatus: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -8(%rbp)	# result
	.loc 1 1292 5
	# storeTransactStatus: return result < 0 ? result : 0;
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_391
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_392
.Lelse_391:
	movq $0, %rax
.Lendcond_392:
.Lreturn_390:
	leave
	ret
	.size fn.storeTransactStatus, .-fn.storeTransactStatus

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 1295 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1296 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 1297 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1298 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_393:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 1302 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 1303 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1304 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1305 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 1306 5
	# storeWrite: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_394:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 1310 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 1311 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1312 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1313 5
	# storeWriteText: requestAppendText(value);
	movq -16(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1314 5
	# storeWriteText: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_395:
	leave
	ret
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 1317 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1318 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1319 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1320 5
	# storeRemove: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_396:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 1323 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1324 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1325 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1326 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1327 5
	# storeWatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_397:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function readDomainId()
	.type fn.readDomainId,@function
fn.readDomainId:
	.loc 1 1334 1
	# readDomainId: function readDomainId(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1335 5
	# readDomainId: const length = storeRead("domid");
	leaq .Lstring191(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 1336 5
	# readDomainId: return length >= 0 ? decimalFromBytes(storeReply, length) : -1;
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jl .Lelse_399
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# length
	call fn.decimalFromBytes
	jmp .Lendcond_400
.Lelse_399:
	movq $-1, %rax
.Lendcond_400:
.Lreturn_398:
	leave
	ret
	.size fn.readDomainId, .-fn.readDomainId

# function logPathError(what, path, error)
	.type fn.logPathError,@function
fn.logPathError:
	.loc 1 1340 1
	# logPathError: function logPathError(what: string, path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter path
	movq %rdx, -24(%rbp)	# parameter error
	.loc 1 1341 5
	# logPathError: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 1342 5
	# logPathError: print(path);
	movq -16(%rbp), %rdi	# path
	call fn.print
	.loc 1 1343 5
	# logPathError: print(": ");
	leaq .Lstring192(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1344 5
	# logPathError: log(storeErrorName(error));
	movq -24(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_401:
	leave
	ret
	.size fn.logPathError, .-fn.logPathError

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1459 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1460 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_404
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_405
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_406
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_407
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_408
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_409
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_410
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_411
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_412
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_413
	jmp .Lcase_414
.Lcase_404:
	.loc 1 1461 31
	# actionName: return "poweroff";
	leaq .Lstring193(%rip), %rax	# "poweroff"
	jmp .Lreturn_402
.Lcase_405:
	.loc 1 1462 29
	# actionName: return "reboot";
	leaq .Lstring194(%rip), %rax	# "reboot"
	jmp .Lreturn_402
.Lcase_406:
	.loc 1 1463 27
	# actionName: return "halt";
	leaq .Lstring195(%rip), %rax	# "halt"
	jmp .Lreturn_402
.Lcase_407:
	.loc 1 1464 28
	# actionName: return "crash";
	leaq .Lstring196(%rip), %rax	# "crash"
	jmp .Lreturn_402
.Lcase_408:
	.loc 1 1465 30
	# actionName: return "suspend";
	leaq .Lstring197(%rip), %rax	# "suspend"
	jmp .Lreturn_402
.Lcase_409:
	.loc 1 1466 29
	# actionName: return "ignore";
	leaq .Lstring198(%rip), %rax	# "ignore"
	jmp .Lreturn_402
.Lcase_410:
	.loc 1 1467 27
	# actionName: return "hang";
	leaq .Lstring199(%rip), %rax	# "hang"
	jmp .Lreturn_402
.Lcase_411:
	.loc 1 1468 27
	# actionName: return "spin";
	leaq .Lstring200(%rip), %rax	# "spin"
	jmp .Lreturn_402
.Lcase_412:
	.loc 1 1469 31
	# actionName: return "watchdog";
	leaq .Lstring201(%rip), %rax	# "watchdog"
	jmp .Lreturn_402
.Lcase_413:
	.loc 1 1470 33
	# actionName: return "soft-reset";
	leaq .Lstring202(%rip), %rax	# "soft-reset"
	jmp .Lreturn_402
.Lcase_414:
	.loc 1 1471 18
	# actionName: return "none";
	leaq .Lstring203(%rip), %rax	# "none"
	jmp .Lreturn_402
.Lendswitch_403:
.Lreturn_402:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1476 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1477 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_LAST; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_416:
	movq -24(%rbp), %rax	# action
	cmpq $10, %rax	# compare with ACTION_LAST
	jg .Lendfor_418
	.loc 1 1478 9
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
	je .Lelse_419
	.loc 1 1479 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_415
.Lelse_419:
.Lfornext_417:
	.loc 1 1477 63
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_420
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_420
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_416
.Lendfor_418:
	.loc 1 1482 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_415:
	leave
	ret
.Ltrap_420:
	leaq .Lstring204(%rip), %rdi	# trap: kernel.ts:1477:63: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function ticksFor(seconds)
	.type fn.ticksFor,@function
fn.ticksFor:
	.loc 1 1495 1
	# ticksFor: function ticksFor(seconds: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter seconds
	.loc 1 1496 5
	# ticksFor: return seconds === 0 ? 0 : seconds + 1;
	movq -8(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jne .Lelse_422
	movq $0, %rax
	jmp .Lendcond_423
.Lelse_422:
	movq -8(%rbp), %rax	# seconds
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_424
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_424
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_424
.Lendcond_423:
.Lreturn_421:
	leave
	ret
.Ltrap_424:
	leaq .Lstring205(%rip), %rdi	# trap: kernel.ts:1496:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.ticksFor, .-fn.ticksFor

# function setOverride(action, ackMode, ackText, ackLength, ackDelay, actDelay)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1507 1
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
	.loc 1 1509 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1510 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1511 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1512 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1513 5
	# setOverride: overrideAckDelay = ackDelay;
	movq -40(%rbp), %rax	# ackDelay
	movq %rax, var.overrideAckDelay(%rip)	# overrideAckDelay =
	.loc 1 1514 5
	# setOverride: overrideActDelay = actDelay;
	movq -48(%rbp), %rax	# actDelay
	movq %rax, var.overrideActDelay(%rip)	# overrideActDelay =
	.loc 1 1515 5
	# setOverride: print("override set: ");
	leaq .Lstring206(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1516 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lreturn_425:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function setTimer(action, seconds)
	.type fn.setTimer,@function
fn.setTimer:
	.loc 1 1523 1
	# setTimer: function setTimer(action: number, seconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter seconds
	.loc 1 1524 5
	# setTimer: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_427
	.loc 1 1525 9
	# setTimer: print("timer replaced: ");
	leaq .Lstring207(%rip), %rdi	# "timer replaced: "
	call fn.print
	.loc 1 1526 9
	# setTimer: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lelse_427:
	.loc 1 1528 5
	# setTimer: timerAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1529 5
	# setTimer: timerTicksLeft = ticksFor(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.ticksFor
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1530 5
	# setTimer: print("timer set: ");
	leaq .Lstring208(%rip), %rdi	# "timer set: "
	call fn.print
	.loc 1 1531 5
	# setTimer: print(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1532 5
	# setTimer: print(" in ");
	leaq .Lstring209(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1533 5
	# setTimer: printDecimal(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.printDecimal
	.loc 1 1534 5
	# setTimer: log(" s");
	leaq .Lstring210(%rip), %rdi	# " s"
	call fn.log
.Lreturn_426:
	leave
	ret
	.size fn.setTimer, .-fn.setTimer

# function remember(record, address, length)
	.type fn.remember,@function
fn.remember:
	.loc 1 1559 1
	# remember: function remember(record: number, address: number, length: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1560 5
	# remember: store64(record, length);
	movq -8(%rbp), %rdi	# record
	movq -24(%rbp), %rax	# length
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1561 5
	# remember: copyBytes(record + 8, address, length);
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_429
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_429
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_429
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
.Lreturn_428:
	leave
	ret
.Ltrap_429:
	leaq .Lstring211(%rip), %rdi	# trap: kernel.ts:1561:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remember, .-fn.remember

# function forget(record)
	.type fn.forget,@function
fn.forget:
	.loc 1 1564 1
	# forget: function forget(record: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	.loc 1 1565 5
	# forget: store64(record, 0);
	movq -8(%rbp), %rdi	# record
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lreturn_430:
	leave
	ret
	.size fn.forget, .-fn.forget

# function isRemembered(record, address, length)
	.type fn.isRemembered,@function
fn.isRemembered:
	.loc 1 1568 1
	# isRemembered: function isRemembered(record: number, address: number, length: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1569 5
	# isRemembered: return length > 0 && load64(record) === length && bytesMatch(record +...
	movq -24(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	setg %al	# >
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_433
	movq -8(%rbp), %rax	# record
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_434
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_434
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_433:
	testq %rax, %rax
	je .Lendlogic_432
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_435
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_435
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_435
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.bytesMatch
.Lendlogic_432:
.Lreturn_431:
	leave
	ret
.Ltrap_434:
	leaq .Lstring212(%rip), %rdi	# trap: kernel.ts:1569:26: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_435:
	leaq .Lstring213(%rip), %rdi	# trap: kernel.ts:1569:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.isRemembered, .-fn.isRemembered

# function alreadyHandled(guard, last)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1586 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	.loc 1 1587 5
	# alreadyHandled: if (guard && isRemembered(last, commandValue, commandLength)) {
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_437
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_437
	.loc 1 1588 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring214(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1589 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_436
.Lelse_437:
	.loc 1 1591 5
	# alreadyHandled: remember(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.remember
	.loc 1 1592 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_436:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1597 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1598 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1599 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_439
	.loc 1 1600 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_438
.Lelse_439:
	.loc 1 1602 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_440
	.loc 1 1603 9
	# readControlKey: logPathError("xenstore: cannot read ", path, length);
	leaq .Lstring215(%rip), %rdi	# "xenstore: cannot read "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# length
	call fn.logPathError
	.loc 1 1604 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_438
.Lelse_440:
	.loc 1 1606 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_441
	.loc 1 1607 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_438
.Lelse_441:
	.loc 1 1609 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1610 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1611 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1612 5
	# readControlKey: print(" = ");
	leaq .Lstring216(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1613 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1614 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1615 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_438:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1618 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1619 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1620 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_443
	.loc 1 1621 9
	# acknowledge: logPathError("ack failed: ", path, result);
	leaq .Lstring217(%rip), %rdi	# "ack failed: "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_443:
.Lreturn_442:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1627 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1628 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1629 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1630 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring218(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_445
	.loc 1 1631 9
	# handleShutdownRequest: return;
	jmp .Lreturn_444
.Lelse_445:
	.loc 1 1633 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_446
	.loc 1 1634 9
	# handleShutdownRequest: return;
	jmp .Lreturn_444
.Lelse_446:
	.loc 1 1636 5
	# handleShutdownRequest: if (isRemembered(ownShutdownAck, commandValue, commandLength)) {
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_447
	.loc 1 1637 9
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1638 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring219(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1639 9
	# handleShutdownRequest: return;
	jmp .Lreturn_444
.Lelse_447:
	.loc 1 1641 5
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1642 5
	# handleShutdownRequest: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_448
	.loc 1 1643 9
	# handleShutdownRequest: log("busy with a delayed response; request ignored");
	leaq .Lstring220(%rip), %rdi	# "busy with a delayed response; request i
	call fn.log
	.loc 1 1644 9
	# handleShutdownRequest: return;
	jmp .Lreturn_444
.Lelse_448:
	.loc 1 1646 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_449
	.loc 1 1647 9
	# handleShutdownRequest: startResponse();
	call fn.startResponse
	.loc 1 1648 9
	# handleShutdownRequest: return;
	jmp .Lreturn_444
.Lelse_449:
	.loc 1 1650 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring218(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1651 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1652 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_451
	movq -16(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_450
.Lskip_451:
	.loc 1 1653 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring221(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1654 9
	# handleShutdownRequest: return;
	jmp .Lreturn_444
.Lelse_450:
	.loc 1 1656 5
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_444:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function startResponse()
	.type fn.startResponse,@function
fn.startResponse:
	.loc 1 1660 1
	# startResponse: function startResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1661 5
	# startResponse: responseAction = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, var.responseAction(%rip)	# responseAction =
	.loc 1 1662 5
	# startResponse: responseAckMode = overrideAckMode;
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	movq %rax, var.responseAckMode(%rip)	# responseAckMode =
	.loc 1 1663 5
	# startResponse: copyBytes(responseAckText, overrideAckText, overrideAckLength);
	leaq buf.responseAckText(%rip), %rdi	# responseAckText
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.copyBytes
	.loc 1 1664 5
	# startResponse: responseAckLength = overrideAckLength;
	movq var.overrideAckLength(%rip), %rax	# overrideAckLength
	movq %rax, var.responseAckLength(%rip)	# responseAckLength =
	.loc 1 1665 5
	# startResponse: responseActDelay = overrideActDelay;
	movq var.overrideActDelay(%rip), %rax	# overrideActDelay
	movq %rax, var.responseActDelay(%rip)	# responseActDelay =
	.loc 1 1666 5
	# startResponse: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1667 5
	# startResponse: print("override ");
	leaq .Lstring222(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1668 5
	# startResponse: print(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1669 5
	# startResponse: log(" replaces the request");
	leaq .Lstring223(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1670 5
	# startResponse: if (overrideAckDelay > 0) {
	movq var.overrideAckDelay(%rip), %rax	# overrideAckDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_453
	.loc 1 1671 9
	# startResponse: responsePhase = RESPONSE_ACKING;
	movq $1, %rax	# RESPONSE_ACKING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1672 9
	# startResponse: responseTicksLeft = ticksFor(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1673 9
	# startResponse: print("acknowledging in ");
	leaq .Lstring224(%rip), %rdi	# "acknowledging in "
	call fn.print
	.loc 1 1674 9
	# startResponse: printDecimal(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.printDecimal
	.loc 1 1675 9
	# startResponse: log(" s");
	leaq .Lstring210(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1676 9
	# startResponse: return;
	jmp .Lreturn_452
.Lelse_453:
	.loc 1 1678 5
	# startResponse: acknowledgeThenAct();
	call fn.acknowledgeThenAct
.Lreturn_452:
	leave
	ret
	.size fn.startResponse, .-fn.startResponse

# function acknowledgeThenAct()
	.type fn.acknowledgeThenAct,@function
fn.acknowledgeThenAct:
	.loc 1 1681 1
	# acknowledgeThenAct: function acknowledgeThenAct(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1682 5
	# acknowledgeThenAct: acknowledgeShutdownPerResponse();
	call fn.acknowledgeShutdownPerResponse
	.loc 1 1683 5
	# acknowledgeThenAct: if (responseActDelay > 0) {
	movq var.responseActDelay(%rip), %rax	# responseActDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_455
	.loc 1 1684 9
	# acknowledgeThenAct: responsePhase = RESPONSE_ACTING;
	movq $2, %rax	# RESPONSE_ACTING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1685 9
	# acknowledgeThenAct: responseTicksLeft = ticksFor(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1686 9
	# acknowledgeThenAct: print("acting in ");
	leaq .Lstring225(%rip), %rdi	# "acting in "
	call fn.print
	.loc 1 1687 9
	# acknowledgeThenAct: printDecimal(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.printDecimal
	.loc 1 1688 9
	# acknowledgeThenAct: log(" s");
	leaq .Lstring210(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1689 9
	# acknowledgeThenAct: return;
	jmp .Lreturn_454
.Lelse_455:
	.loc 1 1691 5
	# acknowledgeThenAct: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1692 5
	# acknowledgeThenAct: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
.Lreturn_454:
	leave
	ret
	.size fn.acknowledgeThenAct, .-fn.acknowledgeThenAct

# function acknowledgeShutdownPerResponse()
	.type fn.acknowledgeShutdownPerResponse,@function
fn.acknowledgeShutdownPerResponse:
	.loc 1 1695 1
	# acknowledgeShutdownPerResponse: function acknowledgeShutdownPerResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1696 5
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_OK) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_457
	.loc 1 1697 9
	# acknowledgeShutdownPerResponse: acknowledge("control/shutdown");
	leaq .Lstring218(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_458
.Lelse_457:
	.loc 1 1698 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_NONE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_459
	.loc 1 1699 9
	# acknowledgeShutdownPerResponse: log("request left in place, as the override asked");
	leaq .Lstring226(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_460
.Lelse_459:
	.loc 1 1700 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_DELETE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_461
	.loc 1 1701 9
	# acknowledgeShutdownPerResponse: const result = storeRemove("control/shutdown");
	leaq .Lstring218(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1702 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_462
	.loc 1 1703 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring217(%rip), %rdi	# "ack failed: "
	leaq .Lstring218(%rip), %rsi	# "control/shutdown"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_462:
	jmp .Lendif_463
.Lelse_461:
	.loc 1 1706 9
	# acknowledgeShutdownPerResponse: const result = storeWrite("control/shutdown", responseAckText, respon...
	leaq .Lstring218(%rip), %rdi	# "control/shutdown"
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1707 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_464
	.loc 1 1708 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring217(%rip), %rdi	# "ack failed: "
	leaq .Lstring218(%rip), %rsi	# "control/shutdown"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
	jmp .Lendif_465
.Lelse_464:
	.loc 1 1710 13
	# acknowledgeShutdownPerResponse: remember(ownShutdownAck, responseAckText, responseAckLength);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.remember
.Lendif_465:
.Lendif_463:
.Lendif_460:
.Lendif_458:
.Lreturn_456:
	leave
	ret
	.size fn.acknowledgeShutdownPerResponse, .-fn.acknowledgeShutdownPerResponse

# function countDownOneSecond()
	.type fn.countDownOneSecond,@function
fn.countDownOneSecond:
	.loc 1 1719 1
	# countDownOneSecond: function countDownOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1720 5
	# countDownOneSecond: if (timerAction !== ACTION_NONE && timerTicksLeft > 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_467
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_467
	.loc 1 1721 9
	# countDownOneSecond: timerTicksLeft = timerTicksLeft - 1;
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_468
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_468
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_468
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1722 9
	# countDownOneSecond: if (timerTicksLeft > 0) {
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_469
	.loc 1 1723 13
	# countDownOneSecond: print("timer: ");
	leaq .Lstring227(%rip), %rdi	# "timer: "
	call fn.print
	.loc 1 1724 13
	# countDownOneSecond: print(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1725 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring209(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1726 13
	# countDownOneSecond: printDecimal(timerTicksLeft);
	movq var.timerTicksLeft(%rip), %rdi	# timerTicksLeft
	call fn.printDecimal
	.loc 1 1727 13
	# countDownOneSecond: log(" s");
	leaq .Lstring210(%rip), %rdi	# " s"
	call fn.log
.Lelse_469:
.Lelse_467:
	.loc 1 1730 5
	# countDownOneSecond: if (responsePhase !== RESPONSE_NONE && responseTicksLeft > 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_470
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_470
	.loc 1 1731 9
	# countDownOneSecond: responseTicksLeft = responseTicksLeft - 1;
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_471
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_471
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_471
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1732 9
	# countDownOneSecond: if (responseTicksLeft > 0) {
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_472
	.loc 1 1733 13
	# countDownOneSecond: print("response: ");
	leaq .Lstring228(%rip), %rdi	# "response: "
	call fn.print
	.loc 1 1734 13
	# countDownOneSecond: print(responsePhase === RESPONSE_ACKING ? "acknowledging" : actionNam...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_473
	leaq .Lstring229(%rip), %rax	# "acknowledging"
	jmp .Lendcond_474
.Lelse_473:
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
.Lendcond_474:
	movq %rax, %rdi
	call fn.print
	.loc 1 1735 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring209(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1736 13
	# countDownOneSecond: printDecimal(responseTicksLeft);
	movq var.responseTicksLeft(%rip), %rdi	# responseTicksLeft
	call fn.printDecimal
	.loc 1 1737 13
	# countDownOneSecond: log(" s");
	leaq .Lstring210(%rip), %rdi	# " s"
	call fn.log
.Lelse_472:
.Lelse_470:
.Lreturn_466:
	leave
	ret
.Ltrap_468:
	leaq .Lstring230(%rip), %rdi	# trap: kernel.ts:1721:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_471:
	leaq .Lstring231(%rip), %rdi	# trap: kernel.ts:1731:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.countDownOneSecond, .-fn.countDownOneSecond

# function runDueCounts()
	.type fn.runDueCounts,@function
fn.runDueCounts:
	.loc 1 1743 1
	# runDueCounts: function runDueCounts(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1744 5
	# runDueCounts: if (responsePhase === RESPONSE_ACKING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_476
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_476
	.loc 1 1745 9
	# runDueCounts: acknowledgeThenAct();
	call fn.acknowledgeThenAct
	.loc 1 1746 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_475
.Lelse_476:
	.loc 1 1748 5
	# runDueCounts: if (responsePhase === RESPONSE_ACTING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $2, %rax	# compare with RESPONSE_ACTING
	jne .Lelse_477
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_477
	.loc 1 1749 9
	# runDueCounts: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1750 9
	# runDueCounts: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
	.loc 1 1751 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_475
.Lelse_477:
	.loc 1 1753 5
	# runDueCounts: if (timerAction !== ACTION_NONE && timerTicksLeft === 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_478
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_478
	.loc 1 1754 9
	# runDueCounts: const action = timerAction;
	movq var.timerAction(%rip), %rax	# timerAction
	movq %rax, -8(%rbp)	# action
	.loc 1 1755 9
	# runDueCounts: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1756 9
	# runDueCounts: print("timer fired: ");
	leaq .Lstring232(%rip), %rdi	# "timer fired: "
	call fn.print
	.loc 1 1757 9
	# runDueCounts: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1758 9
	# runDueCounts: performAction(action);
	movq -8(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1759 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_475
.Lelse_478:
	.loc 1 1761 5
	# runDueCounts: return false;
	movq $0, %rax	# false
.Lreturn_475:
	leave
	ret
	.size fn.runDueCounts, .-fn.runDueCounts

# function handleSysrq()
	.type fn.handleSysrq,@function
fn.handleSysrq:
	.loc 1 1766 1
	# handleSysrq: function handleSysrq(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1767 5
	# handleSysrq: const guard = sysrqRepeatGuard;
	movq var.sysrqRepeatGuard(%rip), %rax	# sysrqRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1768 5
	# handleSysrq: sysrqRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 1769 5
	# handleSysrq: if (!readControlKey("control/sysrq")) {
	leaq .Lstring233(%rip), %rdi	# "control/sysrq"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_480
	.loc 1 1770 9
	# handleSysrq: return;
	jmp .Lreturn_479
.Lelse_480:
	.loc 1 1772 5
	# handleSysrq: if (alreadyHandled(guard, lastSysrqValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastSysrqValue(%rip), %rsi	# lastSysrqValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_481
	.loc 1 1773 9
	# handleSysrq: return;
	jmp .Lreturn_479
.Lelse_481:
	.loc 1 1775 5
	# handleSysrq: acknowledge("control/sysrq");
	leaq .Lstring233(%rip), %rdi	# "control/sysrq"
	call fn.acknowledge
	.loc 1 1776 5
	# handleSysrq: if (commandLength !== 1) {
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $1, %rax	# compare with 1
	je .Lelse_482
	.loc 1 1777 9
	# handleSysrq: reportBogus(BOGUS_SYSRQ_NOT_ONE_KEY);
	movq $19, %rdi	# BOGUS_SYSRQ_NOT_ONE_KEY
	call fn.reportBogus
	.loc 1 1778 9
	# handleSysrq: return;
	jmp .Lreturn_479
.Lelse_482:
	.loc 1 1780 5
	# handleSysrq: const key = load8(commandValue);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# key
	.loc 1 1781 5
	# handleSysrq: print("sysrq: ");
	leaq .Lstring234(%rip), %rdi	# "sysrq: "
	call fn.print
	.loc 1 1782 5
	# handleSysrq: printEscapedByte(key);
	movq -16(%rbp), %rdi	# key
	call fn.printEscapedByte
	.loc 1 1783 5
	# handleSysrq: let action = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, -24(%rbp)	# action
	.loc 1 1784 5
	# handleSysrq: if (key === 99) {                    // 'c'
	movq -16(%rbp), %rax	# key
	cmpq $99, %rax	# compare with 99
	jne .Lelse_483
	.loc 1 1785 9
	# handleSysrq: action = ACTION_CRASH;
	movq $4, %rax	# ACTION_CRASH
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_484
.Lelse_483:
	.loc 1 1786 12
	# handleSysrq: if (key === 98) {             // 'b'
	movq -16(%rbp), %rax	# key
	cmpq $98, %rax	# compare with 98
	jne .Lelse_485
	.loc 1 1787 9
	# handleSysrq: action = ACTION_REBOOT;
	movq $2, %rax	# ACTION_REBOOT
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_486
.Lelse_485:
	.loc 1 1788 12
	# handleSysrq: if (key === 111) {            // 'o'
	movq -16(%rbp), %rax	# key
	cmpq $111, %rax	# compare with 111
	jne .Lelse_487
	.loc 1 1789 9
	# handleSysrq: action = ACTION_POWEROFF;
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action =
.Lelse_487:
.Lendif_486:
.Lendif_484:
	.loc 1 1791 5
	# handleSysrq: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_488
	.loc 1 1792 9
	# handleSysrq: log(" (no action)");
	leaq .Lstring235(%rip), %rdi	# " (no action)"
	call fn.log
	.loc 1 1793 9
	# handleSysrq: return;
	jmp .Lreturn_479
.Lelse_488:
	.loc 1 1795 5
	# handleSysrq: endLine();
	call fn.endLine
	.loc 1 1796 5
	# handleSysrq: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_479:
	leave
	ret
	.size fn.handleSysrq, .-fn.handleSysrq

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 1821 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1822 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_491
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_492
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_493
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_494
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_495
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_496
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_497
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_498
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_499
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_500
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_501
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_502
	cmpq $13, %rax	# case BOGUS_AFTER_FORM
	je .Lcase_503
	cmpq $14, %rax	# case BOGUS_SECONDS
	je .Lcase_504
	cmpq $15, %rax	# case BOGUS_DELAY_NOT_SECONDS
	je .Lcase_505
	cmpq $16, %rax	# case BOGUS_ACK_DELAY_NOT_SECONDS
	je .Lcase_506
	cmpq $17, %rax	# case BOGUS_ACK_DELAY_NOW
	je .Lcase_507
	cmpq $18, %rax	# case BOGUS_SUSPEND_CHANNEL_MODE
	je .Lcase_508
	cmpq $19, %rax	# case BOGUS_SYSRQ_NOT_ONE_KEY
	je .Lcase_509
	jmp .Lcase_510
.Lcase_491:
	.loc 1 1823 29
	# bogusReason: return "expected now:, next:, after:, cancel, suspend-channel: or a J...
	leaq .Lstring236(%rip), %rax	# "expected now:, next:, after:, cancel, s
	jmp .Lreturn_489
.Lcase_492:
	.loc 1 1824 36
	# bogusReason: return "unknown action";
	leaq .Lstring237(%rip), %rax	# "unknown action"
	jmp .Lreturn_489
.Lcase_493:
	.loc 1 1825 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring238(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_489
.Lcase_494:
	.loc 1 1826 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring239(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_489
.Lcase_495:
	.loc 1 1827 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring240(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_489
.Lcase_496:
	.loc 1 1828 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring241(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_489
.Lcase_497:
	.loc 1 1829 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring242(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_489
.Lcase_498:
	.loc 1 1830 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring243(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_489
.Lcase_499:
	.loc 1 1831 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring244(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_489
.Lcase_500:
	.loc 1 1832 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring245(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_489
.Lcase_501:
	.loc 1 1833 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring246(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_489
.Lcase_502:
	.loc 1 1834 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring247(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_489
.Lcase_503:
	.loc 1 1835 32
	# bogusReason: return "after: expects after:<seconds>:<action>";
	leaq .Lstring248(%rip), %rax	# "after: expects after:<seconds>:<action>
	jmp .Lreturn_489
.Lcase_504:
	.loc 1 1836 29
	# bogusReason: return "seconds must be a whole number from 0 to 86400";
	leaq .Lstring249(%rip), %rax	# "seconds must be a whole number from 0 t
	jmp .Lreturn_489
.Lcase_505:
	.loc 1 1837 39
	# bogusReason: return "member \"delay\" is not a whole number of seconds from 0 to 8...
	leaq .Lstring250(%rip), %rax	# "member \"delay\" is not a whole number 
	jmp .Lreturn_489
.Lcase_506:
	.loc 1 1838 43
	# bogusReason: return "member \"ackDelay\" is not a whole number of seconds from 0 t...
	leaq .Lstring251(%rip), %rax	# "member \"ackDelay\" is not a whole numb
	jmp .Lreturn_489
.Lcase_507:
	.loc 1 1839 35
	# bogusReason: return "\"ackDelay\" needs \"when\":\"onshutdown\"";
	leaq .Lstring252(%rip), %rax	# "\"ackDelay\" needs \"when\":\"onshutdow
	jmp .Lreturn_489
.Lcase_508:
	.loc 1 1840 42
	# bogusReason: return "unknown suspend-channel mode";
	leaq .Lstring253(%rip), %rax	# "unknown suspend-channel mode"
	jmp .Lreturn_489
.Lcase_509:
	.loc 1 1841 39
	# bogusReason: return "control/sysrq must be one key";
	leaq .Lstring254(%rip), %rax	# "control/sysrq must be one key"
	jmp .Lreturn_489
.Lcase_510:
	.loc 1 1842 18
	# bogusReason: return "unreadable command";
	leaq .Lstring255(%rip), %rax	# "unreadable command"
	jmp .Lreturn_489
.Lendswitch_490:
.Lreturn_489:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 1846 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1847 5
	# reportBogus: print("bogus command: ");
	leaq .Lstring256(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1848 5
	# reportBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_511:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function secondsFromBytes(address, length)
	.type fn.secondsFromBytes,@function
fn.secondsFromBytes:
	.loc 1 1853 1
	# secondsFromBytes: function secondsFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1854 5
	# secondsFromBytes: if (length > 6) {
	movq -16(%rbp), %rax	# length
	cmpq $6, %rax	# compare with 6
	jle .Lelse_513
	.loc 1 1855 9
	# secondsFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_512
.Lelse_513:
	.loc 1 1857 5
	# secondsFromBytes: const value = decimalFromBytes(address, length);
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	call fn.decimalFromBytes
	movq %rax, -24(%rbp)	# value
	.loc 1 1858 5
	# secondsFromBytes: return value > SECONDS_MAX ? -1 : value;
	movq -24(%rbp), %rax	# value
	cmpq $86400, %rax	# compare with SECONDS_MAX
	jle .Lelse_514
	movq $-1, %rax
	jmp .Lendcond_515
.Lelse_514:
	movq -24(%rbp), %rax	# value
.Lendcond_515:
.Lreturn_512:
	leave
	ret
	.size fn.secondsFromBytes, .-fn.secondsFromBytes

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 1861 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1862 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1863 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1864 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring257(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_517
	.loc 1 1865 9
	# handleTestingCommand: return;
	jmp .Lreturn_516
.Lelse_517:
	.loc 1 1867 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_518
	.loc 1 1868 9
	# handleTestingCommand: return;
	jmp .Lreturn_516
.Lelse_518:
	.loc 1 1870 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring257(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1871 5
	# handleTestingCommand: obeyCommand();
	call fn.obeyCommand
.Lreturn_516:
	leave
	ret
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function obeyCommand()
	.type fn.obeyCommand,@function
fn.obeyCommand:
	.loc 1 1875 1
	# obeyCommand: function obeyCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1877 5
	# obeyCommand: let start = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# start
	.loc 1 1878 5
	# obeyCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_520:
	movq -8(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_521
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -8(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_522
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_522
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_522
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_521
	.loc 1 1879 9
	# obeyCommand: start = start + 1;
	movq -8(%rbp), %rax	# start
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_523
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_523
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_523
	movq %rax, -8(%rbp)	# start =
	jmp .Lwhile_520
.Lendwhile_521:
	.loc 1 1881 5
	# obeyCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -8(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lelse_524
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -8(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_525
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_525
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_525
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_524
	.loc 1 1882 9
	# obeyCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1883 9
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_524:
	.loc 1 1885 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring258(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_526
	.loc 1 1886 9
	# obeyCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_527
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_527
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_527
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $4, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_528
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_528
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_528
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1887 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_529
	.loc 1 1888 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1889 13
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_529:
	.loc 1 1891 9
	# obeyCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1892 9
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_526:
	.loc 1 1894 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring259(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_530
	.loc 1 1895 9
	# obeyCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $5, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_531
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_531
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_531
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_532
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_532
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_532
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1896 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_533
	.loc 1 1897 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1898 13
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_533:
	.loc 1 1900 9
	# obeyCommand: setOverride(action, ACK_OK, 0, 0, 0, 0);
	movq -24(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	movq $0, %r8
	movq $0, %r9
	call fn.setOverride
	.loc 1 1901 9
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_530:
	.loc 1 1903 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "after:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring260(%rip), %rdx	# "after:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_534
	.loc 1 1904 9
	# obeyCommand: handleAfter();
	call fn.handleAfter
	.loc 1 1905 9
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_534:
	.loc 1 1907 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "cancel")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring261(%rip), %rdx	# "cancel"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_535
	.loc 1 1908 9
	# obeyCommand: cancelEverything();
	call fn.cancelEverything
	.loc 1 1909 9
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_535:
	.loc 1 1911 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "suspend-channel:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring262(%rip), %rdx	# "suspend-channel:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_536
	.loc 1 1912 9
	# obeyCommand: const mode = suspendChannelModeFromBytes(commandValue + 16, commandLe...
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_537
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_537
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_537
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $16, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_538
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_538
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_538
	movq %rax, %rsi
	popq %rdi
	call fn.suspendChannelModeFromBytes
	movq %rax, -32(%rbp)	# mode
	.loc 1 1913 9
	# obeyCommand: if (mode < 0) {
	movq -32(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with 0
	jge .Lelse_539
	.loc 1 1914 13
	# obeyCommand: reportBogus(BOGUS_SUSPEND_CHANNEL_MODE);
	movq $18, %rdi	# BOGUS_SUSPEND_CHANNEL_MODE
	call fn.reportBogus
	.loc 1 1915 13
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_539:
	.loc 1 1917 9
	# obeyCommand: setSuspendChannel(mode);
	movq -32(%rbp), %rdi	# mode
	call fn.setSuspendChannel
	.loc 1 1918 9
	# obeyCommand: return;
	jmp .Lreturn_519
.Lelse_536:
	.loc 1 1920 5
	# obeyCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_519:
	leave
	ret
.Ltrap_522:
	leaq .Lstring263(%rip), %rdi	# trap: kernel.ts:1878:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_523:
	leaq .Lstring264(%rip), %rdi	# trap: kernel.ts:1879:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_525:
	leaq .Lstring265(%rip), %rdi	# trap: kernel.ts:1881:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_527:
	leaq .Lstring266(%rip), %rdi	# trap: kernel.ts:1886:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_528:
	leaq .Lstring267(%rip), %rdi	# trap: kernel.ts:1886:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_531:
	leaq .Lstring268(%rip), %rdi	# trap: kernel.ts:1895:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_532:
	leaq .Lstring269(%rip), %rdi	# trap: kernel.ts:1895:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_537:
	leaq .Lstring270(%rip), %rdi	# trap: kernel.ts:1912:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_538:
	leaq .Lstring271(%rip), %rdi	# trap: kernel.ts:1912:69: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommand, .-fn.obeyCommand

# function handleAfter()
	.type fn.handleAfter,@function
fn.handleAfter:
	.loc 1 1924 1
	# handleAfter: function handleAfter(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	.loc 1 1925 5
	# handleAfter: const seconds = commandValue + 6;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $6, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_541
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_541
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_541
	movq %rax, -8(%rbp)	# seconds
	.loc 1 1926 5
	# handleAfter: let secondsLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# secondsLength
	.loc 1 1927 5
	# handleAfter: while (6 + secondsLength < commandLength && load8(seconds + secondsLe...
.Lwhile_542:
	movq $6, %rax
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_544
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_544
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_544
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_543
	movq -8(%rbp), %rax	# seconds
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_545
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_545
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_545
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lendwhile_543
	.loc 1 1928 9
	# handleAfter: secondsLength = secondsLength + 1;
	movq -16(%rbp), %rax	# secondsLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_546
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_546
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_546
	movq %rax, -16(%rbp)	# secondsLength =
	jmp .Lwhile_542
.Lendwhile_543:
	.loc 1 1930 5
	# handleAfter: const actionLength = commandLength - 6 - secondsLength - 1;
	movq var.commandLength(%rip), %rax	# commandLength
	movq $6, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_547
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_547
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_547
	movq -16(%rbp), %rdi	# secondsLength
	subq %rdi, %rax	# -
	jo .Ltrap_547
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_547
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_547
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_547
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_547
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_547
	movq %rax, -24(%rbp)	# actionLength
	.loc 1 1931 5
	# handleAfter: if (secondsLength === 0 || actionLength <= 0) {
	movq -16(%rbp), %rax	# secondsLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_549
	movq -24(%rbp), %rax	# actionLength
	cmpq $0, %rax	# compare with 0
	jg .Lelse_548
.Lskip_549:
	.loc 1 1932 9
	# handleAfter: reportBogus(BOGUS_AFTER_FORM);
	movq $13, %rdi	# BOGUS_AFTER_FORM
	call fn.reportBogus
	.loc 1 1933 9
	# handleAfter: return;
	jmp .Lreturn_540
.Lelse_548:
	.loc 1 1935 5
	# handleAfter: const count = secondsFromBytes(seconds, secondsLength);
	movq -8(%rbp), %rdi	# seconds
	movq -16(%rbp), %rsi	# secondsLength
	call fn.secondsFromBytes
	movq %rax, -32(%rbp)	# count
	.loc 1 1936 5
	# handleAfter: if (count < 0) {
	movq -32(%rbp), %rax	# count
	cmpq $0, %rax	# compare with 0
	jge .Lelse_550
	.loc 1 1937 9
	# handleAfter: reportBogus(BOGUS_SECONDS);
	movq $14, %rdi	# BOGUS_SECONDS
	call fn.reportBogus
	.loc 1 1938 9
	# handleAfter: return;
	jmp .Lreturn_540
.Lelse_550:
	.loc 1 1940 5
	# handleAfter: const action = actionFromBytes(seconds + secondsLength + 1, actionLen...
	movq -8(%rbp), %rax	# seconds
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_551
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_551
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_551
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_551
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_551
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_551
	movq %rax, %rdi
	movq -24(%rbp), %rsi	# actionLength
	call fn.actionFromBytes
	movq %rax, -40(%rbp)	# action
	.loc 1 1941 5
	# handleAfter: if (action === ACTION_NONE) {
	movq -40(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_552
	.loc 1 1942 9
	# handleAfter: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1943 9
	# handleAfter: return;
	jmp .Lreturn_540
.Lelse_552:
	.loc 1 1945 5
	# handleAfter: setTimer(action, count);
	movq -40(%rbp), %rdi	# action
	movq -32(%rbp), %rsi	# count
	call fn.setTimer
.Lreturn_540:
	leave
	ret
.Ltrap_541:
	leaq .Lstring272(%rip), %rdi	# trap: kernel.ts:1925:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_544:
	leaq .Lstring273(%rip), %rdi	# trap: kernel.ts:1927:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_545:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:1927:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_546:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:1928:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_547:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:1930:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_551:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:1940:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleAfter, .-fn.handleAfter

# function cancelEverything()
	.type fn.cancelEverything,@function
fn.cancelEverything:
	.loc 1 1948 1
	# cancelEverything: function cancelEverything(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1949 5
	# cancelEverything: let dropped = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# dropped
	.loc 1 1950 5
	# cancelEverything: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_554
	.loc 1 1951 9
	# cancelEverything: print("override cancelled: ");
	leaq .Lstring278(%rip), %rdi	# "override cancelled: "
	call fn.print
	.loc 1 1952 9
	# cancelEverything: log(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1953 9
	# cancelEverything: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1954 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_554:
	.loc 1 1956 5
	# cancelEverything: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_555
	.loc 1 1957 9
	# cancelEverything: print("timer cancelled: ");
	leaq .Lstring279(%rip), %rdi	# "timer cancelled: "
	call fn.print
	.loc 1 1958 9
	# cancelEverything: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1959 9
	# cancelEverything: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1960 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_555:
	.loc 1 1962 5
	# cancelEverything: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_556
	.loc 1 1963 9
	# cancelEverything: print("delayed response cancelled: ");
	leaq .Lstring280(%rip), %rdi	# "delayed response cancelled: "
	call fn.print
	.loc 1 1964 9
	# cancelEverything: log(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1965 9
	# cancelEverything: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1966 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_556:
	.loc 1 1968 5
	# cancelEverything: if (!dropped) {
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	jne .Lelse_557
	.loc 1 1969 9
	# cancelEverything: log("cancel: nothing was pending");
	leaq .Lstring281(%rip), %rdi	# "cancel: nothing was pending"
	call fn.log
.Lelse_557:
.Lreturn_553:
	leave
	ret
	.size fn.cancelEverything, .-fn.cancelEverything

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 1976 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1977 5
	# handleJsonCommand: const refusal = readJsonCommand();
	call fn.readJsonCommand
	movq %rax, -8(%rbp)	# refusal
	.loc 1 1978 5
	# handleJsonCommand: if (refusal !== 0) {
	movq -8(%rbp), %rax	# refusal
	cmpq $0, %rax	# compare with 0
	je .Lelse_559
	.loc 1 1979 9
	# handleJsonCommand: reportBogus(refusal);
	movq -8(%rbp), %rdi	# refusal
	call fn.reportBogus
	.loc 1 1980 9
	# handleJsonCommand: return;
	jmp .Lreturn_558
.Lelse_559:
	.loc 1 1982 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, jsonActionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq var.jsonActionLength(%rip), %rsi	# jsonActionLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1983 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_560
	.loc 1 1984 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1985 9
	# handleJsonCommand: return;
	jmp .Lreturn_558
.Lelse_560:
	.loc 1 1987 5
	# handleJsonCommand: const delay = jsonDelay < 0 ? 0 : jsonDelay;
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jge .Lelse_561
	movq $0, %rax
	jmp .Lendcond_562
.Lelse_561:
	movq var.jsonDelay(%rip), %rax	# jsonDelay
.Lendcond_562:
	movq %rax, -24(%rbp)	# delay
	.loc 1 1988 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring282(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_563
	.loc 1 1989 9
	# handleJsonCommand: if (jsonAckDelay >= 0) {
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_564
	.loc 1 1990 13
	# handleJsonCommand: reportBogus(BOGUS_ACK_DELAY_NOW);
	movq $17, %rdi	# BOGUS_ACK_DELAY_NOW
	call fn.reportBogus
	jmp .Lendif_565
.Lelse_564:
	.loc 1 1991 16
	# handleJsonCommand: if (jsonDelay >= 0) {
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_566
	.loc 1 1992 13
	# handleJsonCommand: setTimer(action, delay);
	movq -16(%rbp), %rdi	# action
	movq -24(%rbp), %rsi	# delay
	call fn.setTimer
	jmp .Lendif_567
.Lelse_566:
	.loc 1 1994 13
	# handleJsonCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lendif_567:
.Lendif_565:
	.loc 1 1996 9
	# handleJsonCommand: return;
	jmp .Lreturn_558
.Lelse_563:
	.loc 1 1998 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring283(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_568
	.loc 1 1999 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 2000 9
	# handleJsonCommand: return;
	jmp .Lreturn_558
.Lelse_568:
	.loc 1 2002 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -32(%rbp)	# ackMode
	.loc 1 2003 5
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring284(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_569
	.loc 1 2004 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_570
.Lelse_569:
	.loc 1 2005 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring203(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_571
	.loc 1 2006 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_572
.Lelse_571:
	.loc 1 2007 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring285(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_573
	.loc 1 2008 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -32(%rbp)	# ackMode =
.Lelse_573:
.Lendif_572:
.Lendif_570:
	.loc 1 2010 5
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
	jge .Lelse_574
	movq $0, %rax
	jmp .Lendcond_575
.Lelse_574:
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
.Lendcond_575:
	movq %rax, %r8
	popq %rcx
	popq %rdx
	popq %rsi
	popq %rdi
	movq -24(%rbp), %r9	# delay
	call fn.setOverride
.Lreturn_558:
	leave
	ret
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function commandLineAddress()
	.type fn.commandLineAddress,@function
fn.commandLineAddress:
	.loc 1 2022 1
	# commandLineAddress: function commandLineAddress(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2023 5
	# commandLineAddress: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_577
	.loc 1 2024 9
	# commandLineAddress: return startInfo + START_INFO_CMD_LINE;
	movq var.startInfo(%rip), %rax	# startInfo
	movq $128, %rdi	# START_INFO_CMD_LINE
	addq %rdi, %rax	# +
	jo .Ltrap_578
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_578
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_578
	jmp .Lreturn_576
.Lelse_577:
	.loc 1 2026 5
	# commandLineAddress: const address = load64(hvmStartInfo + HVM_START_INFO_CMDLINE_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $24, %rdi	# HVM_START_INFO_CMDLINE_PADDR
	addq %rdi, %rax	# +
	jo .Ltrap_579
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_579
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_579
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_580
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_580
	movq %rax, -8(%rbp)	# address
	.loc 1 2027 5
	# commandLineAddress: if (address !== 0 && address + COMMAND_LINE_BYTES > IDENTITY_MAP_END) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	je .Lelse_581
	movq -8(%rbp), %rax	# address
	movq $1024, %rdi	# COMMAND_LINE_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_582
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_582
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_582
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jle .Lelse_581
	.loc 1 2028 9
	# commandLineAddress: log("command line: above the first 4 GiB, which boot.S does not map; ...
	leaq .Lstring286(%rip), %rdi	# "command line: above the first 4 GiB, wh
	call fn.log
	.loc 1 2029 9
	# commandLineAddress: return 0;
	movq $0, %rax
	jmp .Lreturn_576
.Lelse_581:
	.loc 1 2031 5
	# commandLineAddress: return address;
	movq -8(%rbp), %rax	# address
.Lreturn_576:
	leave
	ret
.Ltrap_578:
	leaq .Lstring287(%rip), %rdi	# trap: kernel.ts:2024:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_579:
	leaq .Lstring288(%rip), %rdi	# trap: kernel.ts:2026:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_580:
	leaq .Lstring289(%rip), %rdi	# trap: kernel.ts:2026:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_582:
	leaq .Lstring290(%rip), %rdi	# trap: kernel.ts:2027:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.commandLineAddress, .-fn.commandLineAddress

# function obeyCommandLine()
	.type fn.obeyCommandLine,@function
fn.obeyCommandLine:
	.loc 1 2034 1
	# obeyCommandLine: function obeyCommandLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2035 5
	# obeyCommandLine: const address = commandLineAddress();
	call fn.commandLineAddress
	movq %rax, -8(%rbp)	# address
	.loc 1 2036 5
	# obeyCommandLine: if (address === 0) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	jne .Lelse_584
	.loc 1 2037 9
	# obeyCommandLine: return;
	jmp .Lreturn_583
.Lelse_584:
	.loc 1 2041 5
	# obeyCommandLine: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 2042 5
	# obeyCommandLine: while (length < COMMAND_LINE_BYTES && load8(address + length) !== 0) {
.Lwhile_585:
	movq -16(%rbp), %rax	# length
	cmpq $1024, %rax	# compare with COMMAND_LINE_BYTES
	jge .Lendwhile_586
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_587
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_587
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_587
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_586
	.loc 1 2043 9
	# obeyCommandLine: store8(commandLine + length, load8(address + length));
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_588
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_588
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_588
	pushq %rax
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_589
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_589
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_589
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 2044 9
	# obeyCommandLine: length = length + 1;
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_590
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_590
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_590
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_585
.Lendwhile_586:
	.loc 1 2046 5
	# obeyCommandLine: let at = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# at
	.loc 1 2047 5
	# obeyCommandLine: while (at < length) {
.Lwhile_591:
	movq -24(%rbp), %rax	# at
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_592
	.loc 1 2048 9
	# obeyCommandLine: while (at < length && load8(commandLine + at) === 32) {
.Lwhile_593:
	movq -24(%rbp), %rax	# at
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_594
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -24(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_595
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_595
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_595
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	jne .Lendwhile_594
	.loc 1 2049 13
	# obeyCommandLine: at = at + 1;
	movq -24(%rbp), %rax	# at
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_596
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_596
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_596
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_593
.Lendwhile_594:
	.loc 1 2051 9
	# obeyCommandLine: let end = at;
	movq -24(%rbp), %rax	# at
	movq %rax, -32(%rbp)	# end
	.loc 1 2052 9
	# obeyCommandLine: while (end < length && load8(commandLine + end) !== 32) {
.Lwhile_597:
	movq -32(%rbp), %rax	# end
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_598
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -32(%rbp), %rdi	# end
	addq %rdi, %rax	# +
	jo .Ltrap_599
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_599
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_599
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	je .Lendwhile_598
	.loc 1 2053 13
	# obeyCommandLine: end = end + 1;
	movq -32(%rbp), %rax	# end
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_600
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_600
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_600
	movq %rax, -32(%rbp)	# end =
	jmp .Lwhile_597
.Lendwhile_598:
	.loc 1 2055 9
	# obeyCommandLine: if (end > at) {
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	cmpq %rdi, %rax
	jle .Lelse_601
	.loc 1 2056 13
	# obeyCommandLine: copyBytes(commandValue, commandLine + at, end - at);
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -24(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_602
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_602
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_602
	pushq %rax
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	subq %rdi, %rax	# -
	jo .Ltrap_603
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_603
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_603
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 2057 13
	# obeyCommandLine: commandLength = end - at;
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	subq %rdi, %rax	# -
	jo .Ltrap_604
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_604
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_604
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 2058 13
	# obeyCommandLine: print("command line: ");
	leaq .Lstring291(%rip), %rdi	# "command line: "
	call fn.print
	.loc 1 2059 13
	# obeyCommandLine: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 2060 13
	# obeyCommandLine: endLine();
	call fn.endLine
	.loc 1 2061 13
	# obeyCommandLine: obeyCommand();
	call fn.obeyCommand
.Lelse_601:
	.loc 1 2063 9
	# obeyCommandLine: at = end;
	movq -32(%rbp), %rax	# end
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_591
.Lendwhile_592:
.Lreturn_583:
	leave
	ret
.Ltrap_587:
	leaq .Lstring292(%rip), %rdi	# trap: kernel.ts:2042:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_588:
	leaq .Lstring293(%rip), %rdi	# trap: kernel.ts:2043:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_589:
	leaq .Lstring294(%rip), %rdi	# trap: kernel.ts:2043:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_590:
	leaq .Lstring295(%rip), %rdi	# trap: kernel.ts:2044:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_595:
	leaq .Lstring296(%rip), %rdi	# trap: kernel.ts:2048:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_596:
	leaq .Lstring297(%rip), %rdi	# trap: kernel.ts:2049:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_599:
	leaq .Lstring298(%rip), %rdi	# trap: kernel.ts:2052:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_600:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:2053:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_602:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:2056:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_603:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:2056:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_604:
	leaq .Lstring302(%rip), %rdi	# trap: kernel.ts:2057:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommandLine, .-fn.obeyCommandLine

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 2074 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 2075 5
	# watch: const result = storeWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.storeWatch
	movq %rax, -24(%rbp)	# result
	.loc 1 2076 5
	# watch: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_606
	.loc 1 2077 9
	# watch: logPathError("xenstore: cannot watch ", path, result);
	leaq .Lstring303(%rip), %rdi	# "xenstore: cannot watch "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_606:
.Lreturn_605:
	leave
	ret
	.size fn.watch, .-fn.watch

# function advertise(path)
	.type fn.advertise,@function
fn.advertise:
	.loc 1 2081 1
	# advertise: function advertise(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 2082 5
	# advertise: const result = storeWriteText(path, "1");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring304(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2083 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_608
	.loc 1 2084 9
	# advertise: logPathError("xenstore: cannot write ", path, result);
	leaq .Lstring305(%rip), %rdi	# "xenstore: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_608:
.Lreturn_607:
	leave
	ret
	.size fn.advertise, .-fn.advertise

# function connectControlKeys()
	.type fn.connectControlKeys,@function
fn.connectControlKeys:
	.loc 1 2088 1
	# connectControlKeys: function connectControlKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2089 5
	# connectControlKeys: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring218(%rip), %rdi	# "control/shutdown"
	leaq .Lstring160(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 2090 5
	# connectControlKeys: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring257(%rip), %rdi	# "control/testing"
	leaq .Lstring161(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 2091 5
	# connectControlKeys: watch("control/sysrq", WATCH_TOKEN_SYSRQ);
	leaq .Lstring233(%rip), %rdi	# "control/sysrq"
	leaq .Lstring162(%rip), %rsi	# WATCH_TOKEN_SYSRQ
	call fn.watch
	.loc 1 2092 5
	# connectControlKeys: advertise("control/feature-poweroff");
	leaq .Lstring306(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 2093 5
	# connectControlKeys: advertise("control/feature-reboot");
	leaq .Lstring307(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 2094 5
	# connectControlKeys: advertise("control/feature-suspend");
	leaq .Lstring308(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_609:
	leave
	ret
	.size fn.connectControlKeys, .-fn.connectControlKeys

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 2130 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2131 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_613
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_613:
	testq %rax, %rax
	jne .Lendlogic_612
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_612:
	testq %rax, %rax
	jne .Lendlogic_611
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_611:
.Lreturn_610:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 2134 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2135 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_615
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_616
.Lelse_615:
	movq $-1, %rax
.Lendcond_616:
.Lreturn_614:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 2138 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2139 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_618:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_619
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_619
	.loc 1 2140 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_620
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_620
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_620
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_618
.Lendwhile_619:
.Lreturn_617:
	leave
	ret
.Ltrap_620:
	leaq .Lstring309(%rip), %rdi	# trap: kernel.ts:2140:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 2144 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2145 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_622
	.loc 1 2146 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_622:
	.loc 1 2148 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_621:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 2151 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2152 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_624
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_624
	.loc 1 2153 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_625
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_625
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_625
	jmp .Lreturn_623
.Lelse_624:
	.loc 1 2155 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_626
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_626
	.loc 1 2156 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	movq $87, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_627
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_627
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_627
	jmp .Lreturn_623
.Lelse_626:
	.loc 1 2158 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_628
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_628
	.loc 1 2159 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	movq $55, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_629
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_629
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_629
	jmp .Lreturn_623
.Lelse_628:
	.loc 1 2161 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_623:
	leave
	ret
.Ltrap_625:
	leaq .Lstring310(%rip), %rdi	# trap: kernel.ts:2153:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_627:
	leaq .Lstring311(%rip), %rdi	# trap: kernel.ts:2156:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_629:
	leaq .Lstring312(%rip), %rdi	# trap: kernel.ts:2159:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 2165 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2166 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_632
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_632
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_632
	cmpq $4, %rax	# compare with 4
	jge .Lelse_631
	.loc 1 2167 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_630
.Lelse_631:
	.loc 1 2169 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 2170 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_633:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_635
	.loc 1 2171 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_636
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_636
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_636
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 2172 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_637
	.loc 1 2173 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_630
.Lelse_637:
	.loc 1 2175 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	movq $16, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_638
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_638
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_638
	movq -24(%rbp), %rdi	# digit
	addq %rdi, %rax	# +
	jo .Ltrap_638
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_638
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_638
	movq %rax, -8(%rbp)	# value =
.Lfornext_634:
	.loc 1 2170 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_639
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_639
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_633
.Lendfor_635:
	.loc 1 2177 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_640
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_640
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_640
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2178 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_630:
	leave
	ret
.Ltrap_632:
	leaq .Lstring313(%rip), %rdi	# trap: kernel.ts:2166:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_636:
	leaq .Lstring314(%rip), %rdi	# trap: kernel.ts:2171:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_638:
	leaq .Lstring315(%rip), %rdi	# trap: kernel.ts:2175:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_639:
	leaq .Lstring316(%rip), %rdi	# trap: kernel.ts:2170:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_640:
	leaq .Lstring317(%rip), %rdi	# trap: kernel.ts:2177:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 2181 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 2182 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_642
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_642
	.loc 1 2183 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	movq var.jsonDecodedLength(%rip), %rdi	# jsonDecodedLength
	addq %rdi, %rax	# +
	jo .Ltrap_643
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_643
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_643
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_642:
	.loc 1 2185 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_644
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_644
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_644
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_641:
	leave
	ret
.Ltrap_643:
	leaq .Lstring318(%rip), %rdi	# trap: kernel.ts:2183:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_644:
	leaq .Lstring319(%rip), %rdi	# trap: kernel.ts:2185:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 2188 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 2189 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_646
	.loc 1 2190 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_647
.Lelse_646:
	.loc 1 2191 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_648
	.loc 1 2192 9
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
	jo .Ltrap_649
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_649
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_649
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2193 9
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
	jo .Ltrap_650
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_650
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_650
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_651
.Lelse_648:
	.loc 1 2194 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_652
	.loc 1 2195 9
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
	jo .Ltrap_653
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_653
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_653
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2196 9
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
	jo .Ltrap_654
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_654
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_654
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2197 9
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
	jo .Ltrap_655
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_655
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_655
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_656
.Lelse_652:
	.loc 1 2199 9
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
	jo .Ltrap_657
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_657
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_657
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2200 9
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
	jo .Ltrap_658
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_658
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_658
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2201 9
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
	jo .Ltrap_659
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_659
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_659
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2202 9
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
	jo .Ltrap_660
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_660
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_660
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
.Lendif_656:
.Lendif_651:
.Lendif_647:
.Lreturn_645:
	leave
	ret
.Ltrap_649:
	leaq .Lstring320(%rip), %rdi	# trap: kernel.ts:2192:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_650:
	leaq .Lstring321(%rip), %rdi	# trap: kernel.ts:2193:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_653:
	leaq .Lstring322(%rip), %rdi	# trap: kernel.ts:2195:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_654:
	leaq .Lstring323(%rip), %rdi	# trap: kernel.ts:2196:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_655:
	leaq .Lstring324(%rip), %rdi	# trap: kernel.ts:2197:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_657:
	leaq .Lstring325(%rip), %rdi	# trap: kernel.ts:2199:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_658:
	leaq .Lstring326(%rip), %rdi	# trap: kernel.ts:2200:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_659:
	leaq .Lstring327(%rip), %rdi	# trap: kernel.ts:2201:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_660:
	leaq .Lstring328(%rip), %rdi	# trap: kernel.ts:2202:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 2208 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 2209 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_662
	.loc 1 2210 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_661
.Lelse_662:
	.loc 1 2212 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_663
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_663
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_663
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2213 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 2214 5
	# jsonString: while (true) {
.Lwhile_664:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_665
	.loc 1 2215 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_666
	.loc 1 2216 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_661
.Lelse_666:
	.loc 1 2218 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 2219 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_667
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_667
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_667
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2220 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_668
	.loc 1 2221 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_661
.Lelse_668:
	.loc 1 2223 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_669
	.loc 1 2224 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_661
.Lelse_669:
	.loc 1 2226 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_670
	.loc 1 2227 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 2228 13
	# jsonString: continue;
	jmp .Lwhile_664
.Lelse_670:
	.loc 1 2230 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_671
	.loc 1 2231 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_661
.Lelse_671:
	.loc 1 2233 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 2234 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_672
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_672
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_672
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2235 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_674
	cmpq $92, %rax	# case 92
	je .Lcase_675
	cmpq $47, %rax	# case 47
	je .Lcase_676
	cmpq $98, %rax	# case 98
	je .Lcase_677
	cmpq $102, %rax	# case 102
	je .Lcase_678
	cmpq $110, %rax	# case 110
	je .Lcase_679
	cmpq $114, %rax	# case 114
	je .Lcase_680
	cmpq $116, %rax	# case 116
	je .Lcase_681
	cmpq $117, %rax	# case 117
	je .Lcase_682
	jmp .Lcase_683
.Lcase_674:
	.loc 1 2236 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 2236 49
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_675:
	.loc 1 2237 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 2237 49
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_676:
	.loc 1 2238 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 2238 49
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_677:
	.loc 1 2239 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 2239 48
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_678:
	.loc 1 2240 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 2240 50
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_679:
	.loc 1 2241 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 2241 50
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_680:
	.loc 1 2242 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 2242 50
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_681:
	.loc 1 2243 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 2243 49
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_682:
	.loc 1 2245 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 2246 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_684
	.loc 1 2247 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_661
.Lelse_684:
	.loc 1 2250 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_685
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_685
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_686
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_686
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_686
	cmpq $6, %rax	# compare with 6
	jl .Lelse_685
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_685
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_687
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_687
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_687
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_685
	.loc 1 2252 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 2253 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_688
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_688
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_688
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2254 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 2255 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_689
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_689
	.loc 1 2256 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq $65536, %rax
	pushq %rax
	movq -32(%rbp), %rax	# codePoint
	movq $55296, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_690
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_690
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_690
	movq $1024, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_691
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_691
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_691
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_692
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_692
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_692
	pushq %rax
	movq -48(%rbp), %rax	# low
	movq $56320, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_693
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_693
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_693
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_692
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_692
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_692
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_694
.Lelse_689:
	.loc 1 2258 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_694:
.Lelse_685:
	.loc 1 2261 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 2262 17
	# jsonString: break;
	jmp .Lendswitch_673
.Lcase_683:
	.loc 1 2265 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_661
.Lendswitch_673:
	jmp .Lwhile_664
.Lendwhile_665:
.Lreturn_661:
	leave
	ret
.Ltrap_663:
	leaq .Lstring329(%rip), %rdi	# trap: kernel.ts:2212:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_667:
	leaq .Lstring330(%rip), %rdi	# trap: kernel.ts:2219:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_672:
	leaq .Lstring331(%rip), %rdi	# trap: kernel.ts:2234:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_686:
	leaq .Lstring332(%rip), %rdi	# trap: kernel.ts:2250:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_687:
	leaq .Lstring333(%rip), %rdi	# trap: kernel.ts:2251:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_688:
	leaq .Lstring334(%rip), %rdi	# trap: kernel.ts:2253:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_690:
	leaq .Lstring335(%rip), %rdi	# trap: kernel.ts:2256:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_691:
	leaq .Lstring336(%rip), %rdi	# trap: kernel.ts:2256:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_692:
	leaq .Lstring337(%rip), %rdi	# trap: kernel.ts:2256:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_693:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:2256:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 2270 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2271 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 2272 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_696:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_697
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_697
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_697
	.loc 1 2273 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_698
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_698
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_698
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2274 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_699
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_699
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_699
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_696
.Lendwhile_697:
	.loc 1 2276 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_695:
	leave
	ret
.Ltrap_698:
	leaq .Lstring339(%rip), %rdi	# trap: kernel.ts:2273:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_699:
	leaq .Lstring340(%rip), %rdi	# trap: kernel.ts:2274:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 2280 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2281 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_701
	.loc 1 2282 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_702
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_702
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_702
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_701:
	.loc 1 2284 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_703
	.loc 1 2285 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_704
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_704
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_704
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_705
.Lelse_703:
	.loc 1 2286 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_706
	.loc 1 2287 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_700
.Lelse_706:
.Lendif_705:
	.loc 1 2289 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_707
	.loc 1 2290 9
	# jsonNumber: jsonAt = jsonAt + 1;
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
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2291 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_709
	.loc 1 2292 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_700
.Lelse_709:
.Lelse_707:
	.loc 1 2295 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_711
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_710
.Lskip_711:
	.loc 1 2296 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_712
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_712
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_712
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2297 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_714
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_713
.Lskip_714:
	.loc 1 2298 13
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_715
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_715
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_715
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_713:
	.loc 1 2300 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_716
	.loc 1 2301 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_700
.Lelse_716:
.Lelse_710:
	.loc 1 2304 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_700:
	leave
	ret
.Ltrap_702:
	leaq .Lstring341(%rip), %rdi	# trap: kernel.ts:2282:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_704:
	leaq .Lstring342(%rip), %rdi	# trap: kernel.ts:2285:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_708:
	leaq .Lstring343(%rip), %rdi	# trap: kernel.ts:2290:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_712:
	leaq .Lstring344(%rip), %rdi	# trap: kernel.ts:2296:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_715:
	leaq .Lstring345(%rip), %rdi	# trap: kernel.ts:2298:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 2307 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 2308 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_720
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_720
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_720
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_719
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_718
.Lskip_719:
	.loc 1 2309 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_717
.Lelse_718:
	.loc 1 2311 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_721
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_721
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_721
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2312 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_717:
	leave
	ret
.Ltrap_720:
	leaq .Lstring346(%rip), %rdi	# trap: kernel.ts:2308:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_721:
	leaq .Lstring347(%rip), %rdi	# trap: kernel.ts:2311:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 2316 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 2317 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_723
	.loc 1 2318 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_722
.Lelse_723:
	.loc 1 2320 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2321 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 2322 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_724
	.loc 1 2323 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_722
.Lelse_724:
	.loc 1 2325 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_726
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_725
.Lskip_726:
	.loc 1 2326 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_727
	movq $125, %rax
	jmp .Lendcond_728
.Lelse_727:
	movq $93, %rax
.Lendcond_728:
	movq %rax, -24(%rbp)	# closer
	.loc 1 2327 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
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
	.loc 1 2328 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2329 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_730
	.loc 1 2330 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_731
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_731
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_731
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2331 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_722
.Lelse_730:
	.loc 1 2333 9
	# jsonSkipValue: while (true) {
.Lwhile_732:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_733
	.loc 1 2334 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_734
	.loc 1 2335 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2336 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_735
	.loc 1 2337 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_722
.Lelse_735:
	.loc 1 2339 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2340 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_736
	.loc 1 2341 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_722
.Lelse_736:
	.loc 1 2343 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_737
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_737
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_737
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_734:
	.loc 1 2345 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_739
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_739
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_739
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_738
	.loc 1 2346 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_722
.Lelse_738:
	.loc 1 2348 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2349 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 2350 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_740
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_740
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_740
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2351 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_741
	.loc 1 2352 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_722
.Lelse_741:
	.loc 1 2354 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_742
	.loc 1 2355 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_722
.Lelse_742:
	jmp .Lwhile_732
.Lendwhile_733:
.Lelse_725:
	.loc 1 2359 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_743
	.loc 1 2360 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring348(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_722
.Lelse_743:
	.loc 1 2362 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_744
	.loc 1 2363 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring349(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_722
.Lelse_744:
	.loc 1 2365 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_745
	.loc 1 2366 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring350(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_722
.Lelse_745:
	.loc 1 2368 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_722:
	leave
	ret
.Ltrap_729:
	leaq .Lstring351(%rip), %rdi	# trap: kernel.ts:2327:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_731:
	leaq .Lstring352(%rip), %rdi	# trap: kernel.ts:2330:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_737:
	leaq .Lstring353(%rip), %rdi	# trap: kernel.ts:2343:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_739:
	leaq .Lstring354(%rip), %rdi	# trap: kernel.ts:2345:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_740:
	leaq .Lstring355(%rip), %rdi	# trap: kernel.ts:2350:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 2372 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 2373 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2374 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_747
	.loc 1 2375 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_748
	.loc 1 2376 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_746
.Lelse_748:
	.loc 1 2378 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 2379 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_746
.Lelse_747:
	.loc 1 2381 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_749
	.loc 1 2382 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_746
.Lelse_749:
	.loc 1 2384 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_746:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function jsonMemberSeconds(notSecondsReason)
	.type fn.jsonMemberSeconds,@function
fn.jsonMemberSeconds:
	.loc 1 2391 1
	# jsonMemberSeconds: function jsonMemberSeconds(notSecondsReason: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter notSecondsReason
	.loc 1 2392 5
	# jsonMemberSeconds: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2393 5
	# jsonMemberSeconds: const start = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -16(%rbp)	# start
	.loc 1 2394 5
	# jsonMemberSeconds: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_751
	.loc 1 2395 9
	# jsonMemberSeconds: return -1;
	movq $-1, %rax
	jmp .Lreturn_750
.Lelse_751:
	.loc 1 2397 5
	# jsonMemberSeconds: const seconds = secondsFromBytes(start, jsonAt - start);
	movq -16(%rbp), %rax	# start
	pushq %rax
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# start
	subq %rdi, %rax	# -
	jo .Ltrap_752
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_752
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_752
	movq %rax, %rsi
	popq %rdi
	call fn.secondsFromBytes
	movq %rax, -24(%rbp)	# seconds
	.loc 1 2398 5
	# jsonMemberSeconds: if (seconds < 0) {
	movq -24(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jge .Lelse_753
	.loc 1 2399 9
	# jsonMemberSeconds: jsonFail(notSecondsReason);
	movq -8(%rbp), %rdi	# notSecondsReason
	call fn.jsonFail
.Lelse_753:
	.loc 1 2401 5
	# jsonMemberSeconds: return seconds;
	movq -24(%rbp), %rax	# seconds
.Lreturn_750:
	leave
	ret
.Ltrap_752:
	leaq .Lstring356(%rip), %rdi	# trap: kernel.ts:2397:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonMemberSeconds, .-fn.jsonMemberSeconds

# function readJsonCommand()
	.type fn.readJsonCommand,@function
fn.readJsonCommand:
	.loc 1 2407 1
	# readJsonCommand: function readJsonCommand(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 2408 5
	# readJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2409 5
	# readJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq var.commandLength(%rip), %rdi	# commandLength
	addq %rdi, %rax	# +
	jo .Ltrap_755
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_755
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_755
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 2410 5
	# readJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 2411 5
	# readJsonCommand: jsonWhenLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	.loc 1 2412 5
	# readJsonCommand: jsonAckLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	.loc 1 2413 5
	# readJsonCommand: jsonActionLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	.loc 1 2414 5
	# readJsonCommand: jsonDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	.loc 1 2415 5
	# readJsonCommand: jsonAckDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	.loc 1 2416 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2417 5
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_756
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_756
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_756
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2418 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2419 5
	# readJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_757
	.loc 1 2420 9
	# readJsonCommand: jsonAt = jsonAt + 1;
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
	jmp .Lendif_759
.Lelse_757:
	.loc 1 2422 9
	# readJsonCommand: while (jsonError === 0) {
.Lwhile_760:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_761
	.loc 1 2423 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2424 13
	# readJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_762
	.loc 1 2425 17
	# readJsonCommand: break;
	jmp .Lendwhile_761
.Lelse_762:
	.loc 1 2427 13
	# readJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -8(%rbp)	# keyLength
	.loc 1 2428 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2429 13
	# readJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_763
	.loc 1 2430 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 2431 17
	# readJsonCommand: break;
	jmp .Lendwhile_761
.Lelse_763:
	.loc 1 2433 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_764
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_764
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_764
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2434 13
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring357(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_765
	.loc 1 2435 17
	# readJsonCommand: jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	jmp .Lendif_766
.Lelse_765:
	.loc 1 2436 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring358(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_767
	.loc 1 2437 17
	# readJsonCommand: jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	jmp .Lendif_768
.Lelse_767:
	.loc 1 2438 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring359(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_769
	.loc 1 2439 17
	# readJsonCommand: jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRI...
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	jmp .Lendif_770
.Lelse_769:
	.loc 1 2440 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "delay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring360(%rip), %rdx	# "delay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_771
	.loc 1 2441 17
	# readJsonCommand: jsonDelay = jsonMemberSeconds(BOGUS_DELAY_NOT_SECONDS);
	movq $15, %rdi	# BOGUS_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	jmp .Lendif_772
.Lelse_771:
	.loc 1 2442 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ackDelay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring361(%rip), %rdx	# "ackDelay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_773
	.loc 1 2443 17
	# readJsonCommand: jsonAckDelay = jsonMemberSeconds(BOGUS_ACK_DELAY_NOT_SECONDS);
	movq $16, %rdi	# BOGUS_ACK_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	jmp .Lendif_774
.Lelse_773:
	.loc 1 2445 17
	# readJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_774:
.Lendif_772:
.Lendif_770:
.Lendif_768:
.Lendif_766:
	.loc 1 2447 13
	# readJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_775
	.loc 1 2448 17
	# readJsonCommand: break;
	jmp .Lendwhile_761
.Lelse_775:
	.loc 1 2450 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2451 13
	# readJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# next
	.loc 1 2452 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_776
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_776
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_776
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2453 13
	# readJsonCommand: if (next === 125) {
	movq -16(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_777
	.loc 1 2454 17
	# readJsonCommand: break;
	jmp .Lendwhile_761
.Lelse_777:
	.loc 1 2456 13
	# readJsonCommand: if (next !== 44) {
	movq -16(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_778
	.loc 1 2457 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_778:
	jmp .Lwhile_760
.Lendwhile_761:
.Lendif_759:
	.loc 1 2461 5
	# readJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_779
	.loc 1 2462 9
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2463 9
	# readJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_780
	.loc 1 2464 13
	# readJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_780:
.Lelse_779:
	.loc 1 2467 5
	# readJsonCommand: if (jsonError === 0 && jsonWhenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_781
	movq var.jsonWhenLength(%rip), %rax	# jsonWhenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_781
	.loc 1 2468 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_781:
	.loc 1 2470 5
	# readJsonCommand: if (jsonError === 0 && jsonAckLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_782
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_782
	.loc 1 2471 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_782:
	.loc 1 2473 5
	# readJsonCommand: if (jsonError === 0 && jsonActionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_783
	movq var.jsonActionLength(%rip), %rax	# jsonActionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_783
	.loc 1 2474 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_783:
	.loc 1 2476 5
	# readJsonCommand: return jsonError;
	movq var.jsonError(%rip), %rax	# jsonError
.Lreturn_754:
	leave
	ret
.Ltrap_755:
	leaq .Lstring362(%rip), %rdi	# trap: kernel.ts:2409:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_756:
	leaq .Lstring363(%rip), %rdi	# trap: kernel.ts:2417:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_758:
	leaq .Lstring364(%rip), %rdi	# trap: kernel.ts:2420:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_764:
	leaq .Lstring365(%rip), %rdi	# trap: kernel.ts:2433:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_776:
	leaq .Lstring366(%rip), %rdi	# trap: kernel.ts:2452:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readJsonCommand, .-fn.readJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 2538 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 2539 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_785:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_787
	.loc 1 2540 9
	# clearWords: store64(address + i * 8, 0);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_788
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_788
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_788
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_789
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_789
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_789
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_786:
	.loc 1 2539 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_790
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_790
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_785
.Lendfor_787:
.Lreturn_784:
	leave
	ret
.Ltrap_788:
	leaq .Lstring367(%rip), %rdi	# trap: kernel.ts:2540:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_789:
	leaq .Lstring368(%rip), %rdi	# trap: kernel.ts:2540:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_790:
	leaq .Lstring369(%rip), %rdi	# trap: kernel.ts:2539:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 2546 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2547 5
	# publishFrameListTree: const p2mPages = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - 1) ...
	movq var.domainPages(%rip), %rax	# domainPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_793
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_793
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_793
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_793
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_793
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_793
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_792
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_792
	subq $1, %rax	# then the floor is one below
.Lfloored_792:
	movq %rax, -8(%rbp)	# p2mPages
	.loc 1 2548 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -8(%rbp), %rax	# p2mPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_795
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_795
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_795
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_795
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_795
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_795
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_794
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_794
	subq $1, %rax	# then the floor is one below
.Lfloored_794:
	movq %rax, -16(%rbp)	# frameListCount
	.loc 1 2549 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -16(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_796
	.loc 1 2550 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring370(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 2551 9
	# publishFrameListTree: printDecimal(domainPages);
	movq var.domainPages(%rip), %rdi	# domainPages
	call fn.printDecimal
	.loc 1 2552 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring371(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 2553 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_791
.Lelse_796:
	.loc 1 2555 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 2556 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -16(%rbp), %rax	# frameListCount
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_797
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_797
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_797
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 2557 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# page
.Lfor_798:
	movq -24(%rbp), %rax	# page
	movq -8(%rbp), %rdi	# p2mPages
	cmpq %rdi, %rax
	jge .Lendfor_800
	.loc 1 2558 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(mfnList + page * PAGE_S...
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_801
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_801
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_801
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_802
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_802
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_802
	pushq %rax
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_803
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_803
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_803
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_804
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_804
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_804
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_799:
	.loc 1 2557 41
	# publishFrameListTree: page++
	movq -24(%rbp), %rax	# page
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_805
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_805
	movq %rax, -24(%rbp)	# page =
	jmp .Lfor_798
.Lendfor_800:
	.loc 1 2560 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# list
.Lfor_806:
	movq -32(%rbp), %rax	# list
	movq -16(%rbp), %rdi	# frameListCount
	cmpq %rdi, %rax
	jge .Lendfor_808
	.loc 1 2561 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	leaq buf.frameListList(%rip), %rax	# frameListList
	pushq %rax
	movq -32(%rbp), %rax	# list
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
	pushq %rax
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_811
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_811
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_811
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_812
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_812
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_812
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_807:
	.loc 1 2560 47
	# publishFrameListTree: list++
	movq -32(%rbp), %rax	# list
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_813
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_813
	movq %rax, -32(%rbp)	# list =
	jmp .Lfor_806
.Lendfor_808:
	.loc 1 2563 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, domainPages);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3088, %rdi	# SHARED_INFO_ARCH_MAX_PFN
	addq %rdi, %rax	# +
	jo .Ltrap_814
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_814
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_814
	movq %rax, %rdi
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2564 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 2565 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3096, %rdi	# SHARED_INFO_ARCH_FRAME_LIST_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_815
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_815
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_815
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2566 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_791:
	leave
	ret
.Ltrap_793:
	leaq .Lstring372(%rip), %rdi	# trap: kernel.ts:2547:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_795:
	leaq .Lstring373(%rip), %rdi	# trap: kernel.ts:2548:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_797:
	leaq .Lstring374(%rip), %rdi	# trap: kernel.ts:2556:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_801:
	leaq .Lstring375(%rip), %rdi	# trap: kernel.ts:2558:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_802:
	leaq .Lstring376(%rip), %rdi	# trap: kernel.ts:2558:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_803:
	leaq .Lstring377(%rip), %rdi	# trap: kernel.ts:2558:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_804:
	leaq .Lstring378(%rip), %rdi	# trap: kernel.ts:2558:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_805:
	leaq .Lstring379(%rip), %rdi	# trap: kernel.ts:2557:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_809:
	leaq .Lstring380(%rip), %rdi	# trap: kernel.ts:2561:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_810:
	leaq .Lstring381(%rip), %rdi	# trap: kernel.ts:2561:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_811:
	leaq .Lstring382(%rip), %rdi	# trap: kernel.ts:2561:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_812:
	leaq .Lstring383(%rip), %rdi	# trap: kernel.ts:2561:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_813:
	leaq .Lstring384(%rip), %rdi	# trap: kernel.ts:2560:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_814:
	leaq .Lstring385(%rip), %rdi	# trap: kernel.ts:2563:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_815:
	leaq .Lstring386(%rip), %rdi	# trap: kernel.ts:2565:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 2569 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2570 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 2571 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_817
	.loc 1 2572 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_817:
	.loc 1 2574 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_816:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendHypercall(startInfoFrame)
	.type fn.suspendHypercall,@function
fn.suspendHypercall:
	.loc 1 2578 1
	# suspendHypercall: function suspendHypercall(startInfoFrame: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoFrame
	.loc 1 2579 5
	# suspendHypercall: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2580 5
	# suspendHypercall: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArgum...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_818:
	leave
	ret
	.size fn.suspendHypercall, .-fn.suspendHypercall

# function suspendPv()
	.type fn.suspendPv,@function
fn.suspendPv:
	.loc 1 2584 1
	# suspendPv: function suspendPv(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2587 5
	# suspendPv: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 2588 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_820
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_820
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_820
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_821
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_821
	subq $1, %rax	# then the floor is one below
.Lfloored_821:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2589 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_822
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_822
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_822
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_823
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_823
	subq $1, %rax	# then the floor is one below
.Lfloored_823:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2590 5
	# suspendPv: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 2591 5
	# suspendPv: const result = unmapResult === 0 ? suspendHypercall(startInfoFrame) :...
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_824
	movq -8(%rbp), %rdi	# startInfoFrame
	call fn.suspendHypercall
	jmp .Lendcond_825
.Lelse_824:
	movq -16(%rbp), %rax	# unmapResult
.Lendcond_825:
	movq %rax, -24(%rbp)	# result
	.loc 1 2592 5
	# suspendPv: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_826
	.loc 1 2593 9
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
	jmp .Lreturn_819
.Lelse_826:
	.loc 1 2598 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_827
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_827
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_827
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2599 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_828
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_828
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_828
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2600 5
	# suspendPv: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_829
	.loc 1 2601 9
	# suspendPv: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_829:
	.loc 1 2603 5
	# suspendPv: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2604 5
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
.Lreturn_819:
	leave
	ret
.Ltrap_820:
	leaq .Lstring387(%rip), %rdi	# trap: kernel.ts:2588:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_822:
	leaq .Lstring388(%rip), %rdi	# trap: kernel.ts:2589:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_827:
	leaq .Lstring389(%rip), %rdi	# trap: kernel.ts:2598:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_828:
	leaq .Lstring390(%rip), %rdi	# trap: kernel.ts:2599:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendPv, .-fn.suspendPv

# function suspendPvh()
	.type fn.suspendPvh,@function
fn.suspendPvh:
	.loc 1 2614 1
	# suspendPvh: function suspendPvh(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2615 5
	# suspendPvh: const result = suspendHypercall(0);
	movq $0, %rdi
	call fn.suspendHypercall
	movq %rax, -8(%rbp)	# result
	.loc 1 2616 5
	# suspendPvh: if (result !== 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	je .Lelse_831
	.loc 1 2617 9
	# suspendPvh: return result;
	movq -8(%rbp), %rax	# result
	jmp .Lreturn_830
.Lelse_831:
	.loc 1 2619 5
	# suspendPvh: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
	.loc 1 2620 5
	# suspendPvh: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -16(%rbp)	# missing
	.loc 1 2621 5
	# suspendPvh: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2622 5
	# suspendPvh: startTicking();
	call fn.startTicking
	.loc 1 2623 5
	# suspendPvh: if (missing.length > 0) {
	movq -16(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_832
	.loc 1 2624 9
	# suspendPvh: print("resume: Xen gave no value for ");
	leaq .Lstring391(%rip), %rdi	# "resume: Xen gave no value for "
	call fn.print
	.loc 1 2625 9
	# suspendPvh: log(missing);
	movq -16(%rbp), %rdi	# missing
	call fn.log
.Lelse_832:
	.loc 1 2627 5
	# suspendPvh: const id = readDomainId();
	call fn.readDomainId
	movq %rax, -24(%rbp)	# id
	.loc 1 2628 5
	# suspendPvh: return id >= 0 && id === domainId ? 1 : 0;
	movq -24(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jl .Lelse_833
	movq -24(%rbp), %rax	# id
	movq var.domainId(%rip), %rdi	# domainId
	cmpq %rdi, %rax
	jne .Lelse_833
	movq $1, %rax
	jmp .Lendcond_834
.Lelse_833:
	movq $0, %rax
.Lendcond_834:
.Lreturn_830:
	leave
	ret
	.size fn.suspendPvh, .-fn.suspendPvh

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 2631 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2632 5
	# suspendDomain: if (bootMode === BOOT_MODE_PV && !publishFrameListTree()) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_836
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_836
	.loc 1 2633 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring392(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 2634 9
	# suspendDomain: return;
	jmp .Lreturn_835
.Lelse_836:
	.loc 1 2636 5
	# suspendDomain: log("suspending");
	leaq .Lstring393(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 2637 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 2638 5
	# suspendDomain: const result = bootMode === BOOT_MODE_PV ? suspendPv() : suspendPvh();
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_837
	call fn.suspendPv
	jmp .Lendcond_838
.Lelse_837:
	call fn.suspendPvh
.Lendcond_838:
	movq %rax, -8(%rbp)	# result
	.loc 1 2639 5
	# suspendDomain: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_839
	.loc 1 2640 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 2641 9
	# suspendDomain: return;
	jmp .Lreturn_835
.Lelse_839:
	.loc 1 2643 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 2644 5
	# suspendDomain: if (result === 1) {
	movq -8(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_840
	.loc 1 2645 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring394(%rip), %rdi	# "suspend cancelled"
	call fn.log
	jmp .Lendif_841
.Lelse_840:
	.loc 1 2647 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring395(%rip), %rdi	# "suspend failed: error "
	movq -8(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_841:
	.loc 1 2649 5
	# suspendDomain: offerFreshSuspendChannel(true);
	movq $1, %rdi	# true
	call fn.offerFreshSuspendChannel
.Lreturn_835:
	leave
	ret
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 2657 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2658 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 2659 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_843
	.loc 1 2660 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring396(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 2661 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 2662 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_843:
	.loc 1 2664 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $1, %rdi	# VCPU0_UPCALL_MASK
	addq %rdi, %rax	# +
	jo .Ltrap_844
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_844
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_844
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_842:
	leave
	ret
.Ltrap_844:
	leaq .Lstring397(%rip), %rdi	# trap: kernel.ts:2664:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 2667 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2668 5
	# resumeInNewDomain: if (bootMode === BOOT_MODE_PV) {     // PVH has done this already, in...
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_846
	.loc 1 2669 9
	# resumeInNewDomain: readStartInfo();
	call fn.readStartInfo
	.loc 1 2670 9
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2671 9
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 2672 9
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_846:
	.loc 1 2674 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 2675 5
	# resumeInNewDomain: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 2678 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2679 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2680 5
	# resumeInNewDomain: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 2681 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 2682 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 2683 5
	# resumeInNewDomain: sysrqRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 2684 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring398(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 2685 5
	# resumeInNewDomain: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 2686 5
	# resumeInNewDomain: offerFreshSuspendChannel(false);
	movq $0, %rdi	# false
	call fn.offerFreshSuspendChannel
.Lreturn_845:
	leave
	ret
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function suspendChannelModeFromBytes(address, length)
	.type fn.suspendChannelModeFromBytes,@function
fn.suspendChannelModeFromBytes:
	.loc 1 2715 1
	# suspendChannelModeFromBytes: function suspendChannelModeFromBytes(address: number, length: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 2716 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "on")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring399(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_848
	.loc 1 2717 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_ON;
	movq $1, %rax	# SUSPEND_CHANNEL_ON
	jmp .Lreturn_847
.Lelse_848:
	.loc 1 2719 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "ignore")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring198(%rip), %rdx	# "ignore"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_849
	.loc 1 2720 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_IGNORE;
	movq $2, %rax	# SUSPEND_CHANNEL_IGNORE
	jmp .Lreturn_847
.Lelse_849:
	.loc 1 2722 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "off")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring400(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_850
	.loc 1 2723 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_OFF;
	movq $0, %rax	# SUSPEND_CHANNEL_OFF
	jmp .Lreturn_847
.Lelse_850:
	.loc 1 2725 5
	# suspendChannelModeFromBytes: return -1;
	movq $-1, %rax
.Lreturn_847:
	leave
	ret
	.size fn.suspendChannelModeFromBytes, .-fn.suspendChannelModeFromBytes

# function setSuspendChannel(mode)
	.type fn.setSuspendChannel,@function
fn.setSuspendChannel:
	.loc 1 2728 1
	# setSuspendChannel: function setSuspendChannel(mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 2729 5
	# setSuspendChannel: if (mode === SUSPEND_CHANNEL_OFF) {
	movq -8(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	jne .Lelse_852
	.loc 1 2730 9
	# setSuspendChannel: if (suspendChannelPort === NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	jne .Lelse_853
	.loc 1 2731 13
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2732 13
	# setSuspendChannel: log("suspend channel: none offered");
	leaq .Lstring401(%rip), %rdi	# "suspend channel: none offered"
	call fn.log
	.loc 1 2733 13
	# setSuspendChannel: return;
	jmp .Lreturn_851
.Lelse_853:
	.loc 1 2735 9
	# setSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
	.loc 1 2736 9
	# setSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2737 9
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2738 9
	# setSuspendChannel: const result = storeWriteText("device/suspend/event-channel", "");
	leaq .Lstring402(%rip), %rdi	# "device/suspend/event-channel"
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2739 9
	# setSuspendChannel: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_854
	.loc 1 2740 13
	# setSuspendChannel: logPathError("suspend channel: cannot empty ", "device/suspend/event-...
	leaq .Lstring403(%rip), %rdi	# "suspend channel: cannot empty "
	leaq .Lstring402(%rip), %rsi	# "device/suspend/event-channel"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_854:
	.loc 1 2742 9
	# setSuspendChannel: log("suspend channel: withdrawn");
	leaq .Lstring404(%rip), %rdi	# "suspend channel: withdrawn"
	call fn.log
	.loc 1 2743 9
	# setSuspendChannel: return;
	jmp .Lreturn_851
.Lelse_852:
	.loc 1 2745 5
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2746 5
	# setSuspendChannel: if (suspendChannelPort !== NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_855
	.loc 1 2747 9
	# setSuspendChannel: log(mode === SUSPEND_CHANNEL_ON ? "suspend channel: notifications obe...
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_856
	leaq .Lstring405(%rip), %rax	# "suspend channel: notifications obeyed"
	jmp .Lendcond_857
.Lelse_856:
	leaq .Lstring406(%rip), %rax	# "suspend channel: notifications ignored"
.Lendcond_857:
	movq %rax, %rdi
	call fn.log
	.loc 1 2749 9
	# setSuspendChannel: return;
	jmp .Lreturn_851
.Lelse_855:
	.loc 1 2751 5
	# setSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lreturn_851:
	leave
	ret
	.size fn.setSuspendChannel, .-fn.setSuspendChannel

# function offerSuspendChannel()
	.type fn.offerSuspendChannel,@function
fn.offerSuspendChannel:
	.loc 1 2756 1
	# offerSuspendChannel: function offerSuspendChannel(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2757 5
	# offerSuspendChannel: const port = allocatePortForDom0();
	call fn.allocatePortForDom0
	movq %rax, -8(%rbp)	# port
	.loc 1 2758 5
	# offerSuspendChannel: if (port < 0) {
	movq -8(%rbp), %rax	# port
	cmpq $0, %rax	# compare with 0
	jge .Lelse_859
	.loc 1 2759 9
	# offerSuspendChannel: logErrno("suspend channel: cannot offer: error ", port);
	leaq .Lstring407(%rip), %rdi	# "suspend channel: cannot offer: error "
	movq -8(%rbp), %rsi	# port
	call fn.logErrno
	.loc 1 2760 9
	# offerSuspendChannel: return;
	jmp .Lreturn_858
.Lelse_859:
	.loc 1 2762 5
	# offerSuspendChannel: const digits = decimalIntoBytes(suspendChannelDigits, port);
	leaq buf.suspendChannelDigits(%rip), %rdi	# suspendChannelDigits
	movq -8(%rbp), %rsi	# port
	call fn.decimalIntoBytes
	movq %rax, -16(%rbp)	# digits
	.loc 1 2763 5
	# offerSuspendChannel: const result = storeWrite("device/suspend/event-channel", suspendChan...
	leaq .Lstring402(%rip), %rdi	# "device/suspend/event-channel"
	leaq buf.suspendChannelDigits(%rip), %rsi	# suspendChannelDigits
	movq -16(%rbp), %rdx	# digits
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 2764 5
	# offerSuspendChannel: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_860
	.loc 1 2765 9
	# offerSuspendChannel: closePort(port);
	movq -8(%rbp), %rdi	# port
	call fn.closePort
	.loc 1 2766 9
	# offerSuspendChannel: logPathError("suspend channel: cannot offer: ", "device/suspend/event...
	leaq .Lstring408(%rip), %rdi	# "suspend channel: cannot offer: "
	leaq .Lstring402(%rip), %rsi	# "device/suspend/event-channel"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
	.loc 1 2767 9
	# offerSuspendChannel: return;
	jmp .Lreturn_858
.Lelse_860:
	.loc 1 2769 5
	# offerSuspendChannel: suspendChannelPort = port;
	movq -8(%rbp), %rax	# port
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2770 5
	# offerSuspendChannel: print("suspend channel: port ");
	leaq .Lstring409(%rip), %rdi	# "suspend channel: port "
	call fn.print
	.loc 1 2771 5
	# offerSuspendChannel: printDecimal(port);
	movq -8(%rbp), %rdi	# port
	call fn.printDecimal
	.loc 1 2772 5
	# offerSuspendChannel: print(" offered");
	leaq .Lstring410(%rip), %rdi	# " offered"
	call fn.print
	.loc 1 2773 5
	# offerSuspendChannel: log(suspendChannelMode === SUSPEND_CHANNEL_IGNORE ? " (notifications ...
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_861
	leaq .Lstring411(%rip), %rax	# " (notifications ignored)"
	jmp .Lendcond_862
.Lelse_861:
	leaq .Lstring33(%rip), %rax	# ""
.Lendcond_862:
	movq %rax, %rdi
	call fn.log
.Lreturn_858:
	leave
	ret
	.size fn.offerSuspendChannel, .-fn.offerSuspendChannel

# function offerFreshSuspendChannel(sameDomain)
	.type fn.offerFreshSuspendChannel,@function
fn.offerFreshSuspendChannel:
	.loc 1 2778 1
	# offerFreshSuspendChannel: function offerFreshSuspendChannel(sameDomain: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter sameDomain
	.loc 1 2779 5
	# offerFreshSuspendChannel: if (sameDomain && suspendChannelPort !== NO_PORT) {
	movq -8(%rbp), %rax	# sameDomain
	testq %rax, %rax
	je .Lelse_864
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_864
	.loc 1 2780 9
	# offerFreshSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
.Lelse_864:
	.loc 1 2782 5
	# offerFreshSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2783 5
	# offerFreshSuspendChannel: if (suspendChannelMode !== SUSPEND_CHANNEL_OFF) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	je .Lelse_865
	.loc 1 2784 9
	# offerFreshSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lelse_865:
.Lreturn_863:
	leave
	ret
	.size fn.offerFreshSuspendChannel, .-fn.offerFreshSuspendChannel

# function handleSuspendChannelNotification()
	.type fn.handleSuspendChannelNotification,@function
fn.handleSuspendChannelNotification:
	.loc 1 2788 1
	# handleSuspendChannelNotification: function handleSuspendChannelNotification(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2789 5
	# handleSuspendChannelNotification: if (suspendChannelMode !== SUSPEND_CHANNEL_ON) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	je .Lelse_867
	.loc 1 2790 9
	# handleSuspendChannelNotification: log("suspend channel: notification ignored");
	leaq .Lstring412(%rip), %rdi	# "suspend channel: notification ignored"
	call fn.log
	.loc 1 2791 9
	# handleSuspendChannelNotification: return;
	jmp .Lreturn_866
.Lelse_867:
	.loc 1 2793 5
	# handleSuspendChannelNotification: log("suspend channel: notified");
	leaq .Lstring413(%rip), %rdi	# "suspend channel: notified"
	call fn.log
	.loc 1 2794 5
	# handleSuspendChannelNotification: performAction(ACTION_SUSPEND);
	movq $5, %rdi	# ACTION_SUSPEND
	call fn.performAction
.Lreturn_866:
	leave
	ret
	.size fn.handleSuspendChannelNotification, .-fn.handleSuspendChannelNotification

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 2824 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 2825 5
	# performAction: print("action: ");
	leaq .Lstring414(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 2826 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2827 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_870
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_871
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_872
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_873
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_874
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_875
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_876
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_877
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_878
	jmp .Lcase_879
.Lcase_870:
.Lcase_871:
	.loc 1 2830 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2831 13
	# performAction: shutdownForever(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.shutdownForever
	.loc 1 2832 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_872:
	.loc 1 2834 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2835 13
	# performAction: shutdownForever(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.shutdownForever
	.loc 1 2836 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_873:
	.loc 1 2838 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2839 13
	# performAction: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
	.loc 1 2840 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_874:
	.loc 1 2842 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 2843 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_875:
	.loc 1 2845 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2846 13
	# performAction: hangForever();
	call fn.hangForever
	.loc 1 2847 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_876:
	.loc 1 2849 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2850 13
	# performAction: spinForever();
	call fn.spinForever
	.loc 1 2851 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_877:
	.loc 1 2853 13
	# performAction: armWatchdogNeverFed();
	call fn.armWatchdogNeverFed
	.loc 1 2854 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_878:
	.loc 1 2856 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2857 13
	# performAction: shutdownForever(SHUTDOWN_SOFT_RESET);
	movq $5, %rdi	# SHUTDOWN_SOFT_RESET
	call fn.shutdownForever
	.loc 1 2858 13
	# performAction: break;
	jmp .Lendswitch_869
.Lcase_879:
	.loc 1 2860 13
	# performAction: break;
	jmp .Lendswitch_869
.Lendswitch_869:
.Lreturn_868:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function hangForever()
	.type fn.hangForever,@function
fn.hangForever:
	.loc 1 2864 1
	# hangForever: function hangForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2865 5
	# hangForever: while (true) {
.Lwhile_881:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_882
	.loc 1 2866 9
	# hangForever: if (sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	je .Lelse_883
	.loc 1 2867 13
	# hangForever: portPending(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.portPending
.Lelse_883:
	.loc 1 2869 9
	# hangForever: if (pollPorts(storePort, NO_PORT, 0, 0) < 0) {
	movq var.storePort(%rip), %rdi	# storePort
	movq $-1, %rsi	# NO_PORT
	movq $0, %rdx
	movq $0, %rcx
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_884
	.loc 1 2870 13
	# hangForever: yieldCpu();
	call fn.yieldCpu
.Lelse_884:
	jmp .Lwhile_881
.Lendwhile_882:
.Lreturn_880:
	leave
	ret
	.size fn.hangForever, .-fn.hangForever

# function spinForever()
	.type fn.spinForever,@function
fn.spinForever:
	.loc 1 2875 1
	# spinForever: function spinForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2876 5
	# spinForever: while (true) {
.Lwhile_886:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_887
	.loc 1 2877 9
	# spinForever: cpuRelax();
	pause	# cpuRelax: the spin-wait hint; the loop around it is the program's
	jmp .Lwhile_886
.Lendwhile_887:
.Lreturn_885:
	leave
	ret
	.size fn.spinForever, .-fn.spinForever

# function armWatchdogNeverFed()
	.type fn.armWatchdogNeverFed,@function
fn.armWatchdogNeverFed:
	.loc 1 2883 1
	# armWatchdogNeverFed: function armWatchdogNeverFed(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2884 5
	# armWatchdogNeverFed: store32(hypercallArguments, 0);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2885 5
	# armWatchdogNeverFed: store32(hypercallArguments + 4, WATCHDOG_SECONDS);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_889
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_889
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_889
	movq %rax, %rdi
	movq $1, %rax	# WATCHDOG_SECONDS
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2886 5
	# armWatchdogNeverFed: const id = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_WATCHDOG, hypercallA...
	movq $6, %rdi	# SCHEDOP_WATCHDOG
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	movq %rax, -8(%rbp)	# id
	.loc 1 2887 5
	# armWatchdogNeverFed: if (id < 0) {
	movq -8(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jge .Lelse_890
	.loc 1 2888 9
	# armWatchdogNeverFed: logErrno("watchdog: SCHEDOP_watchdog failed: error ", id);
	leaq .Lstring415(%rip), %rdi	# "watchdog: SCHEDOP_watchdog failed: erro
	movq -8(%rbp), %rsi	# id
	call fn.logErrno
	.loc 1 2889 9
	# armWatchdogNeverFed: return;
	jmp .Lreturn_888
.Lelse_890:
	.loc 1 2891 5
	# armWatchdogNeverFed: log("watchdog armed: 1 s, never fed");
	leaq .Lstring416(%rip), %rdi	# "watchdog armed: 1 s, never fed"
	call fn.log
.Lreturn_888:
	leave
	ret
.Ltrap_889:
	leaq .Lstring417(%rip), %rdi	# trap: kernel.ts:2885:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.armWatchdogNeverFed, .-fn.armWatchdogNeverFed

# function checkHypercallPage()
	.type fn.checkHypercallPage,@function
fn.checkHypercallPage:
	.loc 1 2926 1
	# checkHypercallPage: function checkHypercallPage(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2927 5
	# checkHypercallPage: if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	je .Lelse_892
	.loc 1 2928 9
	# checkHypercallPage: return;
	jmp .Lreturn_891
.Lelse_892:
	.loc 1 2930 5
	# checkHypercallPage: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 2931 5
	# checkHypercallPage: if (bootMode === BOOT_MODE_PVH) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_893
	.loc 1 2932 9
	# checkHypercallPage: debugPortPrint("xen-test-vm: PVH boot: Xen did not fill the hypercall...
	leaq .Lstring418(%rip), %rdi	# "xen-test-vm: PVH boot: Xen did not fill
	call fn.debugPortPrint
.Lelse_893:
	.loc 1 2934 5
	# checkHypercallPage: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring419(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 2935 5
	# checkHypercallPage: while (true) {
.Lwhile_894:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_895
	.loc 1 2936 9
	# checkHypercallPage: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_894
.Lendwhile_895:
.Lreturn_891:
	leave
	ret
	.size fn.checkHypercallPage, .-fn.checkHypercallPage

# function checkStartInfoMagic()
	.type fn.checkStartInfoMagic,@function
fn.checkStartInfoMagic:
	.loc 1 2940 1
	# checkStartInfoMagic: function checkStartInfoMagic(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2941 5
	# checkStartInfoMagic: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $0, %rdi	# START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_898
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_898
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_898
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring420(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_897
	.loc 1 2942 9
	# checkStartInfoMagic: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring421(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_897:
.Lreturn_896:
	leave
	ret
.Ltrap_898:
	leaq .Lstring422(%rip), %rdi	# trap: kernel.ts:2941:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.checkStartInfoMagic, .-fn.checkStartInfoMagic

# function debugPortPrint(text)
	.type fn.debugPortPrint,@function
fn.debugPortPrint:
	.loc 1 2952 1
	# debugPortPrint: function debugPortPrint(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 2953 5
	# debugPortPrint: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_900:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_902
	.loc 1 2954 9
	# debugPortPrint: debugPortWrite(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_903
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call debugPortWrite
.Lfornext_901:
	.loc 1 2953 38
	# debugPortPrint: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_904
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_904
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_900
.Lendfor_902:
.Lreturn_899:
	leave
	ret
.Ltrap_903:
	leaq .Lstring423(%rip), %rdi	# trap: kernel.ts:2954:24: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_904:
	leaq .Lstring424(%rip), %rdi	# trap: kernel.ts:2953:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.debugPortPrint, .-fn.debugPortPrint

# function pvhCannotBoot(what, detail)
	.type fn.pvhCannotBoot,@function
fn.pvhCannotBoot:
	.loc 1 2958 1
	# pvhCannotBoot: function pvhCannotBoot(what: string, detail: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter detail
	.loc 1 2959 5
	# pvhCannotBoot: debugPortPrint("xen-test-vm: PVH boot: ");
	leaq .Lstring425(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.debugPortPrint
	.loc 1 2960 5
	# pvhCannotBoot: debugPortPrint(what);
	movq -8(%rbp), %rdi	# what
	call fn.debugPortPrint
	.loc 1 2961 5
	# pvhCannotBoot: debugPortPrint(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.debugPortPrint
	.loc 1 2962 5
	# pvhCannotBoot: debugPortPrint("; crashing\n");
	leaq .Lstring426(%rip), %rdi	# "; crashing\n"
	call fn.debugPortPrint
	.loc 1 2963 5
	# pvhCannotBoot: print("xen-test-vm: PVH boot: ");
	leaq .Lstring425(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.print
	.loc 1 2964 5
	# pvhCannotBoot: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 2965 5
	# pvhCannotBoot: print(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.print
	.loc 1 2966 5
	# pvhCannotBoot: log("; crashing");
	leaq .Lstring427(%rip), %rdi	# "; crashing"
	call fn.log
	.loc 1 2967 5
	# pvhCannotBoot: consoleDrain();
	call fn.consoleDrain
	.loc 1 2968 5
	# pvhCannotBoot: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_905:
	leave
	ret
	.size fn.pvhCannotBoot, .-fn.pvhCannotBoot

# function enterDomain(bootInfo, mode)
	.type fn.enterDomain,@function
fn.enterDomain:
	.loc 1 2976 1
	# enterDomain: function enterDomain(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 2977 5
	# enterDomain: bootMode = mode === BOOT_MODE_PVH ? BOOT_MODE_PVH : BOOT_MODE_PV;
	movq -16(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_907
	movq $1, %rax	# BOOT_MODE_PVH
	jmp .Lendcond_908
.Lelse_907:
	movq $0, %rax	# BOOT_MODE_PV
.Lendcond_908:
	movq %rax, var.bootMode(%rip)	# bootMode =
	.loc 1 2978 5
	# enterDomain: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_909
	.loc 1 2979 9
	# enterDomain: startInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 2980 9
	# enterDomain: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $104, %rdi	# START_INFO_MFN_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_910
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_910
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_910
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_911
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_911
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 2981 9
	# enterDomain: readStartInfo();
	call fn.readStartInfo
	jmp .Lendif_912
.Lelse_909:
	.loc 1 2983 9
	# enterDomain: hvmStartInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.hvmStartInfo(%rip)	# hvmStartInfo =
.Lendif_912:
.Lreturn_906:
	leave
	ret
.Ltrap_910:
	leaq .Lstring428(%rip), %rdi	# trap: kernel.ts:2980:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_911:
	leaq .Lstring429(%rip), %rdi	# trap: kernel.ts:2980:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.enterDomain, .-fn.enterDomain

# function findRings()
	.type fn.findRings,@function
fn.findRings:
	.loc 1 2987 1
	# findRings: function findRings(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2988 5
	# findRings: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_914
	.loc 1 2989 9
	# findRings: checkStartInfoMagic();
	call fn.checkStartInfoMagic
	.loc 1 2990 9
	# findRings: return;
	jmp .Lreturn_913
.Lelse_914:
	.loc 1 2992 5
	# findRings: if (load32(hvmStartInfo + HVM_START_INFO_MAGIC) !== HVM_START_MAGIC_V...
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $0, %rdi	# HVM_START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_916
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_916
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_916
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $862897528, %rax	# compare with HVM_START_MAGIC_VALUE
	je .Lelse_915
	.loc 1 2993 9
	# findRings: pvhCannotBoot("hvm_start_info has the wrong magic number", "");
	leaq .Lstring430(%rip), %rdi	# "hvm_start_info has the wrong magic numb
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.pvhCannotBoot
.Lelse_915:
	.loc 1 2995 5
	# findRings: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -8(%rbp)	# missing
	.loc 1 2996 5
	# findRings: if (missing.length > 0) {
	movq -8(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_917
	.loc 1 2997 9
	# findRings: pvhCannotBoot("Xen gave no value for ", missing);
	leaq .Lstring431(%rip), %rdi	# "Xen gave no value for "
	movq -8(%rbp), %rsi	# missing
	call fn.pvhCannotBoot
.Lelse_917:
.Lreturn_913:
	leave
	ret
.Ltrap_916:
	leaq .Lstring432(%rip), %rdi	# trap: kernel.ts:2992:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.findRings, .-fn.findRings

# function printTerminated(address, limit)
	.type fn.printTerminated,@function
fn.printTerminated:
	.loc 1 3002 1
	# printTerminated: function printTerminated(address: number, limit: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter limit
	.loc 1 3003 5
	# printTerminated: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_919:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# limit
	cmpq %rdi, %rax
	jge .Lendfor_921
	.loc 1 3004 9
	# printTerminated: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_922
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_922
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_922
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -32(%rbp)	# byte
	.loc 1 3005 9
	# printTerminated: if (byte === 0) {
	movq -32(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_923
	.loc 1 3006 13
	# printTerminated: return;
	jmp .Lreturn_918
.Lelse_923:
	.loc 1 3008 9
	# printTerminated: printEscapedByte(byte);
	movq -32(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_920:
	.loc 1 3003 32
	# printTerminated: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_924
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_924
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_919
.Lendfor_921:
.Lreturn_918:
	leave
	ret
.Ltrap_922:
	leaq .Lstring433(%rip), %rdi	# trap: kernel.ts:3004:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_924:
	leaq .Lstring434(%rip), %rdi	# trap: kernel.ts:3003:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printTerminated, .-fn.printTerminated

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 3016 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3017 5
	# printBanner: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 3018 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring435(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 3019 5
	# printBanner: printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rdi
	movq $32, %rsi	# VERSION_BYTES_MAX
	call fn.printTerminated
	.loc 1 3020 5
	# printBanner: print(bootMode === BOOT_MODE_PVH ? " PVH" : " PV");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_926
	leaq .Lstring436(%rip), %rax	# " PVH"
	jmp .Lendcond_927
.Lelse_926:
	leaq .Lstring437(%rip), %rax	# " PV"
.Lendcond_927:
	movq %rax, %rdi
	call fn.print
	.loc 1 3021 5
	# printBanner: print(", domid ");
	leaq .Lstring438(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 3022 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_928
	.loc 1 3023 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_929
.Lelse_928:
	.loc 1 3025 9
	# printBanner: print("unknown");
	leaq .Lstring439(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_929:
	.loc 1 3027 5
	# printBanner: print(", memory ");
	leaq .Lstring440(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 3028 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	movq $256, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_930
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_930
	subq $1, %rax	# then the floor is one below
.Lfloored_930:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3029 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring441(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 3030 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -8(%rbp)	# version
	.loc 1 3031 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -8(%rbp), %rax	# version
	movq $65536, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_931
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_931
	subq $1, %rax	# then the floor is one below
.Lfloored_931:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3032 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 3033 5
	# printBanner: printDecimal(version & 0xffff);
	movq -8(%rbp), %rax	# version
	movq $65535, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3034 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_932:
	movq -16(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_934
	.loc 1 3035 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_935
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_935
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_935
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_933:
	.loc 1 3034 56
	# printBanner: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_936
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_936
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_932
.Lendfor_934:
	.loc 1 3037 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_937
	.loc 1 3038 9
	# printBanner: printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
	leaq buf.xenExtraVersion(%rip), %rdi	# xenExtraVersion
	movq $16, %rsi	# XENVER_EXTRAVERSION_BYTES
	call fn.printTerminated
.Lelse_937:
	.loc 1 3040 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_925:
	leave
	ret
.Ltrap_935:
	leaq .Lstring442(%rip), %rdi	# trap: kernel.ts:3035:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_936:
	leaq .Lstring443(%rip), %rdi	# trap: kernel.ts:3034:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 3043 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3044 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_939
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_939
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_939
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 3045 5
	# tick: print("domain ");
	leaq .Lstring444(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 3046 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 3047 5
	# tick: print(" tick ");
	leaq .Lstring445(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 3048 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 3049 5
	# tick: endLine();
	call fn.endLine
	.loc 1 3050 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_940
	.loc 1 3051 9
	# tick: print("override ");
	leaq .Lstring222(%rip), %rdi	# "override "
	call fn.print
	.loc 1 3052 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 3053 9
	# tick: log(" is active");
	leaq .Lstring446(%rip), %rdi	# " is active"
	call fn.log
.Lelse_940:
	.loc 1 3055 5
	# tick: countDownOneSecond();
	call fn.countDownOneSecond
.Lreturn_938:
	leave
	ret
.Ltrap_939:
	leaq .Lstring447(%rip), %rdi	# trap: kernel.ts:3044:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 3064 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3065 5
	# mainLoop: while (true) {
.Lwhile_942:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_943
	.loc 1 3066 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 3067 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 3068 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired || sysrqWatchFired) {
.Lwhile_944:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_946
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	jne .Lskip_946
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	je .Lendwhile_945
.Lskip_946:
	.loc 1 3069 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 3070 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_947
	.loc 1 3071 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 3072 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_947:
	.loc 1 3074 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_948
	.loc 1 3075 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 3076 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_948:
	.loc 1 3078 13
	# mainLoop: if (sysrqWatchFired) {
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	je .Lelse_949
	.loc 1 3079 17
	# mainLoop: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 3080 17
	# mainLoop: handleSysrq();
	call fn.handleSysrq
.Lelse_949:
	jmp .Lwhile_944
.Lendwhile_945:
	.loc 1 3083 9
	# mainLoop: if (suspendChannelPort !== NO_PORT && portPending(suspendChannelPort)) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_950
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.portPending
	testq %rax, %rax
	je .Lelse_950
	.loc 1 3084 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 3085 13
	# mainLoop: handleSuspendChannelNotification();
	call fn.handleSuspendChannelNotification
.Lelse_950:
	.loc 1 3087 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_951
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_951
	.loc 1 3088 13
	# mainLoop: print("console: ");
	leaq .Lstring448(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 3089 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 3090 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring449(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 3091 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_951:
	.loc 1 3093 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_952:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_953
	.loc 1 3094 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_954
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_954
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_954
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 3095 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 3096 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_952
.Lendwhile_953:
	.loc 1 3098 9
	# mainLoop: if (runDueCounts()) {
	call fn.runDueCounts
	testq %rax, %rax
	je .Lelse_955
	.loc 1 3099 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
.Lelse_955:
	.loc 1 3101 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_956
	.loc 1 3102 13
	# mainLoop: continue;
	jmp .Lwhile_942
.Lelse_956:
	.loc 1 3104 9
	# mainLoop: waitOnPorts(storePort, suspendChannelPort);
	movq var.storePort(%rip), %rdi	# storePort
	movq var.suspendChannelPort(%rip), %rsi	# suspendChannelPort
	call fn.waitOnPorts
	jmp .Lwhile_942
.Lendwhile_943:
.Lreturn_941:
	leave
	ret
.Ltrap_954:
	leaq .Lstring450(%rip), %rdi	# trap: kernel.ts:3094:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(bootInfo, mode), exported
	.globl main
	.type main,@function
main:
	.loc 1 3110 1
	# main: export function main(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 3111 5
	# main: enterDomain(bootInfo, mode);
	movq -8(%rbp), %rdi	# bootInfo
	movq -16(%rbp), %rsi	# mode
	call fn.enterDomain
	.loc 1 3112 5
	# main: checkHypercallPage();
	call fn.checkHypercallPage
	.loc 1 3113 5
	# main: findRings();
	call fn.findRings
	.loc 1 3114 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 3115 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 3116 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 3117 5
	# main: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_958
	.loc 1 3118 9
	# main: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_958:
	.loc 1 3120 5
	# main: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 3121 5
	# main: obeyCommandLine();
	call fn.obeyCommandLine
	.loc 1 3122 5
	# main: log("ready");
	leaq .Lstring451(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 3123 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_957:
	leave
	ret
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 3131 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 3132 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_960
	.loc 1 3133 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 3134 9
	# trap: print("trap: ");
	leaq .Lstring452(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 3135 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 3136 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_960:
	.loc 1 3138 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_959:
	leave
	ret
	.size trap, .-trap

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "kernel.ts:171:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:171:29: integer result outside the exact range"
	.balign 8
.Lstring1:	# "kernel.ts:171:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:171:19: integer result outside the exact range"
	.balign 8
.Lstring2:	# "kernel.ts:171:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:171:12: load64 value outside the exact range"
	.balign 8
.Lstring3:	# "kernel.ts:177:12: machineToPhys value outside the exact range"
	.quad 61
	.ascii "kernel.ts:177:12: machineToPhys value outside the exact range"
	.balign 8
.Lstring4:	# "kernel.ts:177:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:177:12: integer result outside the exact range"
	.balign 8
.Lstring5:	# "kernel.ts:183:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:183:26: integer result outside the exact range"
	.balign 8
.Lstring6:	# "kernel.ts:183:19: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:183:19: load64 value outside the exact range"
	.balign 8
.Lstring7:	# "kernel.ts:184:48: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:184:48: integer result outside the exact range"
	.balign 8
.Lstring8:	# "kernel.ts:184:41: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:184:41: load64 value outside the exact range"
	.balign 8
.Lstring9:	# "kernel.ts:185:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:185:26: integer result outside the exact range"
	.balign 8
.Lstring10:	# "kernel.ts:186:46: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:186:46: integer result outside the exact range"
	.balign 8
.Lstring11:	# "kernel.ts:186:39: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:186:39: load64 value outside the exact range"
	.balign 8
.Lstring12:	# "kernel.ts:187:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:187:24: integer result outside the exact range"
	.balign 8
.Lstring13:	# "kernel.ts:258:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:258:13: integer result outside the exact range"
	.balign 8
.Lstring14:	# "kernel.ts:260:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:260:13: integer result outside the exact range"
	.balign 8
.Lstring15:	# "kernel.ts:261:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:261:13: integer result outside the exact range"
	.balign 8
.Lstring16:	# "kernel.ts:262:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:262:13: integer result outside the exact range"
	.balign 8
.Lstring17:	# "kernel.ts:271:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:271:13: integer result outside the exact range"
	.balign 8
.Lstring18:	# "kernel.ts:272:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:272:13: integer result outside the exact range"
	.balign 8
.Lstring19:	# "kernel.ts:274:41: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:274:41: integer result outside the exact range"
	.balign 8
.Lstring20:	# "kernel.ts:284:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:284:9: integer result outside the exact range"
	.balign 8
.Lstring21:	# "kernel.ts:354:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:354:13: integer result outside the exact range"
	.balign 8
.Lstring22:	# "kernel.ts:355:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:355:13: integer result outside the exact range"
	.balign 8
.Lstring23:	# "kernel.ts:360:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:360:19: integer result outside the exact range"
	.balign 8
.Lstring24:	# "kernel.ts:360:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:360:12: load64 value outside the exact range"
	.balign 8
.Lstring25:	# "kernel.ts:367:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:367:13: integer result outside the exact range"
	.balign 8
.Lstring26:	# "kernel.ts:368:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:368:13: integer result outside the exact range"
	.balign 8
.Lstring27:	# "kernel.ts:369:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:369:13: integer result outside the exact range"
	.balign 8
.Lstring28:	# "kernel.ts:370:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:370:13: integer result outside the exact range"
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
.Lstring34:	# "kernel.ts:388:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:388:36: integer result outside the exact range"
	.balign 8
.Lstring35:	# "kernel.ts:390:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:390:32: integer result outside the exact range"
	.balign 8
.Lstring36:	# "kernel.ts:428:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:428:40: integer result outside the exact range"
	.balign 8
.Lstring37:	# "kernel.ts:428:33: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:428:33: load64 value outside the exact range"
	.balign 8
.Lstring38:	# "kernel.ts:468:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:468:32: integer result outside the exact range"
	.balign 8
.Lstring39:	# "kernel.ts:470:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:470:32: integer result outside the exact range"
	.balign 8
.Lstring40:	# "kernel.ts:471:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:471:33: integer result outside the exact range"
	.balign 8
.Lstring41:	# "kernel.ts:473:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:473:43: integer result outside the exact range"
	.balign 8
.Lstring42:	# "kernel.ts:481:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:481:23: integer result outside the exact range"
	.balign 8
.Lstring43:	# "kernel.ts:483:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:483:27: integer result outside the exact range"
	.balign 8
.Lstring44:	# "kernel.ts:484:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:484:28: integer result outside the exact range"
	.balign 8
.Lstring45:	# "kernel.ts:506:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:506:24: integer result outside the exact range"
	.balign 8
.Lstring46:	# "kernel.ts:508:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:508:9: integer result outside the exact range"
	.balign 8
.Lstring47:	# "kernel.ts:508:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:508:40: integer result outside the exact range"
	.balign 8
.Lstring48:	# "kernel.ts:534:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:534:28: integer result outside the exact range"
	.balign 8
.Lstring49:	# "kernel.ts:539:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:539:24: integer result outside the exact range"
	.balign 8
.Lstring50:	# "kernel.ts:578:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:578:17: integer result outside the exact range"
	.balign 8
.Lstring51:	# "kernel.ts:625:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:625:29: integer result outside the exact range"
	.balign 8
.Lstring52:	# "kernel.ts:626:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:626:29: integer result outside the exact range"
	.balign 8
.Lstring53:	# "kernel.ts:628:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:628:21: integer result outside the exact range"
	.balign 8
.Lstring54:	# "kernel.ts:647:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:647:35: integer result outside the exact range"
	.balign 8
.Lstring55:	# "kernel.ts:651:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:651:37: integer result outside the exact range"
	.balign 8
.Lstring56:	# "kernel.ts:652:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:652:20: integer result outside the exact range"
	.balign 8
.Lstring57:	# "kernel.ts:652:61: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:652:61: integer result outside the exact range"
	.balign 8
.Lstring58:	# "kernel.ts:654:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:654:21: integer result outside the exact range"
	.balign 8
.Lstring59:	# "kernel.ts:654:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:654:54: integer result outside the exact range"
	.balign 8
.Lstring60:	# "kernel.ts:659:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:659:35: integer result outside the exact range"
	.balign 8
.Lstring61:	# "kernel.ts:664:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:664:26: integer result outside the exact range"
	.balign 8
.Lstring62:	# "kernel.ts:703:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:703:26: integer result outside the exact range"
	.balign 8
.Lstring63:	# "kernel.ts:706:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:706:26: integer result outside the exact range"
	.balign 8
.Lstring64:	# "kernel.ts:725:20: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:725:20: charCodeAt index out of range"
	.balign 8
.Lstring65:	# "kernel.ts:724:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:724:38: integer result outside the exact range"
	.balign 8
.Lstring66:	# "kernel.ts:743:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:743:16: integer result outside the exact range"
	.balign 8
.Lstring67:	# "kernel.ts:747:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:747:26: integer result outside the exact range"
	.balign 8
.Lstring68:	# "kernel.ts:747:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:747:40: integer result outside the exact range"
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
.Lstring75:	# "kernel.ts:774:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:774:32: integer result outside the exact range"
	.balign 8
.Lstring76:	# "kernel.ts:773:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:773:32: integer result outside the exact range"
	.balign 8
.Lstring77:	# "kernel.ts:793:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:793:16: integer result outside the exact range"
	.balign 8
.Lstring78:	# "kernel.ts:793:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:793:39: integer result outside the exact range"
	.balign 8
.Lstring79:	# "kernel.ts:792:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:792:33: integer result outside the exact range"
	.balign 8
.Lstring80:	# "kernel.ts:803:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:803:19: integer result outside the exact range"
	.balign 8
.Lstring81:	# "kernel.ts:803:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:803:36: charCodeAt index out of range"
	.balign 8
.Lstring82:	# "kernel.ts:802:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:802:33: integer result outside the exact range"
	.balign 8
.Lstring83:	# "kernel.ts:813:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:813:19: integer result outside the exact range"
	.balign 8
.Lstring84:	# "kernel.ts:813:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:813:40: integer result outside the exact range"
	.balign 8
.Lstring85:	# "kernel.ts:812:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:812:33: integer result outside the exact range"
	.balign 8
.Lstring86:	# "kernel.ts:827:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:827:28: integer result outside the exact range"
	.balign 8
.Lstring87:	# "kernel.ts:831:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:831:17: integer result outside the exact range"
	.balign 8
.Lstring88:	# "kernel.ts:831:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:831:31: integer result outside the exact range"
	.balign 8
.Lstring89:	# "kernel.ts:826:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:826:33: integer result outside the exact range"
	.balign 8
.Lstring90:	# "kernel.ts:840:18: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:840:18: integer result outside the exact range"
	.balign 8
.Lstring91:	# "kernel.ts:843:18: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:843:18: integer result outside the exact range"
	.balign 8
.Lstring92:	# "kernel.ts:844:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:844:16: integer result outside the exact range"
	.balign 8
.Lstring93:	# "kernel.ts:844:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:844:29: integer result outside the exact range"
	.balign 8
.Lstring94:	# "kernel.ts:843:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:843:38: integer result outside the exact range"
	.balign 8
.Lstring95:	# "EINVAL"
	.quad 6
	.ascii "EINVAL"
	.balign 8
.Lstring96:	# "EACCES"
	.quad 6
	.ascii "EACCES"
	.balign 8
.Lstring97:	# "EEXIST"
	.quad 6
	.ascii "EEXIST"
	.balign 8
.Lstring98:	# "EISDIR"
	.quad 6
	.ascii "EISDIR"
	.balign 8
.Lstring99:	# "ENOENT"
	.quad 6
	.ascii "ENOENT"
	.balign 8
.Lstring100:	# "ENOMEM"
	.quad 6
	.ascii "ENOMEM"
	.balign 8
.Lstring101:	# "ENOSPC"
	.quad 6
	.ascii "ENOSPC"
	.balign 8
.Lstring102:	# "EIO"
	.quad 3
	.ascii "EIO"
	.balign 8
.Lstring103:	# "ENOTEMPTY"
	.quad 9
	.ascii "ENOTEMPTY"
	.balign 8
.Lstring104:	# "ENOSYS"
	.quad 6
	.ascii "ENOSYS"
	.balign 8
.Lstring105:	# "EROFS"
	.quad 5
	.ascii "EROFS"
	.balign 8
.Lstring106:	# "EBUSY"
	.quad 5
	.ascii "EBUSY"
	.balign 8
.Lstring107:	# "EAGAIN"
	.quad 6
	.ascii "EAGAIN"
	.balign 8
.Lstring108:	# "EISCONN"
	.quad 7
	.ascii "EISCONN"
	.balign 8
.Lstring109:	# "E2BIG"
	.quad 5
	.ascii "E2BIG"
	.balign 8
.Lstring110:	# "EPERM"
	.quad 5
	.ascii "EPERM"
	.balign 8
.Lstring111:	# "protocol error"
	.quad 14
	.ascii "protocol error"
	.balign 8
.Lstring112:	# "no reply"
	.quad 8
	.ascii "no reply"
	.balign 8
.Lstring113:	# "unknown error"
	.quad 13
	.ascii "unknown error"
	.balign 8
.Lstring114:	# "kernel.ts:973:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:973:44: integer result outside the exact range"
	.balign 8
.Lstring115:	# "kernel.ts:973:74: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:973:74: integer result outside the exact range"
	.balign 8
.Lstring116:	# "kernel.ts:974:52: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:974:52: integer result outside the exact range"
	.balign 8
.Lstring117:	# "kernel.ts:1004:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1004:13: integer result outside the exact range"
	.balign 8
.Lstring118:	# "kernel.ts:1014:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1014:12: integer result outside the exact range"
	.balign 8
.Lstring119:	# "kernel.ts:1015:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1015:26: integer result outside the exact range"
	.balign 8
.Lstring120:	# "kernel.ts:1021:27: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:1021:27: charCodeAt index out of range"
	.balign 8
.Lstring121:	# "kernel.ts:1020:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1020:38: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:1033:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1033:33: integer result outside the exact range"
	.balign 8
.Lstring123:	# "kernel.ts:1032:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1032:33: integer result outside the exact range"
	.balign 8
.Lstring124:	# "xenstore: request ring indexes make no sense (prod "
	.quad 51
	.ascii "xenstore: request ring indexes make no sense (prod "
	.balign 8
.Lstring125:	# ", cons "
	.quad 7
	.ascii ", cons "
	.balign 8
.Lstring126:	# "); request dropped"
	.quad 18
	.ascii "); request dropped"
	.balign 8
.Lstring127:	# "kernel.ts:1039:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1039:29: integer result outside the exact range"
	.balign 8
.Lstring128:	# "kernel.ts:1040:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1040:29: integer result outside the exact range"
	.balign 8
.Lstring129:	# "kernel.ts:1042:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1042:23: integer result outside the exact range"
	.balign 8
.Lstring130:	# "kernel.ts:1051:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1051:12: integer result outside the exact range"
	.balign 8
.Lstring131:	# "kernel.ts:1058:42: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1058:42: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:1058:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1058:17: integer result outside the exact range"
	.balign 8
.Lstring133:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring134:	# "kernel.ts:1082:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1082:31: integer result outside the exact range"
	.balign 8
.Lstring135:	# "kernel.ts:1090:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1090:33: integer result outside the exact range"
	.balign 8
.Lstring136:	# "kernel.ts:1091:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1091:50: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:1092:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1092:20: integer result outside the exact range"
	.balign 8
.Lstring138:	# "kernel.ts:1092:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1092:54: integer result outside the exact range"
	.balign 8
.Lstring139:	# "kernel.ts:1093:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1093:23: integer result outside the exact range"
	.balign 8
.Lstring140:	# "kernel.ts:1095:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1095:17: integer result outside the exact range"
	.balign 8
.Lstring141:	# "kernel.ts:1095:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1095:43: integer result outside the exact range"
	.balign 8
.Lstring142:	# "kernel.ts:1096:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1096:16: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:1111:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1111:29: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:1113:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1113:13: integer result outside the exact range"
	.balign 8
.Lstring145:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring146:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring147:	# "kernel.ts:1119:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1119:29: integer result outside the exact range"
	.balign 8
.Lstring148:	# "kernel.ts:1120:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1120:29: integer result outside the exact range"
	.balign 8
.Lstring149:	# "kernel.ts:1122:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1122:24: integer result outside the exact range"
	.balign 8
.Lstring150:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring151:	# "kernel.ts:1146:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1146:31: integer result outside the exact range"
	.balign 8
.Lstring152:	# "kernel.ts:1155:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1155:33: integer result outside the exact range"
	.balign 8
.Lstring153:	# "kernel.ts:1156:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1156:54: integer result outside the exact range"
	.balign 8
.Lstring154:	# "kernel.ts:1157:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1157:22: integer result outside the exact range"
	.balign 8
.Lstring155:	# "kernel.ts:1157:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1157:56: integer result outside the exact range"
	.balign 8
.Lstring156:	# "kernel.ts:1158:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1158:19: integer result outside the exact range"
	.balign 8
.Lstring157:	# "kernel.ts:1160:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1160:17: integer result outside the exact range"
	.balign 8
.Lstring158:	# "kernel.ts:1160:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1160:43: integer result outside the exact range"
	.balign 8
.Lstring159:	# "kernel.ts:1162:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1162:20: integer result outside the exact range"
	.balign 8
.Lstring160:	# "shutdown-watch"
	.quad 14
	.ascii "shutdown-watch"
	.balign 8
.Lstring161:	# "testing-watch"
	.quad 13
	.ascii "testing-watch"
	.balign 8
.Lstring162:	# "sysrq-watch"
	.quad 11
	.ascii "sysrq-watch"
	.balign 8
.Lstring163:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring164:	# "kernel.ts:1170:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1170:38: integer result outside the exact range"
	.balign 8
.Lstring165:	# "kernel.ts:1171:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1171:19: integer result outside the exact range"
	.balign 8
.Lstring166:	# "kernel.ts:1173:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1173:19: integer result outside the exact range"
	.balign 8
.Lstring167:	# "kernel.ts:1174:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1174:23: integer result outside the exact range"
	.balign 8
.Lstring168:	# "kernel.ts:1175:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1175:34: integer result outside the exact range"
	.balign 8
.Lstring169:	# "kernel.ts:1176:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1176:23: integer result outside the exact range"
	.balign 8
.Lstring170:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring171:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring172:	# "kernel.ts:1201:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1201:27: integer result outside the exact range"
	.balign 8
.Lstring173:	# "kernel.ts:1209:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1209:43: integer result outside the exact range"
	.balign 8
.Lstring174:	# "kernel.ts:1213:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1213:16: integer result outside the exact range"
	.balign 8
.Lstring175:	# "kernel.ts:1214:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1214:24: integer result outside the exact range"
	.balign 8
.Lstring176:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring177:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring178:	# "kernel.ts:1229:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1229:65: integer result outside the exact range"
	.balign 8
.Lstring179:	# "kernel.ts:1230:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1230:13: integer result outside the exact range"
	.balign 8
.Lstring180:	# "kernel.ts:1231:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1231:13: integer result outside the exact range"
	.balign 8
.Lstring181:	# "kernel.ts:1232:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1232:13: integer result outside the exact range"
	.balign 8
.Lstring182:	# "kernel.ts:1233:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1233:55: integer result outside the exact range"
	.balign 8
.Lstring183:	# "kernel.ts:1245:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1245:31: integer result outside the exact range"
	.balign 8
.Lstring184:	# "kernel.ts:1246:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1246:20: integer result outside the exact range"
	.balign 8
.Lstring185:	# "kernel.ts:1248:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1248:33: integer result outside the exact range"
	.balign 8
.Lstring186:	# "kernel.ts:1254:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1254:20: integer result outside the exact range"
	.balign 8
.Lstring187:	# "kernel.ts:1255:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1255:40: integer result outside the exact range"
	.balign 8
.Lstring188:	# "kernel.ts:1257:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1257:31: integer result outside the exact range"
	.balign 8
.Lstring189:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring190:	# "kernel.ts:1277:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1277:33: integer result outside the exact range"
	.balign 8
.Lstring191:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring192:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring193:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring194:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring195:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring196:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring197:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring198:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring199:	# "hang"
	.quad 4
	.ascii "hang"
	.balign 8
.Lstring200:	# "spin"
	.quad 4
	.ascii "spin"
	.balign 8
.Lstring201:	# "watchdog"
	.quad 8
	.ascii "watchdog"
	.balign 8
.Lstring202:	# "soft-reset"
	.quad 10
	.ascii "soft-reset"
	.balign 8
.Lstring203:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring204:	# "kernel.ts:1477:63: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1477:63: integer result outside the exact range"
	.balign 8
.Lstring205:	# "kernel.ts:1496:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1496:32: integer result outside the exact range"
	.balign 8
.Lstring206:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring207:	# "timer replaced: "
	.quad 16
	.ascii "timer replaced: "
	.balign 8
.Lstring208:	# "timer set: "
	.quad 11
	.ascii "timer set: "
	.balign 8
.Lstring209:	# " in "
	.quad 4
	.ascii " in "
	.balign 8
.Lstring210:	# " s"
	.quad 2
	.ascii " s"
	.balign 8
.Lstring211:	# "kernel.ts:1561:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1561:15: integer result outside the exact range"
	.balign 8
.Lstring212:	# "kernel.ts:1569:26: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1569:26: load64 value outside the exact range"
	.balign 8
.Lstring213:	# "kernel.ts:1569:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1569:66: integer result outside the exact range"
	.balign 8
.Lstring214:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring215:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring216:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring217:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring218:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring219:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring220:	# "busy with a delayed response; request ignored"
	.quad 45
	.ascii "busy with a delayed response; request ignored"
	.balign 8
.Lstring221:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring222:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring223:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring224:	# "acknowledging in "
	.quad 17
	.ascii "acknowledging in "
	.balign 8
.Lstring225:	# "acting in "
	.quad 10
	.ascii "acting in "
	.balign 8
.Lstring226:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring227:	# "timer: "
	.quad 7
	.ascii "timer: "
	.balign 8
.Lstring228:	# "response: "
	.quad 10
	.ascii "response: "
	.balign 8
.Lstring229:	# "acknowledging"
	.quad 13
	.ascii "acknowledging"
	.balign 8
.Lstring230:	# "kernel.ts:1721:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1721:26: integer result outside the exact range"
	.balign 8
.Lstring231:	# "kernel.ts:1731:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1731:29: integer result outside the exact range"
	.balign 8
.Lstring232:	# "timer fired: "
	.quad 13
	.ascii "timer fired: "
	.balign 8
.Lstring233:	# "control/sysrq"
	.quad 13
	.ascii "control/sysrq"
	.balign 8
.Lstring234:	# "sysrq: "
	.quad 7
	.ascii "sysrq: "
	.balign 8
.Lstring235:	# " (no action)"
	.quad 12
	.ascii " (no action)"
	.balign 8
.Lstring236:	# "expected now:, next:, after:, cancel, suspend-channel: or a JSON obje
	.quad 71
	.ascii "expected now:, next:, after:, cancel, suspend-channel: or a JSON object"
	.balign 8
.Lstring237:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring238:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring239:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring240:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring241:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring242:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring243:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring244:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring245:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring246:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring247:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring248:	# "after: expects after:<seconds>:<action>"
	.quad 39
	.ascii "after: expects after:<seconds>:<action>"
	.balign 8
.Lstring249:	# "seconds must be a whole number from 0 to 86400"
	.quad 46
	.ascii "seconds must be a whole number from 0 to 86400"
	.balign 8
.Lstring250:	# "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.quad 63
	.ascii "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring251:	# "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.quad 66
	.ascii "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring252:	# "\"ackDelay\" needs \"when\":\"onshutdown\""
	.quad 36
	.ascii "\"ackDelay\" needs \"when\":\"onshutdown\""
	.balign 8
.Lstring253:	# "unknown suspend-channel mode"
	.quad 28
	.ascii "unknown suspend-channel mode"
	.balign 8
.Lstring254:	# "control/sysrq must be one key"
	.quad 29
	.ascii "control/sysrq must be one key"
	.balign 8
.Lstring255:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring256:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring257:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring258:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring259:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring260:	# "after:"
	.quad 6
	.ascii "after:"
	.balign 8
.Lstring261:	# "cancel"
	.quad 6
	.ascii "cancel"
	.balign 8
.Lstring262:	# "suspend-channel:"
	.quad 16
	.ascii "suspend-channel:"
	.balign 8
.Lstring263:	# "kernel.ts:1878:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1878:55: integer result outside the exact range"
	.balign 8
.Lstring264:	# "kernel.ts:1879:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1879:17: integer result outside the exact range"
	.balign 8
.Lstring265:	# "kernel.ts:1881:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1881:40: integer result outside the exact range"
	.balign 8
.Lstring266:	# "kernel.ts:1886:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1886:40: integer result outside the exact range"
	.balign 8
.Lstring267:	# "kernel.ts:1886:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1886:58: integer result outside the exact range"
	.balign 8
.Lstring268:	# "kernel.ts:1895:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1895:40: integer result outside the exact range"
	.balign 8
.Lstring269:	# "kernel.ts:1895:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1895:58: integer result outside the exact range"
	.balign 8
.Lstring270:	# "kernel.ts:1912:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1912:50: integer result outside the exact range"
	.balign 8
.Lstring271:	# "kernel.ts:1912:69: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1912:69: integer result outside the exact range"
	.balign 8
.Lstring272:	# "kernel.ts:1925:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1925:21: integer result outside the exact range"
	.balign 8
.Lstring273:	# "kernel.ts:1927:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1927:12: integer result outside the exact range"
	.balign 8
.Lstring274:	# "kernel.ts:1927:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1927:55: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:1928:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1928:25: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:1930:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1930:26: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:1940:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1940:36: integer result outside the exact range"
	.balign 8
.Lstring278:	# "override cancelled: "
	.quad 20
	.ascii "override cancelled: "
	.balign 8
.Lstring279:	# "timer cancelled: "
	.quad 17
	.ascii "timer cancelled: "
	.balign 8
.Lstring280:	# "delayed response cancelled: "
	.quad 28
	.ascii "delayed response cancelled: "
	.balign 8
.Lstring281:	# "cancel: nothing was pending"
	.quad 27
	.ascii "cancel: nothing was pending"
	.balign 8
.Lstring282:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring283:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring284:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring285:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring286:	# "command line: above the first 4 GiB, which boot.S does not map; ignor
	.quad 71
	.ascii "command line: above the first 4 GiB, which boot.S does not map; ignored"
	.balign 8
.Lstring287:	# "kernel.ts:2024:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2024:16: integer result outside the exact range"
	.balign 8
.Lstring288:	# "kernel.ts:2026:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2026:28: integer result outside the exact range"
	.balign 8
.Lstring289:	# "kernel.ts:2026:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2026:21: load64 value outside the exact range"
	.balign 8
.Lstring290:	# "kernel.ts:2027:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2027:26: integer result outside the exact range"
	.balign 8
.Lstring291:	# "command line: "
	.quad 14
	.ascii "command line: "
	.balign 8
.Lstring292:	# "kernel.ts:2042:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2042:49: integer result outside the exact range"
	.balign 8
.Lstring293:	# "kernel.ts:2043:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2043:16: integer result outside the exact range"
	.balign 8
.Lstring294:	# "kernel.ts:2043:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2043:44: integer result outside the exact range"
	.balign 8
.Lstring295:	# "kernel.ts:2044:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2044:18: integer result outside the exact range"
	.balign 8
.Lstring296:	# "kernel.ts:2048:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2048:37: integer result outside the exact range"
	.balign 8
.Lstring297:	# "kernel.ts:2049:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2049:18: integer result outside the exact range"
	.balign 8
.Lstring298:	# "kernel.ts:2052:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2052:38: integer result outside the exact range"
	.balign 8
.Lstring299:	# "kernel.ts:2053:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2053:19: integer result outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:2056:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2056:37: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:2056:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2056:55: integer result outside the exact range"
	.balign 8
.Lstring302:	# "kernel.ts:2057:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2057:29: integer result outside the exact range"
	.balign 8
.Lstring303:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring304:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring305:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring306:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring307:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring308:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring309:	# "kernel.ts:2140:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2140:18: integer result outside the exact range"
	.balign 8
.Lstring310:	# "kernel.ts:2153:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2153:16: integer result outside the exact range"
	.balign 8
.Lstring311:	# "kernel.ts:2156:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2156:16: integer result outside the exact range"
	.balign 8
.Lstring312:	# "kernel.ts:2159:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2159:16: integer result outside the exact range"
	.balign 8
.Lstring313:	# "kernel.ts:2166:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2166:9: integer result outside the exact range"
	.balign 8
.Lstring314:	# "kernel.ts:2171:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2171:38: integer result outside the exact range"
	.balign 8
.Lstring315:	# "kernel.ts:2175:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2175:17: integer result outside the exact range"
	.balign 8
.Lstring316:	# "kernel.ts:2170:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2170:28: integer result outside the exact range"
	.balign 8
.Lstring317:	# "kernel.ts:2177:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2177:14: integer result outside the exact range"
	.balign 8
.Lstring318:	# "kernel.ts:2183:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2183:16: integer result outside the exact range"
	.balign 8
.Lstring319:	# "kernel.ts:2185:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2185:25: integer result outside the exact range"
	.balign 8
.Lstring320:	# "kernel.ts:2192:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2192:31: integer result outside the exact range"
	.balign 8
.Lstring321:	# "kernel.ts:2193:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2193:31: integer result outside the exact range"
	.balign 8
.Lstring322:	# "kernel.ts:2195:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2195:31: integer result outside the exact range"
	.balign 8
.Lstring323:	# "kernel.ts:2196:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2196:31: integer result outside the exact range"
	.balign 8
.Lstring324:	# "kernel.ts:2197:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2197:31: integer result outside the exact range"
	.balign 8
.Lstring325:	# "kernel.ts:2199:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2199:31: integer result outside the exact range"
	.balign 8
.Lstring326:	# "kernel.ts:2200:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2200:31: integer result outside the exact range"
	.balign 8
.Lstring327:	# "kernel.ts:2201:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2201:31: integer result outside the exact range"
	.balign 8
.Lstring328:	# "kernel.ts:2202:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2202:31: integer result outside the exact range"
	.balign 8
.Lstring329:	# "kernel.ts:2212:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2212:14: integer result outside the exact range"
	.balign 8
.Lstring330:	# "kernel.ts:2219:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2219:18: integer result outside the exact range"
	.balign 8
.Lstring331:	# "kernel.ts:2234:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2234:18: integer result outside the exact range"
	.balign 8
.Lstring332:	# "kernel.ts:2250:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2250:66: integer result outside the exact range"
	.balign 8
.Lstring333:	# "kernel.ts:2251:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2251:51: integer result outside the exact range"
	.balign 8
.Lstring334:	# "kernel.ts:2253:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2253:30: integer result outside the exact range"
	.balign 8
.Lstring335:	# "kernel.ts:2256:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2256:48: integer result outside the exact range"
	.balign 8
.Lstring336:	# "kernel.ts:2256:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2256:47: integer result outside the exact range"
	.balign 8
.Lstring337:	# "kernel.ts:2256:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2256:37: integer result outside the exact range"
	.balign 8
.Lstring338:	# "kernel.ts:2256:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2256:78: integer result outside the exact range"
	.balign 8
.Lstring339:	# "kernel.ts:2273:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2273:18: integer result outside the exact range"
	.balign 8
.Lstring340:	# "kernel.ts:2274:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2274:17: integer result outside the exact range"
	.balign 8
.Lstring341:	# "kernel.ts:2282:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2282:18: integer result outside the exact range"
	.balign 8
.Lstring342:	# "kernel.ts:2285:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2285:18: integer result outside the exact range"
	.balign 8
.Lstring343:	# "kernel.ts:2290:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2290:18: integer result outside the exact range"
	.balign 8
.Lstring344:	# "kernel.ts:2296:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2296:18: integer result outside the exact range"
	.balign 8
.Lstring345:	# "kernel.ts:2298:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2298:22: integer result outside the exact range"
	.balign 8
.Lstring346:	# "kernel.ts:2308:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2308:9: integer result outside the exact range"
	.balign 8
.Lstring347:	# "kernel.ts:2311:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2311:14: integer result outside the exact range"
	.balign 8
.Lstring348:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring349:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring350:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring351:	# "kernel.ts:2327:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2327:18: integer result outside the exact range"
	.balign 8
.Lstring352:	# "kernel.ts:2330:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2330:22: integer result outside the exact range"
	.balign 8
.Lstring353:	# "kernel.ts:2343:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2343:26: integer result outside the exact range"
	.balign 8
.Lstring354:	# "kernel.ts:2345:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2345:32: integer result outside the exact range"
	.balign 8
.Lstring355:	# "kernel.ts:2350:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2350:22: integer result outside the exact range"
	.balign 8
.Lstring356:	# "kernel.ts:2397:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2397:45: integer result outside the exact range"
	.balign 8
.Lstring357:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring358:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring359:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring360:	# "delay"
	.quad 5
	.ascii "delay"
	.balign 8
.Lstring361:	# "ackDelay"
	.quad 8
	.ascii "ackDelay"
	.balign 8
.Lstring362:	# "kernel.ts:2409:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2409:15: integer result outside the exact range"
	.balign 8
.Lstring363:	# "kernel.ts:2417:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2417:14: integer result outside the exact range"
	.balign 8
.Lstring364:	# "kernel.ts:2420:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2420:18: integer result outside the exact range"
	.balign 8
.Lstring365:	# "kernel.ts:2433:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2433:22: integer result outside the exact range"
	.balign 8
.Lstring366:	# "kernel.ts:2452:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2452:22: integer result outside the exact range"
	.balign 8
.Lstring367:	# "kernel.ts:2540:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2540:27: integer result outside the exact range"
	.balign 8
.Lstring368:	# "kernel.ts:2540:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2540:17: integer result outside the exact range"
	.balign 8
.Lstring369:	# "kernel.ts:2539:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2539:32: integer result outside the exact range"
	.balign 8
.Lstring370:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring371:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring372:	# "kernel.ts:2547:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2547:34: integer result outside the exact range"
	.balign 8
.Lstring373:	# "kernel.ts:2548:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2548:40: integer result outside the exact range"
	.balign 8
.Lstring374:	# "kernel.ts:2556:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2556:28: integer result outside the exact range"
	.balign 8
.Lstring375:	# "kernel.ts:2558:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2558:30: integer result outside the exact range"
	.balign 8
.Lstring376:	# "kernel.ts:2558:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2558:17: integer result outside the exact range"
	.balign 8
.Lstring377:	# "kernel.ts:2558:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2558:65: integer result outside the exact range"
	.balign 8
.Lstring378:	# "kernel.ts:2558:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2558:55: integer result outside the exact range"
	.balign 8
.Lstring379:	# "kernel.ts:2557:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2557:41: integer result outside the exact range"
	.balign 8
.Lstring380:	# "kernel.ts:2561:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2561:33: integer result outside the exact range"
	.balign 8
.Lstring381:	# "kernel.ts:2561:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2561:17: integer result outside the exact range"
	.balign 8
.Lstring382:	# "kernel.ts:2561:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2561:71: integer result outside the exact range"
	.balign 8
.Lstring383:	# "kernel.ts:2561:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2561:58: integer result outside the exact range"
	.balign 8
.Lstring384:	# "kernel.ts:2560:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2560:47: integer result outside the exact range"
	.balign 8
.Lstring385:	# "kernel.ts:2563:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2563:13: integer result outside the exact range"
	.balign 8
.Lstring386:	# "kernel.ts:2565:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2565:13: integer result outside the exact range"
	.balign 8
.Lstring387:	# "kernel.ts:2588:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2588:13: integer result outside the exact range"
	.balign 8
.Lstring388:	# "kernel.ts:2589:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2589:13: integer result outside the exact range"
	.balign 8
.Lstring389:	# "kernel.ts:2598:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2598:13: integer result outside the exact range"
	.balign 8
.Lstring390:	# "kernel.ts:2599:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2599:13: integer result outside the exact range"
	.balign 8
.Lstring391:	# "resume: Xen gave no value for "
	.quad 30
	.ascii "resume: Xen gave no value for "
	.balign 8
.Lstring392:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring393:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring394:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring395:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring396:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring397:	# "kernel.ts:2664:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2664:12: integer result outside the exact range"
	.balign 8
.Lstring398:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring399:	# "on"
	.quad 2
	.ascii "on"
	.balign 8
.Lstring400:	# "off"
	.quad 3
	.ascii "off"
	.balign 8
.Lstring401:	# "suspend channel: none offered"
	.quad 29
	.ascii "suspend channel: none offered"
	.balign 8
.Lstring402:	# "device/suspend/event-channel"
	.quad 28
	.ascii "device/suspend/event-channel"
	.balign 8
.Lstring403:	# "suspend channel: cannot empty "
	.quad 30
	.ascii "suspend channel: cannot empty "
	.balign 8
.Lstring404:	# "suspend channel: withdrawn"
	.quad 26
	.ascii "suspend channel: withdrawn"
	.balign 8
.Lstring405:	# "suspend channel: notifications obeyed"
	.quad 37
	.ascii "suspend channel: notifications obeyed"
	.balign 8
.Lstring406:	# "suspend channel: notifications ignored"
	.quad 38
	.ascii "suspend channel: notifications ignored"
	.balign 8
.Lstring407:	# "suspend channel: cannot offer: error "
	.quad 37
	.ascii "suspend channel: cannot offer: error "
	.balign 8
.Lstring408:	# "suspend channel: cannot offer: "
	.quad 31
	.ascii "suspend channel: cannot offer: "
	.balign 8
.Lstring409:	# "suspend channel: port "
	.quad 22
	.ascii "suspend channel: port "
	.balign 8
.Lstring410:	# " offered"
	.quad 8
	.ascii " offered"
	.balign 8
.Lstring411:	# " (notifications ignored)"
	.quad 24
	.ascii " (notifications ignored)"
	.balign 8
.Lstring412:	# "suspend channel: notification ignored"
	.quad 37
	.ascii "suspend channel: notification ignored"
	.balign 8
.Lstring413:	# "suspend channel: notified"
	.quad 25
	.ascii "suspend channel: notified"
	.balign 8
.Lstring414:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring415:	# "watchdog: SCHEDOP_watchdog failed: error "
	.quad 41
	.ascii "watchdog: SCHEDOP_watchdog failed: error "
	.balign 8
.Lstring416:	# "watchdog armed: 1 s, never fed"
	.quad 30
	.ascii "watchdog armed: 1 s, never fed"
	.balign 8
.Lstring417:	# "kernel.ts:2885:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2885:13: integer result outside the exact range"
	.balign 8
.Lstring418:	# "xen-test-vm: PVH boot: Xen did not fill the hypercall page\n"
	.quad 59
	.ascii "xen-test-vm: PVH boot: Xen did not fill the hypercall page\012"
	.balign 8
.Lstring419:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring420:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring421:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring422:	# "kernel.ts:2941:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2941:25: integer result outside the exact range"
	.balign 8
.Lstring423:	# "kernel.ts:2954:24: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:2954:24: charCodeAt index out of range"
	.balign 8
.Lstring424:	# "kernel.ts:2953:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2953:38: integer result outside the exact range"
	.balign 8
.Lstring425:	# "xen-test-vm: PVH boot: "
	.quad 23
	.ascii "xen-test-vm: PVH boot: "
	.balign 8
.Lstring426:	# "; crashing\n"
	.quad 11
	.ascii "; crashing\012"
	.balign 8
.Lstring427:	# "; crashing"
	.quad 10
	.ascii "; crashing"
	.balign 8
.Lstring428:	# "kernel.ts:2980:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2980:26: integer result outside the exact range"
	.balign 8
.Lstring429:	# "kernel.ts:2980:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2980:19: load64 value outside the exact range"
	.balign 8
.Lstring430:	# "hvm_start_info has the wrong magic number"
	.quad 41
	.ascii "hvm_start_info has the wrong magic number"
	.balign 8
.Lstring431:	# "Xen gave no value for "
	.quad 22
	.ascii "Xen gave no value for "
	.balign 8
.Lstring432:	# "kernel.ts:2992:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2992:16: integer result outside the exact range"
	.balign 8
.Lstring433:	# "kernel.ts:3004:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3004:28: integer result outside the exact range"
	.balign 8
.Lstring434:	# "kernel.ts:3003:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3003:32: integer result outside the exact range"
	.balign 8
.Lstring435:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring436:	# " PVH"
	.quad 4
	.ascii " PVH"
	.balign 8
.Lstring437:	# " PV"
	.quad 3
	.ascii " PV"
	.balign 8
.Lstring438:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring439:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring440:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring441:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring442:	# "kernel.ts:3035:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3035:16: integer result outside the exact range"
	.balign 8
.Lstring443:	# "kernel.ts:3034:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3034:56: integer result outside the exact range"
	.balign 8
.Lstring444:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring445:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring446:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring447:	# "kernel.ts:3044:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3044:17: integer result outside the exact range"
	.balign 8
.Lstring448:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring449:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring450:	# "kernel.ts:3094:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3094:25: integer result outside the exact range"
	.balign 8
.Lstring451:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring452:	# "trap: "
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
	.balign 8
	.type buf.xenExtraVersion,@object
	.size buf.xenExtraVersion, 24
buf.xenExtraVersion:
	.skip 24

	.section .note.GNU-stack,"",@progbits

# kernel.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "kernel.ts"
	.file 1 "kernel.ts"
	.text

# function machineFrameOf(virtualAddress)
	.type fn.machineFrameOf,@function
fn.machineFrameOf:
	.loc 1 173 1
	# machineFrameOf: function machineFrameOf(virtualAddress: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	.loc 1 174 5
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
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:174:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:174:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_4:
	leaq .Lstring2(%rip), %rdi	# trap: kernel.ts:174:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.machineFrameOf, .-fn.machineFrameOf

# function virtualAddressOfFrame(mfn)
	.type fn.virtualAddressOfFrame,@function
fn.virtualAddressOfFrame:
	.loc 1 179 1
	# virtualAddressOfFrame: function virtualAddressOfFrame(mfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mfn
	.loc 1 180 5
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
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:180:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
	leaq .Lstring4(%rip), %rdi	# trap: kernel.ts:180:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.virtualAddressOfFrame, .-fn.virtualAddressOfFrame

# function readStartInfo()
	.type fn.readStartInfo,@function
fn.readStartInfo:
	.loc 1 185 1
	# readStartInfo: function readStartInfo(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 186 5
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
	.loc 1 187 5
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
	.loc 1 188 5
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
	.loc 1 189 5
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
	.loc 1 190 5
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
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:186:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_10:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:186:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_11:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:187:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_12:
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:187:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_13:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:188:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_14:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:189:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:189:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_16:
	leaq .Lstring12(%rip), %rdi	# trap: kernel.ts:190:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readStartInfo, .-fn.readStartInfo

# function shutdownForever(reason)
	.type fn.shutdownForever,@function
fn.shutdownForever:
	.loc 1 237 1
	# shutdownForever: function shutdownForever(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 238 5
	# shutdownForever: while (true) {
.Lwhile_18:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_19
	.loc 1 239 9
	# shutdownForever: store32(hypercallArguments, reason);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# reason
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 240 9
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
	.loc 1 244 1
	# yieldCpu: function yieldCpu(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 245 5
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
	.loc 1 249 1
	# notifyPort: function notifyPort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 250 5
	# notifyPort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 251 5
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
	.loc 1 259 1
	# pollPorts: function pollPorts(port: number, second: number, deadlineHigh: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter deadlineHigh
	movq %rcx, -32(%rbp)	# parameter deadlineLow
	.loc 1 260 5
	# pollPorts: store32(pollPortList, port);
	leaq buf.pollPortList(%rip), %rdi	# pollPortList
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 261 5
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
	.loc 1 262 5
	# pollPorts: store64(hypercallArguments, pollPortList);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 263 5
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
	.loc 1 264 5
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
	.loc 1 265 5
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
	.loc 1 266 5
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
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:261:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_24:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:263:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_27:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:264:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_28:
	leaq .Lstring16(%rip), %rdi	# trap: kernel.ts:265:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pollPorts, .-fn.pollPorts

# function allocatePortForDom0()
	.type fn.allocatePortForDom0,@function
fn.allocatePortForDom0:
	.loc 1 272 1
	# allocatePortForDom0: function allocatePortForDom0(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 273 5
	# allocatePortForDom0: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 274 5
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
	.loc 1 275 5
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
	.loc 1 276 5
	# allocatePortForDom0: const result = hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_ALLOC_U...
	movq $6, %rdi	# EVTCHNOP_ALLOC_UNBOUND
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1024
	movq %rax, -8(%rbp)	# result
	.loc 1 277 5
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
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:274:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_31:
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:275:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_34:
	leaq .Lstring19(%rip), %rdi	# trap: kernel.ts:277:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.allocatePortForDom0, .-fn.allocatePortForDom0

# function closePort(port)
	.type fn.closePort,@function
fn.closePort:
	.loc 1 280 1
	# closePort: function closePort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 281 5
	# closePort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 282 5
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
	.loc 1 285 1
	# mapPage: function mapPage(virtualAddress: number, machineAddress: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	movq %rsi, -16(%rbp)	# parameter machineAddress
	.loc 1 286 5
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
	leaq .Lstring20(%rip), %rdi	# trap: kernel.ts:287:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapPage, .-fn.mapPage

# function hvmParam(index)
	.type fn.hvmParam,@function
fn.hvmParam:
	.loc 1 355 1
	# hvmParam: function hvmParam(index: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	.loc 1 356 5
	# hvmParam: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 357 5
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
	.loc 1 358 5
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
	.loc 1 359 5
	# hvmParam: const result = hypercall(HYPERCALL_HVM_OP, HVMOP_GET_PARAM, hypercall...
	movq $1, %rdi	# HVMOP_GET_PARAM
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1088
	movq %rax, -16(%rbp)	# result
	.loc 1 360 5
	# hvmParam: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_41
	.loc 1 361 9
	# hvmParam: return result;
	movq -16(%rbp), %rax	# result
	jmp .Lreturn_38
.Lelse_41:
	.loc 1 363 5
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
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:357:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_40:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:358:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_42:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:363:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_43:
	leaq .Lstring24(%rip), %rdi	# trap: kernel.ts:363:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hvmParam, .-fn.hvmParam

# function placeSharedInfo(address)
	.type fn.placeSharedInfo,@function
fn.placeSharedInfo:
	.loc 1 368 1
	# placeSharedInfo: function placeSharedInfo(address: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	.loc 1 369 5
	# placeSharedInfo: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 370 5
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
	.loc 1 371 5
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
	.loc 1 372 5
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
	.loc 1 373 5
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
	.loc 1 374 5
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
	leaq .Lstring25(%rip), %rdi	# trap: kernel.ts:370:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_46:
	leaq .Lstring26(%rip), %rdi	# trap: kernel.ts:371:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_47:
	leaq .Lstring27(%rip), %rdi	# trap: kernel.ts:372:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_48:
	leaq .Lstring28(%rip), %rdi	# trap: kernel.ts:373:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.placeSharedInfo, .-fn.placeSharedInfo

# function currentReservation()
	.type fn.currentReservation,@function
fn.currentReservation:
	.loc 1 377 1
	# currentReservation: function currentReservation(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 378 5
	# currentReservation: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 379 5
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
	.loc 1 385 1
	# readHvmParams: function readHvmParams(): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 386 5
	# readHvmParams: domainPages = currentReservation();
	call fn.currentReservation
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 387 5
	# readHvmParams: const consolePfn = hvmParam(HVM_PARAM_CONSOLE_PFN);
	movq $17, %rdi	# HVM_PARAM_CONSOLE_PFN
	call fn.hvmParam
	movq %rax, -8(%rbp)	# consolePfn
	.loc 1 388 5
	# readHvmParams: const consoleEvtchn = hvmParam(HVM_PARAM_CONSOLE_EVTCHN);
	movq $18, %rdi	# HVM_PARAM_CONSOLE_EVTCHN
	call fn.hvmParam
	movq %rax, -16(%rbp)	# consoleEvtchn
	.loc 1 389 5
	# readHvmParams: const storePfn = hvmParam(HVM_PARAM_STORE_PFN);
	movq $1, %rdi	# HVM_PARAM_STORE_PFN
	call fn.hvmParam
	movq %rax, -24(%rbp)	# storePfn
	.loc 1 390 5
	# readHvmParams: const storeEvtchn = hvmParam(HVM_PARAM_STORE_EVTCHN);
	movq $2, %rdi	# HVM_PARAM_STORE_EVTCHN
	call fn.hvmParam
	movq %rax, -32(%rbp)	# storeEvtchn
	.loc 1 391 5
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
	.loc 1 392 5
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
	.loc 1 393 5
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
	.loc 1 394 5
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
	.loc 1 395 5
	# readHvmParams: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_62
	.loc 1 396 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_PFN";
	leaq .Lstring29(%rip), %rax	# "HVM_PARAM_CONSOLE_PFN"
	jmp .Lreturn_51
.Lelse_62:
	.loc 1 398 5
	# readHvmParams: if (consolePort === 0) {
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_63
	.loc 1 399 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_EVTCHN";
	leaq .Lstring30(%rip), %rax	# "HVM_PARAM_CONSOLE_EVTCHN"
	jmp .Lreturn_51
.Lelse_63:
	.loc 1 401 5
	# readHvmParams: if (storeRing === 0) {
	movq var.storeRing(%rip), %rax	# storeRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_64
	.loc 1 402 9
	# readHvmParams: return "HVM_PARAM_STORE_PFN";
	leaq .Lstring31(%rip), %rax	# "HVM_PARAM_STORE_PFN"
	jmp .Lreturn_51
.Lelse_64:
	.loc 1 404 5
	# readHvmParams: if (storePort === 0) {
	movq var.storePort(%rip), %rax	# storePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_65
	.loc 1 405 9
	# readHvmParams: return "HVM_PARAM_STORE_EVTCHN";
	leaq .Lstring32(%rip), %rax	# "HVM_PARAM_STORE_EVTCHN"
	jmp .Lreturn_51
.Lelse_65:
	.loc 1 407 5
	# readHvmParams: return "";
	leaq .Lstring33(%rip), %rax	# ""
.Lreturn_51:
	leave
	ret
.Ltrap_54:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:391:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_59:
	leaq .Lstring35(%rip), %rdi	# trap: kernel.ts:393:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readHvmParams, .-fn.readHvmParams

# function mapSharedInfo()
	.type fn.mapSharedInfo,@function
fn.mapSharedInfo:
	.loc 1 429 1
	# mapSharedInfo: function mapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 430 5
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
	.loc 1 432 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_71
	.loc 1 433 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_71:
	.loc 1 435 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_66:
	leave
	ret
.Ltrap_69:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:431:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_70:
	leaq .Lstring37(%rip), %rdi	# trap: kernel.ts:431:33: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapSharedInfo, .-fn.mapSharedInfo

# function readSystemTime()
	.type fn.readSystemTime,@function
fn.readSystemTime:
	.loc 1 469 1
	# readSystemTime: function readSystemTime(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 470 5
	# readSystemTime: while (true) {
.Lwhile_73:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_74
	.loc 1 471 9
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
	.loc 1 472 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 473 9
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
	.loc 1 474 9
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
	.loc 1 475 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 476 9
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
	.loc 1 477 13
	# readSystemTime: return;
	jmp .Lreturn_72
.Lelse_78:
	jmp .Lwhile_73
.Lendwhile_74:
.Lreturn_72:
	leave
	ret
.Ltrap_75:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:471:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_76:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:473:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_77:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:474:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_79:
	leaq .Lstring41(%rip), %rdi	# trap: kernel.ts:476:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readSystemTime, .-fn.readSystemTime

# function addToTickDeadline(nanoseconds)
	.type fn.addToTickDeadline,@function
fn.addToTickDeadline:
	.loc 1 483 1
	# addToTickDeadline: function addToTickDeadline(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 484 5
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
	.loc 1 485 5
	# addToTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_82
	.loc 1 486 9
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
	.loc 1 487 9
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
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:484:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_83:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:486:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_84:
	leaq .Lstring44(%rip), %rdi	# trap: kernel.ts:487:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.addToTickDeadline, .-fn.addToTickDeadline

# function setTickDeadlineAfterSystemTime(nanoseconds)
	.type fn.setTickDeadlineAfterSystemTime,@function
fn.setTickDeadlineAfterSystemTime:
	.loc 1 492 1
	# setTickDeadlineAfterSystemTime: function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 493 5
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = systemTimeHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
	.loc 1 494 5
	# setTickDeadlineAfterSystemTime: tickDeadlineLow = systemTimeLow;
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 495 5
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
	.loc 1 498 1
	# startTicking: function startTicking(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 499 5
	# startTicking: readSystemTime();
	call fn.readSystemTime
	.loc 1 500 5
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
	.loc 1 504 1
	# advanceTickDeadline: function advanceTickDeadline(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 505 5
	# advanceTickDeadline: addToTickDeadline(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.addToTickDeadline
	.loc 1 508 5
	# advanceTickDeadline: readSystemTime();
	call fn.readSystemTime
	.loc 1 509 5
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
	.loc 1 510 5
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
	.loc 1 512 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_89:
.Lreturn_87:
	leave
	ret
.Ltrap_88:
	leaq .Lstring45(%rip), %rdi	# trap: kernel.ts:509:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_91:
	leaq .Lstring46(%rip), %rdi	# trap: kernel.ts:511:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_92:
	leaq .Lstring47(%rip), %rdi	# trap: kernel.ts:511:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.advanceTickDeadline, .-fn.advanceTickDeadline

# function portPending(port)
	.type fn.portPending,@function
fn.portPending:
	.loc 1 536 1
	# portPending: function portPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 537 5
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
	leaq .Lstring48(%rip), %rdi	# trap: kernel.ts:537:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portPending, .-fn.portPending

# function portStillPending(port)
	.type fn.portStillPending,@function
fn.portStillPending:
	.loc 1 541 1
	# portStillPending: function portStillPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 542 5
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
	.loc 1 543 5
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
	leaq .Lstring49(%rip), %rdi	# trap: kernel.ts:542:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portStillPending, .-fn.portStillPending

# function waitOnPort(port)
	.type fn.waitOnPort,@function
fn.waitOnPort:
	.loc 1 549 1
	# waitOnPort: function waitOnPort(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 550 5
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
	.loc 1 556 1
	# waitOnPorts: function waitOnPorts(port: number, second: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter second
	.loc 1 560 5
	# waitOnPorts: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_99
	.loc 1 561 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 562 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_99:
	.loc 1 567 5
	# waitOnPorts: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_100
	.loc 1 568 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_100:
	.loc 1 570 5
	# waitOnPorts: if (pollPorts(port, second, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq -16(%rbp), %rsi	# second
	movq var.tickDeadlineHigh(%rip), %rdx	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rcx	# tickDeadlineLow
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_101
	.loc 1 571 9
	# waitOnPorts: yieldCpu();
	call fn.yieldCpu
	.loc 1 572 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_101:
	.loc 1 577 5
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
	.loc 1 578 9
	# waitOnPorts: return false;
	movq $0, %rax	# false
	jmp .Lreturn_98
.Lelse_102:
	.loc 1 581 5
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
	.loc 1 582 5
	# waitOnPorts: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 583 5
	# waitOnPorts: return true;
	movq $1, %rax	# true
.Lreturn_98:
	leave
	ret
.Ltrap_104:
	leaq .Lstring50(%rip), %rdi	# trap: kernel.ts:581:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.waitOnPorts, .-fn.waitOnPorts

# function consoleBytesQueued()
	.type fn.consoleBytesQueued,@function
fn.consoleBytesQueued:
	.loc 1 627 1
	# consoleBytesQueued: function consoleBytesQueued(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 628 5
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
	.loc 1 629 5
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
	.loc 1 630 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 631 5
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
	.loc 1 632 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_109
	.loc 1 633 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_105
.Lelse_109:
	.loc 1 635 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_105:
	leave
	ret
.Ltrap_106:
	leaq .Lstring51(%rip), %rdi	# trap: kernel.ts:628:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_107:
	leaq .Lstring52(%rip), %rdi	# trap: kernel.ts:629:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_108:
	leaq .Lstring53(%rip), %rdi	# trap: kernel.ts:631:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleBytesQueued, .-fn.consoleBytesQueued

# function consolePutRaw(byte)
	.type fn.consolePutRaw,@function
fn.consolePutRaw:
	.loc 1 642 1
	# consolePutRaw: function consolePutRaw(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 643 5
	# consolePutRaw: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_111
	.loc 1 644 9
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_111:
	.loc 1 646 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 647 5
	# consolePutRaw: while (true) {
.Lwhile_112:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_113
	.loc 1 648 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 649 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_114
	.loc 1 650 13
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
	.loc 1 651 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_114:
	.loc 1 653 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_116
	.loc 1 654 13
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
	.loc 1 655 13
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
	.loc 1 656 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 657 13
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
	.loc 1 658 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 659 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_116:
	.loc 1 661 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_123
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_122
.Lskip_123:
	.loc 1 662 13
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
	.loc 1 663 13
	# consolePutRaw: return;
	jmp .Lreturn_110
.Lelse_122:
	.loc 1 665 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 666 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_125
	.loc 1 667 13
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
	.loc 1 668 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_127
	.loc 1 669 17
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
	leaq .Lstring54(%rip), %rdi	# trap: kernel.ts:650:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_117:
	leaq .Lstring55(%rip), %rdi	# trap: kernel.ts:654:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_118:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:655:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_119:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:655:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_120:
	leaq .Lstring58(%rip), %rdi	# trap: kernel.ts:657:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_121:
	leaq .Lstring59(%rip), %rdi	# trap: kernel.ts:657:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_124:
	leaq .Lstring60(%rip), %rdi	# trap: kernel.ts:662:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_126:
	leaq .Lstring61(%rip), %rdi	# trap: kernel.ts:667:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consolePutRaw, .-fn.consolePutRaw

# function consolePut(byte)
	.type fn.consolePut,@function
fn.consolePut:
	.loc 1 676 1
	# consolePut: function consolePut(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 677 5
	# consolePut: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_129
	.loc 1 678 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_129:
	.loc 1 680 5
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
	.loc 1 684 1
	# endLine: function endLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 685 5
	# endLine: consolePut(10);
	movq $10, %rdi
	call fn.consolePut
	.loc 1 686 5
	# endLine: if (consoleRing !== 0 && consolePort !== 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lelse_131
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_131
	.loc 1 687 9
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
	.loc 1 696 1
	# consoleDrain: function consoleDrain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 697 5
	# consoleDrain: if (consoleRing === 0 || consolePort === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lskip_134
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_133
.Lskip_134:
	.loc 1 698 9
	# consoleDrain: return;
	jmp .Lreturn_132
.Lelse_133:
	.loc 1 700 5
	# consoleDrain: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 701 5
	# consoleDrain: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# stallTicks
	.loc 1 702 5
	# consoleDrain: let blindWaits = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# blindWaits
	.loc 1 703 5
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
	.loc 1 705 9
	# consoleDrain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_137
	.loc 1 706 13
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
	.loc 1 708 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_139
	.loc 1 709 13
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
	leaq .Lstring62(%rip), %rdi	# trap: kernel.ts:706:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_140:
	leaq .Lstring63(%rip), %rdi	# trap: kernel.ts:709:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleDrain, .-fn.consoleDrain

# function print(text)
	.type fn.print,@function
fn.print:
	.loc 1 726 1
	# print: function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 727 5
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
	.loc 1 728 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_145
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_143:
	.loc 1 727 38
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
	leaq .Lstring64(%rip), %rdi	# trap: kernel.ts:728:20: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_146:
	leaq .Lstring65(%rip), %rdi	# trap: kernel.ts:727:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.print, .-fn.print

# function log(text)
	.type fn.log,@function
fn.log:
	.loc 1 732 1
	# log: function log(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 733 5
	# log: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 734 5
	# log: endLine();
	call fn.endLine
.Lreturn_147:
	leave
	ret
	.size fn.log, .-fn.log

# function printDecimal(value)
	.type fn.printDecimal,@function
fn.printDecimal:
	.loc 1 737 1
	# printDecimal: function printDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 738 5
	# printDecimal: if (value < 0) {
	movq -8(%rbp), %rax	# value
	cmpq $0, %rax	# compare with 0
	jge .Lelse_149
	.loc 1 739 9
	# printDecimal: consolePut(45);
	movq $45, %rdi
	call fn.consolePut
	.loc 1 740 9
	# printDecimal: printDecimal(-value);
	movq -8(%rbp), %rax	# value
	negq %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 741 9
	# printDecimal: return;
	jmp .Lreturn_148
.Lelse_149:
	.loc 1 743 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_150
	.loc 1 744 9
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
	.loc 1 746 5
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
	leaq .Lstring66(%rip), %rdi	# trap: kernel.ts:746:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printDecimal, .-fn.printDecimal

# function hexDigit(nibble)
	.type fn.hexDigit,@function
fn.hexDigit:
	.loc 1 749 1
	# hexDigit: function hexDigit(nibble: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nibble
	.loc 1 750 5
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
	leaq .Lstring67(%rip), %rdi	# trap: kernel.ts:750:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_157:
	leaq .Lstring68(%rip), %rdi	# trap: kernel.ts:750:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexDigit, .-fn.hexDigit

# function printEscapedByte(byte)
	.type fn.printEscapedByte,@function
fn.printEscapedByte:
	.loc 1 753 1
	# printEscapedByte: function printEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 754 5
	# printEscapedByte: if (byte === 34 || byte === 92) {            // '"' and '\'
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_160
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_159
.Lskip_160:
	.loc 1 755 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 756 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_161
.Lelse_159:
	.loc 1 757 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_162
	.loc 1 758 9
	# printEscapedByte: print("\\n");
	leaq .Lstring69(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_163
.Lelse_162:
	.loc 1 759 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_164
	.loc 1 760 9
	# printEscapedByte: print("\\r");
	leaq .Lstring70(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_165
.Lelse_164:
	.loc 1 761 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_166
	.loc 1 762 9
	# printEscapedByte: print("\\t");
	leaq .Lstring71(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_167
.Lelse_166:
	.loc 1 763 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_168
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_168
	.loc 1 764 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_169
.Lelse_168:
	.loc 1 766 9
	# printEscapedByte: print("\\x");
	leaq .Lstring72(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 767 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 768 9
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
	.loc 1 773 1
	# printQuoted: function printQuoted(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 774 5
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
	.loc 1 775 5
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
	.loc 1 776 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_173:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_175
	.loc 1 777 9
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
	.loc 1 776 32
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
	.loc 1 779 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_178
	.loc 1 780 9
	# printQuoted: print("...\" (");
	leaq .Lstring73(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 781 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 782 9
	# printQuoted: print(" bytes)");
	leaq .Lstring74(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_179
.Lelse_178:
	.loc 1 784 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_179:
.Lreturn_170:
	leave
	ret
.Ltrap_176:
	leaq .Lstring75(%rip), %rdi	# trap: kernel.ts:777:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_177:
	leaq .Lstring76(%rip), %rdi	# trap: kernel.ts:776:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printQuoted, .-fn.printQuoted

# function printBytes(address, length)
	.type fn.printBytes,@function
fn.printBytes:
	.loc 1 789 1
	# printBytes: function printBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 790 5
	# printBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_181:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_183
	.loc 1 791 9
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
	.loc 1 790 33
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
	leaq .Lstring77(%rip), %rdi	# trap: kernel.ts:791:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_185:
	leaq .Lstring78(%rip), %rdi	# trap: kernel.ts:790:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBytes, .-fn.printBytes

# function logErrno(text, errno)
	.type fn.logErrno,@function
fn.logErrno:
	.loc 1 795 1
	# logErrno: function logErrno(text: string, errno: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	movq %rsi, -16(%rbp)	# parameter errno
	.loc 1 796 5
	# logErrno: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 797 5
	# logErrno: printDecimal(errno);
	movq -16(%rbp), %rdi	# errno
	call fn.printDecimal
	.loc 1 798 5
	# logErrno: endLine();
	call fn.endLine
.Lreturn_186:
	leave
	ret
	.size fn.logErrno, .-fn.logErrno

# function copyBytes(destination, source, length)
	.type fn.copyBytes,@function
fn.copyBytes:
	.loc 1 801 1
	# copyBytes: function copyBytes(destination: number, source: number, length: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter source
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 802 5
	# copyBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_188:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_190
	.loc 1 803 9
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
	.loc 1 802 33
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
	leaq .Lstring79(%rip), %rdi	# trap: kernel.ts:803:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_192:
	leaq .Lstring80(%rip), %rdi	# trap: kernel.ts:803:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_193:
	leaq .Lstring81(%rip), %rdi	# trap: kernel.ts:802:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.copyBytes, .-fn.copyBytes

# function bytesEqual(address, length, word)
	.type fn.bytesEqual,@function
fn.bytesEqual:
	.loc 1 808 1
	# bytesEqual: function bytesEqual(address: number, length: number, word: string): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter word
	.loc 1 809 5
	# bytesEqual: if (length !== word.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_195
	.loc 1 810 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_194
.Lelse_195:
	.loc 1 812 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_196:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_198
	.loc 1 813 9
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
	.loc 1 814 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_194
.Lelse_199:
.Lfornext_197:
	.loc 1 812 33
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
	.loc 1 817 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_194:
	leave
	ret
.Ltrap_200:
	leaq .Lstring82(%rip), %rdi	# trap: kernel.ts:813:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_201:
	leaq .Lstring83(%rip), %rdi	# trap: kernel.ts:813:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_202:
	leaq .Lstring84(%rip), %rdi	# trap: kernel.ts:812:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesEqual, .-fn.bytesEqual

# function bytesMatch(first, second, length)
	.type fn.bytesMatch,@function
fn.bytesMatch:
	.loc 1 821 1
	# bytesMatch: function bytesMatch(first: number, second: number, length: number): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter first
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 822 5
	# bytesMatch: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_204:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_206
	.loc 1 823 9
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
	.loc 1 824 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_203
.Lelse_207:
.Lfornext_205:
	.loc 1 822 33
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
	.loc 1 827 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_203:
	leave
	ret
.Ltrap_208:
	leaq .Lstring85(%rip), %rdi	# trap: kernel.ts:823:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_209:
	leaq .Lstring86(%rip), %rdi	# trap: kernel.ts:823:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_210:
	leaq .Lstring87(%rip), %rdi	# trap: kernel.ts:822:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesMatch, .-fn.bytesMatch

# function decimalFromBytes(address, length)
	.type fn.decimalFromBytes,@function
fn.decimalFromBytes:
	.loc 1 831 1
	# decimalFromBytes: function decimalFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 832 5
	# decimalFromBytes: if (length === 0 || length > 9) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_213
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_212
.Lskip_213:
	.loc 1 833 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_211
.Lelse_212:
	.loc 1 835 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 836 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_214:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_216
	.loc 1 837 9
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
	.loc 1 838 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_219
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_218
.Lskip_219:
	.loc 1 839 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_211
.Lelse_218:
	.loc 1 841 9
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
	.loc 1 836 33
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
	.loc 1 843 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_211:
	leave
	ret
.Ltrap_217:
	leaq .Lstring88(%rip), %rdi	# trap: kernel.ts:837:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_220:
	leaq .Lstring89(%rip), %rdi	# trap: kernel.ts:841:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_221:
	leaq .Lstring90(%rip), %rdi	# trap: kernel.ts:841:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_222:
	leaq .Lstring91(%rip), %rdi	# trap: kernel.ts:836:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalFromBytes, .-fn.decimalFromBytes

# function decimalIntoBytes(address, value)
	.type fn.decimalIntoBytes,@function
fn.decimalIntoBytes:
	.loc 1 847 1
	# decimalIntoBytes: function decimalIntoBytes(address: number, value: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 848 5
	# decimalIntoBytes: let digits = 1;
	movq $1, %rax
	movq %rax, -24(%rbp)	# digits
	.loc 1 849 5
	# decimalIntoBytes: for (let bigger = value; bigger >= 10; bigger = Math.floor(bigger / 1...
	movq -16(%rbp), %rax	# value
	movq %rax, -32(%rbp)	# bigger
.Lfor_224:
	movq -32(%rbp), %rax	# bigger
	cmpq $10, %rax	# compare with 10
	jl .Lendfor_226
	.loc 1 850 9
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
	.loc 1 849 44
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
	.loc 1 852 5
	# decimalIntoBytes: let rest = value;
	movq -16(%rbp), %rax	# value
	movq %rax, -40(%rbp)	# rest
	.loc 1 853 5
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
	.loc 1 854 9
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
	.loc 1 855 9
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
	.loc 1 853 38
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
	.loc 1 857 5
	# decimalIntoBytes: return digits;
	movq -24(%rbp), %rax	# digits
.Lreturn_223:
	leave
	ret
.Ltrap_227:
	leaq .Lstring92(%rip), %rdi	# trap: kernel.ts:850:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_229:
	leaq .Lstring93(%rip), %rdi	# trap: kernel.ts:853:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_233:
	leaq .Lstring94(%rip), %rdi	# trap: kernel.ts:854:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_234:
	leaq .Lstring95(%rip), %rdi	# trap: kernel.ts:854:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_236:
	leaq .Lstring96(%rip), %rdi	# trap: kernel.ts:853:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalIntoBytes, .-fn.decimalIntoBytes

# function bytesStartWith(address, length, prefix)
	.type fn.bytesStartWith,@function
fn.bytesStartWith:
	.loc 1 860 1
	# bytesStartWith: function bytesStartWith(address: number, length: number, prefix: stri...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter prefix
	.loc 1 861 5
	# bytesStartWith: if (length < prefix.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lelse_238
	.loc 1 862 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_237
.Lelse_238:
	.loc 1 864 5
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
	.loc 1 957 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 958 5
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
	.loc 1 959 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring97(%rip), %rax	# "EINVAL"
	jmp .Lreturn_239
.Lcase_242:
	.loc 1 960 26
	# storeErrorName: return "EACCES";
	leaq .Lstring98(%rip), %rax	# "EACCES"
	jmp .Lreturn_239
.Lcase_243:
	.loc 1 961 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring99(%rip), %rax	# "EEXIST"
	jmp .Lreturn_239
.Lcase_244:
	.loc 1 962 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring100(%rip), %rax	# "EISDIR"
	jmp .Lreturn_239
.Lcase_245:
	.loc 1 963 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring101(%rip), %rax	# "ENOENT"
	jmp .Lreturn_239
.Lcase_246:
	.loc 1 964 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring102(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_239
.Lcase_247:
	.loc 1 965 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring103(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_239
.Lcase_248:
	.loc 1 966 23
	# storeErrorName: return "EIO";
	leaq .Lstring104(%rip), %rax	# "EIO"
	jmp .Lreturn_239
.Lcase_249:
	.loc 1 967 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring105(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_239
.Lcase_250:
	.loc 1 968 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring106(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_239
.Lcase_251:
	.loc 1 969 25
	# storeErrorName: return "EROFS";
	leaq .Lstring107(%rip), %rax	# "EROFS"
	jmp .Lreturn_239
.Lcase_252:
	.loc 1 970 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring108(%rip), %rax	# "EBUSY"
	jmp .Lreturn_239
.Lcase_253:
	.loc 1 971 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring109(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_239
.Lcase_254:
	.loc 1 972 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring110(%rip), %rax	# "EISCONN"
	jmp .Lreturn_239
.Lcase_255:
	.loc 1 973 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring111(%rip), %rax	# "E2BIG"
	jmp .Lreturn_239
.Lcase_256:
	.loc 1 974 25
	# storeErrorName: return "EPERM";
	leaq .Lstring112(%rip), %rax	# "EPERM"
	jmp .Lreturn_239
.Lcase_257:
	.loc 1 975 28
	# storeErrorName: return "protocol error";
	leaq .Lstring113(%rip), %rax	# "protocol error"
	jmp .Lreturn_239
.Lcase_258:
	.loc 1 976 27
	# storeErrorName: return "no reply";
	leaq .Lstring114(%rip), %rax	# "no reply"
	jmp .Lreturn_239
.Lcase_259:
	.loc 1 977 18
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
	.loc 1 982 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 983 5
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
	.loc 1 984 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_265:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_267
	.loc 1 985 9
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
	.loc 1 986 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_260
.Lelse_268:
.Lfornext_266:
	.loc 1 984 52
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
	.loc 1 989 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_260:
	leave
	ret
.Ltrap_263:
	leaq .Lstring116(%rip), %rdi	# trap: kernel.ts:983:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_264:
	leaq .Lstring117(%rip), %rdi	# trap: kernel.ts:983:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_269:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:984:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 1013 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 1014 5
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
	.loc 1 1015 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 1016 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_270:
	leave
	ret
.Ltrap_271:
	leaq .Lstring119(%rip), %rdi	# trap: kernel.ts:1014:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 1019 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1020 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_273
	.loc 1 1021 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 1022 9
	# requestAppendByte: return;
	jmp .Lreturn_272
.Lelse_273:
	.loc 1 1024 5
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
	.loc 1 1025 5
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
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:1024:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_275:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:1025:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendText(text)
	.type fn.requestAppendText,@function
fn.requestAppendText:
	.loc 1 1029 1
	# requestAppendText: function requestAppendText(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1030 5
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
	.loc 1 1031 9
	# requestAppendText: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_280
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_278:
	.loc 1 1030 38
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
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:1031:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_281:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:1030:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendText, .-fn.requestAppendText

# function requestAppendString(text)
	.type fn.requestAppendString,@function
fn.requestAppendString:
	.loc 1 1036 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 1037 5
	# requestAppendString: requestAppendText(text);
	movq -8(%rbp), %rdi	# text
	call fn.requestAppendText
	.loc 1 1038 5
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
	.loc 1 1041 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1042 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_284:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_286
	.loc 1 1043 9
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
	.loc 1 1042 33
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
	leaq .Lstring124(%rip), %rdi	# trap: kernel.ts:1043:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_288:
	leaq .Lstring125(%rip), %rdi	# trap: kernel.ts:1042:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 1048 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1049 5
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
	.loc 1 1050 5
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
	.loc 1 1051 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1052 5
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
	.loc 1 1053 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_293
	.loc 1 1054 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring126(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 1055 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1056 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring127(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1057 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1058 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring128(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 1059 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_289
.Lelse_293:
	.loc 1 1061 5
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
	leaq .Lstring129(%rip), %rdi	# trap: kernel.ts:1049:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_291:
	leaq .Lstring130(%rip), %rdi	# trap: kernel.ts:1050:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_292:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:1052:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_294:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:1061:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function ringChunk(index, ready, wanted)
	.type fn.ringChunk,@function
fn.ringChunk:
	.loc 1 1067 1
	# ringChunk: function ringChunk(index: number, ready: number, wanted: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	movq %rsi, -16(%rbp)	# parameter ready
	movq %rdx, -24(%rbp)	# parameter wanted
	.loc 1 1068 5
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
	.loc 1 1069 5
	# ringChunk: if (chunk > ready) {
	movq -32(%rbp), %rax	# chunk
	movq -16(%rbp), %rdi	# ready
	cmpq %rdi, %rax
	jle .Lelse_298
	.loc 1 1070 9
	# ringChunk: chunk = ready;
	movq -16(%rbp), %rax	# ready
	movq %rax, -32(%rbp)	# chunk =
.Lelse_298:
	.loc 1 1072 5
	# ringChunk: if (chunk > wanted) {
	movq -32(%rbp), %rax	# chunk
	movq -24(%rbp), %rdi	# wanted
	cmpq %rdi, %rax
	jle .Lelse_299
	.loc 1 1073 9
	# ringChunk: chunk = wanted;
	movq -24(%rbp), %rax	# wanted
	movq %rax, -32(%rbp)	# chunk =
.Lelse_299:
	.loc 1 1075 5
	# ringChunk: return chunk;
	movq -32(%rbp), %rax	# chunk
.Lreturn_295:
	leave
	ret
.Ltrap_296:
	leaq .Lstring133(%rip), %rdi	# trap: kernel.ts:1068:42: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_297:
	leaq .Lstring134(%rip), %rdi	# trap: kernel.ts:1068:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.ringChunk, .-fn.ringChunk

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 1081 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1082 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 1083 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1084 5
	# storeWriteStream: while (sent < length) {
.Lwhile_301:
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_302
	.loc 1 1085 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 1086 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_303
	.loc 1 1087 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_300
.Lelse_303:
	.loc 1 1089 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_304
	.loc 1 1090 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1091 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_305
	.loc 1 1092 17
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
	.loc 1 1093 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_307
	.loc 1 1094 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring135(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 1095 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_300
.Lelse_307:
.Lelse_305:
	.loc 1 1098 13
	# storeWriteStream: continue;
	jmp .Lwhile_301
.Lelse_304:
	.loc 1 1100 9
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
	.loc 1 1101 9
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
	.loc 1 1102 9
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
	.loc 1 1103 9
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
	.loc 1 1104 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1105 9
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
	.loc 1 1106 9
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
	.loc 1 1107 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_316
	.loc 1 1108 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_316:
	jmp .Lwhile_301
.Lendwhile_302:
	.loc 1 1111 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1112 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_300:
	leave
	ret
.Ltrap_306:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:1092:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_308:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:1100:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_309:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:1101:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_310:
	leaq .Lstring139(%rip), %rdi	# trap: kernel.ts:1102:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_311:
	leaq .Lstring140(%rip), %rdi	# trap: kernel.ts:1102:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_312:
	leaq .Lstring141(%rip), %rdi	# trap: kernel.ts:1103:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_313:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:1105:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_314:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:1105:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_315:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:1106:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 1120 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1121 5
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
	.loc 1 1122 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1123 5
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
	.loc 1 1124 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_317:
	leave
	ret
.Ltrap_318:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:1121:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_319:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:1123:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 1128 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1129 5
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
	.loc 1 1130 5
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
	.loc 1 1131 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1132 5
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
	.loc 1 1133 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_324
	.loc 1 1134 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring147(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 1135 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1136 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring127(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1137 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1138 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring148(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 1139 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1140 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_320
.Lelse_324:
	.loc 1 1142 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_320:
	leave
	ret
.Ltrap_321:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:1129:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_322:
	leaq .Lstring150(%rip), %rdi	# trap: kernel.ts:1130:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_323:
	leaq .Lstring151(%rip), %rdi	# trap: kernel.ts:1132:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 1146 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1147 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 1148 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1149 5
	# storeReadStream: while (received < length) {
.Lwhile_326:
	movq -24(%rbp), %rax	# received
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_327
	.loc 1 1150 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 1151 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_328
	.loc 1 1152 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_325
.Lelse_328:
	.loc 1 1154 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_329
	.loc 1 1155 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_330
	.loc 1 1156 17
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
	.loc 1 1157 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_332
	.loc 1 1158 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring152(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 1159 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1160 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_325
.Lelse_332:
.Lelse_330:
	.loc 1 1163 13
	# storeReadStream: continue;
	jmp .Lwhile_326
.Lelse_329:
	.loc 1 1165 9
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
	.loc 1 1166 9
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
	.loc 1 1167 9
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
	.loc 1 1168 9
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
	.loc 1 1169 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1170 9
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
	.loc 1 1171 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1172 9
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
	.loc 1 1174 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_325:
	leave
	ret
.Ltrap_331:
	leaq .Lstring153(%rip), %rdi	# trap: kernel.ts:1156:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_333:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:1165:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_334:
	leaq .Lstring155(%rip), %rdi	# trap: kernel.ts:1166:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_335:
	leaq .Lstring156(%rip), %rdi	# trap: kernel.ts:1167:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_336:
	leaq .Lstring157(%rip), %rdi	# trap: kernel.ts:1167:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_337:
	leaq .Lstring158(%rip), %rdi	# trap: kernel.ts:1168:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_338:
	leaq .Lstring159(%rip), %rdi	# trap: kernel.ts:1170:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_339:
	leaq .Lstring160(%rip), %rdi	# trap: kernel.ts:1170:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_340:
	leaq .Lstring161(%rip), %rdi	# trap: kernel.ts:1172:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 1178 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1179 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 1180 5
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
	.loc 1 1181 9
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
	.loc 1 1183 5
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
	.loc 1 1184 5
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
	.loc 1 1185 5
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
	.loc 1 1186 9
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
	.loc 1 1188 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_351
	.loc 1 1189 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_351:
	.loc 1 1191 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring162(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_352
	.loc 1 1192 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_353
.Lelse_352:
	.loc 1 1193 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring163(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_354
	.loc 1 1194 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_355
.Lelse_354:
	.loc 1 1195 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SYSRQ)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring164(%rip), %rdx	# WATCH_TOKEN_SYSRQ
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_356
	.loc 1 1196 9
	# noteWatchEvent: sysrqWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	jmp .Lendif_357
.Lelse_356:
	.loc 1 1198 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring165(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 1199 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 1200 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_357:
.Lendif_355:
.Lendif_353:
.Lreturn_341:
	leave
	ret
.Ltrap_344:
	leaq .Lstring166(%rip), %rdi	# trap: kernel.ts:1180:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_345:
	leaq .Lstring167(%rip), %rdi	# trap: kernel.ts:1181:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_346:
	leaq .Lstring168(%rip), %rdi	# trap: kernel.ts:1183:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_347:
	leaq .Lstring169(%rip), %rdi	# trap: kernel.ts:1184:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_349:
	leaq .Lstring170(%rip), %rdi	# trap: kernel.ts:1185:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_350:
	leaq .Lstring171(%rip), %rdi	# trap: kernel.ts:1186:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 1206 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1207 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 1208 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_359
	.loc 1 1209 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_358
.Lelse_359:
	.loc 1 1211 5
	# storeReceiveMessage: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_360
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_360
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_360
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 1212 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_361
	.loc 1 1213 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring172(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 1214 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 1215 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring173(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 1216 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1217 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_358
.Lelse_361:
	.loc 1 1219 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_362
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_362
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_362
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 1220 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_363
	.loc 1 1221 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_358
.Lelse_363:
	.loc 1 1223 5
	# storeReceiveMessage: if (load32(storeMessage + XS_HEADER_TYPE) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_365
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_365
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_365
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_364
	.loc 1 1224 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_366
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_366
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_366
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 1225 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_358
.Lelse_364:
	.loc 1 1227 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_358:
	leave
	ret
.Ltrap_360:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1211:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_362:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1219:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_365:
	leaq .Lstring176(%rip), %rdi	# trap: kernel.ts:1223:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_366:
	leaq .Lstring177(%rip), %rdi	# trap: kernel.ts:1224:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 1234 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1235 5
	# storeTransact: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_368
	.loc 1 1236 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_367
.Lelse_368:
	.loc 1 1238 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 1239 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_369
	movq $1, %rax
	jmp .Lendcond_370
.Lelse_369:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_371
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_371
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_371
.Lendcond_370:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 1240 5
	# storeTransact: store32(storeRequest + XS_HEADER_REQ_ID, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_372
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_372
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_372
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1241 5
	# storeTransact: store32(storeRequest + XS_HEADER_TX_ID, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $8, %rdi	# XS_HEADER_TX_ID
	addq %rdi, %rax	# +
	jo .Ltrap_373
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_373
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_373
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1242 5
	# storeTransact: store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_374
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_374
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_374
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1243 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_375
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_375
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_375
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 1244 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_376
	.loc 1 1245 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_367
.Lelse_376:
	.loc 1 1247 5
	# storeTransact: while (true) {
.Lwhile_377:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_378
	.loc 1 1248 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 1249 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_379
	.loc 1 1250 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_367
.Lelse_379:
	.loc 1 1252 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_380
	.loc 1 1253 13
	# storeTransact: continue;
	jmp .Lwhile_377
.Lelse_380:
	.loc 1 1255 9
	# storeTransact: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_381
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_381
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_381
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 1256 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_REQ_ID) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_383
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_383
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_383
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# requestId
	cmpq %rdi, %rax
	je .Lelse_382
	.loc 1 1257 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring178(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 1258 13
	# storeTransact: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_384
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_384
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_384
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1259 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring179(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 1260 13
	# storeTransact: printDecimal(requestId);
	movq -8(%rbp), %rdi	# requestId
	call fn.printDecimal
	.loc 1 1261 13
	# storeTransact: endLine();
	call fn.endLine
	.loc 1 1262 13
	# storeTransact: continue;
	jmp .Lwhile_377
.Lelse_382:
	.loc 1 1264 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_386
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_386
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_386
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_385
	.loc 1 1265 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_387
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_387
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_387
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_367
.Lelse_385:
	.loc 1 1267 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_388
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_388
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_388
	movq %rax, %rsi
	popq %rdi
	movq -32(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1268 9
	# storeTransact: storeReplyLength = length;
	movq -32(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 1269 9
	# storeTransact: return length;
	movq -32(%rbp), %rax	# length
	jmp .Lreturn_367
	jmp .Lwhile_377
.Lendwhile_378:
.Lreturn_367:
	leave
	ret
.Ltrap_371:
	leaq .Lstring180(%rip), %rdi	# trap: kernel.ts:1239:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_372:
	leaq .Lstring181(%rip), %rdi	# trap: kernel.ts:1240:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_373:
	leaq .Lstring182(%rip), %rdi	# trap: kernel.ts:1241:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_374:
	leaq .Lstring183(%rip), %rdi	# trap: kernel.ts:1242:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_375:
	leaq .Lstring184(%rip), %rdi	# trap: kernel.ts:1243:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_381:
	leaq .Lstring185(%rip), %rdi	# trap: kernel.ts:1255:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_383:
	leaq .Lstring186(%rip), %rdi	# trap: kernel.ts:1256:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_384:
	leaq .Lstring187(%rip), %rdi	# trap: kernel.ts:1258:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_386:
	leaq .Lstring188(%rip), %rdi	# trap: kernel.ts:1264:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_387:
	leaq .Lstring189(%rip), %rdi	# trap: kernel.ts:1265:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_388:
	leaq .Lstring190(%rip), %rdi	# trap: kernel.ts:1267:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 1275 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1276 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_390:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_391
	.loc 1 1277 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 1278 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_392
	.loc 1 1279 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_389
.Lelse_392:
	.loc 1 1281 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1282 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_393
	.loc 1 1283 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_389
.Lelse_393:
	.loc 1 1285 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_394
	.loc 1 1286 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring191(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 1287 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_395
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_395
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_395
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1288 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_394:
	jmp .Lwhile_390
.Lendwhile_391:
.Lreturn_389:
	leave
	ret
.Ltrap_395:
	leaq .Lstring192(%rip), %rdi	# trap: kernel.ts:1287:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeTransactStatus()
	.type fn.storeTransactStatus,@function
fn.storeTransactStatus:
	.loc 1 1300 1
	# storeTransactStatus: function storeTransactStatus(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1301 5
	# storeTransactStatus: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -8(%rbp)	# result
	.loc 1 1302 5
	# storeTransactStatus: return result < 0 ? result : 0;
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_397
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_398
.Lelse_397:
	movq $0, %rax
.Lendcond_398:
.Lreturn_396:
	leave
	ret
	.size fn.storeTransactStatus, .-fn.storeTransactStatus

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 1305 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1306 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 1307 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1308 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_399:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 1312 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 1313 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1314 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1315 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 1316 5
	# storeWrite: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_400:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 1320 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 1321 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1322 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1323 5
	# storeWriteText: requestAppendText(value);
	movq -16(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1324 5
	# storeWriteText: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_401:
	leave
	ret
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 1327 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1328 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1329 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1330 5
	# storeRemove: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_402:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWriteAt(path, pathLength, value)
	.type fn.storeWriteAt,@function
fn.storeWriteAt:
	.loc 1 1334 1
	# storeWriteAt: function storeWriteAt(path: number, pathLength: number, value: string...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter pathLength
	movq %rdx, -24(%rbp)	# parameter value
	.loc 1 1335 5
	# storeWriteAt: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1336 5
	# storeWriteAt: requestAppendBytes(path, pathLength);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# pathLength
	call fn.requestAppendBytes
	.loc 1 1337 5
	# storeWriteAt: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
	.loc 1 1338 5
	# storeWriteAt: requestAppendText(value);
	movq -24(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1339 5
	# storeWriteAt: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_403:
	leave
	ret
	.size fn.storeWriteAt, .-fn.storeWriteAt

# function storeRemoveAt(path, pathLength)
	.type fn.storeRemoveAt,@function
fn.storeRemoveAt:
	.loc 1 1342 1
	# storeRemoveAt: function storeRemoveAt(path: number, pathLength: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter pathLength
	.loc 1 1343 5
	# storeRemoveAt: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1344 5
	# storeRemoveAt: requestAppendBytes(path, pathLength);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# pathLength
	call fn.requestAppendBytes
	.loc 1 1345 5
	# storeRemoveAt: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
	.loc 1 1346 5
	# storeRemoveAt: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_404:
	leave
	ret
	.size fn.storeRemoveAt, .-fn.storeRemoveAt

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 1349 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1350 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1351 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1352 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1353 5
	# storeWatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_405:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function readDomainId()
	.type fn.readDomainId,@function
fn.readDomainId:
	.loc 1 1360 1
	# readDomainId: function readDomainId(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1361 5
	# readDomainId: const length = storeRead("domid");
	leaq .Lstring193(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 1362 5
	# readDomainId: return length >= 0 ? decimalFromBytes(storeReply, length) : -1;
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jl .Lelse_407
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# length
	call fn.decimalFromBytes
	jmp .Lendcond_408
.Lelse_407:
	movq $-1, %rax
.Lendcond_408:
.Lreturn_406:
	leave
	ret
	.size fn.readDomainId, .-fn.readDomainId

# function logPathError(what, path, error)
	.type fn.logPathError,@function
fn.logPathError:
	.loc 1 1366 1
	# logPathError: function logPathError(what: string, path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter path
	movq %rdx, -24(%rbp)	# parameter error
	.loc 1 1367 5
	# logPathError: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 1368 5
	# logPathError: print(path);
	movq -16(%rbp), %rdi	# path
	call fn.print
	.loc 1 1369 5
	# logPathError: print(": ");
	leaq .Lstring194(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1370 5
	# logPathError: log(storeErrorName(error));
	movq -24(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_409:
	leave
	ret
	.size fn.logPathError, .-fn.logPathError

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1492 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1493 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_412
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_413
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_414
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_415
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_416
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_417
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_418
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_419
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_420
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_421
	jmp .Lcase_422
.Lcase_412:
	.loc 1 1494 31
	# actionName: return "poweroff";
	leaq .Lstring195(%rip), %rax	# "poweroff"
	jmp .Lreturn_410
.Lcase_413:
	.loc 1 1495 29
	# actionName: return "reboot";
	leaq .Lstring196(%rip), %rax	# "reboot"
	jmp .Lreturn_410
.Lcase_414:
	.loc 1 1496 27
	# actionName: return "halt";
	leaq .Lstring197(%rip), %rax	# "halt"
	jmp .Lreturn_410
.Lcase_415:
	.loc 1 1497 28
	# actionName: return "crash";
	leaq .Lstring198(%rip), %rax	# "crash"
	jmp .Lreturn_410
.Lcase_416:
	.loc 1 1498 30
	# actionName: return "suspend";
	leaq .Lstring199(%rip), %rax	# "suspend"
	jmp .Lreturn_410
.Lcase_417:
	.loc 1 1499 29
	# actionName: return "ignore";
	leaq .Lstring200(%rip), %rax	# "ignore"
	jmp .Lreturn_410
.Lcase_418:
	.loc 1 1500 27
	# actionName: return "hang";
	leaq .Lstring201(%rip), %rax	# "hang"
	jmp .Lreturn_410
.Lcase_419:
	.loc 1 1501 27
	# actionName: return "spin";
	leaq .Lstring202(%rip), %rax	# "spin"
	jmp .Lreturn_410
.Lcase_420:
	.loc 1 1502 31
	# actionName: return "watchdog";
	leaq .Lstring203(%rip), %rax	# "watchdog"
	jmp .Lreturn_410
.Lcase_421:
	.loc 1 1503 33
	# actionName: return "soft-reset";
	leaq .Lstring204(%rip), %rax	# "soft-reset"
	jmp .Lreturn_410
.Lcase_422:
	.loc 1 1504 18
	# actionName: return "none";
	leaq .Lstring205(%rip), %rax	# "none"
	jmp .Lreturn_410
.Lendswitch_411:
.Lreturn_410:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1509 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1510 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_LAST; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_424:
	movq -24(%rbp), %rax	# action
	cmpq $10, %rax	# compare with ACTION_LAST
	jg .Lendfor_426
	.loc 1 1511 9
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
	je .Lelse_427
	.loc 1 1512 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_423
.Lelse_427:
.Lfornext_425:
	.loc 1 1510 63
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_428
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_428
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_424
.Lendfor_426:
	.loc 1 1515 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_423:
	leave
	ret
.Ltrap_428:
	leaq .Lstring206(%rip), %rdi	# trap: kernel.ts:1510:63: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function ticksFor(seconds)
	.type fn.ticksFor,@function
fn.ticksFor:
	.loc 1 1528 1
	# ticksFor: function ticksFor(seconds: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter seconds
	.loc 1 1529 5
	# ticksFor: return seconds === 0 ? 0 : seconds + 1;
	movq -8(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jne .Lelse_430
	movq $0, %rax
	jmp .Lendcond_431
.Lelse_430:
	movq -8(%rbp), %rax	# seconds
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_432
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_432
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_432
.Lendcond_431:
.Lreturn_429:
	leave
	ret
.Ltrap_432:
	leaq .Lstring207(%rip), %rdi	# trap: kernel.ts:1529:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.ticksFor, .-fn.ticksFor

# function setOverride(action, ackMode, ackText, ackLength, ackDelay, actDelay)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1540 1
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
	.loc 1 1542 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1543 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1544 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1545 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1546 5
	# setOverride: overrideAckDelay = ackDelay;
	movq -40(%rbp), %rax	# ackDelay
	movq %rax, var.overrideAckDelay(%rip)	# overrideAckDelay =
	.loc 1 1547 5
	# setOverride: overrideActDelay = actDelay;
	movq -48(%rbp), %rax	# actDelay
	movq %rax, var.overrideActDelay(%rip)	# overrideActDelay =
	.loc 1 1548 5
	# setOverride: print("override set: ");
	leaq .Lstring208(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1549 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1550 5
	# setOverride: resultAppend("override set: ");
	leaq .Lstring208(%rip), %rdi	# "override set: "
	call fn.resultAppend
	.loc 1 1551 5
	# setOverride: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_433:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function setTimer(action, seconds)
	.type fn.setTimer,@function
fn.setTimer:
	.loc 1 1558 1
	# setTimer: function setTimer(action: number, seconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter seconds
	.loc 1 1559 5
	# setTimer: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_435
	.loc 1 1560 9
	# setTimer: print("timer replaced: ");
	leaq .Lstring209(%rip), %rdi	# "timer replaced: "
	call fn.print
	.loc 1 1561 9
	# setTimer: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lelse_435:
	.loc 1 1563 5
	# setTimer: timerAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1564 5
	# setTimer: timerTicksLeft = ticksFor(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.ticksFor
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1565 5
	# setTimer: timerSecondsSet = seconds;
	movq -16(%rbp), %rax	# seconds
	movq %rax, var.timerSecondsSet(%rip)	# timerSecondsSet =
	.loc 1 1566 5
	# setTimer: resultAppend("timer set: ");
	leaq .Lstring210(%rip), %rdi	# "timer set: "
	call fn.resultAppend
	.loc 1 1567 5
	# setTimer: resultAppend(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 1568 5
	# setTimer: print("timer set: ");
	leaq .Lstring210(%rip), %rdi	# "timer set: "
	call fn.print
	.loc 1 1569 5
	# setTimer: print(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1570 5
	# setTimer: print(" in ");
	leaq .Lstring211(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1571 5
	# setTimer: printDecimal(seconds);
	movq -16(%rbp), %rdi	# seconds
	call fn.printDecimal
	.loc 1 1572 5
	# setTimer: log(" s");
	leaq .Lstring212(%rip), %rdi	# " s"
	call fn.log
.Lreturn_434:
	leave
	ret
	.size fn.setTimer, .-fn.setTimer

# function remember(record, address, length)
	.type fn.remember,@function
fn.remember:
	.loc 1 1597 1
	# remember: function remember(record: number, address: number, length: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1598 5
	# remember: store64(record, length);
	movq -8(%rbp), %rdi	# record
	movq -24(%rbp), %rax	# length
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1599 5
	# remember: copyBytes(record + 8, address, length);
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_437
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_437
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_437
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
.Lreturn_436:
	leave
	ret
.Ltrap_437:
	leaq .Lstring213(%rip), %rdi	# trap: kernel.ts:1599:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remember, .-fn.remember

# function forget(record)
	.type fn.forget,@function
fn.forget:
	.loc 1 1602 1
	# forget: function forget(record: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	.loc 1 1603 5
	# forget: store64(record, 0);
	movq -8(%rbp), %rdi	# record
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lreturn_438:
	leave
	ret
	.size fn.forget, .-fn.forget

# function isRemembered(record, address, length)
	.type fn.isRemembered,@function
fn.isRemembered:
	.loc 1 1606 1
	# isRemembered: function isRemembered(record: number, address: number, length: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1607 5
	# isRemembered: return length > 0 && load64(record) === length && bytesMatch(record +...
	movq -24(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	setg %al	# >
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_441
	movq -8(%rbp), %rax	# record
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_442
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_442
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_441:
	testq %rax, %rax
	je .Lendlogic_440
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_443
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_443
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_443
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.bytesMatch
.Lendlogic_440:
.Lreturn_439:
	leave
	ret
.Ltrap_442:
	leaq .Lstring214(%rip), %rdi	# trap: kernel.ts:1607:26: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_443:
	leaq .Lstring215(%rip), %rdi	# trap: kernel.ts:1607:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.isRemembered, .-fn.isRemembered

# function alreadyHandled(guard, last)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1624 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	.loc 1 1625 5
	# alreadyHandled: if (guard && isRemembered(last, commandValue, commandLength)) {
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_445
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_445
	.loc 1 1626 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring216(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1627 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_444
.Lelse_445:
	.loc 1 1629 5
	# alreadyHandled: remember(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.remember
	.loc 1 1630 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_444:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1635 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1636 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1637 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_447
	.loc 1 1638 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_446
.Lelse_447:
	.loc 1 1640 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_448
	.loc 1 1641 9
	# readControlKey: logPathError("xenstore: cannot read ", path, length);
	leaq .Lstring217(%rip), %rdi	# "xenstore: cannot read "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# length
	call fn.logPathError
	.loc 1 1642 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_446
.Lelse_448:
	.loc 1 1644 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_449
	.loc 1 1645 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_446
.Lelse_449:
	.loc 1 1647 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1648 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1649 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1650 5
	# readControlKey: print(" = ");
	leaq .Lstring218(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1651 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1652 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1653 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_446:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1656 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1657 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1658 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_451
	.loc 1 1659 9
	# acknowledge: logPathError("ack failed: ", path, result);
	leaq .Lstring219(%rip), %rdi	# "ack failed: "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_451:
.Lreturn_450:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1665 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1666 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1667 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1668 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring220(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_453
	.loc 1 1669 9
	# handleShutdownRequest: return;
	jmp .Lreturn_452
.Lelse_453:
	.loc 1 1671 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_454
	.loc 1 1672 9
	# handleShutdownRequest: return;
	jmp .Lreturn_452
.Lelse_454:
	.loc 1 1674 5
	# handleShutdownRequest: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1675 5
	# handleShutdownRequest: if (isRemembered(ownShutdownAck, commandValue, commandLength)) {
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_455
	.loc 1 1676 9
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1677 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring221(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1678 9
	# handleShutdownRequest: return;
	jmp .Lreturn_452
.Lelse_455:
	.loc 1 1680 5
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1681 5
	# handleShutdownRequest: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_456
	.loc 1 1682 9
	# handleShutdownRequest: log("busy with a delayed response; request ignored");
	leaq .Lstring222(%rip), %rdi	# "busy with a delayed response; request i
	call fn.log
	.loc 1 1683 9
	# handleShutdownRequest: return;
	jmp .Lreturn_452
.Lelse_456:
	.loc 1 1685 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_457
	.loc 1 1686 9
	# handleShutdownRequest: startResponse();
	call fn.startResponse
	.loc 1 1687 9
	# handleShutdownRequest: return;
	jmp .Lreturn_452
.Lelse_457:
	.loc 1 1689 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring220(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1690 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1691 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_459
	movq -16(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_458
.Lskip_459:
	.loc 1 1692 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring223(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1693 9
	# handleShutdownRequest: return;
	jmp .Lreturn_452
.Lelse_458:
	.loc 1 1695 5
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_452:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function startResponse()
	.type fn.startResponse,@function
fn.startResponse:
	.loc 1 1699 1
	# startResponse: function startResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1700 5
	# startResponse: responseAction = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, var.responseAction(%rip)	# responseAction =
	.loc 1 1701 5
	# startResponse: responseAckMode = overrideAckMode;
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	movq %rax, var.responseAckMode(%rip)	# responseAckMode =
	.loc 1 1702 5
	# startResponse: copyBytes(responseAckText, overrideAckText, overrideAckLength);
	leaq buf.responseAckText(%rip), %rdi	# responseAckText
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.copyBytes
	.loc 1 1703 5
	# startResponse: responseAckLength = overrideAckLength;
	movq var.overrideAckLength(%rip), %rax	# overrideAckLength
	movq %rax, var.responseAckLength(%rip)	# responseAckLength =
	.loc 1 1704 5
	# startResponse: responseActDelay = overrideActDelay;
	movq var.overrideActDelay(%rip), %rax	# overrideActDelay
	movq %rax, var.responseActDelay(%rip)	# responseActDelay =
	.loc 1 1705 5
	# startResponse: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1706 5
	# startResponse: print("override ");
	leaq .Lstring224(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1707 5
	# startResponse: print(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1708 5
	# startResponse: log(" replaces the request");
	leaq .Lstring225(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1709 5
	# startResponse: if (overrideAckDelay > 0) {
	movq var.overrideAckDelay(%rip), %rax	# overrideAckDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_461
	.loc 1 1710 9
	# startResponse: responsePhase = RESPONSE_ACKING;
	movq $1, %rax	# RESPONSE_ACKING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1711 9
	# startResponse: responseTicksLeft = ticksFor(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1712 9
	# startResponse: print("acknowledging in ");
	leaq .Lstring226(%rip), %rdi	# "acknowledging in "
	call fn.print
	.loc 1 1713 9
	# startResponse: printDecimal(overrideAckDelay);
	movq var.overrideAckDelay(%rip), %rdi	# overrideAckDelay
	call fn.printDecimal
	.loc 1 1714 9
	# startResponse: log(" s");
	leaq .Lstring212(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1715 9
	# startResponse: return;
	jmp .Lreturn_460
.Lelse_461:
	.loc 1 1717 5
	# startResponse: acknowledgeThenAct();
	call fn.acknowledgeThenAct
.Lreturn_460:
	leave
	ret
	.size fn.startResponse, .-fn.startResponse

# function acknowledgeThenAct()
	.type fn.acknowledgeThenAct,@function
fn.acknowledgeThenAct:
	.loc 1 1720 1
	# acknowledgeThenAct: function acknowledgeThenAct(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1721 5
	# acknowledgeThenAct: acknowledgeShutdownPerResponse();
	call fn.acknowledgeShutdownPerResponse
	.loc 1 1722 5
	# acknowledgeThenAct: if (responseActDelay > 0) {
	movq var.responseActDelay(%rip), %rax	# responseActDelay
	cmpq $0, %rax	# compare with 0
	jle .Lelse_463
	.loc 1 1723 9
	# acknowledgeThenAct: responsePhase = RESPONSE_ACTING;
	movq $2, %rax	# RESPONSE_ACTING
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1724 9
	# acknowledgeThenAct: responseTicksLeft = ticksFor(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.ticksFor
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1725 9
	# acknowledgeThenAct: print("acting in ");
	leaq .Lstring227(%rip), %rdi	# "acting in "
	call fn.print
	.loc 1 1726 9
	# acknowledgeThenAct: printDecimal(responseActDelay);
	movq var.responseActDelay(%rip), %rdi	# responseActDelay
	call fn.printDecimal
	.loc 1 1727 9
	# acknowledgeThenAct: log(" s");
	leaq .Lstring212(%rip), %rdi	# " s"
	call fn.log
	.loc 1 1728 9
	# acknowledgeThenAct: return;
	jmp .Lreturn_462
.Lelse_463:
	.loc 1 1730 5
	# acknowledgeThenAct: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1731 5
	# acknowledgeThenAct: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
.Lreturn_462:
	leave
	ret
	.size fn.acknowledgeThenAct, .-fn.acknowledgeThenAct

# function acknowledgeShutdownPerResponse()
	.type fn.acknowledgeShutdownPerResponse,@function
fn.acknowledgeShutdownPerResponse:
	.loc 1 1734 1
	# acknowledgeShutdownPerResponse: function acknowledgeShutdownPerResponse(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1735 5
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_OK) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_465
	.loc 1 1736 9
	# acknowledgeShutdownPerResponse: acknowledge("control/shutdown");
	leaq .Lstring220(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_466
.Lelse_465:
	.loc 1 1737 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_NONE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_467
	.loc 1 1738 9
	# acknowledgeShutdownPerResponse: log("request left in place, as the override asked");
	leaq .Lstring228(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_468
.Lelse_467:
	.loc 1 1739 12
	# acknowledgeShutdownPerResponse: if (responseAckMode === ACK_DELETE) {
	movq var.responseAckMode(%rip), %rax	# responseAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_469
	.loc 1 1740 9
	# acknowledgeShutdownPerResponse: const result = storeRemove("control/shutdown");
	leaq .Lstring220(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1741 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_470
	.loc 1 1742 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring219(%rip), %rdi	# "ack failed: "
	leaq .Lstring220(%rip), %rsi	# "control/shutdown"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_470:
	jmp .Lendif_471
.Lelse_469:
	.loc 1 1745 9
	# acknowledgeShutdownPerResponse: const result = storeWrite("control/shutdown", responseAckText, respon...
	leaq .Lstring220(%rip), %rdi	# "control/shutdown"
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1746 9
	# acknowledgeShutdownPerResponse: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_472
	.loc 1 1747 13
	# acknowledgeShutdownPerResponse: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring219(%rip), %rdi	# "ack failed: "
	leaq .Lstring220(%rip), %rsi	# "control/shutdown"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
	jmp .Lendif_473
.Lelse_472:
	.loc 1 1749 13
	# acknowledgeShutdownPerResponse: remember(ownShutdownAck, responseAckText, responseAckLength);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.responseAckText(%rip), %rsi	# responseAckText
	movq var.responseAckLength(%rip), %rdx	# responseAckLength
	call fn.remember
.Lendif_473:
.Lendif_471:
.Lendif_468:
.Lendif_466:
.Lreturn_464:
	leave
	ret
	.size fn.acknowledgeShutdownPerResponse, .-fn.acknowledgeShutdownPerResponse

# function countDownOneSecond()
	.type fn.countDownOneSecond,@function
fn.countDownOneSecond:
	.loc 1 1758 1
	# countDownOneSecond: function countDownOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1759 5
	# countDownOneSecond: if (timerAction !== ACTION_NONE && timerTicksLeft > 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_475
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_475
	.loc 1 1760 9
	# countDownOneSecond: timerTicksLeft = timerTicksLeft - 1;
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_476
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_476
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_476
	movq %rax, var.timerTicksLeft(%rip)	# timerTicksLeft =
	.loc 1 1761 9
	# countDownOneSecond: if (timerTicksLeft > 0) {
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_477
	.loc 1 1762 13
	# countDownOneSecond: print("timer: ");
	leaq .Lstring229(%rip), %rdi	# "timer: "
	call fn.print
	.loc 1 1763 13
	# countDownOneSecond: print(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1764 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring211(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1765 13
	# countDownOneSecond: printDecimal(timerTicksLeft);
	movq var.timerTicksLeft(%rip), %rdi	# timerTicksLeft
	call fn.printDecimal
	.loc 1 1766 13
	# countDownOneSecond: log(" s");
	leaq .Lstring212(%rip), %rdi	# " s"
	call fn.log
.Lelse_477:
.Lelse_475:
	.loc 1 1769 5
	# countDownOneSecond: if (responsePhase !== RESPONSE_NONE && responseTicksLeft > 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_478
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_478
	.loc 1 1770 9
	# countDownOneSecond: responseTicksLeft = responseTicksLeft - 1;
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_479
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_479
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_479
	movq %rax, var.responseTicksLeft(%rip)	# responseTicksLeft =
	.loc 1 1771 9
	# countDownOneSecond: if (responseTicksLeft > 0) {
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jle .Lelse_480
	.loc 1 1772 13
	# countDownOneSecond: print("response: ");
	leaq .Lstring230(%rip), %rdi	# "response: "
	call fn.print
	.loc 1 1773 13
	# countDownOneSecond: print(responsePhase === RESPONSE_ACKING ? "acknowledging" : actionNam...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_481
	leaq .Lstring231(%rip), %rax	# "acknowledging"
	jmp .Lendcond_482
.Lelse_481:
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
.Lendcond_482:
	movq %rax, %rdi
	call fn.print
	.loc 1 1774 13
	# countDownOneSecond: print(" in ");
	leaq .Lstring211(%rip), %rdi	# " in "
	call fn.print
	.loc 1 1775 13
	# countDownOneSecond: printDecimal(responseTicksLeft);
	movq var.responseTicksLeft(%rip), %rdi	# responseTicksLeft
	call fn.printDecimal
	.loc 1 1776 13
	# countDownOneSecond: log(" s");
	leaq .Lstring212(%rip), %rdi	# " s"
	call fn.log
.Lelse_480:
.Lelse_478:
.Lreturn_474:
	leave
	ret
.Ltrap_476:
	leaq .Lstring232(%rip), %rdi	# trap: kernel.ts:1760:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_479:
	leaq .Lstring233(%rip), %rdi	# trap: kernel.ts:1770:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.countDownOneSecond, .-fn.countDownOneSecond

# function runDueCounts()
	.type fn.runDueCounts,@function
fn.runDueCounts:
	.loc 1 1782 1
	# runDueCounts: function runDueCounts(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1783 5
	# runDueCounts: if (responsePhase === RESPONSE_ACKING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $1, %rax	# compare with RESPONSE_ACKING
	jne .Lelse_484
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_484
	.loc 1 1784 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1785 9
	# runDueCounts: acknowledgeThenAct();
	call fn.acknowledgeThenAct
	.loc 1 1786 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_483
.Lelse_484:
	.loc 1 1788 5
	# runDueCounts: if (responsePhase === RESPONSE_ACTING && responseTicksLeft === 0) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $2, %rax	# compare with RESPONSE_ACTING
	jne .Lelse_485
	movq var.responseTicksLeft(%rip), %rax	# responseTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_485
	.loc 1 1789 9
	# runDueCounts: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 1790 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1791 9
	# runDueCounts: performAction(responseAction);
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.performAction
	.loc 1 1792 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_483
.Lelse_485:
	.loc 1 1794 5
	# runDueCounts: if (timerAction !== ACTION_NONE && timerTicksLeft === 0) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_486
	movq var.timerTicksLeft(%rip), %rax	# timerTicksLeft
	cmpq $0, %rax	# compare with 0
	jne .Lelse_486
	.loc 1 1795 9
	# runDueCounts: const action = timerAction;
	movq var.timerAction(%rip), %rax	# timerAction
	movq %rax, -8(%rbp)	# action
	.loc 1 1796 9
	# runDueCounts: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 1797 9
	# runDueCounts: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1798 9
	# runDueCounts: print("timer fired: ");
	leaq .Lstring234(%rip), %rdi	# "timer fired: "
	call fn.print
	.loc 1 1799 9
	# runDueCounts: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1800 9
	# runDueCounts: performAction(action);
	movq -8(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1801 9
	# runDueCounts: return true;
	movq $1, %rax	# true
	jmp .Lreturn_483
.Lelse_486:
	.loc 1 1803 5
	# runDueCounts: return false;
	movq $0, %rax	# false
.Lreturn_483:
	leave
	ret
	.size fn.runDueCounts, .-fn.runDueCounts

# function handleSysrq()
	.type fn.handleSysrq,@function
fn.handleSysrq:
	.loc 1 1808 1
	# handleSysrq: function handleSysrq(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1809 5
	# handleSysrq: const guard = sysrqRepeatGuard;
	movq var.sysrqRepeatGuard(%rip), %rax	# sysrqRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1810 5
	# handleSysrq: sysrqRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 1811 5
	# handleSysrq: if (!readControlKey("control/sysrq")) {
	leaq .Lstring235(%rip), %rdi	# "control/sysrq"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_488
	.loc 1 1812 9
	# handleSysrq: return;
	jmp .Lreturn_487
.Lelse_488:
	.loc 1 1814 5
	# handleSysrq: if (alreadyHandled(guard, lastSysrqValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastSysrqValue(%rip), %rsi	# lastSysrqValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_489
	.loc 1 1815 9
	# handleSysrq: return;
	jmp .Lreturn_487
.Lelse_489:
	.loc 1 1817 5
	# handleSysrq: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 1818 5
	# handleSysrq: acknowledge("control/sysrq");
	leaq .Lstring235(%rip), %rdi	# "control/sysrq"
	call fn.acknowledge
	.loc 1 1819 5
	# handleSysrq: if (commandLength !== 1) {
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $1, %rax	# compare with 1
	je .Lelse_490
	.loc 1 1820 9
	# handleSysrq: logBogus(BOGUS_SYSRQ_NOT_ONE_KEY);
	movq $19, %rdi	# BOGUS_SYSRQ_NOT_ONE_KEY
	call fn.logBogus
	.loc 1 1821 9
	# handleSysrq: return;
	jmp .Lreturn_487
.Lelse_490:
	.loc 1 1823 5
	# handleSysrq: const key = load8(commandValue);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# key
	.loc 1 1824 5
	# handleSysrq: print("sysrq: ");
	leaq .Lstring236(%rip), %rdi	# "sysrq: "
	call fn.print
	.loc 1 1825 5
	# handleSysrq: printEscapedByte(key);
	movq -16(%rbp), %rdi	# key
	call fn.printEscapedByte
	.loc 1 1826 5
	# handleSysrq: let action = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, -24(%rbp)	# action
	.loc 1 1827 5
	# handleSysrq: if (key === 99) {                    // 'c'
	movq -16(%rbp), %rax	# key
	cmpq $99, %rax	# compare with 99
	jne .Lelse_491
	.loc 1 1828 9
	# handleSysrq: action = ACTION_CRASH;
	movq $4, %rax	# ACTION_CRASH
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_492
.Lelse_491:
	.loc 1 1829 12
	# handleSysrq: if (key === 98) {             // 'b'
	movq -16(%rbp), %rax	# key
	cmpq $98, %rax	# compare with 98
	jne .Lelse_493
	.loc 1 1830 9
	# handleSysrq: action = ACTION_REBOOT;
	movq $2, %rax	# ACTION_REBOOT
	movq %rax, -24(%rbp)	# action =
	jmp .Lendif_494
.Lelse_493:
	.loc 1 1831 12
	# handleSysrq: if (key === 111) {            // 'o'
	movq -16(%rbp), %rax	# key
	cmpq $111, %rax	# compare with 111
	jne .Lelse_495
	.loc 1 1832 9
	# handleSysrq: action = ACTION_POWEROFF;
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action =
.Lelse_495:
.Lendif_494:
.Lendif_492:
	.loc 1 1834 5
	# handleSysrq: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_496
	.loc 1 1835 9
	# handleSysrq: log(" (no action)");
	leaq .Lstring237(%rip), %rdi	# " (no action)"
	call fn.log
	.loc 1 1836 9
	# handleSysrq: return;
	jmp .Lreturn_487
.Lelse_496:
	.loc 1 1838 5
	# handleSysrq: endLine();
	call fn.endLine
	.loc 1 1839 5
	# handleSysrq: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_487:
	leave
	ret
	.size fn.handleSysrq, .-fn.handleSysrq

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 1865 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1866 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_499
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_500
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_501
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_502
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_503
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_504
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_505
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_506
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_507
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_508
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_509
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_510
	cmpq $13, %rax	# case BOGUS_AFTER_FORM
	je .Lcase_511
	cmpq $14, %rax	# case BOGUS_SECONDS
	je .Lcase_512
	cmpq $15, %rax	# case BOGUS_DELAY_NOT_SECONDS
	je .Lcase_513
	cmpq $16, %rax	# case BOGUS_ACK_DELAY_NOT_SECONDS
	je .Lcase_514
	cmpq $17, %rax	# case BOGUS_ACK_DELAY_NOW
	je .Lcase_515
	cmpq $18, %rax	# case BOGUS_SUSPEND_CHANNEL_MODE
	je .Lcase_516
	cmpq $19, %rax	# case BOGUS_SYSRQ_NOT_ONE_KEY
	je .Lcase_517
	cmpq $20, %rax	# case BOGUS_FEATURE_FORM
	je .Lcase_518
	jmp .Lcase_519
.Lcase_499:
	.loc 1 1867 29
	# bogusReason: return "expected now:, next:, after:, cancel, suspend-channel:, agent...
	leaq .Lstring238(%rip), %rax	# "expected now:, next:, after:, cancel, s
	jmp .Lreturn_497
.Lcase_500:
	.loc 1 1868 36
	# bogusReason: return "unknown action";
	leaq .Lstring239(%rip), %rax	# "unknown action"
	jmp .Lreturn_497
.Lcase_501:
	.loc 1 1869 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring240(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_497
.Lcase_502:
	.loc 1 1870 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring241(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_497
.Lcase_503:
	.loc 1 1871 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring242(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_497
.Lcase_504:
	.loc 1 1872 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring243(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_497
.Lcase_505:
	.loc 1 1873 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring244(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_497
.Lcase_506:
	.loc 1 1874 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring245(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_497
.Lcase_507:
	.loc 1 1875 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring246(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_497
.Lcase_508:
	.loc 1 1876 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring247(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_497
.Lcase_509:
	.loc 1 1877 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring248(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_497
.Lcase_510:
	.loc 1 1878 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring249(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_497
.Lcase_511:
	.loc 1 1879 32
	# bogusReason: return "after: expects after:<seconds>:<action>";
	leaq .Lstring250(%rip), %rax	# "after: expects after:<seconds>:<action>
	jmp .Lreturn_497
.Lcase_512:
	.loc 1 1880 29
	# bogusReason: return "seconds must be a whole number from 0 to 86400";
	leaq .Lstring251(%rip), %rax	# "seconds must be a whole number from 0 t
	jmp .Lreturn_497
.Lcase_513:
	.loc 1 1881 39
	# bogusReason: return "member \"delay\" is not a whole number of seconds from 0 to 8...
	leaq .Lstring252(%rip), %rax	# "member \"delay\" is not a whole number 
	jmp .Lreturn_497
.Lcase_514:
	.loc 1 1882 43
	# bogusReason: return "member \"ackDelay\" is not a whole number of seconds from 0 t...
	leaq .Lstring253(%rip), %rax	# "member \"ackDelay\" is not a whole numb
	jmp .Lreturn_497
.Lcase_515:
	.loc 1 1883 35
	# bogusReason: return "\"ackDelay\" needs \"when\":\"onshutdown\"";
	leaq .Lstring254(%rip), %rax	# "\"ackDelay\" needs \"when\":\"onshutdow
	jmp .Lreturn_497
.Lcase_516:
	.loc 1 1884 42
	# bogusReason: return "unknown suspend-channel mode";
	leaq .Lstring255(%rip), %rax	# "unknown suspend-channel mode"
	jmp .Lreturn_497
.Lcase_517:
	.loc 1 1885 39
	# bogusReason: return "control/sysrq must be one key";
	leaq .Lstring256(%rip), %rax	# "control/sysrq must be one key"
	jmp .Lreturn_497
.Lcase_518:
	.loc 1 1886 34
	# bogusReason: return "feature: expects feature:<name>:on|off|absent";
	leaq .Lstring257(%rip), %rax	# "feature: expects feature:<name>:on|off|
	jmp .Lreturn_497
.Lcase_519:
	.loc 1 1887 18
	# bogusReason: return "unreadable command";
	leaq .Lstring258(%rip), %rax	# "unreadable command"
	jmp .Lreturn_497
.Lendswitch_498:
.Lreturn_497:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function logBogus(reason)
	.type fn.logBogus,@function
fn.logBogus:
	.loc 1 1891 1
	# logBogus: function logBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1892 5
	# logBogus: print("bogus command: ");
	leaq .Lstring259(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1893 5
	# logBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_520:
	leave
	ret
	.size fn.logBogus, .-fn.logBogus

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 1897 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1898 5
	# reportBogus: logBogus(reason);
	movq -8(%rbp), %rdi	# reason
	call fn.logBogus
	.loc 1 1899 5
	# reportBogus: resultAppend("bogus command: ");
	leaq .Lstring259(%rip), %rdi	# "bogus command: "
	call fn.resultAppend
	.loc 1 1900 5
	# reportBogus: resultAppend(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_521:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function secondsFromBytes(address, length)
	.type fn.secondsFromBytes,@function
fn.secondsFromBytes:
	.loc 1 1905 1
	# secondsFromBytes: function secondsFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1906 5
	# secondsFromBytes: if (length > 6) {
	movq -16(%rbp), %rax	# length
	cmpq $6, %rax	# compare with 6
	jle .Lelse_523
	.loc 1 1907 9
	# secondsFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_522
.Lelse_523:
	.loc 1 1909 5
	# secondsFromBytes: const value = decimalFromBytes(address, length);
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	call fn.decimalFromBytes
	movq %rax, -24(%rbp)	# value
	.loc 1 1910 5
	# secondsFromBytes: return value > SECONDS_MAX ? -1 : value;
	movq -24(%rbp), %rax	# value
	cmpq $86400, %rax	# compare with SECONDS_MAX
	jle .Lelse_524
	movq $-1, %rax
	jmp .Lendcond_525
.Lelse_524:
	movq -24(%rbp), %rax	# value
.Lendcond_525:
.Lreturn_522:
	leave
	ret
	.size fn.secondsFromBytes, .-fn.secondsFromBytes

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 1913 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1914 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1915 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1916 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring260(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_527
	.loc 1 1917 9
	# handleTestingCommand: return;
	jmp .Lreturn_526
.Lelse_527:
	.loc 1 1919 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_528
	.loc 1 1920 9
	# handleTestingCommand: return;
	jmp .Lreturn_526
.Lelse_528:
	.loc 1 1922 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring260(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1923 5
	# handleTestingCommand: obeyCommand();
	call fn.obeyCommand
.Lreturn_526:
	leave
	ret
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function obeyCommand()
	.type fn.obeyCommand,@function
fn.obeyCommand:
	.loc 1 1927 1
	# obeyCommand: function obeyCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1928 5
	# obeyCommand: noteCommand();
	call fn.noteCommand
	.loc 1 1930 5
	# obeyCommand: let start = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# start
	.loc 1 1931 5
	# obeyCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_530:
	movq -8(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_531
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -8(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_532
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_532
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_532
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_531
	.loc 1 1932 9
	# obeyCommand: start = start + 1;
	movq -8(%rbp), %rax	# start
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_533
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_533
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_533
	movq %rax, -8(%rbp)	# start =
	jmp .Lwhile_530
.Lendwhile_531:
	.loc 1 1934 5
	# obeyCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -8(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lelse_534
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -8(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_535
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_535
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_535
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_534
	.loc 1 1935 9
	# obeyCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1936 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_534:
	.loc 1 1938 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring261(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_536
	.loc 1 1939 9
	# obeyCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $4, %rdi
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
	movq $4, %rdi
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
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1940 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_539
	.loc 1 1941 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1942 13
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_539:
	.loc 1 1944 9
	# obeyCommand: resultAppend("action: ");
	leaq .Lstring262(%rip), %rdi	# "action: "
	call fn.resultAppend
	.loc 1 1945 9
	# obeyCommand: resultAppend(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 1946 9
	# obeyCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1947 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_536:
	.loc 1 1949 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring263(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_540
	.loc 1 1950 9
	# obeyCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $5, %rdi
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
	movq $5, %rdi
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
	movq %rax, -24(%rbp)	# action
	.loc 1 1951 9
	# obeyCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_543
	.loc 1 1952 13
	# obeyCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1953 13
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_543:
	.loc 1 1955 9
	# obeyCommand: setOverride(action, ACK_OK, 0, 0, 0, 0);
	movq -24(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	movq $0, %r8
	movq $0, %r9
	call fn.setOverride
	.loc 1 1956 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_540:
	.loc 1 1958 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "after:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring264(%rip), %rdx	# "after:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_544
	.loc 1 1959 9
	# obeyCommand: handleAfter();
	call fn.handleAfter
	.loc 1 1960 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_544:
	.loc 1 1962 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "cancel")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring265(%rip), %rdx	# "cancel"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_545
	.loc 1 1963 9
	# obeyCommand: cancelEverything();
	call fn.cancelEverything
	.loc 1 1964 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_545:
	.loc 1 1966 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "suspend-channel:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring266(%rip), %rdx	# "suspend-channel:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_546
	.loc 1 1967 9
	# obeyCommand: const mode = suspendChannelModeFromBytes(commandValue + 16, commandLe...
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_547
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_547
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_547
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $16, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_548
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_548
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_548
	movq %rax, %rsi
	popq %rdi
	call fn.suspendChannelModeFromBytes
	movq %rax, -32(%rbp)	# mode
	.loc 1 1968 9
	# obeyCommand: if (mode < 0) {
	movq -32(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with 0
	jge .Lelse_549
	.loc 1 1969 13
	# obeyCommand: reportBogus(BOGUS_SUSPEND_CHANNEL_MODE);
	movq $18, %rdi	# BOGUS_SUSPEND_CHANNEL_MODE
	call fn.reportBogus
	.loc 1 1970 13
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_549:
	.loc 1 1972 9
	# obeyCommand: setSuspendChannel(mode);
	movq -32(%rbp), %rdi	# mode
	call fn.setSuspendChannel
	.loc 1 1973 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_546:
	.loc 1 1975 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:on")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring267(%rip), %rdx	# "agent:on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_550
	.loc 1 1976 9
	# obeyCommand: setAgent(true);
	movq $1, %rdi	# true
	call fn.setAgent
	.loc 1 1977 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_550:
	.loc 1 1979 5
	# obeyCommand: if (bytesEqual(commandValue, commandLength, "agent:off")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring268(%rip), %rdx	# "agent:off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_551
	.loc 1 1980 9
	# obeyCommand: setAgent(false);
	movq $0, %rdi	# false
	call fn.setAgent
	.loc 1 1981 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_551:
	.loc 1 1983 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "feature:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring269(%rip), %rdx	# "feature:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_552
	.loc 1 1984 9
	# obeyCommand: handleFeature();
	call fn.handleFeature
	.loc 1 1985 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_552:
	.loc 1 1987 5
	# obeyCommand: if (bytesStartWith(commandValue, commandLength, "cant-suspend:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring270(%rip), %rdx	# "cant-suspend:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_553
	.loc 1 1988 9
	# obeyCommand: handleCantSuspend();
	call fn.handleCantSuspend
	.loc 1 1989 9
	# obeyCommand: return;
	jmp .Lreturn_529
.Lelse_553:
	.loc 1 1991 5
	# obeyCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_529:
	leave
	ret
.Ltrap_532:
	leaq .Lstring271(%rip), %rdi	# trap: kernel.ts:1931:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_533:
	leaq .Lstring272(%rip), %rdi	# trap: kernel.ts:1932:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_535:
	leaq .Lstring273(%rip), %rdi	# trap: kernel.ts:1934:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_537:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:1939:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_538:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:1939:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_541:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:1950:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_542:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:1950:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_547:
	leaq .Lstring278(%rip), %rdi	# trap: kernel.ts:1967:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_548:
	leaq .Lstring279(%rip), %rdi	# trap: kernel.ts:1967:69: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommand, .-fn.obeyCommand

# function handleAfter()
	.type fn.handleAfter,@function
fn.handleAfter:
	.loc 1 1995 1
	# handleAfter: function handleAfter(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	.loc 1 1996 5
	# handleAfter: const seconds = commandValue + 6;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $6, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_555
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_555
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_555
	movq %rax, -8(%rbp)	# seconds
	.loc 1 1997 5
	# handleAfter: let secondsLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# secondsLength
	.loc 1 1998 5
	# handleAfter: while (6 + secondsLength < commandLength && load8(seconds + secondsLe...
.Lwhile_556:
	movq $6, %rax
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_558
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_558
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_558
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_557
	movq -8(%rbp), %rax	# seconds
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_559
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_559
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_559
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lendwhile_557
	.loc 1 1999 9
	# handleAfter: secondsLength = secondsLength + 1;
	movq -16(%rbp), %rax	# secondsLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_560
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_560
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_560
	movq %rax, -16(%rbp)	# secondsLength =
	jmp .Lwhile_556
.Lendwhile_557:
	.loc 1 2001 5
	# handleAfter: const actionLength = commandLength - 6 - secondsLength - 1;
	movq var.commandLength(%rip), %rax	# commandLength
	movq $6, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_561
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_561
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_561
	movq -16(%rbp), %rdi	# secondsLength
	subq %rdi, %rax	# -
	jo .Ltrap_561
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_561
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_561
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_561
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_561
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_561
	movq %rax, -24(%rbp)	# actionLength
	.loc 1 2002 5
	# handleAfter: if (secondsLength === 0 || actionLength <= 0) {
	movq -16(%rbp), %rax	# secondsLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_563
	movq -24(%rbp), %rax	# actionLength
	cmpq $0, %rax	# compare with 0
	jg .Lelse_562
.Lskip_563:
	.loc 1 2003 9
	# handleAfter: reportBogus(BOGUS_AFTER_FORM);
	movq $13, %rdi	# BOGUS_AFTER_FORM
	call fn.reportBogus
	.loc 1 2004 9
	# handleAfter: return;
	jmp .Lreturn_554
.Lelse_562:
	.loc 1 2006 5
	# handleAfter: const count = secondsFromBytes(seconds, secondsLength);
	movq -8(%rbp), %rdi	# seconds
	movq -16(%rbp), %rsi	# secondsLength
	call fn.secondsFromBytes
	movq %rax, -32(%rbp)	# count
	.loc 1 2007 5
	# handleAfter: if (count < 0) {
	movq -32(%rbp), %rax	# count
	cmpq $0, %rax	# compare with 0
	jge .Lelse_564
	.loc 1 2008 9
	# handleAfter: reportBogus(BOGUS_SECONDS);
	movq $14, %rdi	# BOGUS_SECONDS
	call fn.reportBogus
	.loc 1 2009 9
	# handleAfter: return;
	jmp .Lreturn_554
.Lelse_564:
	.loc 1 2011 5
	# handleAfter: const action = actionFromBytes(seconds + secondsLength + 1, actionLen...
	movq -8(%rbp), %rax	# seconds
	movq -16(%rbp), %rdi	# secondsLength
	addq %rdi, %rax	# +
	jo .Ltrap_565
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_565
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_565
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_565
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_565
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_565
	movq %rax, %rdi
	movq -24(%rbp), %rsi	# actionLength
	call fn.actionFromBytes
	movq %rax, -40(%rbp)	# action
	.loc 1 2012 5
	# handleAfter: if (action === ACTION_NONE) {
	movq -40(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_566
	.loc 1 2013 9
	# handleAfter: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2014 9
	# handleAfter: return;
	jmp .Lreturn_554
.Lelse_566:
	.loc 1 2016 5
	# handleAfter: setTimer(action, count);
	movq -40(%rbp), %rdi	# action
	movq -32(%rbp), %rsi	# count
	call fn.setTimer
.Lreturn_554:
	leave
	ret
.Ltrap_555:
	leaq .Lstring280(%rip), %rdi	# trap: kernel.ts:1996:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_558:
	leaq .Lstring281(%rip), %rdi	# trap: kernel.ts:1998:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_559:
	leaq .Lstring282(%rip), %rdi	# trap: kernel.ts:1998:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_560:
	leaq .Lstring283(%rip), %rdi	# trap: kernel.ts:1999:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_561:
	leaq .Lstring284(%rip), %rdi	# trap: kernel.ts:2001:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_565:
	leaq .Lstring285(%rip), %rdi	# trap: kernel.ts:2011:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleAfter, .-fn.handleAfter

# function cancelEverything()
	.type fn.cancelEverything,@function
fn.cancelEverything:
	.loc 1 2019 1
	# cancelEverything: function cancelEverything(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2020 5
	# cancelEverything: let dropped = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# dropped
	.loc 1 2021 5
	# cancelEverything: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_568
	.loc 1 2022 9
	# cancelEverything: print("override cancelled: ");
	leaq .Lstring286(%rip), %rdi	# "override cancelled: "
	call fn.print
	.loc 1 2023 9
	# cancelEverything: log(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2024 9
	# cancelEverything: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 2025 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_568:
	.loc 1 2027 5
	# cancelEverything: if (timerAction !== ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_569
	.loc 1 2028 9
	# cancelEverything: print("timer cancelled: ");
	leaq .Lstring287(%rip), %rdi	# "timer cancelled: "
	call fn.print
	.loc 1 2029 9
	# cancelEverything: log(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2030 9
	# cancelEverything: timerAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.timerAction(%rip)	# timerAction =
	.loc 1 2031 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_569:
	.loc 1 2033 5
	# cancelEverything: if (responsePhase !== RESPONSE_NONE) {
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	je .Lelse_570
	.loc 1 2034 9
	# cancelEverything: print("delayed response cancelled: ");
	leaq .Lstring288(%rip), %rdi	# "delayed response cancelled: "
	call fn.print
	.loc 1 2035 9
	# cancelEverything: log(actionName(responseAction));
	movq var.responseAction(%rip), %rdi	# responseAction
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2036 9
	# cancelEverything: responsePhase = RESPONSE_NONE;
	movq $0, %rax	# RESPONSE_NONE
	movq %rax, var.responsePhase(%rip)	# responsePhase =
	.loc 1 2037 9
	# cancelEverything: dropped = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# dropped =
.Lelse_570:
	.loc 1 2039 5
	# cancelEverything: if (!dropped) {
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	jne .Lelse_571
	.loc 1 2040 9
	# cancelEverything: log("cancel: nothing was pending");
	leaq .Lstring289(%rip), %rdi	# "cancel: nothing was pending"
	call fn.log
.Lelse_571:
	.loc 1 2042 5
	# cancelEverything: resultAppend(dropped ? "cancelled" : "nothing was pending");
	movq -8(%rbp), %rax	# dropped
	testq %rax, %rax
	je .Lelse_572
	leaq .Lstring290(%rip), %rax	# "cancelled"
	jmp .Lendcond_573
.Lelse_572:
	leaq .Lstring291(%rip), %rax	# "nothing was pending"
.Lendcond_573:
	movq %rax, %rdi
	call fn.resultAppend
.Lreturn_567:
	leave
	ret
	.size fn.cancelEverything, .-fn.cancelEverything

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 2048 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2049 5
	# handleJsonCommand: const refusal = readJsonCommand();
	call fn.readJsonCommand
	movq %rax, -8(%rbp)	# refusal
	.loc 1 2050 5
	# handleJsonCommand: if (refusal !== 0) {
	movq -8(%rbp), %rax	# refusal
	cmpq $0, %rax	# compare with 0
	je .Lelse_575
	.loc 1 2051 9
	# handleJsonCommand: reportBogus(refusal);
	movq -8(%rbp), %rdi	# refusal
	call fn.reportBogus
	.loc 1 2052 9
	# handleJsonCommand: return;
	jmp .Lreturn_574
.Lelse_575:
	.loc 1 2054 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, jsonActionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq var.jsonActionLength(%rip), %rsi	# jsonActionLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 2055 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_576
	.loc 1 2056 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 2057 9
	# handleJsonCommand: return;
	jmp .Lreturn_574
.Lelse_576:
	.loc 1 2059 5
	# handleJsonCommand: const delay = jsonDelay < 0 ? 0 : jsonDelay;
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jge .Lelse_577
	movq $0, %rax
	jmp .Lendcond_578
.Lelse_577:
	movq var.jsonDelay(%rip), %rax	# jsonDelay
.Lendcond_578:
	movq %rax, -24(%rbp)	# delay
	.loc 1 2060 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring292(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_579
	.loc 1 2061 9
	# handleJsonCommand: if (jsonAckDelay >= 0) {
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_580
	.loc 1 2062 13
	# handleJsonCommand: reportBogus(BOGUS_ACK_DELAY_NOW);
	movq $17, %rdi	# BOGUS_ACK_DELAY_NOW
	call fn.reportBogus
	jmp .Lendif_581
.Lelse_580:
	.loc 1 2063 16
	# handleJsonCommand: if (jsonDelay >= 0) {
	movq var.jsonDelay(%rip), %rax	# jsonDelay
	cmpq $0, %rax	# compare with 0
	jl .Lelse_582
	.loc 1 2064 13
	# handleJsonCommand: setTimer(action, delay);
	movq -16(%rbp), %rdi	# action
	movq -24(%rbp), %rsi	# delay
	call fn.setTimer
	jmp .Lendif_583
.Lelse_582:
	.loc 1 2066 13
	# handleJsonCommand: resultAppend("action: ");
	leaq .Lstring262(%rip), %rdi	# "action: "
	call fn.resultAppend
	.loc 1 2067 13
	# handleJsonCommand: resultAppend(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 2068 13
	# handleJsonCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
.Lendif_583:
.Lendif_581:
	.loc 1 2070 9
	# handleJsonCommand: return;
	jmp .Lreturn_574
.Lelse_579:
	.loc 1 2072 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring293(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_584
	.loc 1 2073 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 2074 9
	# handleJsonCommand: return;
	jmp .Lreturn_574
.Lelse_584:
	.loc 1 2076 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -32(%rbp)	# ackMode
	.loc 1 2077 5
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring294(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_585
	.loc 1 2078 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_586
.Lelse_585:
	.loc 1 2079 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring205(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_587
	.loc 1 2080 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -32(%rbp)	# ackMode =
	jmp .Lendif_588
.Lelse_587:
	.loc 1 2081 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring295(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_589
	.loc 1 2082 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -32(%rbp)	# ackMode =
.Lelse_589:
.Lendif_588:
.Lendif_586:
	.loc 1 2084 5
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
	jge .Lelse_590
	movq $0, %rax
	jmp .Lendcond_591
.Lelse_590:
	movq var.jsonAckDelay(%rip), %rax	# jsonAckDelay
.Lendcond_591:
	movq %rax, %r8
	popq %rcx
	popq %rdx
	popq %rsi
	popq %rdi
	movq -24(%rbp), %r9	# delay
	call fn.setOverride
.Lreturn_574:
	leave
	ret
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function commandLineAddress()
	.type fn.commandLineAddress,@function
fn.commandLineAddress:
	.loc 1 2096 1
	# commandLineAddress: function commandLineAddress(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2097 5
	# commandLineAddress: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_593
	.loc 1 2098 9
	# commandLineAddress: return startInfo + START_INFO_CMD_LINE;
	movq var.startInfo(%rip), %rax	# startInfo
	movq $128, %rdi	# START_INFO_CMD_LINE
	addq %rdi, %rax	# +
	jo .Ltrap_594
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_594
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_594
	jmp .Lreturn_592
.Lelse_593:
	.loc 1 2100 5
	# commandLineAddress: const address = load64(hvmStartInfo + HVM_START_INFO_CMDLINE_PADDR);
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $24, %rdi	# HVM_START_INFO_CMDLINE_PADDR
	addq %rdi, %rax	# +
	jo .Ltrap_595
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_595
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_595
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_596
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_596
	movq %rax, -8(%rbp)	# address
	.loc 1 2101 5
	# commandLineAddress: if (address !== 0 && address + COMMAND_LINE_BYTES > IDENTITY_MAP_END) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	je .Lelse_597
	movq -8(%rbp), %rax	# address
	movq $1024, %rdi	# COMMAND_LINE_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_598
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_598
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_598
	movabsq $4294967296, %rdi	# IDENTITY_MAP_END
	cmpq %rdi, %rax
	jle .Lelse_597
	.loc 1 2102 9
	# commandLineAddress: log("command line: above the first 4 GiB, which boot.S does not map; ...
	leaq .Lstring296(%rip), %rdi	# "command line: above the first 4 GiB, wh
	call fn.log
	.loc 1 2103 9
	# commandLineAddress: return 0;
	movq $0, %rax
	jmp .Lreturn_592
.Lelse_597:
	.loc 1 2105 5
	# commandLineAddress: return address;
	movq -8(%rbp), %rax	# address
.Lreturn_592:
	leave
	ret
.Ltrap_594:
	leaq .Lstring297(%rip), %rdi	# trap: kernel.ts:2098:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_595:
	leaq .Lstring298(%rip), %rdi	# trap: kernel.ts:2100:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_596:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:2100:21: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_598:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:2101:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.commandLineAddress, .-fn.commandLineAddress

# function obeyCommandLine()
	.type fn.obeyCommandLine,@function
fn.obeyCommandLine:
	.loc 1 2108 1
	# obeyCommandLine: function obeyCommandLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2109 5
	# obeyCommandLine: const address = commandLineAddress();
	call fn.commandLineAddress
	movq %rax, -8(%rbp)	# address
	.loc 1 2110 5
	# obeyCommandLine: if (address === 0) {
	movq -8(%rbp), %rax	# address
	cmpq $0, %rax	# compare with 0
	jne .Lelse_600
	.loc 1 2111 9
	# obeyCommandLine: return;
	jmp .Lreturn_599
.Lelse_600:
	.loc 1 2115 5
	# obeyCommandLine: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 2116 5
	# obeyCommandLine: while (length < COMMAND_LINE_BYTES && load8(address + length) !== 0) {
.Lwhile_601:
	movq -16(%rbp), %rax	# length
	cmpq $1024, %rax	# compare with COMMAND_LINE_BYTES
	jge .Lendwhile_602
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_603
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_603
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_603
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_602
	.loc 1 2117 9
	# obeyCommandLine: store8(commandLine + length, load8(address + length));
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_604
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_604
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_604
	pushq %rax
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_605
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_605
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_605
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 2118 9
	# obeyCommandLine: length = length + 1;
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_606
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_606
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_606
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_601
.Lendwhile_602:
	.loc 1 2120 5
	# obeyCommandLine: let at = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# at
	.loc 1 2121 5
	# obeyCommandLine: while (at < length) {
.Lwhile_607:
	movq -24(%rbp), %rax	# at
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_608
	.loc 1 2122 9
	# obeyCommandLine: while (at < length && load8(commandLine + at) === 32) {
.Lwhile_609:
	movq -24(%rbp), %rax	# at
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_610
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -24(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_611
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_611
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_611
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	jne .Lendwhile_610
	.loc 1 2123 13
	# obeyCommandLine: at = at + 1;
	movq -24(%rbp), %rax	# at
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_612
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_612
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_612
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_609
.Lendwhile_610:
	.loc 1 2125 9
	# obeyCommandLine: let end = at;
	movq -24(%rbp), %rax	# at
	movq %rax, -32(%rbp)	# end
	.loc 1 2126 9
	# obeyCommandLine: while (end < length && load8(commandLine + end) !== 32) {
.Lwhile_613:
	movq -32(%rbp), %rax	# end
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_614
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -32(%rbp), %rdi	# end
	addq %rdi, %rax	# +
	jo .Ltrap_615
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_615
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_615
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $32, %rax	# compare with 32
	je .Lendwhile_614
	.loc 1 2127 13
	# obeyCommandLine: end = end + 1;
	movq -32(%rbp), %rax	# end
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_616
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_616
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_616
	movq %rax, -32(%rbp)	# end =
	jmp .Lwhile_613
.Lendwhile_614:
	.loc 1 2129 9
	# obeyCommandLine: if (end > at) {
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	cmpq %rdi, %rax
	jle .Lelse_617
	.loc 1 2130 13
	# obeyCommandLine: copyBytes(commandValue, commandLine + at, end - at);
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	leaq buf.commandLine(%rip), %rax	# commandLine
	movq -24(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_618
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_618
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_618
	pushq %rax
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	subq %rdi, %rax	# -
	jo .Ltrap_619
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_619
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_619
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 2131 13
	# obeyCommandLine: commandLength = end - at;
	movq -32(%rbp), %rax	# end
	movq -24(%rbp), %rdi	# at
	subq %rdi, %rax	# -
	jo .Ltrap_620
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_620
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_620
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 2132 13
	# obeyCommandLine: print("command line: ");
	leaq .Lstring301(%rip), %rdi	# "command line: "
	call fn.print
	.loc 1 2133 13
	# obeyCommandLine: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 2134 13
	# obeyCommandLine: endLine();
	call fn.endLine
	.loc 1 2135 13
	# obeyCommandLine: obeyCommand();
	call fn.obeyCommand
.Lelse_617:
	.loc 1 2137 9
	# obeyCommandLine: at = end;
	movq -32(%rbp), %rax	# end
	movq %rax, -24(%rbp)	# at =
	jmp .Lwhile_607
.Lendwhile_608:
.Lreturn_599:
	leave
	ret
.Ltrap_603:
	leaq .Lstring302(%rip), %rdi	# trap: kernel.ts:2116:49: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_604:
	leaq .Lstring303(%rip), %rdi	# trap: kernel.ts:2117:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_605:
	leaq .Lstring304(%rip), %rdi	# trap: kernel.ts:2117:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_606:
	leaq .Lstring305(%rip), %rdi	# trap: kernel.ts:2118:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_611:
	leaq .Lstring306(%rip), %rdi	# trap: kernel.ts:2122:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_612:
	leaq .Lstring307(%rip), %rdi	# trap: kernel.ts:2123:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_615:
	leaq .Lstring308(%rip), %rdi	# trap: kernel.ts:2126:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_616:
	leaq .Lstring309(%rip), %rdi	# trap: kernel.ts:2127:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_618:
	leaq .Lstring310(%rip), %rdi	# trap: kernel.ts:2130:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_619:
	leaq .Lstring311(%rip), %rdi	# trap: kernel.ts:2130:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_620:
	leaq .Lstring312(%rip), %rdi	# trap: kernel.ts:2131:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.obeyCommandLine, .-fn.obeyCommandLine

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 2148 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 2149 5
	# watch: const result = storeWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.storeWatch
	movq %rax, -24(%rbp)	# result
	.loc 1 2150 5
	# watch: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_622
	.loc 1 2151 9
	# watch: logPathError("xenstore: cannot watch ", path, result);
	leaq .Lstring313(%rip), %rdi	# "xenstore: cannot watch "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_622:
.Lreturn_621:
	leave
	ret
	.size fn.watch, .-fn.watch

# function advertise(path)
	.type fn.advertise,@function
fn.advertise:
	.loc 1 2155 1
	# advertise: function advertise(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 2156 5
	# advertise: const result = storeWriteText(path, "1");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring314(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2157 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_624
	.loc 1 2158 9
	# advertise: logPathError("xenstore: cannot write ", path, result);
	leaq .Lstring315(%rip), %rdi	# "xenstore: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_624:
.Lreturn_623:
	leave
	ret
	.size fn.advertise, .-fn.advertise

# function connectControlKeys()
	.type fn.connectControlKeys,@function
fn.connectControlKeys:
	.loc 1 2162 1
	# connectControlKeys: function connectControlKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2163 5
	# connectControlKeys: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring220(%rip), %rdi	# "control/shutdown"
	leaq .Lstring162(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 2164 5
	# connectControlKeys: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring260(%rip), %rdi	# "control/testing"
	leaq .Lstring163(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 2165 5
	# connectControlKeys: watch("control/sysrq", WATCH_TOKEN_SYSRQ);
	leaq .Lstring235(%rip), %rdi	# "control/sysrq"
	leaq .Lstring164(%rip), %rsi	# WATCH_TOKEN_SYSRQ
	call fn.watch
	.loc 1 2166 5
	# connectControlKeys: advertise("control/feature-poweroff");
	leaq .Lstring316(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 2167 5
	# connectControlKeys: advertise("control/feature-reboot");
	leaq .Lstring317(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 2168 5
	# connectControlKeys: advertise("control/feature-suspend");
	leaq .Lstring318(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_625:
	leave
	ret
	.size fn.connectControlKeys, .-fn.connectControlKeys

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 2204 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2205 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_629
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_629:
	testq %rax, %rax
	jne .Lendlogic_628
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_628:
	testq %rax, %rax
	jne .Lendlogic_627
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_627:
.Lreturn_626:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 2208 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2209 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_631
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_632
.Lelse_631:
	movq $-1, %rax
.Lendcond_632:
.Lreturn_630:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 2212 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2213 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_634:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_635
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_635
	.loc 1 2214 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_636
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_636
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_636
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_634
.Lendwhile_635:
.Lreturn_633:
	leave
	ret
.Ltrap_636:
	leaq .Lstring319(%rip), %rdi	# trap: kernel.ts:2214:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 2218 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2219 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_638
	.loc 1 2220 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_638:
	.loc 1 2222 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_637:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 2225 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 2226 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_640
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_640
	.loc 1 2227 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_641
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_641
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_641
	jmp .Lreturn_639
.Lelse_640:
	.loc 1 2229 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_642
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_642
	.loc 1 2230 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	movq $87, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_643
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_643
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_643
	jmp .Lreturn_639
.Lelse_642:
	.loc 1 2232 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_644
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_644
	.loc 1 2233 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	movq $55, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_645
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_645
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_645
	jmp .Lreturn_639
.Lelse_644:
	.loc 1 2235 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_639:
	leave
	ret
.Ltrap_641:
	leaq .Lstring320(%rip), %rdi	# trap: kernel.ts:2227:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_643:
	leaq .Lstring321(%rip), %rdi	# trap: kernel.ts:2230:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_645:
	leaq .Lstring322(%rip), %rdi	# trap: kernel.ts:2233:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 2239 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2240 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_648
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_648
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_648
	cmpq $4, %rax	# compare with 4
	jge .Lelse_647
	.loc 1 2241 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_646
.Lelse_647:
	.loc 1 2243 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 2244 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_649:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_651
	.loc 1 2245 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_652
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_652
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_652
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 2246 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_653
	.loc 1 2247 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_646
.Lelse_653:
	.loc 1 2249 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	movq $16, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_654
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_654
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_654
	movq -24(%rbp), %rdi	# digit
	addq %rdi, %rax	# +
	jo .Ltrap_654
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_654
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_654
	movq %rax, -8(%rbp)	# value =
.Lfornext_650:
	.loc 1 2244 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_655
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_655
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_649
.Lendfor_651:
	.loc 1 2251 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_656
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_656
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_656
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2252 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_646:
	leave
	ret
.Ltrap_648:
	leaq .Lstring323(%rip), %rdi	# trap: kernel.ts:2240:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_652:
	leaq .Lstring324(%rip), %rdi	# trap: kernel.ts:2245:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_654:
	leaq .Lstring325(%rip), %rdi	# trap: kernel.ts:2249:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_655:
	leaq .Lstring326(%rip), %rdi	# trap: kernel.ts:2244:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_656:
	leaq .Lstring327(%rip), %rdi	# trap: kernel.ts:2251:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 2255 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 2256 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_658
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_658
	.loc 1 2257 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	movq var.jsonDecodedLength(%rip), %rdi	# jsonDecodedLength
	addq %rdi, %rax	# +
	jo .Ltrap_659
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_659
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_659
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_658:
	.loc 1 2259 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_660
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_660
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_660
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_657:
	leave
	ret
.Ltrap_659:
	leaq .Lstring328(%rip), %rdi	# trap: kernel.ts:2257:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_660:
	leaq .Lstring329(%rip), %rdi	# trap: kernel.ts:2259:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 2262 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 2263 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_662
	.loc 1 2264 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_663
.Lelse_662:
	.loc 1 2265 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_664
	.loc 1 2266 9
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
	jo .Ltrap_665
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_665
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_665
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2267 9
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
	jo .Ltrap_666
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_666
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_666
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_667
.Lelse_664:
	.loc 1 2268 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_668
	.loc 1 2269 9
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
	jo .Ltrap_669
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_669
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_669
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2270 9
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
	.loc 1 2271 9
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
.Lelse_668:
	.loc 1 2273 9
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
	jo .Ltrap_673
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_673
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_673
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 2274 9
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
	.loc 1 2275 9
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
	.loc 1 2276 9
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
.Lendif_672:
.Lendif_667:
.Lendif_663:
.Lreturn_661:
	leave
	ret
.Ltrap_665:
	leaq .Lstring330(%rip), %rdi	# trap: kernel.ts:2266:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_666:
	leaq .Lstring331(%rip), %rdi	# trap: kernel.ts:2267:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_669:
	leaq .Lstring332(%rip), %rdi	# trap: kernel.ts:2269:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_670:
	leaq .Lstring333(%rip), %rdi	# trap: kernel.ts:2270:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_671:
	leaq .Lstring334(%rip), %rdi	# trap: kernel.ts:2271:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_673:
	leaq .Lstring335(%rip), %rdi	# trap: kernel.ts:2273:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_674:
	leaq .Lstring336(%rip), %rdi	# trap: kernel.ts:2274:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_675:
	leaq .Lstring337(%rip), %rdi	# trap: kernel.ts:2275:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_676:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:2276:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 2282 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 2283 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_678
	.loc 1 2284 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_677
.Lelse_678:
	.loc 1 2286 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_679
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_679
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_679
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2287 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 2288 5
	# jsonString: while (true) {
.Lwhile_680:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_681
	.loc 1 2289 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_682
	.loc 1 2290 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_677
.Lelse_682:
	.loc 1 2292 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 2293 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_683
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_683
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_683
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2294 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_684
	.loc 1 2295 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_677
.Lelse_684:
	.loc 1 2297 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_685
	.loc 1 2298 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_677
.Lelse_685:
	.loc 1 2300 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_686
	.loc 1 2301 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 2302 13
	# jsonString: continue;
	jmp .Lwhile_680
.Lelse_686:
	.loc 1 2304 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_687
	.loc 1 2305 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_677
.Lelse_687:
	.loc 1 2307 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 2308 9
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
	.loc 1 2309 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_690
	cmpq $92, %rax	# case 92
	je .Lcase_691
	cmpq $47, %rax	# case 47
	je .Lcase_692
	cmpq $98, %rax	# case 98
	je .Lcase_693
	cmpq $102, %rax	# case 102
	je .Lcase_694
	cmpq $110, %rax	# case 110
	je .Lcase_695
	cmpq $114, %rax	# case 114
	je .Lcase_696
	cmpq $116, %rax	# case 116
	je .Lcase_697
	cmpq $117, %rax	# case 117
	je .Lcase_698
	jmp .Lcase_699
.Lcase_690:
	.loc 1 2310 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 2310 49
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_691:
	.loc 1 2311 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 2311 49
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_692:
	.loc 1 2312 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 2312 49
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_693:
	.loc 1 2313 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 2313 48
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_694:
	.loc 1 2314 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 2314 50
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_695:
	.loc 1 2315 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 2315 50
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_696:
	.loc 1 2316 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 2316 50
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_697:
	.loc 1 2317 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 2317 49
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_698:
	.loc 1 2319 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 2320 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_700
	.loc 1 2321 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_677
.Lelse_700:
	.loc 1 2324 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_701
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_701
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_702
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_702
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_702
	cmpq $6, %rax	# compare with 6
	jl .Lelse_701
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_701
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_703
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_703
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_703
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_701
	.loc 1 2326 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 2327 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_704
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_704
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_704
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2328 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 2329 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_705
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_705
	.loc 1 2330 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq $65536, %rax
	pushq %rax
	movq -32(%rbp), %rax	# codePoint
	movq $55296, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_706
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_706
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_706
	movq $1024, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_707
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_707
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_707
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_708
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_708
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_708
	pushq %rax
	movq -48(%rbp), %rax	# low
	movq $56320, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_709
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_709
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_709
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_708
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_708
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_708
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_710
.Lelse_705:
	.loc 1 2332 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_710:
.Lelse_701:
	.loc 1 2335 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 2336 17
	# jsonString: break;
	jmp .Lendswitch_689
.Lcase_699:
	.loc 1 2339 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_677
.Lendswitch_689:
	jmp .Lwhile_680
.Lendwhile_681:
.Lreturn_677:
	leave
	ret
.Ltrap_679:
	leaq .Lstring339(%rip), %rdi	# trap: kernel.ts:2286:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_683:
	leaq .Lstring340(%rip), %rdi	# trap: kernel.ts:2293:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_688:
	leaq .Lstring341(%rip), %rdi	# trap: kernel.ts:2308:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_702:
	leaq .Lstring342(%rip), %rdi	# trap: kernel.ts:2324:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_703:
	leaq .Lstring343(%rip), %rdi	# trap: kernel.ts:2325:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_704:
	leaq .Lstring344(%rip), %rdi	# trap: kernel.ts:2327:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_706:
	leaq .Lstring345(%rip), %rdi	# trap: kernel.ts:2330:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_707:
	leaq .Lstring346(%rip), %rdi	# trap: kernel.ts:2330:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_708:
	leaq .Lstring347(%rip), %rdi	# trap: kernel.ts:2330:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_709:
	leaq .Lstring348(%rip), %rdi	# trap: kernel.ts:2330:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 2344 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2345 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 2346 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_712:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_713
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_713
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_713
	.loc 1 2347 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_714
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_714
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_714
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2348 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_715
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_715
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_715
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_712
.Lendwhile_713:
	.loc 1 2350 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_711:
	leave
	ret
.Ltrap_714:
	leaq .Lstring349(%rip), %rdi	# trap: kernel.ts:2347:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_715:
	leaq .Lstring350(%rip), %rdi	# trap: kernel.ts:2348:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 2354 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2355 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_717
	.loc 1 2356 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_718
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_718
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_718
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_717:
	.loc 1 2358 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_719
	.loc 1 2359 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_720
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_720
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_720
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_721
.Lelse_719:
	.loc 1 2360 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_722
	.loc 1 2361 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_716
.Lelse_722:
.Lendif_721:
	.loc 1 2363 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_723
	.loc 1 2364 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_724
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_724
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_724
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2365 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_725
	.loc 1 2366 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_716
.Lelse_725:
.Lelse_723:
	.loc 1 2369 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_727
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_726
.Lskip_727:
	.loc 1 2370 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_728
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_728
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_728
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2371 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_730
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_729
.Lskip_730:
	.loc 1 2372 13
	# jsonNumber: jsonAt = jsonAt + 1;
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
.Lelse_729:
	.loc 1 2374 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_732
	.loc 1 2375 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_716
.Lelse_732:
.Lelse_726:
	.loc 1 2378 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_716:
	leave
	ret
.Ltrap_718:
	leaq .Lstring351(%rip), %rdi	# trap: kernel.ts:2356:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_720:
	leaq .Lstring352(%rip), %rdi	# trap: kernel.ts:2359:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_724:
	leaq .Lstring353(%rip), %rdi	# trap: kernel.ts:2364:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_728:
	leaq .Lstring354(%rip), %rdi	# trap: kernel.ts:2370:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_731:
	leaq .Lstring355(%rip), %rdi	# trap: kernel.ts:2372:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 2381 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 2382 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_736
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_736
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_736
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_735
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_734
.Lskip_735:
	.loc 1 2383 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_733
.Lelse_734:
	.loc 1 2385 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_737
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_737
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_737
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2386 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_733:
	leave
	ret
.Ltrap_736:
	leaq .Lstring356(%rip), %rdi	# trap: kernel.ts:2382:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_737:
	leaq .Lstring357(%rip), %rdi	# trap: kernel.ts:2385:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 2390 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 2391 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_739
	.loc 1 2392 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_738
.Lelse_739:
	.loc 1 2394 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2395 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 2396 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_740
	.loc 1 2397 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_738
.Lelse_740:
	.loc 1 2399 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_742
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_741
.Lskip_742:
	.loc 1 2400 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_743
	movq $125, %rax
	jmp .Lendcond_744
.Lelse_743:
	movq $93, %rax
.Lendcond_744:
	movq %rax, -24(%rbp)	# closer
	.loc 1 2401 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_745
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_745
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_745
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2402 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2403 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_746
	.loc 1 2404 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_747
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_747
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_747
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2405 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_738
.Lelse_746:
	.loc 1 2407 9
	# jsonSkipValue: while (true) {
.Lwhile_748:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_749
	.loc 1 2408 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_750
	.loc 1 2409 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2410 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_751
	.loc 1 2411 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_738
.Lelse_751:
	.loc 1 2413 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2414 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_752
	.loc 1 2415 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_738
.Lelse_752:
	.loc 1 2417 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_753
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_753
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_753
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_750:
	.loc 1 2419 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_755
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_755
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_755
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_754
	.loc 1 2420 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_738
.Lelse_754:
	.loc 1 2422 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2423 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 2424 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
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
	.loc 1 2425 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_757
	.loc 1 2426 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_738
.Lelse_757:
	.loc 1 2428 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_758
	.loc 1 2429 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_738
.Lelse_758:
	jmp .Lwhile_748
.Lendwhile_749:
.Lelse_741:
	.loc 1 2433 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_759
	.loc 1 2434 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring358(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_738
.Lelse_759:
	.loc 1 2436 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_760
	.loc 1 2437 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring359(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_738
.Lelse_760:
	.loc 1 2439 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_761
	.loc 1 2440 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring360(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_738
.Lelse_761:
	.loc 1 2442 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_738:
	leave
	ret
.Ltrap_745:
	leaq .Lstring361(%rip), %rdi	# trap: kernel.ts:2401:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_747:
	leaq .Lstring362(%rip), %rdi	# trap: kernel.ts:2404:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_753:
	leaq .Lstring363(%rip), %rdi	# trap: kernel.ts:2417:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_755:
	leaq .Lstring364(%rip), %rdi	# trap: kernel.ts:2419:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_756:
	leaq .Lstring365(%rip), %rdi	# trap: kernel.ts:2424:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 2446 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 2447 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2448 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_763
	.loc 1 2449 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_764
	.loc 1 2450 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_762
.Lelse_764:
	.loc 1 2452 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 2453 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_762
.Lelse_763:
	.loc 1 2455 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_765
	.loc 1 2456 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_762
.Lelse_765:
	.loc 1 2458 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_762:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function jsonMemberSeconds(notSecondsReason)
	.type fn.jsonMemberSeconds,@function
fn.jsonMemberSeconds:
	.loc 1 2465 1
	# jsonMemberSeconds: function jsonMemberSeconds(notSecondsReason: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter notSecondsReason
	.loc 1 2466 5
	# jsonMemberSeconds: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2467 5
	# jsonMemberSeconds: const start = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -16(%rbp)	# start
	.loc 1 2468 5
	# jsonMemberSeconds: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_767
	.loc 1 2469 9
	# jsonMemberSeconds: return -1;
	movq $-1, %rax
	jmp .Lreturn_766
.Lelse_767:
	.loc 1 2471 5
	# jsonMemberSeconds: const seconds = secondsFromBytes(start, jsonAt - start);
	movq -16(%rbp), %rax	# start
	pushq %rax
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# start
	subq %rdi, %rax	# -
	jo .Ltrap_768
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_768
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_768
	movq %rax, %rsi
	popq %rdi
	call fn.secondsFromBytes
	movq %rax, -24(%rbp)	# seconds
	.loc 1 2472 5
	# jsonMemberSeconds: if (seconds < 0) {
	movq -24(%rbp), %rax	# seconds
	cmpq $0, %rax	# compare with 0
	jge .Lelse_769
	.loc 1 2473 9
	# jsonMemberSeconds: jsonFail(notSecondsReason);
	movq -8(%rbp), %rdi	# notSecondsReason
	call fn.jsonFail
.Lelse_769:
	.loc 1 2475 5
	# jsonMemberSeconds: return seconds;
	movq -24(%rbp), %rax	# seconds
.Lreturn_766:
	leave
	ret
.Ltrap_768:
	leaq .Lstring366(%rip), %rdi	# trap: kernel.ts:2471:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonMemberSeconds, .-fn.jsonMemberSeconds

# function readJsonCommand()
	.type fn.readJsonCommand,@function
fn.readJsonCommand:
	.loc 1 2481 1
	# readJsonCommand: function readJsonCommand(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 2482 5
	# readJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2483 5
	# readJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq var.commandLength(%rip), %rdi	# commandLength
	addq %rdi, %rax	# +
	jo .Ltrap_771
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_771
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_771
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 2484 5
	# readJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 2485 5
	# readJsonCommand: jsonWhenLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	.loc 1 2486 5
	# readJsonCommand: jsonAckLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	.loc 1 2487 5
	# readJsonCommand: jsonActionLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	.loc 1 2488 5
	# readJsonCommand: jsonDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	.loc 1 2489 5
	# readJsonCommand: jsonAckDelay = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	.loc 1 2490 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2491 5
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_772
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_772
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_772
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2492 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2493 5
	# readJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_773
	.loc 1 2494 9
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_774
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_774
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_774
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_775
.Lelse_773:
	.loc 1 2496 9
	# readJsonCommand: while (jsonError === 0) {
.Lwhile_776:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_777
	.loc 1 2497 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2498 13
	# readJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_778
	.loc 1 2499 17
	# readJsonCommand: break;
	jmp .Lendwhile_777
.Lelse_778:
	.loc 1 2501 13
	# readJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -8(%rbp)	# keyLength
	.loc 1 2502 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2503 13
	# readJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_779
	.loc 1 2504 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 2505 17
	# readJsonCommand: break;
	jmp .Lendwhile_777
.Lelse_779:
	.loc 1 2507 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_780
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_780
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_780
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2508 13
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring367(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_781
	.loc 1 2509 17
	# readJsonCommand: jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	jmp .Lendif_782
.Lelse_781:
	.loc 1 2510 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring368(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_783
	.loc 1 2511 17
	# readJsonCommand: jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	jmp .Lendif_784
.Lelse_783:
	.loc 1 2512 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring369(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_785
	.loc 1 2513 17
	# readJsonCommand: jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRI...
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	jmp .Lendif_786
.Lelse_785:
	.loc 1 2514 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "delay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring370(%rip), %rdx	# "delay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_787
	.loc 1 2515 17
	# readJsonCommand: jsonDelay = jsonMemberSeconds(BOGUS_DELAY_NOT_SECONDS);
	movq $15, %rdi	# BOGUS_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonDelay(%rip)	# jsonDelay =
	jmp .Lendif_788
.Lelse_787:
	.loc 1 2516 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ackDelay")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring371(%rip), %rdx	# "ackDelay"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_789
	.loc 1 2517 17
	# readJsonCommand: jsonAckDelay = jsonMemberSeconds(BOGUS_ACK_DELAY_NOT_SECONDS);
	movq $16, %rdi	# BOGUS_ACK_DELAY_NOT_SECONDS
	call fn.jsonMemberSeconds
	movq %rax, var.jsonAckDelay(%rip)	# jsonAckDelay =
	jmp .Lendif_790
.Lelse_789:
	.loc 1 2519 17
	# readJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_790:
.Lendif_788:
.Lendif_786:
.Lendif_784:
.Lendif_782:
	.loc 1 2521 13
	# readJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_791
	.loc 1 2522 17
	# readJsonCommand: break;
	jmp .Lendwhile_777
.Lelse_791:
	.loc 1 2524 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2525 13
	# readJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# next
	.loc 1 2526 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_792
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_792
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_792
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2527 13
	# readJsonCommand: if (next === 125) {
	movq -16(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_793
	.loc 1 2528 17
	# readJsonCommand: break;
	jmp .Lendwhile_777
.Lelse_793:
	.loc 1 2530 13
	# readJsonCommand: if (next !== 44) {
	movq -16(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_794
	.loc 1 2531 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_794:
	jmp .Lwhile_776
.Lendwhile_777:
.Lendif_775:
	.loc 1 2535 5
	# readJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_795
	.loc 1 2536 9
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2537 9
	# readJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_796
	.loc 1 2538 13
	# readJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_796:
.Lelse_795:
	.loc 1 2541 5
	# readJsonCommand: if (jsonError === 0 && jsonWhenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_797
	movq var.jsonWhenLength(%rip), %rax	# jsonWhenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_797
	.loc 1 2542 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_797:
	.loc 1 2544 5
	# readJsonCommand: if (jsonError === 0 && jsonAckLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_798
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_798
	.loc 1 2545 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_798:
	.loc 1 2547 5
	# readJsonCommand: if (jsonError === 0 && jsonActionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_799
	movq var.jsonActionLength(%rip), %rax	# jsonActionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_799
	.loc 1 2548 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_799:
	.loc 1 2550 5
	# readJsonCommand: return jsonError;
	movq var.jsonError(%rip), %rax	# jsonError
.Lreturn_770:
	leave
	ret
.Ltrap_771:
	leaq .Lstring372(%rip), %rdi	# trap: kernel.ts:2483:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_772:
	leaq .Lstring373(%rip), %rdi	# trap: kernel.ts:2491:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_774:
	leaq .Lstring374(%rip), %rdi	# trap: kernel.ts:2494:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_780:
	leaq .Lstring375(%rip), %rdi	# trap: kernel.ts:2507:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_792:
	leaq .Lstring376(%rip), %rdi	# trap: kernel.ts:2526:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readJsonCommand, .-fn.readJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 2612 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 2613 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_801:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_803
	.loc 1 2614 9
	# clearWords: store64(address + i * 8, 0);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_804
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_804
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_804
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_805
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_805
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_805
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_802:
	.loc 1 2613 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_806
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_806
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_801
.Lendfor_803:
.Lreturn_800:
	leave
	ret
.Ltrap_804:
	leaq .Lstring377(%rip), %rdi	# trap: kernel.ts:2614:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_805:
	leaq .Lstring378(%rip), %rdi	# trap: kernel.ts:2614:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_806:
	leaq .Lstring379(%rip), %rdi	# trap: kernel.ts:2613:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 2620 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2621 5
	# publishFrameListTree: const p2mPages = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - 1) ...
	movq var.domainPages(%rip), %rax	# domainPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_809
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_809
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_809
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_809
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_809
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_809
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_808
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_808
	subq $1, %rax	# then the floor is one below
.Lfloored_808:
	movq %rax, -8(%rbp)	# p2mPages
	.loc 1 2622 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -8(%rbp), %rax	# p2mPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_811
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_811
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_811
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_811
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_811
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_811
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_810
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_810
	subq $1, %rax	# then the floor is one below
.Lfloored_810:
	movq %rax, -16(%rbp)	# frameListCount
	.loc 1 2623 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -16(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_812
	.loc 1 2624 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring380(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 2625 9
	# publishFrameListTree: printDecimal(domainPages);
	movq var.domainPages(%rip), %rdi	# domainPages
	call fn.printDecimal
	.loc 1 2626 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring381(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 2627 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_807
.Lelse_812:
	.loc 1 2629 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 2630 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -16(%rbp), %rax	# frameListCount
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_813
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_813
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_813
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 2631 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# page
.Lfor_814:
	movq -24(%rbp), %rax	# page
	movq -8(%rbp), %rdi	# p2mPages
	cmpq %rdi, %rax
	jge .Lendfor_816
	.loc 1 2632 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(mfnList + page * PAGE_S...
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_817
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_817
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_817
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_818
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_818
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_818
	pushq %rax
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_819
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_819
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_819
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_820
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_820
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_820
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_815:
	.loc 1 2631 41
	# publishFrameListTree: page++
	movq -24(%rbp), %rax	# page
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_821
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_821
	movq %rax, -24(%rbp)	# page =
	jmp .Lfor_814
.Lendfor_816:
	.loc 1 2634 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# list
.Lfor_822:
	movq -32(%rbp), %rax	# list
	movq -16(%rbp), %rdi	# frameListCount
	cmpq %rdi, %rax
	jge .Lendfor_824
	.loc 1 2635 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	leaq buf.frameListList(%rip), %rax	# frameListList
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_825
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_825
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_825
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_826
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_826
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_826
	pushq %rax
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_827
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_827
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_827
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_828
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_828
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_828
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_823:
	.loc 1 2634 47
	# publishFrameListTree: list++
	movq -32(%rbp), %rax	# list
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_829
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_829
	movq %rax, -32(%rbp)	# list =
	jmp .Lfor_822
.Lendfor_824:
	.loc 1 2637 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, domainPages);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3088, %rdi	# SHARED_INFO_ARCH_MAX_PFN
	addq %rdi, %rax	# +
	jo .Ltrap_830
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_830
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_830
	movq %rax, %rdi
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2638 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 2639 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3096, %rdi	# SHARED_INFO_ARCH_FRAME_LIST_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_831
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_831
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_831
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2640 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_807:
	leave
	ret
.Ltrap_809:
	leaq .Lstring382(%rip), %rdi	# trap: kernel.ts:2621:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_811:
	leaq .Lstring383(%rip), %rdi	# trap: kernel.ts:2622:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_813:
	leaq .Lstring384(%rip), %rdi	# trap: kernel.ts:2630:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_817:
	leaq .Lstring385(%rip), %rdi	# trap: kernel.ts:2632:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_818:
	leaq .Lstring386(%rip), %rdi	# trap: kernel.ts:2632:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_819:
	leaq .Lstring387(%rip), %rdi	# trap: kernel.ts:2632:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_820:
	leaq .Lstring388(%rip), %rdi	# trap: kernel.ts:2632:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_821:
	leaq .Lstring389(%rip), %rdi	# trap: kernel.ts:2631:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_825:
	leaq .Lstring390(%rip), %rdi	# trap: kernel.ts:2635:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_826:
	leaq .Lstring391(%rip), %rdi	# trap: kernel.ts:2635:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_827:
	leaq .Lstring392(%rip), %rdi	# trap: kernel.ts:2635:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_828:
	leaq .Lstring393(%rip), %rdi	# trap: kernel.ts:2635:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_829:
	leaq .Lstring394(%rip), %rdi	# trap: kernel.ts:2634:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_830:
	leaq .Lstring395(%rip), %rdi	# trap: kernel.ts:2637:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_831:
	leaq .Lstring396(%rip), %rdi	# trap: kernel.ts:2639:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 2643 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2644 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 2645 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_833
	.loc 1 2646 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_833:
	.loc 1 2648 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_832:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendHypercall(startInfoFrame)
	.type fn.suspendHypercall,@function
fn.suspendHypercall:
	.loc 1 2652 1
	# suspendHypercall: function suspendHypercall(startInfoFrame: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoFrame
	.loc 1 2653 5
	# suspendHypercall: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2654 5
	# suspendHypercall: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArgum...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_834:
	leave
	ret
	.size fn.suspendHypercall, .-fn.suspendHypercall

# function suspendPv()
	.type fn.suspendPv,@function
fn.suspendPv:
	.loc 1 2658 1
	# suspendPv: function suspendPv(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2661 5
	# suspendPv: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 2662 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_836
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_836
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_836
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_837
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_837
	subq $1, %rax	# then the floor is one below
.Lfloored_837:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2663 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_838
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_838
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_838
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_839
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_839
	subq $1, %rax	# then the floor is one below
.Lfloored_839:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2664 5
	# suspendPv: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 2665 5
	# suspendPv: const result = unmapResult === 0 ? suspendHypercall(startInfoFrame) :...
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_840
	movq -8(%rbp), %rdi	# startInfoFrame
	call fn.suspendHypercall
	jmp .Lendcond_841
.Lelse_840:
	movq -16(%rbp), %rax	# unmapResult
.Lendcond_841:
	movq %rax, -24(%rbp)	# result
	.loc 1 2666 5
	# suspendPv: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_842
	.loc 1 2667 9
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
	jmp .Lreturn_835
.Lelse_842:
	.loc 1 2672 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_843
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_843
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_843
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2673 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_844
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_844
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_844
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2674 5
	# suspendPv: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_845
	.loc 1 2675 9
	# suspendPv: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_845:
	.loc 1 2677 5
	# suspendPv: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2678 5
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
.Lreturn_835:
	leave
	ret
.Ltrap_836:
	leaq .Lstring397(%rip), %rdi	# trap: kernel.ts:2662:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_838:
	leaq .Lstring398(%rip), %rdi	# trap: kernel.ts:2663:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_843:
	leaq .Lstring399(%rip), %rdi	# trap: kernel.ts:2672:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_844:
	leaq .Lstring400(%rip), %rdi	# trap: kernel.ts:2673:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendPv, .-fn.suspendPv

# function suspendPvh()
	.type fn.suspendPvh,@function
fn.suspendPvh:
	.loc 1 2688 1
	# suspendPvh: function suspendPvh(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2689 5
	# suspendPvh: const result = suspendHypercall(0);
	movq $0, %rdi
	call fn.suspendHypercall
	movq %rax, -8(%rbp)	# result
	.loc 1 2690 5
	# suspendPvh: if (result !== 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	je .Lelse_847
	.loc 1 2691 9
	# suspendPvh: return result;
	movq -8(%rbp), %rax	# result
	jmp .Lreturn_846
.Lelse_847:
	.loc 1 2693 5
	# suspendPvh: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
	.loc 1 2694 5
	# suspendPvh: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -16(%rbp)	# missing
	.loc 1 2695 5
	# suspendPvh: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2696 5
	# suspendPvh: startTicking();
	call fn.startTicking
	.loc 1 2697 5
	# suspendPvh: if (missing.length > 0) {
	movq -16(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_848
	.loc 1 2698 9
	# suspendPvh: print("resume: Xen gave no value for ");
	leaq .Lstring401(%rip), %rdi	# "resume: Xen gave no value for "
	call fn.print
	.loc 1 2699 9
	# suspendPvh: log(missing);
	movq -16(%rbp), %rdi	# missing
	call fn.log
.Lelse_848:
	.loc 1 2701 5
	# suspendPvh: const id = readDomainId();
	call fn.readDomainId
	movq %rax, -24(%rbp)	# id
	.loc 1 2702 5
	# suspendPvh: return id >= 0 && id === domainId ? 1 : 0;
	movq -24(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jl .Lelse_849
	movq -24(%rbp), %rax	# id
	movq var.domainId(%rip), %rdi	# domainId
	cmpq %rdi, %rax
	jne .Lelse_849
	movq $1, %rax
	jmp .Lendcond_850
.Lelse_849:
	movq $0, %rax
.Lendcond_850:
.Lreturn_846:
	leave
	ret
	.size fn.suspendPvh, .-fn.suspendPvh

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 2705 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2706 5
	# suspendDomain: if (bootMode === BOOT_MODE_PV && !publishFrameListTree()) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_852
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_852
	.loc 1 2707 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring402(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 2708 9
	# suspendDomain: return;
	jmp .Lreturn_851
.Lelse_852:
	.loc 1 2710 5
	# suspendDomain: log("suspending");
	leaq .Lstring403(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 2711 5
	# suspendDomain: publishState("suspending");
	leaq .Lstring403(%rip), %rdi	# "suspending"
	call fn.publishState
	.loc 1 2712 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 2713 5
	# suspendDomain: const result = bootMode === BOOT_MODE_PV ? suspendPv() : suspendPvh();
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_853
	call fn.suspendPv
	jmp .Lendcond_854
.Lelse_853:
	call fn.suspendPvh
.Lendcond_854:
	movq %rax, -8(%rbp)	# result
	.loc 1 2714 5
	# suspendDomain: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_855
	.loc 1 2715 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 2716 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_856
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_856
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_856
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	.loc 1 2717 9
	# suspendDomain: publishState("running");
	leaq .Lstring404(%rip), %rdi	# "running"
	call fn.publishState
	.loc 1 2718 9
	# suspendDomain: return;
	jmp .Lreturn_851
.Lelse_855:
	.loc 1 2720 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 2721 5
	# suspendDomain: if (result === 1) {
	movq -8(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_857
	.loc 1 2722 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring405(%rip), %rdi	# "suspend cancelled"
	call fn.log
	.loc 1 2723 9
	# suspendDomain: resumeCount = resumeCount + 1;
	movq var.resumeCount(%rip), %rax	# resumeCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_858
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_858
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_858
	movq %rax, var.resumeCount(%rip)	# resumeCount =
	jmp .Lendif_859
.Lelse_857:
	.loc 1 2725 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring406(%rip), %rdi	# "suspend failed: error "
	movq -8(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_859:
	.loc 1 2727 5
	# suspendDomain: offerFreshSuspendChannel(true);
	movq $1, %rdi	# true
	call fn.offerFreshSuspendChannel
	.loc 1 2728 5
	# suspendDomain: publishState("running");
	leaq .Lstring404(%rip), %rdi	# "running"
	call fn.publishState
.Lreturn_851:
	leave
	ret
.Ltrap_856:
	leaq .Lstring407(%rip), %rdi	# trap: kernel.ts:2716:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_858:
	leaq .Lstring408(%rip), %rdi	# trap: kernel.ts:2723:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 2736 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2737 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 2738 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_861
	.loc 1 2739 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring409(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 2740 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 2741 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_861:
	.loc 1 2743 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $1, %rdi	# VCPU0_UPCALL_MASK
	addq %rdi, %rax	# +
	jo .Ltrap_862
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_862
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_862
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_860:
	leave
	ret
.Ltrap_862:
	leaq .Lstring410(%rip), %rdi	# trap: kernel.ts:2743:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 2746 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2747 5
	# resumeInNewDomain: if (bootMode === BOOT_MODE_PV) {     // PVH has done this already, in...
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_864
	.loc 1 2748 9
	# resumeInNewDomain: readStartInfo();
	call fn.readStartInfo
	.loc 1 2749 9
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2750 9
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 2751 9
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_864:
	.loc 1 2753 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 2754 5
	# resumeInNewDomain: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 2757 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2758 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2759 5
	# resumeInNewDomain: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 2760 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 2761 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 2762 5
	# resumeInNewDomain: sysrqRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.sysrqRepeatGuard(%rip)	# sysrqRepeatGuard =
	.loc 1 2763 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring411(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 2764 5
	# resumeInNewDomain: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 2765 5
	# resumeInNewDomain: offerFreshSuspendChannel(false);
	movq $0, %rdi	# false
	call fn.offerFreshSuspendChannel
	.loc 1 2766 5
	# resumeInNewDomain: if (agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_865
	.loc 1 2767 9
	# resumeInNewDomain: writeAgentKeys();
	call fn.writeAgentKeys
.Lelse_865:
.Lreturn_863:
	leave
	ret
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function suspendChannelModeFromBytes(address, length)
	.type fn.suspendChannelModeFromBytes,@function
fn.suspendChannelModeFromBytes:
	.loc 1 2797 1
	# suspendChannelModeFromBytes: function suspendChannelModeFromBytes(address: number, length: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 2798 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "on")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring412(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_867
	.loc 1 2799 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_ON;
	movq $1, %rax	# SUSPEND_CHANNEL_ON
	jmp .Lreturn_866
.Lelse_867:
	.loc 1 2801 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "ignore")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring200(%rip), %rdx	# "ignore"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_868
	.loc 1 2802 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_IGNORE;
	movq $2, %rax	# SUSPEND_CHANNEL_IGNORE
	jmp .Lreturn_866
.Lelse_868:
	.loc 1 2804 5
	# suspendChannelModeFromBytes: if (bytesEqual(address, length, "off")) {
	movq -8(%rbp), %rdi	# address
	movq -16(%rbp), %rsi	# length
	leaq .Lstring413(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_869
	.loc 1 2805 9
	# suspendChannelModeFromBytes: return SUSPEND_CHANNEL_OFF;
	movq $0, %rax	# SUSPEND_CHANNEL_OFF
	jmp .Lreturn_866
.Lelse_869:
	.loc 1 2807 5
	# suspendChannelModeFromBytes: return -1;
	movq $-1, %rax
.Lreturn_866:
	leave
	ret
	.size fn.suspendChannelModeFromBytes, .-fn.suspendChannelModeFromBytes

# function setSuspendChannel(mode)
	.type fn.setSuspendChannel,@function
fn.setSuspendChannel:
	.loc 1 2810 1
	# setSuspendChannel: function setSuspendChannel(mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 2811 5
	# setSuspendChannel: resultAppend("suspend channel: ");
	leaq .Lstring414(%rip), %rdi	# "suspend channel: "
	call fn.resultAppend
	.loc 1 2812 5
	# setSuspendChannel: resultAppend(suspendChannelModeName(mode));
	movq -8(%rbp), %rdi	# mode
	call fn.suspendChannelModeName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 2813 5
	# setSuspendChannel: if (mode === SUSPEND_CHANNEL_OFF) {
	movq -8(%rbp), %rax	# mode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	jne .Lelse_871
	.loc 1 2814 9
	# setSuspendChannel: if (suspendChannelPort === NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	jne .Lelse_872
	.loc 1 2815 13
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2816 13
	# setSuspendChannel: log("suspend channel: none offered");
	leaq .Lstring415(%rip), %rdi	# "suspend channel: none offered"
	call fn.log
	.loc 1 2817 13
	# setSuspendChannel: return;
	jmp .Lreturn_870
.Lelse_872:
	.loc 1 2819 9
	# setSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
	.loc 1 2820 9
	# setSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2821 9
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2822 9
	# setSuspendChannel: const result = storeWriteText("device/suspend/event-channel", "");
	leaq .Lstring416(%rip), %rdi	# "device/suspend/event-channel"
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 2823 9
	# setSuspendChannel: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_873
	.loc 1 2824 13
	# setSuspendChannel: logPathError("suspend channel: cannot empty ", "device/suspend/event-...
	leaq .Lstring417(%rip), %rdi	# "suspend channel: cannot empty "
	leaq .Lstring416(%rip), %rsi	# "device/suspend/event-channel"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_873:
	.loc 1 2826 9
	# setSuspendChannel: log("suspend channel: withdrawn");
	leaq .Lstring418(%rip), %rdi	# "suspend channel: withdrawn"
	call fn.log
	.loc 1 2827 9
	# setSuspendChannel: return;
	jmp .Lreturn_870
.Lelse_871:
	.loc 1 2829 5
	# setSuspendChannel: suspendChannelMode = mode;
	movq -8(%rbp), %rax	# mode
	movq %rax, var.suspendChannelMode(%rip)	# suspendChannelMode =
	.loc 1 2830 5
	# setSuspendChannel: if (suspendChannelPort !== NO_PORT) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_874
	.loc 1 2831 9
	# setSuspendChannel: log(mode === SUSPEND_CHANNEL_ON ? "suspend channel: notifications obe...
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_875
	leaq .Lstring419(%rip), %rax	# "suspend channel: notifications obeyed"
	jmp .Lendcond_876
.Lelse_875:
	leaq .Lstring420(%rip), %rax	# "suspend channel: notifications ignored"
.Lendcond_876:
	movq %rax, %rdi
	call fn.log
	.loc 1 2833 9
	# setSuspendChannel: return;
	jmp .Lreturn_870
.Lelse_874:
	.loc 1 2835 5
	# setSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lreturn_870:
	leave
	ret
	.size fn.setSuspendChannel, .-fn.setSuspendChannel

# function offerSuspendChannel()
	.type fn.offerSuspendChannel,@function
fn.offerSuspendChannel:
	.loc 1 2840 1
	# offerSuspendChannel: function offerSuspendChannel(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2841 5
	# offerSuspendChannel: const port = allocatePortForDom0();
	call fn.allocatePortForDom0
	movq %rax, -8(%rbp)	# port
	.loc 1 2842 5
	# offerSuspendChannel: if (port < 0) {
	movq -8(%rbp), %rax	# port
	cmpq $0, %rax	# compare with 0
	jge .Lelse_878
	.loc 1 2843 9
	# offerSuspendChannel: logErrno("suspend channel: cannot offer: error ", port);
	leaq .Lstring421(%rip), %rdi	# "suspend channel: cannot offer: error "
	movq -8(%rbp), %rsi	# port
	call fn.logErrno
	.loc 1 2844 9
	# offerSuspendChannel: return;
	jmp .Lreturn_877
.Lelse_878:
	.loc 1 2846 5
	# offerSuspendChannel: const digits = decimalIntoBytes(suspendChannelDigits, port);
	leaq buf.suspendChannelDigits(%rip), %rdi	# suspendChannelDigits
	movq -8(%rbp), %rsi	# port
	call fn.decimalIntoBytes
	movq %rax, -16(%rbp)	# digits
	.loc 1 2847 5
	# offerSuspendChannel: const result = storeWrite("device/suspend/event-channel", suspendChan...
	leaq .Lstring416(%rip), %rdi	# "device/suspend/event-channel"
	leaq buf.suspendChannelDigits(%rip), %rsi	# suspendChannelDigits
	movq -16(%rbp), %rdx	# digits
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 2848 5
	# offerSuspendChannel: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_879
	.loc 1 2849 9
	# offerSuspendChannel: closePort(port);
	movq -8(%rbp), %rdi	# port
	call fn.closePort
	.loc 1 2850 9
	# offerSuspendChannel: logPathError("suspend channel: cannot offer: ", "device/suspend/event...
	leaq .Lstring422(%rip), %rdi	# "suspend channel: cannot offer: "
	leaq .Lstring416(%rip), %rsi	# "device/suspend/event-channel"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
	.loc 1 2851 9
	# offerSuspendChannel: return;
	jmp .Lreturn_877
.Lelse_879:
	.loc 1 2853 5
	# offerSuspendChannel: suspendChannelPort = port;
	movq -8(%rbp), %rax	# port
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2854 5
	# offerSuspendChannel: print("suspend channel: port ");
	leaq .Lstring423(%rip), %rdi	# "suspend channel: port "
	call fn.print
	.loc 1 2855 5
	# offerSuspendChannel: printDecimal(port);
	movq -8(%rbp), %rdi	# port
	call fn.printDecimal
	.loc 1 2856 5
	# offerSuspendChannel: print(" offered");
	leaq .Lstring424(%rip), %rdi	# " offered"
	call fn.print
	.loc 1 2857 5
	# offerSuspendChannel: log(suspendChannelMode === SUSPEND_CHANNEL_IGNORE ? " (notifications ...
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_880
	leaq .Lstring425(%rip), %rax	# " (notifications ignored)"
	jmp .Lendcond_881
.Lelse_880:
	leaq .Lstring33(%rip), %rax	# ""
.Lendcond_881:
	movq %rax, %rdi
	call fn.log
.Lreturn_877:
	leave
	ret
	.size fn.offerSuspendChannel, .-fn.offerSuspendChannel

# function offerFreshSuspendChannel(sameDomain)
	.type fn.offerFreshSuspendChannel,@function
fn.offerFreshSuspendChannel:
	.loc 1 2862 1
	# offerFreshSuspendChannel: function offerFreshSuspendChannel(sameDomain: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter sameDomain
	.loc 1 2863 5
	# offerFreshSuspendChannel: if (sameDomain && suspendChannelPort !== NO_PORT) {
	movq -8(%rbp), %rax	# sameDomain
	testq %rax, %rax
	je .Lelse_883
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_883
	.loc 1 2864 9
	# offerFreshSuspendChannel: closePort(suspendChannelPort);
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.closePort
.Lelse_883:
	.loc 1 2866 5
	# offerFreshSuspendChannel: suspendChannelPort = NO_PORT;
	movq $-1, %rax	# NO_PORT
	movq %rax, var.suspendChannelPort(%rip)	# suspendChannelPort =
	.loc 1 2867 5
	# offerFreshSuspendChannel: if (suspendChannelMode !== SUSPEND_CHANNEL_OFF) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $0, %rax	# compare with SUSPEND_CHANNEL_OFF
	je .Lelse_884
	.loc 1 2868 9
	# offerFreshSuspendChannel: offerSuspendChannel();
	call fn.offerSuspendChannel
.Lelse_884:
.Lreturn_882:
	leave
	ret
	.size fn.offerFreshSuspendChannel, .-fn.offerFreshSuspendChannel

# function handleSuspendChannelNotification()
	.type fn.handleSuspendChannelNotification,@function
fn.handleSuspendChannelNotification:
	.loc 1 2872 1
	# handleSuspendChannelNotification: function handleSuspendChannelNotification(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2873 5
	# handleSuspendChannelNotification: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 2874 5
	# handleSuspendChannelNotification: if (suspendChannelMode !== SUSPEND_CHANNEL_ON) {
	movq var.suspendChannelMode(%rip), %rax	# suspendChannelMode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	je .Lelse_886
	.loc 1 2875 9
	# handleSuspendChannelNotification: log("suspend channel: notification ignored");
	leaq .Lstring426(%rip), %rdi	# "suspend channel: notification ignored"
	call fn.log
	.loc 1 2876 9
	# handleSuspendChannelNotification: return;
	jmp .Lreturn_885
.Lelse_886:
	.loc 1 2878 5
	# handleSuspendChannelNotification: log("suspend channel: notified");
	leaq .Lstring427(%rip), %rdi	# "suspend channel: notified"
	call fn.log
	.loc 1 2879 5
	# handleSuspendChannelNotification: performAction(ACTION_SUSPEND);
	movq $5, %rdi	# ACTION_SUSPEND
	call fn.performAction
.Lreturn_885:
	leave
	ret
	.size fn.handleSuspendChannelNotification, .-fn.handleSuspendChannelNotification

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 2909 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 2910 5
	# performAction: print("action: ");
	leaq .Lstring262(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 2911 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2912 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_889
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_890
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_891
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_892
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_893
	cmpq $7, %rax	# case ACTION_HANG
	je .Lcase_894
	cmpq $8, %rax	# case ACTION_SPIN
	je .Lcase_895
	cmpq $9, %rax	# case ACTION_WATCHDOG
	je .Lcase_896
	cmpq $10, %rax	# case ACTION_SOFT_RESET
	je .Lcase_897
	jmp .Lcase_898
.Lcase_889:
.Lcase_890:
	.loc 1 2915 13
	# performAction: actLast(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.actLast
	.loc 1 2916 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_891:
	.loc 1 2918 13
	# performAction: actLast(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.actLast
	.loc 1 2919 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_892:
	.loc 1 2921 13
	# performAction: actLast(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.actLast
	.loc 1 2922 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_893:
	.loc 1 2924 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 2925 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_894:
	.loc 1 2927 13
	# performAction: publishState("hung");
	leaq .Lstring428(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 2928 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2929 13
	# performAction: hangForever();
	call fn.hangForever
	.loc 1 2930 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_895:
	.loc 1 2932 13
	# performAction: publishState("hung");
	leaq .Lstring428(%rip), %rdi	# "hung"
	call fn.publishState
	.loc 1 2933 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2934 13
	# performAction: spinForever();
	call fn.spinForever
	.loc 1 2935 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_896:
	.loc 1 2937 13
	# performAction: armWatchdogNeverFed();
	call fn.armWatchdogNeverFed
	.loc 1 2938 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_897:
	.loc 1 2940 13
	# performAction: actLast(SHUTDOWN_SOFT_RESET);
	movq $5, %rdi	# SHUTDOWN_SOFT_RESET
	call fn.actLast
	.loc 1 2941 13
	# performAction: break;
	jmp .Lendswitch_888
.Lcase_898:
	.loc 1 2943 13
	# performAction: break;
	jmp .Lendswitch_888
.Lendswitch_888:
.Lreturn_887:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function actLast(reason)
	.type fn.actLast,@function
fn.actLast:
	.loc 1 2948 1
	# actLast: function actLast(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 2949 5
	# actLast: publishState("acting");
	leaq .Lstring429(%rip), %rdi	# "acting"
	call fn.publishState
	.loc 1 2950 5
	# actLast: consoleDrain();
	call fn.consoleDrain
	.loc 1 2951 5
	# actLast: shutdownForever(reason);
	movq -8(%rbp), %rdi	# reason
	call fn.shutdownForever
.Lreturn_899:
	leave
	ret
	.size fn.actLast, .-fn.actLast

# function hangForever()
	.type fn.hangForever,@function
fn.hangForever:
	.loc 1 2954 1
	# hangForever: function hangForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2955 5
	# hangForever: while (true) {
.Lwhile_901:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_902
	.loc 1 2956 9
	# hangForever: if (sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	je .Lelse_903
	.loc 1 2957 13
	# hangForever: portPending(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.portPending
.Lelse_903:
	.loc 1 2959 9
	# hangForever: if (pollPorts(storePort, NO_PORT, 0, 0) < 0) {
	movq var.storePort(%rip), %rdi	# storePort
	movq $-1, %rsi	# NO_PORT
	movq $0, %rdx
	movq $0, %rcx
	call fn.pollPorts
	cmpq $0, %rax	# compare with 0
	jge .Lelse_904
	.loc 1 2960 13
	# hangForever: yieldCpu();
	call fn.yieldCpu
.Lelse_904:
	jmp .Lwhile_901
.Lendwhile_902:
.Lreturn_900:
	leave
	ret
	.size fn.hangForever, .-fn.hangForever

# function spinForever()
	.type fn.spinForever,@function
fn.spinForever:
	.loc 1 2965 1
	# spinForever: function spinForever(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2966 5
	# spinForever: while (true) {
.Lwhile_906:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_907
	.loc 1 2967 9
	# spinForever: cpuRelax();
	pause	# cpuRelax: the spin-wait hint; the loop around it is the program's
	jmp .Lwhile_906
.Lendwhile_907:
.Lreturn_905:
	leave
	ret
	.size fn.spinForever, .-fn.spinForever

# function armWatchdogNeverFed()
	.type fn.armWatchdogNeverFed,@function
fn.armWatchdogNeverFed:
	.loc 1 2973 1
	# armWatchdogNeverFed: function armWatchdogNeverFed(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2974 5
	# armWatchdogNeverFed: store32(hypercallArguments, 0);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2975 5
	# armWatchdogNeverFed: store32(hypercallArguments + 4, WATCHDOG_SECONDS);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_909
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_909
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_909
	movq %rax, %rdi
	movq $1, %rax	# WATCHDOG_SECONDS
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2976 5
	# armWatchdogNeverFed: const id = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_WATCHDOG, hypercallA...
	movq $6, %rdi	# SCHEDOP_WATCHDOG
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	movq %rax, -8(%rbp)	# id
	.loc 1 2977 5
	# armWatchdogNeverFed: if (id < 0) {
	movq -8(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jge .Lelse_910
	.loc 1 2978 9
	# armWatchdogNeverFed: logErrno("watchdog: SCHEDOP_watchdog failed: error ", id);
	leaq .Lstring430(%rip), %rdi	# "watchdog: SCHEDOP_watchdog failed: erro
	movq -8(%rbp), %rsi	# id
	call fn.logErrno
	.loc 1 2979 9
	# armWatchdogNeverFed: return;
	jmp .Lreturn_908
.Lelse_910:
	.loc 1 2981 5
	# armWatchdogNeverFed: log("watchdog armed: 1 s, never fed");
	leaq .Lstring431(%rip), %rdi	# "watchdog armed: 1 s, never fed"
	call fn.log
.Lreturn_908:
	leave
	ret
.Ltrap_909:
	leaq .Lstring432(%rip), %rdi	# trap: kernel.ts:2975:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.armWatchdogNeverFed, .-fn.armWatchdogNeverFed

# function statusAppendByte(byte)
	.type fn.statusAppendByte,@function
fn.statusAppendByte:
	.loc 1 3042 1
	# statusAppendByte: function statusAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3043 5
	# statusAppendByte: if (statusLength < STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jge .Lelse_912
	.loc 1 3044 9
	# statusAppendByte: store8(statusText + statusLength, byte);
	leaq buf.statusText(%rip), %rax	# statusText
	movq var.statusLength(%rip), %rdi	# statusLength
	addq %rdi, %rax	# +
	jo .Ltrap_913
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_913
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_913
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3045 9
	# statusAppendByte: statusLength = statusLength + 1;
	movq var.statusLength(%rip), %rax	# statusLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_914
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_914
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_914
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_912:
.Lreturn_911:
	leave
	ret
.Ltrap_913:
	leaq .Lstring433(%rip), %rdi	# trap: kernel.ts:3044:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_914:
	leaq .Lstring434(%rip), %rdi	# trap: kernel.ts:3045:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendByte, .-fn.statusAppendByte

# function statusAppend(text)
	.type fn.statusAppend,@function
fn.statusAppend:
	.loc 1 3049 1
	# statusAppend: function statusAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3050 5
	# statusAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_916:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_918
	.loc 1 3051 9
	# statusAppend: statusAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_919
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lfornext_917:
	.loc 1 3050 38
	# statusAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_920
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_920
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_916
.Lendfor_918:
.Lreturn_915:
	leave
	ret
.Ltrap_919:
	leaq .Lstring435(%rip), %rdi	# trap: kernel.ts:3051:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_920:
	leaq .Lstring436(%rip), %rdi	# trap: kernel.ts:3050:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppend, .-fn.statusAppend

# function statusAppendEscapedByte(byte)
	.type fn.statusAppendEscapedByte,@function
fn.statusAppendEscapedByte:
	.loc 1 3059 1
	# statusAppendEscapedByte: function statusAppendEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3060 5
	# statusAppendEscapedByte: if (byte === 34 || byte === 92) {
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_923
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_922
.Lskip_923:
	.loc 1 3061 9
	# statusAppendEscapedByte: statusAppendByte(92);
	movq $92, %rdi
	call fn.statusAppendByte
	.loc 1 3062 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_924
.Lelse_922:
	.loc 1 3063 12
	# statusAppendEscapedByte: if (byte >= 32 && byte <= 126) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_925
	movq -8(%rbp), %rax	# byte
	cmpq $126, %rax	# compare with 126
	jg .Lelse_925
	.loc 1 3064 9
	# statusAppendEscapedByte: statusAppendByte(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.statusAppendByte
	jmp .Lendif_926
.Lelse_925:
	.loc 1 3066 9
	# statusAppendEscapedByte: statusAppend("\\u00");
	leaq .Lstring437(%rip), %rdi	# "\\u00"
	call fn.statusAppend
	.loc 1 3067 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte >>> 4));
	leaq .Lstring438(%rip), %rax	# HEX_DIGITS
	pushq %rax
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	popq %rax
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_927
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
	.loc 1 3068 9
	# statusAppendEscapedByte: statusAppendByte(HEX_DIGITS.charCodeAt(byte & 15));
	leaq .Lstring438(%rip), %rax	# HEX_DIGITS
	pushq %rax
	movq -8(%rbp), %rax	# byte
	movq $15, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_928
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendByte
.Lendif_926:
.Lendif_924:
.Lreturn_921:
	leave
	ret
.Ltrap_927:
	leaq .Lstring439(%rip), %rdi	# trap: kernel.ts:3067:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_928:
	leaq .Lstring440(%rip), %rdi	# trap: kernel.ts:3068:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendEscapedByte, .-fn.statusAppendEscapedByte

# function statusAppendQuotedBytes(address, length)
	.type fn.statusAppendQuotedBytes,@function
fn.statusAppendQuotedBytes:
	.loc 1 3072 1
	# statusAppendQuotedBytes: function statusAppendQuotedBytes(address: number, length: number): vo...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3073 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3074 5
	# statusAppendQuotedBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_930:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_932
	.loc 1 3075 9
	# statusAppendQuotedBytes: statusAppendEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_933
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_933
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_933
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_931:
	.loc 1 3074 33
	# statusAppendQuotedBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_934
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_934
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_930
.Lendfor_932:
	.loc 1 3077 5
	# statusAppendQuotedBytes: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_929:
	leave
	ret
.Ltrap_933:
	leaq .Lstring441(%rip), %rdi	# trap: kernel.ts:3075:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_934:
	leaq .Lstring442(%rip), %rdi	# trap: kernel.ts:3074:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendQuotedBytes, .-fn.statusAppendQuotedBytes

# function statusAppendQuoted(text)
	.type fn.statusAppendQuoted,@function
fn.statusAppendQuoted:
	.loc 1 3080 1
	# statusAppendQuoted: function statusAppendQuoted(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3081 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3082 5
	# statusAppendQuoted: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_936:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_938
	.loc 1 3083 9
	# statusAppendQuoted: statusAppendEscapedByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_939
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_937:
	.loc 1 3082 38
	# statusAppendQuoted: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_940
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_940
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_936
.Lendfor_938:
	.loc 1 3085 5
	# statusAppendQuoted: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lreturn_935:
	leave
	ret
.Ltrap_939:
	leaq .Lstring443(%rip), %rdi	# trap: kernel.ts:3083:33: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_940:
	leaq .Lstring444(%rip), %rdi	# trap: kernel.ts:3082:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendQuoted, .-fn.statusAppendQuoted

# function statusAppendDecimal(value)
	.type fn.statusAppendDecimal,@function
fn.statusAppendDecimal:
	.loc 1 3088 1
	# statusAppendDecimal: function statusAppendDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 3089 5
	# statusAppendDecimal: if (statusLength + 16 <= STATUS_BYTES_MAX) {
	movq var.statusLength(%rip), %rax	# statusLength
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_943
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_943
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_943
	cmpq $1800, %rax	# compare with STATUS_BYTES_MAX
	jg .Lelse_942
	.loc 1 3090 9
	# statusAppendDecimal: statusLength = statusLength + decimalIntoBytes(statusText + statusLen...
	movq var.statusLength(%rip), %rax	# statusLength
	pushq %rax
	leaq buf.statusText(%rip), %rax	# statusText
	movq var.statusLength(%rip), %rdi	# statusLength
	addq %rdi, %rax	# +
	jo .Ltrap_944
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_944
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_944
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# value
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.decimalIntoBytes
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_945
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_945
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_945
	movq %rax, var.statusLength(%rip)	# statusLength =
.Lelse_942:
.Lreturn_941:
	leave
	ret
.Ltrap_943:
	leaq .Lstring445(%rip), %rdi	# trap: kernel.ts:3089:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_944:
	leaq .Lstring446(%rip), %rdi	# trap: kernel.ts:3090:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_945:
	leaq .Lstring447(%rip), %rdi	# trap: kernel.ts:3090:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.statusAppendDecimal, .-fn.statusAppendDecimal

# function statusAppendActionOrNull(action)
	.type fn.statusAppendActionOrNull,@function
fn.statusAppendActionOrNull:
	.loc 1 3094 1
	# statusAppendActionOrNull: function statusAppendActionOrNull(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 3095 5
	# statusAppendActionOrNull: if (action === ACTION_NONE) {
	movq -8(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_947
	.loc 1 3096 9
	# statusAppendActionOrNull: statusAppend("null");
	leaq .Lstring360(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_948
.Lelse_947:
	.loc 1 3098 9
	# statusAppendActionOrNull: statusAppendQuoted(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppendQuoted
.Lendif_948:
.Lreturn_946:
	leave
	ret
	.size fn.statusAppendActionOrNull, .-fn.statusAppendActionOrNull

# function suspendChannelModeName(mode)
	.type fn.suspendChannelModeName,@function
fn.suspendChannelModeName:
	.loc 1 3102 1
	# suspendChannelModeName: function suspendChannelModeName(mode: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mode
	.loc 1 3103 5
	# suspendChannelModeName: if (mode === SUSPEND_CHANNEL_ON) {
	movq -8(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with SUSPEND_CHANNEL_ON
	jne .Lelse_950
	.loc 1 3104 9
	# suspendChannelModeName: return "on";
	leaq .Lstring412(%rip), %rax	# "on"
	jmp .Lreturn_949
.Lelse_950:
	.loc 1 3106 5
	# suspendChannelModeName: return mode === SUSPEND_CHANNEL_IGNORE ? "ignore" : "off";
	movq -8(%rbp), %rax	# mode
	cmpq $2, %rax	# compare with SUSPEND_CHANNEL_IGNORE
	jne .Lelse_951
	leaq .Lstring200(%rip), %rax	# "ignore"
	jmp .Lendcond_952
.Lelse_951:
	leaq .Lstring413(%rip), %rax	# "off"
.Lendcond_952:
.Lreturn_949:
	leave
	ret
	.size fn.suspendChannelModeName, .-fn.suspendChannelModeName

# function versionLength()
	.type fn.versionLength,@function
fn.versionLength:
	.loc 1 3110 1
	# versionLength: function versionLength(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3111 5
	# versionLength: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -8(%rbp)	# version
	.loc 1 3112 5
	# versionLength: let length = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 3113 5
	# versionLength: while (length < VERSION_BYTES_MAX && load8(version + length) !== 0) {
.Lwhile_954:
	movq -16(%rbp), %rax	# length
	cmpq $32, %rax	# compare with VERSION_BYTES_MAX
	jge .Lendwhile_955
	movq -8(%rbp), %rax	# version
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_956
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_956
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_956
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_955
	.loc 1 3114 9
	# versionLength: length = length + 1;
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_957
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_957
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_957
	movq %rax, -16(%rbp)	# length =
	jmp .Lwhile_954
.Lendwhile_955:
	.loc 1 3116 5
	# versionLength: return length;
	movq -16(%rbp), %rax	# length
.Lreturn_953:
	leave
	ret
.Ltrap_956:
	leaq .Lstring448(%rip), %rdi	# trap: kernel.ts:3113:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_957:
	leaq .Lstring449(%rip), %rdi	# trap: kernel.ts:3114:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionLength, .-fn.versionLength

# function writeStatus()
	.type fn.writeStatus,@function
fn.writeStatus:
	.loc 1 3119 1
	# writeStatus: function writeStatus(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3120 5
	# writeStatus: statusDirty = false;
	movq $0, %rax	# false
	movq %rax, var.statusDirty(%rip)	# statusDirty =
	.loc 1 3121 5
	# writeStatus: statusLength = 0;
	movq $0, %rax
	movq %rax, var.statusLength(%rip)	# statusLength =
	.loc 1 3122 5
	# writeStatus: statusAppend("{\"version\":");
	leaq .Lstring450(%rip), %rdi	# "{\"version\":"
	call fn.statusAppend
	.loc 1 3123 5
	# writeStatus: statusAppendQuotedBytes(addressOf("guest_version"), versionLength());
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.versionLength
	addq $8, %rsp
	movq %rax, %rsi
	popq %rdi
	call fn.statusAppendQuotedBytes
	.loc 1 3124 5
	# writeStatus: statusAppend(",\"mode\":");
	leaq .Lstring451(%rip), %rdi	# ",\"mode\":"
	call fn.statusAppend
	.loc 1 3125 5
	# writeStatus: statusAppendQuoted(bootMode === BOOT_MODE_PVH ? "pvh" : "pv");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_959
	leaq .Lstring452(%rip), %rax	# "pvh"
	jmp .Lendcond_960
.Lelse_959:
	leaq .Lstring453(%rip), %rax	# "pv"
.Lendcond_960:
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3126 5
	# writeStatus: statusAppend(",\"state\":");
	leaq .Lstring454(%rip), %rdi	# ",\"state\":"
	call fn.statusAppend
	.loc 1 3127 5
	# writeStatus: statusAppendQuoted(statusState);
	movq var.statusState(%rip), %rdi	# statusState
	call fn.statusAppendQuoted
	.loc 1 3128 5
	# writeStatus: statusAppend(",\"override\":");
	leaq .Lstring455(%rip), %rdi	# ",\"override\":"
	call fn.statusAppend
	.loc 1 3129 5
	# writeStatus: statusAppendActionOrNull(overrideAction);
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.statusAppendActionOrNull
	.loc 1 3130 5
	# writeStatus: statusAppend(",\"timer\":");
	leaq .Lstring456(%rip), %rdi	# ",\"timer\":"
	call fn.statusAppend
	.loc 1 3131 5
	# writeStatus: if (timerAction === ACTION_NONE) {
	movq var.timerAction(%rip), %rax	# timerAction
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_961
	.loc 1 3132 9
	# writeStatus: statusAppend("null");
	leaq .Lstring360(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_962
.Lelse_961:
	.loc 1 3134 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3135 9
	# writeStatus: statusAppend(actionName(timerAction));
	movq var.timerAction(%rip), %rdi	# timerAction
	call fn.actionName
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3136 9
	# writeStatus: statusAppend(" in ");
	leaq .Lstring211(%rip), %rdi	# " in "
	call fn.statusAppend
	.loc 1 3137 9
	# writeStatus: statusAppendDecimal(timerSecondsSet);
	movq var.timerSecondsSet(%rip), %rdi	# timerSecondsSet
	call fn.statusAppendDecimal
	.loc 1 3138 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_962:
	.loc 1 3140 5
	# writeStatus: statusAppend(",\"response\":");
	leaq .Lstring457(%rip), %rdi	# ",\"response\":"
	call fn.statusAppend
	.loc 1 3141 5
	# writeStatus: statusAppendActionOrNull(responsePhase === RESPONSE_NONE ? ACTION_NON...
	movq var.responsePhase(%rip), %rax	# responsePhase
	cmpq $0, %rax	# compare with RESPONSE_NONE
	jne .Lelse_963
	movq $0, %rax	# ACTION_NONE
	jmp .Lendcond_964
.Lelse_963:
	movq var.responseAction(%rip), %rax	# responseAction
.Lendcond_964:
	movq %rax, %rdi
	call fn.statusAppendActionOrNull
	.loc 1 3142 5
	# writeStatus: statusAppend(",\"suspendChannel\":");
	leaq .Lstring458(%rip), %rdi	# ",\"suspendChannel\":"
	call fn.statusAppend
	.loc 1 3143 5
	# writeStatus: statusAppendQuoted(suspendChannelModeName(suspendChannelMode));
	movq var.suspendChannelMode(%rip), %rdi	# suspendChannelMode
	call fn.suspendChannelModeName
	movq %rax, %rdi
	call fn.statusAppendQuoted
	.loc 1 3144 5
	# writeStatus: statusAppend(agentOn ? ",\"agent\":true" : ",\"agent\":false");
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	je .Lelse_965
	leaq .Lstring459(%rip), %rax	# ",\"agent\":true"
	jmp .Lendcond_966
.Lelse_965:
	leaq .Lstring460(%rip), %rax	# ",\"agent\":false"
.Lendcond_966:
	movq %rax, %rdi
	call fn.statusAppend
	.loc 1 3145 5
	# writeStatus: statusAppend(",\"resumes\":");
	leaq .Lstring461(%rip), %rdi	# ",\"resumes\":"
	call fn.statusAppend
	.loc 1 3146 5
	# writeStatus: statusAppendDecimal(resumeCount);
	movq var.resumeCount(%rip), %rdi	# resumeCount
	call fn.statusAppendDecimal
	.loc 1 3147 5
	# writeStatus: statusAppend(",\"commands\":");
	leaq .Lstring462(%rip), %rdi	# ",\"commands\":"
	call fn.statusAppend
	.loc 1 3148 5
	# writeStatus: statusAppendDecimal(commandCount);
	movq var.commandCount(%rip), %rdi	# commandCount
	call fn.statusAppendDecimal
	.loc 1 3149 5
	# writeStatus: statusAppend(",\"last\":");
	leaq .Lstring463(%rip), %rdi	# ",\"last\":"
	call fn.statusAppend
	.loc 1 3150 5
	# writeStatus: if (lastCommandLength < 0) {
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_967
	.loc 1 3151 9
	# writeStatus: statusAppend("null");
	leaq .Lstring360(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_968
.Lelse_967:
	.loc 1 3153 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
	.loc 1 3154 9
	# writeStatus: const shown = lastCommandLength < LAST_COMMAND_SHOWN ? lastCommandLen...
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_969
	movq var.lastCommandLength(%rip), %rax	# lastCommandLength
	jmp .Lendcond_970
.Lelse_969:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_970:
	movq %rax, -8(%rbp)	# shown
	.loc 1 3155 9
	# writeStatus: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_971:
	movq -16(%rbp), %rax	# i
	movq -8(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_973
	.loc 1 3156 13
	# writeStatus: statusAppendEscapedByte(load8(lastCommand + i));
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_974
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_974
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_974
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.statusAppendEscapedByte
.Lfornext_972:
	.loc 1 3155 36
	# writeStatus: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_975
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_975
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_971
.Lendfor_973:
	.loc 1 3158 9
	# writeStatus: if (shown < lastCommandLength) {
	movq -8(%rbp), %rax	# shown
	movq var.lastCommandLength(%rip), %rdi	# lastCommandLength
	cmpq %rdi, %rax
	jge .Lelse_976
	.loc 1 3159 13
	# writeStatus: statusAppend("...");
	leaq .Lstring464(%rip), %rdi	# "..."
	call fn.statusAppend
.Lelse_976:
	.loc 1 3161 9
	# writeStatus: statusAppendByte(34);
	movq $34, %rdi
	call fn.statusAppendByte
.Lendif_968:
	.loc 1 3163 5
	# writeStatus: statusAppend(",\"result\":");
	leaq .Lstring465(%rip), %rdi	# ",\"result\":"
	call fn.statusAppend
	.loc 1 3164 5
	# writeStatus: if (resultLength < 0) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_977
	.loc 1 3165 9
	# writeStatus: statusAppend("null");
	leaq .Lstring360(%rip), %rdi	# "null"
	call fn.statusAppend
	jmp .Lendif_978
.Lelse_977:
	.loc 1 3167 9
	# writeStatus: statusAppendQuotedBytes(resultText, resultLength);
	leaq buf.resultText(%rip), %rdi	# resultText
	movq var.resultLength(%rip), %rsi	# resultLength
	call fn.statusAppendQuotedBytes
.Lendif_978:
	.loc 1 3169 5
	# writeStatus: statusAppendByte(125);
	movq $125, %rdi
	call fn.statusAppendByte
	.loc 1 3170 5
	# writeStatus: const result = storeWrite("data/test-vm/status", statusText, statusLe...
	leaq .Lstring466(%rip), %rdi	# "data/test-vm/status"
	leaq buf.statusText(%rip), %rsi	# statusText
	movq var.statusLength(%rip), %rdx	# statusLength
	call fn.storeWrite
	movq %rax, -24(%rbp)	# result
	.loc 1 3171 5
	# writeStatus: if (result < 0 && !statusWriteFailing) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_979
	movq var.statusWriteFailing(%rip), %rax	# statusWriteFailing
	testq %rax, %rax
	jne .Lelse_979
	.loc 1 3172 9
	# writeStatus: logPathError("status: cannot write ", "data/test-vm/status", result);
	leaq .Lstring467(%rip), %rdi	# "status: cannot write "
	leaq .Lstring466(%rip), %rsi	# "data/test-vm/status"
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_979:
	.loc 1 3174 5
	# writeStatus: statusWriteFailing = result < 0;
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	setl %al	# <
	movzbl %al, %eax
	movq %rax, var.statusWriteFailing(%rip)	# statusWriteFailing =
.Lreturn_958:
	leave
	ret
.Ltrap_974:
	leaq .Lstring468(%rip), %rdi	# trap: kernel.ts:3156:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_975:
	leaq .Lstring469(%rip), %rdi	# trap: kernel.ts:3155:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeStatus, .-fn.writeStatus

# function publishState(state)
	.type fn.publishState,@function
fn.publishState:
	.loc 1 3179 1
	# publishState: function publishState(state: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter state
	.loc 1 3180 5
	# publishState: statusState = state;
	movq -8(%rbp), %rax	# state
	movq %rax, var.statusState(%rip)	# statusState =
	.loc 1 3181 5
	# publishState: writeStatus();
	call fn.writeStatus
.Lreturn_980:
	leave
	ret
	.size fn.publishState, .-fn.publishState

# function noteCommand()
	.type fn.noteCommand,@function
fn.noteCommand:
	.loc 1 3186 1
	# noteCommand: function noteCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3187 5
	# noteCommand: commandCount = commandCount + 1;
	movq var.commandCount(%rip), %rax	# commandCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_982
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_982
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_982
	movq %rax, var.commandCount(%rip)	# commandCount =
	.loc 1 3188 5
	# noteCommand: lastCommandLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastCommandLength(%rip)	# lastCommandLength =
	.loc 1 3189 5
	# noteCommand: copyBytes(lastCommand, commandValue, commandLength < LAST_COMMAND_SHO...
	leaq buf.lastCommand(%rip), %rax	# lastCommand
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	cmpq $200, %rax	# compare with LAST_COMMAND_SHOWN
	jge .Lelse_983
	movq var.commandLength(%rip), %rax	# commandLength
	jmp .Lendcond_984
.Lelse_983:
	movq $200, %rax	# LAST_COMMAND_SHOWN
.Lendcond_984:
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.copyBytes
	.loc 1 3190 5
	# noteCommand: resultLength = 0;
	movq $0, %rax
	movq %rax, var.resultLength(%rip)	# resultLength =
	.loc 1 3191 5
	# noteCommand: statusDirty = true;
	movq $1, %rax	# true
	movq %rax, var.statusDirty(%rip)	# statusDirty =
.Lreturn_981:
	leave
	ret
.Ltrap_982:
	leaq .Lstring470(%rip), %rdi	# trap: kernel.ts:3187:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteCommand, .-fn.noteCommand

# function resultAppendByte(byte)
	.type fn.resultAppendByte,@function
fn.resultAppendByte:
	.loc 1 3194 1
	# resultAppendByte: function resultAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3195 5
	# resultAppendByte: if (resultLength >= 0 && resultLength < RESULT_BYTES_MAX) {
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_986
	movq var.resultLength(%rip), %rax	# resultLength
	cmpq $256, %rax	# compare with RESULT_BYTES_MAX
	jge .Lelse_986
	.loc 1 3196 9
	# resultAppendByte: store8(resultText + resultLength, byte);
	leaq buf.resultText(%rip), %rax	# resultText
	movq var.resultLength(%rip), %rdi	# resultLength
	addq %rdi, %rax	# +
	jo .Ltrap_987
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_987
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_987
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 3197 9
	# resultAppendByte: resultLength = resultLength + 1;
	movq var.resultLength(%rip), %rax	# resultLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_988
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_988
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_988
	movq %rax, var.resultLength(%rip)	# resultLength =
.Lelse_986:
.Lreturn_985:
	leave
	ret
.Ltrap_987:
	leaq .Lstring471(%rip), %rdi	# trap: kernel.ts:3196:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_988:
	leaq .Lstring472(%rip), %rdi	# trap: kernel.ts:3197:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendByte, .-fn.resultAppendByte

# function resultAppend(text)
	.type fn.resultAppend,@function
fn.resultAppend:
	.loc 1 3201 1
	# resultAppend: function resultAppend(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3202 5
	# resultAppend: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_990:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_992
	.loc 1 3203 9
	# resultAppend: resultAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_993
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_991:
	.loc 1 3202 38
	# resultAppend: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_994
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_994
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_990
.Lendfor_992:
.Lreturn_989:
	leave
	ret
.Ltrap_993:
	leaq .Lstring473(%rip), %rdi	# trap: kernel.ts:3203:26: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_994:
	leaq .Lstring474(%rip), %rdi	# trap: kernel.ts:3202:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppend, .-fn.resultAppend

# function resultAppendBytes(address, length)
	.type fn.resultAppendBytes,@function
fn.resultAppendBytes:
	.loc 1 3207 1
	# resultAppendBytes: function resultAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 3208 5
	# resultAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_996:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_998
	.loc 1 3209 9
	# resultAppendBytes: resultAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_999
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_999
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_999
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.resultAppendByte
.Lfornext_997:
	.loc 1 3208 33
	# resultAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1000
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1000
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_996
.Lendfor_998:
.Lreturn_995:
	leave
	ret
.Ltrap_999:
	leaq .Lstring475(%rip), %rdi	# trap: kernel.ts:3209:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1000:
	leaq .Lstring476(%rip), %rdi	# trap: kernel.ts:3208:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resultAppendBytes, .-fn.resultAppendBytes

# function agentWrite(path, value, length)
	.type fn.agentWrite,@function
fn.agentWrite:
	.loc 1 3220 1
	# agentWrite: function agentWrite(path: string, value: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 3221 5
	# agentWrite: const result = storeWrite(path, value, length);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	movq -24(%rbp), %rdx	# length
	call fn.storeWrite
	movq %rax, -32(%rbp)	# result
	.loc 1 3222 5
	# agentWrite: if (result < 0) {
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1002
	.loc 1 3223 9
	# agentWrite: logPathError("agent: cannot write ", path, result);
	leaq .Lstring477(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -32(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1002:
.Lreturn_1001:
	leave
	ret
	.size fn.agentWrite, .-fn.agentWrite

# function agentWriteText(path, value)
	.type fn.agentWriteText,@function
fn.agentWriteText:
	.loc 1 3227 1
	# agentWriteText: function agentWriteText(path: string, value: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3228 5
	# agentWriteText: const result = storeWriteText(path, value);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# value
	call fn.storeWriteText
	movq %rax, -24(%rbp)	# result
	.loc 1 3229 5
	# agentWriteText: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1004
	.loc 1 3230 9
	# agentWriteText: logPathError("agent: cannot write ", path, result);
	leaq .Lstring477(%rip), %rdi	# "agent: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1004:
.Lreturn_1003:
	leave
	ret
	.size fn.agentWriteText, .-fn.agentWriteText

# function agentWriteDecimal(path, value)
	.type fn.agentWriteDecimal,@function
fn.agentWriteDecimal:
	.loc 1 3234 1
	# agentWriteDecimal: function agentWriteDecimal(path: string, value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 3235 5
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
.Lreturn_1005:
	leave
	ret
	.size fn.agentWriteDecimal, .-fn.agentWriteDecimal

# function versionPart(part)
	.type fn.versionPart,@function
fn.versionPart:
	.loc 1 3240 1
	# versionPart: function versionPart(part: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter part
	.loc 1 3241 5
	# versionPart: const version = addressOf("guest_version");
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, -16(%rbp)	# version
	.loc 1 3242 5
	# versionPart: const length = versionLength();
	call fn.versionLength
	movq %rax, -24(%rbp)	# length
	.loc 1 3243 5
	# versionPart: let at = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# at
	.loc 1 3244 5
	# versionPart: for (let dots = 0; dots < part && at < length; at++) {
	movq $0, %rax
	movq %rax, -40(%rbp)	# dots
.Lfor_1007:
	movq -40(%rbp), %rax	# dots
	movq -8(%rbp), %rdi	# part
	cmpq %rdi, %rax
	jge .Lendfor_1009
	movq -32(%rbp), %rax	# at
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_1009
	.loc 1 3245 9
	# versionPart: if (load8(version + at) === 46) {
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1011
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1011
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1011
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $46, %rax	# compare with 46
	jne .Lelse_1010
	.loc 1 3246 13
	# versionPart: dots = dots + 1;
	movq -40(%rbp), %rax	# dots
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1012
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1012
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1012
	movq %rax, -40(%rbp)	# dots =
.Lelse_1010:
.Lfornext_1008:
	.loc 1 3244 52
	# versionPart: at++
	movq -32(%rbp), %rax	# at
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1013
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1013
	movq %rax, -32(%rbp)	# at =
	jmp .Lfor_1007
.Lendfor_1009:
	.loc 1 3249 5
	# versionPart: let partLength = 0;
	movq $0, %rax
	movq %rax, -48(%rbp)	# partLength
	.loc 1 3250 5
	# versionPart: while (at + partLength < length && load8(version + at + partLength) >...
.Lwhile_1014:
	movq -32(%rbp), %rax	# at
	movq -48(%rbp), %rdi	# partLength
	addq %rdi, %rax	# +
	jo .Ltrap_1016
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1016
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1016
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_1015
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1017
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1017
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1017
	movq -48(%rbp), %rdi	# partLength
	addq %rdi, %rax	# +
	jo .Ltrap_1017
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1017
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1017
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_1015
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1018
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1018
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1018
	movq -48(%rbp), %rdi	# partLength
	addq %rdi, %rax	# +
	jo .Ltrap_1018
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1018
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1018
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_1015
	movq -48(%rbp), %rax	# partLength
	cmpq $16, %rax	# compare with 16
	jge .Lendwhile_1015
	.loc 1 3252 9
	# versionPart: partLength = partLength + 1;
	movq -48(%rbp), %rax	# partLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1019
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1019
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1019
	movq %rax, -48(%rbp)	# partLength =
	jmp .Lwhile_1014
.Lendwhile_1015:
	.loc 1 3254 5
	# versionPart: copyBytes(agentValue, version + at, partLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# version
	movq -32(%rbp), %rdi	# at
	addq %rdi, %rax	# +
	jo .Ltrap_1020
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1020
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1020
	movq %rax, %rsi
	popq %rdi
	movq -48(%rbp), %rdx	# partLength
	call fn.copyBytes
	.loc 1 3255 5
	# versionPart: return partLength;
	movq -48(%rbp), %rax	# partLength
.Lreturn_1006:
	leave
	ret
.Ltrap_1011:
	leaq .Lstring478(%rip), %rdi	# trap: kernel.ts:3245:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1012:
	leaq .Lstring479(%rip), %rdi	# trap: kernel.ts:3246:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1013:
	leaq .Lstring480(%rip), %rdi	# trap: kernel.ts:3244:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1016:
	leaq .Lstring481(%rip), %rdi	# trap: kernel.ts:3250:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1017:
	leaq .Lstring482(%rip), %rdi	# trap: kernel.ts:3250:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1018:
	leaq .Lstring483(%rip), %rdi	# trap: kernel.ts:3251:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1019:
	leaq .Lstring484(%rip), %rdi	# trap: kernel.ts:3252:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1020:
	leaq .Lstring485(%rip), %rdi	# trap: kernel.ts:3254:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.versionPart, .-fn.versionPart

# function kernelPages()
	.type fn.kernelPages,@function
fn.kernelPages:
	.loc 1 3261 1
	# kernelPages: function kernelPages(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3262 5
	# kernelPages: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1022
	.loc 1 3263 9
	# kernelPages: return Math.floor(load64(startInfo + START_INFO_PT_BASE) / PAGE_SIZE) +
	movq var.startInfo(%rip), %rax	# startInfo
	movq $88, %rdi	# START_INFO_PT_BASE
	addq %rdi, %rax	# +
	jo .Ltrap_1024
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1024
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1024
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1025
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1025
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1023
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1023
	subq $1, %rax	# then the floor is one below
.Lfloored_1023:
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	movq $96, %rdi	# START_INFO_NR_PT_FRAMES
	addq %rdi, %rax	# +
	jo .Ltrap_1026
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1026
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1026
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1027
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1027
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1028
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1028
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1028
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1028
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1028
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1028
	jmp .Lreturn_1021
.Lelse_1022:
	.loc 1 3266 5
	# kernelPages: return Math.floor(addressOf("_image_end") / PAGE_SIZE);
	leaq _image_end(%rip), %rax	# addressOf("_image_end")
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1029
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1029
	subq $1, %rax	# then the floor is one below
.Lfloored_1029:
.Lreturn_1021:
	leave
	ret
.Ltrap_1024:
	leaq .Lstring486(%rip), %rdi	# trap: kernel.ts:3263:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1025:
	leaq .Lstring487(%rip), %rdi	# trap: kernel.ts:3263:27: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1026:
	leaq .Lstring488(%rip), %rdi	# trap: kernel.ts:3264:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1027:
	leaq .Lstring489(%rip), %rdi	# trap: kernel.ts:3264:13: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1028:
	leaq .Lstring490(%rip), %rdi	# trap: kernel.ts:3263:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.kernelPages, .-fn.kernelPages

# function pagesHeld()
	.type fn.pagesHeld,@function
fn.pagesHeld:
	.loc 1 3270 1
	# pagesHeld: function pagesHeld(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3271 5
	# pagesHeld: const held = currentReservation();
	call fn.currentReservation
	movq %rax, -8(%rbp)	# held
	.loc 1 3272 5
	# pagesHeld: return held > 0 ? held : domainPages;
	movq -8(%rbp), %rax	# held
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1031
	movq -8(%rbp), %rax	# held
	jmp .Lendcond_1032
.Lelse_1031:
	movq var.domainPages(%rip), %rax	# domainPages
.Lendcond_1032:
.Lreturn_1030:
	leave
	ret
	.size fn.pagesHeld, .-fn.pagesHeld

# function writeAgentMemory()
	.type fn.writeAgentMemory,@function
fn.writeAgentMemory:
	.loc 1 3275 1
	# writeAgentMemory: function writeAgentMemory(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3276 5
	# writeAgentMemory: const KIB_PER_PAGE = 4;
	movq $4, %rax
	movq %rax, -8(%rbp)	# KIB_PER_PAGE
	.loc 1 3277 5
	# writeAgentMemory: const held = pagesHeld();
	call fn.pagesHeld
	movq %rax, -16(%rbp)	# held
	.loc 1 3278 5
	# writeAgentMemory: const free = held > kernelPages() ? held - kernelPages() : 0;
	movq -16(%rbp), %rax	# held
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.kernelPages
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jle .Lelse_1034
	movq -16(%rbp), %rax	# held
	pushq %rax
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.kernelPages
	addq $8, %rsp
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_1036
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1036
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1036
	jmp .Lendcond_1035
.Lelse_1034:
	movq $0, %rax
.Lendcond_1035:
	movq %rax, -24(%rbp)	# free
	.loc 1 3279 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_total", held * KIB_PER_PAGE);
	leaq .Lstring491(%rip), %rax	# "data/meminfo_total"
	pushq %rax
	movq -16(%rbp), %rax	# held
	movq -8(%rbp), %rdi	# KIB_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_1037
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1037
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1037
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 3280 5
	# writeAgentMemory: agentWriteDecimal("data/meminfo_free", free * KIB_PER_PAGE);
	leaq .Lstring492(%rip), %rax	# "data/meminfo_free"
	pushq %rax
	movq -24(%rbp), %rax	# free
	movq -8(%rbp), %rdi	# KIB_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_1038
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1038
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1038
	movq %rax, %rsi
	popq %rdi
	call fn.agentWriteDecimal
	.loc 1 3281 5
	# writeAgentMemory: agentWriteText("data/updated", "1");
	leaq .Lstring493(%rip), %rdi	# "data/updated"
	leaq .Lstring314(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 3282 5
	# writeAgentMemory: agentSecondsSinceRefresh = 0;
	movq $0, %rax
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
.Lreturn_1033:
	leave
	ret
.Ltrap_1036:
	leaq .Lstring494(%rip), %rdi	# trap: kernel.ts:3278:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1037:
	leaq .Lstring495(%rip), %rdi	# trap: kernel.ts:3279:45: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1038:
	leaq .Lstring496(%rip), %rdi	# trap: kernel.ts:3280:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentMemory, .-fn.writeAgentMemory

# function writeAgentKeys()
	.type fn.writeAgentKeys,@function
fn.writeAgentKeys:
	.loc 1 3285 1
	# writeAgentKeys: function writeAgentKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3286 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MajorVersion", agentValue, versionPart(0));
	leaq .Lstring497(%rip), %rax	# "attr/PVAddons/MajorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $0, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3287 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MinorVersion", agentValue, versionPart(1));
	leaq .Lstring498(%rip), %rax	# "attr/PVAddons/MinorVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $1, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3288 5
	# writeAgentKeys: agentWrite("attr/PVAddons/MicroVersion", agentValue, versionPart(2));
	leaq .Lstring499(%rip), %rax	# "attr/PVAddons/MicroVersion"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq $2, %rdi
	call fn.versionPart
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3289 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/BuildVersion", "0");
	leaq .Lstring501(%rip), %rdi	# "attr/PVAddons/BuildVersion"
	leaq .Lstring500(%rip), %rsi	# "0"
	call fn.agentWriteText
	.loc 1 3290 5
	# writeAgentKeys: agentWriteText("attr/PVAddons/Installed", "1");
	leaq .Lstring502(%rip), %rdi	# "attr/PVAddons/Installed"
	leaq .Lstring314(%rip), %rsi	# "1"
	call fn.agentWriteText
	.loc 1 3291 5
	# writeAgentKeys: const nameLength = versionLength();
	call fn.versionLength
	movq %rax, -8(%rbp)	# nameLength
	.loc 1 3292 5
	# writeAgentKeys: copyBytes(agentValue, addressOf("guest_version"), nameLength);
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3293 5
	# writeAgentKeys: agentWrite("data/os_uname", agentValue, nameLength);
	leaq .Lstring503(%rip), %rdi	# "data/os_uname"
	leaq buf.agentValue(%rip), %rsi	# agentValue
	movq -8(%rbp), %rdx	# nameLength
	call fn.agentWrite
	.loc 1 3294 5
	# writeAgentKeys: agentWriteText("data/os_distro", "xen-test-vm");
	leaq .Lstring505(%rip), %rdi	# "data/os_distro"
	leaq .Lstring504(%rip), %rsi	# "xen-test-vm"
	call fn.agentWriteText
	.loc 1 3295 5
	# writeAgentKeys: const prefix = "xen-test-vm ";
	leaq .Lstring506(%rip), %rax	# "xen-test-vm "
	movq %rax, -16(%rbp)	# prefix
	.loc 1 3296 5
	# writeAgentKeys: for (let i = 0; i < prefix.length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1040:
	movq -24(%rbp), %rax	# i
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_1042
	.loc 1 3297 9
	# writeAgentKeys: store8(agentValue + i, prefix.charCodeAt(i));
	leaq buf.agentValue(%rip), %rax	# agentValue
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1043
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1043
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1043
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq -24(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1044
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1041:
	.loc 1 3296 40
	# writeAgentKeys: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1045
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1045
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1040
.Lendfor_1042:
	.loc 1 3299 5
	# writeAgentKeys: copyBytes(agentValue + prefix.length, addressOf("guest_version"), nam...
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1046
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1046
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1046
	pushq %rax
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3300 5
	# writeAgentKeys: agentWrite("data/os_name", agentValue, prefix.length + nameLength);
	leaq .Lstring507(%rip), %rax	# "data/os_name"
	pushq %rax
	leaq buf.agentValue(%rip), %rax	# agentValue
	pushq %rax
	movq -16(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq -8(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1047
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1047
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1047
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.agentWrite
	.loc 1 3301 5
	# writeAgentKeys: writeAgentMemory();
	call fn.writeAgentMemory
.Lreturn_1039:
	leave
	ret
.Ltrap_1043:
	leaq .Lstring508(%rip), %rdi	# trap: kernel.ts:3297:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1044:
	leaq .Lstring509(%rip), %rdi	# trap: kernel.ts:3297:32: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1045:
	leaq .Lstring510(%rip), %rdi	# trap: kernel.ts:3296:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1046:
	leaq .Lstring511(%rip), %rdi	# trap: kernel.ts:3299:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1047:
	leaq .Lstring512(%rip), %rdi	# trap: kernel.ts:3300:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.writeAgentKeys, .-fn.writeAgentKeys

# function agentRemove(path)
	.type fn.agentRemove,@function
fn.agentRemove:
	.loc 1 3304 1
	# agentRemove: function agentRemove(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 3305 5
	# agentRemove: const result = storeRemove(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRemove
	movq %rax, -16(%rbp)	# result
	.loc 1 3306 5
	# agentRemove: if (result < 0 && result !== XSE_ENOENT) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1049
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1049
	.loc 1 3307 9
	# agentRemove: logPathError("agent: cannot remove ", path, result);
	leaq .Lstring513(%rip), %rdi	# "agent: cannot remove "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_1049:
.Lreturn_1048:
	leave
	ret
	.size fn.agentRemove, .-fn.agentRemove

# function setAgent(on)
	.type fn.setAgent,@function
fn.setAgent:
	.loc 1 3311 1
	# setAgent: function setAgent(on: boolean): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter on
	.loc 1 3312 5
	# setAgent: agentOn = on;
	movq -8(%rbp), %rax	# on
	movq %rax, var.agentOn(%rip)	# agentOn =
	.loc 1 3313 5
	# setAgent: if (on) {
	movq -8(%rbp), %rax	# on
	testq %rax, %rax
	je .Lelse_1051
	.loc 1 3314 9
	# setAgent: writeAgentKeys();
	call fn.writeAgentKeys
	.loc 1 3315 9
	# setAgent: log("agent: on");
	leaq .Lstring514(%rip), %rdi	# "agent: on"
	call fn.log
	.loc 1 3316 9
	# setAgent: resultAppend("agent: on");
	leaq .Lstring514(%rip), %rdi	# "agent: on"
	call fn.resultAppend
	.loc 1 3317 9
	# setAgent: return;
	jmp .Lreturn_1050
.Lelse_1051:
	.loc 1 3319 5
	# setAgent: agentRemove("attr/PVAddons");
	leaq .Lstring515(%rip), %rdi	# "attr/PVAddons"
	call fn.agentRemove
	.loc 1 3320 5
	# setAgent: agentRemove("data/os_name");
	leaq .Lstring507(%rip), %rdi	# "data/os_name"
	call fn.agentRemove
	.loc 1 3321 5
	# setAgent: agentRemove("data/os_uname");
	leaq .Lstring503(%rip), %rdi	# "data/os_uname"
	call fn.agentRemove
	.loc 1 3322 5
	# setAgent: agentRemove("data/os_distro");
	leaq .Lstring505(%rip), %rdi	# "data/os_distro"
	call fn.agentRemove
	.loc 1 3323 5
	# setAgent: agentRemove("data/meminfo_total");
	leaq .Lstring491(%rip), %rdi	# "data/meminfo_total"
	call fn.agentRemove
	.loc 1 3324 5
	# setAgent: agentRemove("data/meminfo_free");
	leaq .Lstring492(%rip), %rdi	# "data/meminfo_free"
	call fn.agentRemove
	.loc 1 3325 5
	# setAgent: agentRemove("data/updated");
	leaq .Lstring493(%rip), %rdi	# "data/updated"
	call fn.agentRemove
	.loc 1 3326 5
	# setAgent: log("agent: off");
	leaq .Lstring516(%rip), %rdi	# "agent: off"
	call fn.log
	.loc 1 3327 5
	# setAgent: resultAppend("agent: off");
	leaq .Lstring516(%rip), %rdi	# "agent: off"
	call fn.resultAppend
.Lreturn_1050:
	leave
	ret
	.size fn.setAgent, .-fn.setAgent

# function agentOneSecond()
	.type fn.agentOneSecond,@function
fn.agentOneSecond:
	.loc 1 3331 1
	# agentOneSecond: function agentOneSecond(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3332 5
	# agentOneSecond: if (!agentOn) {
	movq var.agentOn(%rip), %rax	# agentOn
	testq %rax, %rax
	jne .Lelse_1053
	.loc 1 3333 9
	# agentOneSecond: return;
	jmp .Lreturn_1052
.Lelse_1053:
	.loc 1 3335 5
	# agentOneSecond: agentSecondsSinceRefresh = agentSecondsSinceRefresh + 1;
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1054
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1054
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1054
	movq %rax, var.agentSecondsSinceRefresh(%rip)	# agentSecondsSinceRefresh =
	.loc 1 3336 5
	# agentOneSecond: if (agentSecondsSinceRefresh >= AGENT_REFRESH_SECONDS) {
	movq var.agentSecondsSinceRefresh(%rip), %rax	# agentSecondsSinceRefresh
	cmpq $60, %rax	# compare with AGENT_REFRESH_SECONDS
	jl .Lelse_1055
	.loc 1 3337 9
	# agentOneSecond: writeAgentMemory();
	call fn.writeAgentMemory
.Lelse_1055:
.Lreturn_1052:
	leave
	ret
.Ltrap_1054:
	leaq .Lstring517(%rip), %rdi	# trap: kernel.ts:3335:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.agentOneSecond, .-fn.agentOneSecond

# function isFeatureNameByte(byte)
	.type fn.isFeatureNameByte,@function
fn.isFeatureNameByte:
	.loc 1 3347 1
	# isFeatureNameByte: function isFeatureNameByte(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 3348 5
	# isFeatureNameByte: return (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || b...
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1060
	movq -8(%rbp), %rax	# byte
	cmpq $122, %rax	# compare with 122
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1060:
	testq %rax, %rax
	jne .Lendlogic_1059
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	setge %al	# >=
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_1061
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	setle %al	# <=
	movzbl %al, %eax
.Lendlogic_1061:
.Lendlogic_1059:
	testq %rax, %rax
	jne .Lendlogic_1058
	movq -8(%rbp), %rax	# byte
	cmpq $45, %rax	# compare with 45
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1058:
	testq %rax, %rax
	jne .Lendlogic_1057
	movq -8(%rbp), %rax	# byte
	cmpq $95, %rax	# compare with 95
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_1057:
.Lreturn_1056:
	leave
	ret
	.size fn.isFeatureNameByte, .-fn.isFeatureNameByte

# function handleFeature()
	.type fn.handleFeature,@function
fn.handleFeature:
	.loc 1 3352 1
	# handleFeature: function handleFeature(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $96, %rsp	# 12 local slot(s)
	.loc 1 3353 5
	# handleFeature: const name = commandValue + 8;
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
	movq %rax, -8(%rbp)	# name
	.loc 1 3354 5
	# handleFeature: let nameLength = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# nameLength
	.loc 1 3355 5
	# handleFeature: while (8 + nameLength < commandLength && isFeatureNameByte(load8(name...
.Lwhile_1064:
	movq $8, %rax
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1066
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1066
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1066
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_1065
	movq -8(%rbp), %rax	# name
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1067
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1067
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1067
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isFeatureNameByte
	testq %rax, %rax
	je .Lendwhile_1065
	.loc 1 3356 9
	# handleFeature: nameLength = nameLength + 1;
	movq -16(%rbp), %rax	# nameLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1068
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1068
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1068
	movq %rax, -16(%rbp)	# nameLength =
	jmp .Lwhile_1064
.Lendwhile_1065:
	.loc 1 3358 5
	# handleFeature: const modeAt = 8 + nameLength + 1;
	movq $8, %rax
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1069
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1069
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1069
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1069
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1069
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1069
	movq %rax, -24(%rbp)	# modeAt
	.loc 1 3359 5
	# handleFeature: if (nameLength === 0 || nameLength > FEATURE_NAME_MAX || modeAt > com...
	movq -16(%rbp), %rax	# nameLength
	cmpq $0, %rax	# compare with 0
	je .Lskip_1071
	movq -16(%rbp), %rax	# nameLength
	cmpq $32, %rax	# compare with FEATURE_NAME_MAX
	jg .Lskip_1071
	movq -24(%rbp), %rax	# modeAt
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jg .Lskip_1071
	movq -8(%rbp), %rax	# name
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1072
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1072
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1072
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $58, %rax	# compare with 58
	je .Lelse_1070
.Lskip_1071:
	.loc 1 3361 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 3362 9
	# handleFeature: return;
	jmp .Lreturn_1062
.Lelse_1070:
	.loc 1 3364 5
	# handleFeature: const mode = commandValue + modeAt;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -24(%rbp), %rdi	# modeAt
	addq %rdi, %rax	# +
	jo .Ltrap_1073
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1073
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1073
	movq %rax, -32(%rbp)	# mode
	.loc 1 3365 5
	# handleFeature: const modeLength = commandLength - modeAt;
	movq var.commandLength(%rip), %rax	# commandLength
	movq -24(%rbp), %rdi	# modeAt
	subq %rdi, %rax	# -
	jo .Ltrap_1074
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1074
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1074
	movq %rax, -40(%rbp)	# modeLength
	.loc 1 3366 5
	# handleFeature: let value = "";
	leaq .Lstring33(%rip), %rax	# ""
	movq %rax, -48(%rbp)	# value
	.loc 1 3367 5
	# handleFeature: if (bytesEqual(mode, modeLength, "on")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring412(%rip), %rdx	# "on"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1075
	.loc 1 3368 9
	# handleFeature: value = "1";
	leaq .Lstring314(%rip), %rax	# "1"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1076
.Lelse_1075:
	.loc 1 3369 12
	# handleFeature: if (bytesEqual(mode, modeLength, "off")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring413(%rip), %rdx	# "off"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_1077
	.loc 1 3370 9
	# handleFeature: value = "0";
	leaq .Lstring500(%rip), %rax	# "0"
	movq %rax, -48(%rbp)	# value =
	jmp .Lendif_1078
.Lelse_1077:
	.loc 1 3371 12
	# handleFeature: if (!bytesEqual(mode, modeLength, "absent")) {
	movq -32(%rbp), %rdi	# mode
	movq -40(%rbp), %rsi	# modeLength
	leaq .Lstring518(%rip), %rdx	# "absent"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_1079
	.loc 1 3372 9
	# handleFeature: reportBogus(BOGUS_FEATURE_FORM);
	movq $20, %rdi	# BOGUS_FEATURE_FORM
	call fn.reportBogus
	.loc 1 3373 9
	# handleFeature: return;
	jmp .Lreturn_1062
.Lelse_1079:
.Lendif_1078:
.Lendif_1076:
	.loc 1 3375 5
	# handleFeature: for (let i = 0; i < FEATURE_PREFIX.length; i++) {
	movq $0, %rax
	movq %rax, -56(%rbp)	# i
.Lfor_1080:
	movq -56(%rbp), %rax	# i
	cmpq $16, %rax	# compare with FEATURE_PREFIX.length
	jge .Lendfor_1082
	.loc 1 3376 9
	# handleFeature: store8(featurePath + i, FEATURE_PREFIX.charCodeAt(i));
	leaq buf.featurePath(%rip), %rax	# featurePath
	movq -56(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1083
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1083
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1083
	pushq %rax
	leaq .Lstring519(%rip), %rax	# FEATURE_PREFIX
	movq -56(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1084
	movzbl 8(%rax,%rdi), %eax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1081:
	.loc 1 3375 48
	# handleFeature: i++
	movq -56(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1085
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1085
	movq %rax, -56(%rbp)	# i =
	jmp .Lfor_1080
.Lendfor_1082:
	.loc 1 3378 5
	# handleFeature: copyBytes(featurePath + FEATURE_PREFIX.length, name, nameLength);
	leaq buf.featurePath(%rip), %rax	# featurePath
	pushq %rax
	leaq .Lstring519(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_1086
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1086
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1086
	movq %rax, %rdi
	movq -8(%rbp), %rsi	# name
	movq -16(%rbp), %rdx	# nameLength
	call fn.copyBytes
	.loc 1 3379 5
	# handleFeature: const pathLength = FEATURE_PREFIX.length + nameLength;
	leaq .Lstring519(%rip), %rax	# FEATURE_PREFIX
	movq (%rax), %rax	# string length
	movq -16(%rbp), %rdi	# nameLength
	addq %rdi, %rax	# +
	jo .Ltrap_1087
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1087
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1087
	movq %rax, -64(%rbp)	# pathLength
	.loc 1 3380 5
	# handleFeature: const result = value.length > 0 ?
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1088
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	movq -48(%rbp), %rdx	# value
	call fn.storeWriteAt
	jmp .Lendcond_1089
.Lelse_1088:
	leaq buf.featurePath(%rip), %rdi	# featurePath
	movq -64(%rbp), %rsi	# pathLength
	call fn.storeRemoveAt
.Lendcond_1089:
	movq %rax, -72(%rbp)	# result
	.loc 1 3382 5
	# handleFeature: const shown = featurePath + 8;
	leaq buf.featurePath(%rip), %rax	# featurePath
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1090
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1090
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1090
	movq %rax, -80(%rbp)	# shown
	.loc 1 3383 5
	# handleFeature: const shownLength = pathLength - 8;
	movq -64(%rbp), %rax	# pathLength
	movq $8, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1091
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1091
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1091
	movq %rax, -88(%rbp)	# shownLength
	.loc 1 3384 5
	# handleFeature: printBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.printBytes
	.loc 1 3385 5
	# handleFeature: resultAppendBytes(shown, shownLength);
	movq -80(%rbp), %rdi	# shown
	movq -88(%rbp), %rsi	# shownLength
	call fn.resultAppendBytes
	.loc 1 3386 5
	# handleFeature: if (result < 0 && !(value.length === 0 && result === XSE_ENOENT)) {
	movq -72(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1092
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1093
	movq -72(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1092
.Lskip_1093:
	.loc 1 3387 9
	# handleFeature: print(": cannot write: ");
	leaq .Lstring520(%rip), %rdi	# ": cannot write: "
	call fn.print
	.loc 1 3388 9
	# handleFeature: log(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 3389 9
	# handleFeature: resultAppend(": cannot write: ");
	leaq .Lstring520(%rip), %rdi	# ": cannot write: "
	call fn.resultAppend
	.loc 1 3390 9
	# handleFeature: resultAppend(storeErrorName(result));
	movq -72(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 3391 9
	# handleFeature: return;
	jmp .Lreturn_1062
.Lelse_1092:
	.loc 1 3393 5
	# handleFeature: const said = value.length > 0 ? value : "removed";
	movq -48(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1094
	movq -48(%rbp), %rax	# value
	jmp .Lendcond_1095
.Lelse_1094:
	leaq .Lstring521(%rip), %rax	# "removed"
.Lendcond_1095:
	movq %rax, -96(%rbp)	# said
	.loc 1 3394 5
	# handleFeature: print(": ");
	leaq .Lstring194(%rip), %rdi	# ": "
	call fn.print
	.loc 1 3395 5
	# handleFeature: log(said);
	movq -96(%rbp), %rdi	# said
	call fn.log
	.loc 1 3396 5
	# handleFeature: resultAppend(": ");
	leaq .Lstring194(%rip), %rdi	# ": "
	call fn.resultAppend
	.loc 1 3397 5
	# handleFeature: resultAppend(said);
	movq -96(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1062:
	leave
	ret
.Ltrap_1063:
	leaq .Lstring522(%rip), %rdi	# trap: kernel.ts:3353:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1066:
	leaq .Lstring523(%rip), %rdi	# trap: kernel.ts:3355:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1067:
	leaq .Lstring524(%rip), %rdi	# trap: kernel.ts:3355:70: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1068:
	leaq .Lstring525(%rip), %rdi	# trap: kernel.ts:3356:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1069:
	leaq .Lstring526(%rip), %rdi	# trap: kernel.ts:3358:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1072:
	leaq .Lstring527(%rip), %rdi	# trap: kernel.ts:3360:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1073:
	leaq .Lstring528(%rip), %rdi	# trap: kernel.ts:3364:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1074:
	leaq .Lstring529(%rip), %rdi	# trap: kernel.ts:3365:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1083:
	leaq .Lstring530(%rip), %rdi	# trap: kernel.ts:3376:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1084:
	leaq .Lstring531(%rip), %rdi	# trap: kernel.ts:3376:33: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1085:
	leaq .Lstring532(%rip), %rdi	# trap: kernel.ts:3375:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1086:
	leaq .Lstring533(%rip), %rdi	# trap: kernel.ts:3378:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1087:
	leaq .Lstring534(%rip), %rdi	# trap: kernel.ts:3379:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1090:
	leaq .Lstring535(%rip), %rdi	# trap: kernel.ts:3382:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1091:
	leaq .Lstring536(%rip), %rdi	# trap: kernel.ts:3383:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleFeature, .-fn.handleFeature

# function handleCantSuspend()
	.type fn.handleCantSuspend,@function
fn.handleCantSuspend:
	.loc 1 3401 1
	# handleCantSuspend: function handleCantSuspend(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 3402 5
	# handleCantSuspend: const textLength = commandLength - 13;
	movq var.commandLength(%rip), %rax	# commandLength
	movq $13, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1097
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1097
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1097
	movq %rax, -8(%rbp)	# textLength
	.loc 1 3403 5
	# handleCantSuspend: const result = textLength > 0 ?
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1098
	leaq .Lstring537(%rip), %rax	# "data/cant_suspend_reason"
	pushq %rax
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $13, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1100
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1100
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1100
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# textLength
	call fn.storeWrite
	jmp .Lendcond_1099
.Lelse_1098:
	leaq .Lstring537(%rip), %rdi	# "data/cant_suspend_reason"
	call fn.storeRemove
.Lendcond_1099:
	movq %rax, -16(%rbp)	# result
	.loc 1 3406 5
	# handleCantSuspend: if (result < 0 && !(textLength === 0 && result === XSE_ENOENT)) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_1101
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jne .Lskip_1102
	movq -16(%rbp), %rax	# result
	cmpq $-5, %rax	# compare with XSE_ENOENT
	je .Lelse_1101
.Lskip_1102:
	.loc 1 3407 9
	# handleCantSuspend: print("cant-suspend: cannot write: ");
	leaq .Lstring538(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.print
	.loc 1 3408 9
	# handleCantSuspend: log(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 3409 9
	# handleCantSuspend: resultAppend("cant-suspend: cannot write: ");
	leaq .Lstring538(%rip), %rdi	# "cant-suspend: cannot write: "
	call fn.resultAppend
	.loc 1 3410 9
	# handleCantSuspend: resultAppend(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.resultAppend
	.loc 1 3411 9
	# handleCantSuspend: return;
	jmp .Lreturn_1096
.Lelse_1101:
	.loc 1 3413 5
	# handleCantSuspend: const said = textLength > 0 ? "cant-suspend: set" : "cant-suspend: re...
	movq -8(%rbp), %rax	# textLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1103
	leaq .Lstring539(%rip), %rax	# "cant-suspend: set"
	jmp .Lendcond_1104
.Lelse_1103:
	leaq .Lstring540(%rip), %rax	# "cant-suspend: removed"
.Lendcond_1104:
	movq %rax, -24(%rbp)	# said
	.loc 1 3414 5
	# handleCantSuspend: log(said);
	movq -24(%rbp), %rdi	# said
	call fn.log
	.loc 1 3415 5
	# handleCantSuspend: resultAppend(said);
	movq -24(%rbp), %rdi	# said
	call fn.resultAppend
.Lreturn_1096:
	leave
	ret
.Ltrap_1097:
	leaq .Lstring541(%rip), %rdi	# trap: kernel.ts:3402:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1100:
	leaq .Lstring542(%rip), %rdi	# trap: kernel.ts:3404:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleCantSuspend, .-fn.handleCantSuspend

# function checkHypercallPage()
	.type fn.checkHypercallPage,@function
fn.checkHypercallPage:
	.loc 1 3450 1
	# checkHypercallPage: function checkHypercallPage(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3451 5
	# checkHypercallPage: if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	je .Lelse_1106
	.loc 1 3452 9
	# checkHypercallPage: return;
	jmp .Lreturn_1105
.Lelse_1106:
	.loc 1 3454 5
	# checkHypercallPage: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 3455 5
	# checkHypercallPage: if (bootMode === BOOT_MODE_PVH) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1107
	.loc 1 3456 9
	# checkHypercallPage: debugPortPrint("xen-test-vm: PVH boot: Xen did not fill the hypercall...
	leaq .Lstring543(%rip), %rdi	# "xen-test-vm: PVH boot: Xen did not fill
	call fn.debugPortPrint
.Lelse_1107:
	.loc 1 3458 5
	# checkHypercallPage: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring544(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 3459 5
	# checkHypercallPage: while (true) {
.Lwhile_1108:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1109
	.loc 1 3460 9
	# checkHypercallPage: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_1108
.Lendwhile_1109:
.Lreturn_1105:
	leave
	ret
	.size fn.checkHypercallPage, .-fn.checkHypercallPage

# function checkStartInfoMagic()
	.type fn.checkStartInfoMagic,@function
fn.checkStartInfoMagic:
	.loc 1 3464 1
	# checkStartInfoMagic: function checkStartInfoMagic(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3465 5
	# checkStartInfoMagic: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $0, %rdi	# START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_1112
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1112
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1112
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring545(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_1111
	.loc 1 3466 9
	# checkStartInfoMagic: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring546(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_1111:
.Lreturn_1110:
	leave
	ret
.Ltrap_1112:
	leaq .Lstring547(%rip), %rdi	# trap: kernel.ts:3465:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.checkStartInfoMagic, .-fn.checkStartInfoMagic

# function debugPortPrint(text)
	.type fn.debugPortPrint,@function
fn.debugPortPrint:
	.loc 1 3476 1
	# debugPortPrint: function debugPortPrint(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 3477 5
	# debugPortPrint: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1114:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_1116
	.loc 1 3478 9
	# debugPortPrint: debugPortWrite(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_1117
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call debugPortWrite
.Lfornext_1115:
	.loc 1 3477 38
	# debugPortPrint: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1118
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1118
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1114
.Lendfor_1116:
.Lreturn_1113:
	leave
	ret
.Ltrap_1117:
	leaq .Lstring548(%rip), %rdi	# trap: kernel.ts:3478:24: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1118:
	leaq .Lstring549(%rip), %rdi	# trap: kernel.ts:3477:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.debugPortPrint, .-fn.debugPortPrint

# function pvhCannotBoot(what, detail)
	.type fn.pvhCannotBoot,@function
fn.pvhCannotBoot:
	.loc 1 3482 1
	# pvhCannotBoot: function pvhCannotBoot(what: string, detail: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter detail
	.loc 1 3483 5
	# pvhCannotBoot: debugPortPrint("xen-test-vm: PVH boot: ");
	leaq .Lstring550(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.debugPortPrint
	.loc 1 3484 5
	# pvhCannotBoot: debugPortPrint(what);
	movq -8(%rbp), %rdi	# what
	call fn.debugPortPrint
	.loc 1 3485 5
	# pvhCannotBoot: debugPortPrint(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.debugPortPrint
	.loc 1 3486 5
	# pvhCannotBoot: debugPortPrint("; crashing\n");
	leaq .Lstring551(%rip), %rdi	# "; crashing\n"
	call fn.debugPortPrint
	.loc 1 3487 5
	# pvhCannotBoot: print("xen-test-vm: PVH boot: ");
	leaq .Lstring550(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.print
	.loc 1 3488 5
	# pvhCannotBoot: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 3489 5
	# pvhCannotBoot: print(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.print
	.loc 1 3490 5
	# pvhCannotBoot: log("; crashing");
	leaq .Lstring552(%rip), %rdi	# "; crashing"
	call fn.log
	.loc 1 3491 5
	# pvhCannotBoot: consoleDrain();
	call fn.consoleDrain
	.loc 1 3492 5
	# pvhCannotBoot: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1119:
	leave
	ret
	.size fn.pvhCannotBoot, .-fn.pvhCannotBoot

# function enterDomain(bootInfo, mode)
	.type fn.enterDomain,@function
fn.enterDomain:
	.loc 1 3500 1
	# enterDomain: function enterDomain(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 3501 5
	# enterDomain: bootMode = mode === BOOT_MODE_PVH ? BOOT_MODE_PVH : BOOT_MODE_PV;
	movq -16(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1121
	movq $1, %rax	# BOOT_MODE_PVH
	jmp .Lendcond_1122
.Lelse_1121:
	movq $0, %rax	# BOOT_MODE_PV
.Lendcond_1122:
	movq %rax, var.bootMode(%rip)	# bootMode =
	.loc 1 3502 5
	# enterDomain: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1123
	.loc 1 3503 9
	# enterDomain: startInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 3504 9
	# enterDomain: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $104, %rdi	# START_INFO_MFN_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_1124
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1124
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1124
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1125
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1125
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 3505 9
	# enterDomain: readStartInfo();
	call fn.readStartInfo
	jmp .Lendif_1126
.Lelse_1123:
	.loc 1 3507 9
	# enterDomain: hvmStartInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.hvmStartInfo(%rip)	# hvmStartInfo =
.Lendif_1126:
.Lreturn_1120:
	leave
	ret
.Ltrap_1124:
	leaq .Lstring553(%rip), %rdi	# trap: kernel.ts:3504:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1125:
	leaq .Lstring554(%rip), %rdi	# trap: kernel.ts:3504:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.enterDomain, .-fn.enterDomain

# function findRings()
	.type fn.findRings,@function
fn.findRings:
	.loc 1 3511 1
	# findRings: function findRings(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3512 5
	# findRings: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1128
	.loc 1 3513 9
	# findRings: checkStartInfoMagic();
	call fn.checkStartInfoMagic
	.loc 1 3514 9
	# findRings: return;
	jmp .Lreturn_1127
.Lelse_1128:
	.loc 1 3516 5
	# findRings: if (load32(hvmStartInfo + HVM_START_INFO_MAGIC) !== HVM_START_MAGIC_V...
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $0, %rdi	# HVM_START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_1130
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1130
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1130
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $862897528, %rax	# compare with HVM_START_MAGIC_VALUE
	je .Lelse_1129
	.loc 1 3517 9
	# findRings: pvhCannotBoot("hvm_start_info has the wrong magic number", "");
	leaq .Lstring555(%rip), %rdi	# "hvm_start_info has the wrong magic numb
	leaq .Lstring33(%rip), %rsi	# ""
	call fn.pvhCannotBoot
.Lelse_1129:
	.loc 1 3519 5
	# findRings: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -8(%rbp)	# missing
	.loc 1 3520 5
	# findRings: if (missing.length > 0) {
	movq -8(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1131
	.loc 1 3521 9
	# findRings: pvhCannotBoot("Xen gave no value for ", missing);
	leaq .Lstring556(%rip), %rdi	# "Xen gave no value for "
	movq -8(%rbp), %rsi	# missing
	call fn.pvhCannotBoot
.Lelse_1131:
.Lreturn_1127:
	leave
	ret
.Ltrap_1130:
	leaq .Lstring557(%rip), %rdi	# trap: kernel.ts:3516:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.findRings, .-fn.findRings

# function printTerminated(address, limit)
	.type fn.printTerminated,@function
fn.printTerminated:
	.loc 1 3526 1
	# printTerminated: function printTerminated(address: number, limit: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter limit
	.loc 1 3527 5
	# printTerminated: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_1133:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# limit
	cmpq %rdi, %rax
	jge .Lendfor_1135
	.loc 1 3528 9
	# printTerminated: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1136
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1136
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1136
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -32(%rbp)	# byte
	.loc 1 3529 9
	# printTerminated: if (byte === 0) {
	movq -32(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_1137
	.loc 1 3530 13
	# printTerminated: return;
	jmp .Lreturn_1132
.Lelse_1137:
	.loc 1 3532 9
	# printTerminated: printEscapedByte(byte);
	movq -32(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_1134:
	.loc 1 3527 32
	# printTerminated: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1138
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1138
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_1133
.Lendfor_1135:
.Lreturn_1132:
	leave
	ret
.Ltrap_1136:
	leaq .Lstring558(%rip), %rdi	# trap: kernel.ts:3528:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1138:
	leaq .Lstring559(%rip), %rdi	# trap: kernel.ts:3527:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printTerminated, .-fn.printTerminated

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 3540 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 3541 5
	# printBanner: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 3542 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring506(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 3543 5
	# printBanner: printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rdi
	movq $32, %rsi	# VERSION_BYTES_MAX
	call fn.printTerminated
	.loc 1 3544 5
	# printBanner: print(bootMode === BOOT_MODE_PVH ? " PVH" : " PV");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_1140
	leaq .Lstring560(%rip), %rax	# " PVH"
	jmp .Lendcond_1141
.Lelse_1140:
	leaq .Lstring561(%rip), %rax	# " PV"
.Lendcond_1141:
	movq %rax, %rdi
	call fn.print
	.loc 1 3545 5
	# printBanner: print(", domid ");
	leaq .Lstring562(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 3546 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1142
	.loc 1 3547 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_1143
.Lelse_1142:
	.loc 1 3549 9
	# printBanner: print("unknown");
	leaq .Lstring563(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_1143:
	.loc 1 3551 5
	# printBanner: print(", memory ");
	leaq .Lstring564(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 3552 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	movq $256, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1144
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1144
	subq $1, %rax	# then the floor is one below
.Lfloored_1144:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3553 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring565(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 3554 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -8(%rbp)	# version
	.loc 1 3555 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -8(%rbp), %rax	# version
	movq $65536, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_1145
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_1145
	subq $1, %rax	# then the floor is one below
.Lfloored_1145:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3556 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 3557 5
	# printBanner: printDecimal(version & 0xffff);
	movq -8(%rbp), %rax	# version
	movq $65535, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 3558 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1146:
	movq -16(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_1148
	.loc 1 3559 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_1149
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1149
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1149
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_1147:
	.loc 1 3558 56
	# printBanner: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1150
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1150
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1146
.Lendfor_1148:
	.loc 1 3561 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_1151
	.loc 1 3562 9
	# printBanner: printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
	leaq buf.xenExtraVersion(%rip), %rdi	# xenExtraVersion
	movq $16, %rsi	# XENVER_EXTRAVERSION_BYTES
	call fn.printTerminated
.Lelse_1151:
	.loc 1 3564 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_1139:
	leave
	ret
.Ltrap_1149:
	leaq .Lstring566(%rip), %rdi	# trap: kernel.ts:3559:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_1150:
	leaq .Lstring567(%rip), %rdi	# trap: kernel.ts:3558:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 3567 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 3568 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_1153
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1153
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1153
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 3569 5
	# tick: print("domain ");
	leaq .Lstring568(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 3570 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 3571 5
	# tick: print(" tick ");
	leaq .Lstring569(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 3572 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 3573 5
	# tick: endLine();
	call fn.endLine
	.loc 1 3574 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_1154
	.loc 1 3575 9
	# tick: print("override ");
	leaq .Lstring224(%rip), %rdi	# "override "
	call fn.print
	.loc 1 3576 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 3577 9
	# tick: log(" is active");
	leaq .Lstring570(%rip), %rdi	# " is active"
	call fn.log
.Lelse_1154:
	.loc 1 3579 5
	# tick: countDownOneSecond();
	call fn.countDownOneSecond
	.loc 1 3580 5
	# tick: agentOneSecond();
	call fn.agentOneSecond
.Lreturn_1152:
	leave
	ret
.Ltrap_1153:
	leaq .Lstring571(%rip), %rdi	# trap: kernel.ts:3568:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 3589 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 3590 5
	# mainLoop: while (true) {
.Lwhile_1156:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_1157
	.loc 1 3591 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 3592 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 3593 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired || sysrqWatchFired) {
.Lwhile_1158:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_1160
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	jne .Lskip_1160
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	je .Lendwhile_1159
.Lskip_1160:
	.loc 1 3594 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 3595 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_1161
	.loc 1 3596 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 3597 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_1161:
	.loc 1 3599 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_1162
	.loc 1 3600 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 3601 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_1162:
	.loc 1 3603 13
	# mainLoop: if (sysrqWatchFired) {
	movq var.sysrqWatchFired(%rip), %rax	# sysrqWatchFired
	testq %rax, %rax
	je .Lelse_1163
	.loc 1 3604 17
	# mainLoop: sysrqWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.sysrqWatchFired(%rip)	# sysrqWatchFired =
	.loc 1 3605 17
	# mainLoop: handleSysrq();
	call fn.handleSysrq
.Lelse_1163:
	jmp .Lwhile_1158
.Lendwhile_1159:
	.loc 1 3608 9
	# mainLoop: if (suspendChannelPort !== NO_PORT && portPending(suspendChannelPort)) {
	movq var.suspendChannelPort(%rip), %rax	# suspendChannelPort
	cmpq $-1, %rax	# compare with NO_PORT
	je .Lelse_1164
	movq var.suspendChannelPort(%rip), %rdi	# suspendChannelPort
	call fn.portPending
	testq %rax, %rax
	je .Lelse_1164
	.loc 1 3609 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 3610 13
	# mainLoop: handleSuspendChannelNotification();
	call fn.handleSuspendChannelNotification
.Lelse_1164:
	.loc 1 3612 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_1165
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_1165
	.loc 1 3613 13
	# mainLoop: print("console: ");
	leaq .Lstring572(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 3614 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 3615 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring573(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 3616 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_1165:
	.loc 1 3618 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_1166:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_1167
	.loc 1 3619 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_1168
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1168
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1168
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 3620 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 3621 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_1166
.Lendwhile_1167:
	.loc 1 3623 9
	# mainLoop: if (runDueCounts()) {
	call fn.runDueCounts
	testq %rax, %rax
	je .Lelse_1169
	.loc 1 3624 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
.Lelse_1169:
	.loc 1 3626 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_1170
	.loc 1 3627 13
	# mainLoop: continue;
	jmp .Lwhile_1156
.Lelse_1170:
	.loc 1 3629 9
	# mainLoop: if (statusDirty) {
	movq var.statusDirty(%rip), %rax	# statusDirty
	testq %rax, %rax
	je .Lelse_1171
	.loc 1 3630 13
	# mainLoop: writeStatus();
	call fn.writeStatus
.Lelse_1171:
	.loc 1 3632 9
	# mainLoop: waitOnPorts(storePort, suspendChannelPort);
	movq var.storePort(%rip), %rdi	# storePort
	movq var.suspendChannelPort(%rip), %rsi	# suspendChannelPort
	call fn.waitOnPorts
	jmp .Lwhile_1156
.Lendwhile_1157:
.Lreturn_1155:
	leave
	ret
.Ltrap_1168:
	leaq .Lstring574(%rip), %rdi	# trap: kernel.ts:3619:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(bootInfo, mode), exported
	.globl main
	.type main,@function
main:
	.loc 1 3638 1
	# main: export function main(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 3639 5
	# main: enterDomain(bootInfo, mode);
	movq -8(%rbp), %rdi	# bootInfo
	movq -16(%rbp), %rsi	# mode
	call fn.enterDomain
	.loc 1 3640 5
	# main: checkHypercallPage();
	call fn.checkHypercallPage
	.loc 1 3641 5
	# main: findRings();
	call fn.findRings
	.loc 1 3642 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 3643 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 3644 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 3645 5
	# main: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_1173
	.loc 1 3646 9
	# main: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_1173:
	.loc 1 3648 5
	# main: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 3649 5
	# main: publishState("booting");
	leaq .Lstring575(%rip), %rdi	# "booting"
	call fn.publishState
	.loc 1 3650 5
	# main: obeyCommandLine();
	call fn.obeyCommandLine
	.loc 1 3651 5
	# main: log("ready");
	leaq .Lstring576(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 3652 5
	# main: publishState("running");
	leaq .Lstring404(%rip), %rdi	# "running"
	call fn.publishState
	.loc 1 3653 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_1172:
	leave
	ret
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 3661 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 3662 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_1175
	.loc 1 3663 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 3664 9
	# trap: print("trap: ");
	leaq .Lstring577(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 3665 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 3666 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_1175:
	.loc 1 3668 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_1174:
	leave
	ret
	.size trap, .-trap

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "kernel.ts:174:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:174:29: integer result outside the exact range"
	.balign 8
.Lstring1:	# "kernel.ts:174:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:174:19: integer result outside the exact range"
	.balign 8
.Lstring2:	# "kernel.ts:174:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:174:12: load64 value outside the exact range"
	.balign 8
.Lstring3:	# "kernel.ts:180:12: machineToPhys value outside the exact range"
	.quad 61
	.ascii "kernel.ts:180:12: machineToPhys value outside the exact range"
	.balign 8
.Lstring4:	# "kernel.ts:180:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:180:12: integer result outside the exact range"
	.balign 8
.Lstring5:	# "kernel.ts:186:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:186:26: integer result outside the exact range"
	.balign 8
.Lstring6:	# "kernel.ts:186:19: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:186:19: load64 value outside the exact range"
	.balign 8
.Lstring7:	# "kernel.ts:187:48: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:187:48: integer result outside the exact range"
	.balign 8
.Lstring8:	# "kernel.ts:187:41: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:187:41: load64 value outside the exact range"
	.balign 8
.Lstring9:	# "kernel.ts:188:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:188:26: integer result outside the exact range"
	.balign 8
.Lstring10:	# "kernel.ts:189:46: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:189:46: integer result outside the exact range"
	.balign 8
.Lstring11:	# "kernel.ts:189:39: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:189:39: load64 value outside the exact range"
	.balign 8
.Lstring12:	# "kernel.ts:190:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:190:24: integer result outside the exact range"
	.balign 8
.Lstring13:	# "kernel.ts:261:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:261:13: integer result outside the exact range"
	.balign 8
.Lstring14:	# "kernel.ts:263:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:263:13: integer result outside the exact range"
	.balign 8
.Lstring15:	# "kernel.ts:264:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:264:13: integer result outside the exact range"
	.balign 8
.Lstring16:	# "kernel.ts:265:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:265:13: integer result outside the exact range"
	.balign 8
.Lstring17:	# "kernel.ts:274:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:274:13: integer result outside the exact range"
	.balign 8
.Lstring18:	# "kernel.ts:275:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:275:13: integer result outside the exact range"
	.balign 8
.Lstring19:	# "kernel.ts:277:41: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:277:41: integer result outside the exact range"
	.balign 8
.Lstring20:	# "kernel.ts:287:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:287:9: integer result outside the exact range"
	.balign 8
.Lstring21:	# "kernel.ts:357:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:357:13: integer result outside the exact range"
	.balign 8
.Lstring22:	# "kernel.ts:358:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:358:13: integer result outside the exact range"
	.balign 8
.Lstring23:	# "kernel.ts:363:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:363:19: integer result outside the exact range"
	.balign 8
.Lstring24:	# "kernel.ts:363:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:363:12: load64 value outside the exact range"
	.balign 8
.Lstring25:	# "kernel.ts:370:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:370:13: integer result outside the exact range"
	.balign 8
.Lstring26:	# "kernel.ts:371:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:371:13: integer result outside the exact range"
	.balign 8
.Lstring27:	# "kernel.ts:372:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:372:13: integer result outside the exact range"
	.balign 8
.Lstring28:	# "kernel.ts:373:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:373:13: integer result outside the exact range"
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
.Lstring34:	# "kernel.ts:391:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:391:36: integer result outside the exact range"
	.balign 8
.Lstring35:	# "kernel.ts:393:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:393:32: integer result outside the exact range"
	.balign 8
.Lstring36:	# "kernel.ts:431:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:431:40: integer result outside the exact range"
	.balign 8
.Lstring37:	# "kernel.ts:431:33: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:431:33: load64 value outside the exact range"
	.balign 8
.Lstring38:	# "kernel.ts:471:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:471:32: integer result outside the exact range"
	.balign 8
.Lstring39:	# "kernel.ts:473:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:473:32: integer result outside the exact range"
	.balign 8
.Lstring40:	# "kernel.ts:474:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:474:33: integer result outside the exact range"
	.balign 8
.Lstring41:	# "kernel.ts:476:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:476:43: integer result outside the exact range"
	.balign 8
.Lstring42:	# "kernel.ts:484:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:484:23: integer result outside the exact range"
	.balign 8
.Lstring43:	# "kernel.ts:486:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:486:27: integer result outside the exact range"
	.balign 8
.Lstring44:	# "kernel.ts:487:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:487:28: integer result outside the exact range"
	.balign 8
.Lstring45:	# "kernel.ts:509:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:509:24: integer result outside the exact range"
	.balign 8
.Lstring46:	# "kernel.ts:511:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:511:9: integer result outside the exact range"
	.balign 8
.Lstring47:	# "kernel.ts:511:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:511:40: integer result outside the exact range"
	.balign 8
.Lstring48:	# "kernel.ts:537:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:537:28: integer result outside the exact range"
	.balign 8
.Lstring49:	# "kernel.ts:542:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:542:24: integer result outside the exact range"
	.balign 8
.Lstring50:	# "kernel.ts:581:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:581:17: integer result outside the exact range"
	.balign 8
.Lstring51:	# "kernel.ts:628:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:628:29: integer result outside the exact range"
	.balign 8
.Lstring52:	# "kernel.ts:629:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:629:29: integer result outside the exact range"
	.balign 8
.Lstring53:	# "kernel.ts:631:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:631:21: integer result outside the exact range"
	.balign 8
.Lstring54:	# "kernel.ts:650:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:650:35: integer result outside the exact range"
	.balign 8
.Lstring55:	# "kernel.ts:654:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:654:37: integer result outside the exact range"
	.balign 8
.Lstring56:	# "kernel.ts:655:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:655:20: integer result outside the exact range"
	.balign 8
.Lstring57:	# "kernel.ts:655:61: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:655:61: integer result outside the exact range"
	.balign 8
.Lstring58:	# "kernel.ts:657:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:657:21: integer result outside the exact range"
	.balign 8
.Lstring59:	# "kernel.ts:657:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:657:54: integer result outside the exact range"
	.balign 8
.Lstring60:	# "kernel.ts:662:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:662:35: integer result outside the exact range"
	.balign 8
.Lstring61:	# "kernel.ts:667:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:667:26: integer result outside the exact range"
	.balign 8
.Lstring62:	# "kernel.ts:706:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:706:26: integer result outside the exact range"
	.balign 8
.Lstring63:	# "kernel.ts:709:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:709:26: integer result outside the exact range"
	.balign 8
.Lstring64:	# "kernel.ts:728:20: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:728:20: charCodeAt index out of range"
	.balign 8
.Lstring65:	# "kernel.ts:727:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:727:38: integer result outside the exact range"
	.balign 8
.Lstring66:	# "kernel.ts:746:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:746:16: integer result outside the exact range"
	.balign 8
.Lstring67:	# "kernel.ts:750:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:750:26: integer result outside the exact range"
	.balign 8
.Lstring68:	# "kernel.ts:750:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:750:40: integer result outside the exact range"
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
.Lstring75:	# "kernel.ts:777:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:777:32: integer result outside the exact range"
	.balign 8
.Lstring76:	# "kernel.ts:776:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:776:32: integer result outside the exact range"
	.balign 8
.Lstring77:	# "kernel.ts:791:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:791:32: integer result outside the exact range"
	.balign 8
.Lstring78:	# "kernel.ts:790:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:790:33: integer result outside the exact range"
	.balign 8
.Lstring79:	# "kernel.ts:803:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:803:16: integer result outside the exact range"
	.balign 8
.Lstring80:	# "kernel.ts:803:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:803:39: integer result outside the exact range"
	.balign 8
.Lstring81:	# "kernel.ts:802:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:802:33: integer result outside the exact range"
	.balign 8
.Lstring82:	# "kernel.ts:813:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:813:19: integer result outside the exact range"
	.balign 8
.Lstring83:	# "kernel.ts:813:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:813:36: charCodeAt index out of range"
	.balign 8
.Lstring84:	# "kernel.ts:812:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:812:33: integer result outside the exact range"
	.balign 8
.Lstring85:	# "kernel.ts:823:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:823:19: integer result outside the exact range"
	.balign 8
.Lstring86:	# "kernel.ts:823:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:823:40: integer result outside the exact range"
	.balign 8
.Lstring87:	# "kernel.ts:822:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:822:33: integer result outside the exact range"
	.balign 8
.Lstring88:	# "kernel.ts:837:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:837:28: integer result outside the exact range"
	.balign 8
.Lstring89:	# "kernel.ts:841:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:841:17: integer result outside the exact range"
	.balign 8
.Lstring90:	# "kernel.ts:841:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:841:31: integer result outside the exact range"
	.balign 8
.Lstring91:	# "kernel.ts:836:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:836:33: integer result outside the exact range"
	.balign 8
.Lstring92:	# "kernel.ts:850:18: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:850:18: integer result outside the exact range"
	.balign 8
.Lstring93:	# "kernel.ts:853:18: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:853:18: integer result outside the exact range"
	.balign 8
.Lstring94:	# "kernel.ts:854:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:854:16: integer result outside the exact range"
	.balign 8
.Lstring95:	# "kernel.ts:854:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:854:29: integer result outside the exact range"
	.balign 8
.Lstring96:	# "kernel.ts:853:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:853:38: integer result outside the exact range"
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
.Lstring116:	# "kernel.ts:983:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:983:44: integer result outside the exact range"
	.balign 8
.Lstring117:	# "kernel.ts:983:74: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:983:74: integer result outside the exact range"
	.balign 8
.Lstring118:	# "kernel.ts:984:52: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:984:52: integer result outside the exact range"
	.balign 8
.Lstring119:	# "kernel.ts:1014:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1014:13: integer result outside the exact range"
	.balign 8
.Lstring120:	# "kernel.ts:1024:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1024:12: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:1025:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1025:26: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:1031:27: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:1031:27: charCodeAt index out of range"
	.balign 8
.Lstring123:	# "kernel.ts:1030:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1030:38: integer result outside the exact range"
	.balign 8
.Lstring124:	# "kernel.ts:1043:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1043:33: integer result outside the exact range"
	.balign 8
.Lstring125:	# "kernel.ts:1042:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1042:33: integer result outside the exact range"
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
.Lstring129:	# "kernel.ts:1049:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1049:29: integer result outside the exact range"
	.balign 8
.Lstring130:	# "kernel.ts:1050:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1050:29: integer result outside the exact range"
	.balign 8
.Lstring131:	# "kernel.ts:1052:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1052:23: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:1061:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1061:12: integer result outside the exact range"
	.balign 8
.Lstring133:	# "kernel.ts:1068:42: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1068:42: integer result outside the exact range"
	.balign 8
.Lstring134:	# "kernel.ts:1068:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1068:17: integer result outside the exact range"
	.balign 8
.Lstring135:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring136:	# "kernel.ts:1092:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1092:31: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:1100:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1100:33: integer result outside the exact range"
	.balign 8
.Lstring138:	# "kernel.ts:1101:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1101:50: integer result outside the exact range"
	.balign 8
.Lstring139:	# "kernel.ts:1102:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1102:20: integer result outside the exact range"
	.balign 8
.Lstring140:	# "kernel.ts:1102:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1102:54: integer result outside the exact range"
	.balign 8
.Lstring141:	# "kernel.ts:1103:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1103:23: integer result outside the exact range"
	.balign 8
.Lstring142:	# "kernel.ts:1105:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1105:17: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:1105:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1105:43: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:1106:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1106:16: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:1121:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1121:29: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:1123:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1123:13: integer result outside the exact range"
	.balign 8
.Lstring147:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring148:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring149:	# "kernel.ts:1129:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1129:29: integer result outside the exact range"
	.balign 8
.Lstring150:	# "kernel.ts:1130:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1130:29: integer result outside the exact range"
	.balign 8
.Lstring151:	# "kernel.ts:1132:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1132:24: integer result outside the exact range"
	.balign 8
.Lstring152:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring153:	# "kernel.ts:1156:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1156:31: integer result outside the exact range"
	.balign 8
.Lstring154:	# "kernel.ts:1165:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1165:33: integer result outside the exact range"
	.balign 8
.Lstring155:	# "kernel.ts:1166:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1166:54: integer result outside the exact range"
	.balign 8
.Lstring156:	# "kernel.ts:1167:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1167:22: integer result outside the exact range"
	.balign 8
.Lstring157:	# "kernel.ts:1167:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1167:56: integer result outside the exact range"
	.balign 8
.Lstring158:	# "kernel.ts:1168:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1168:19: integer result outside the exact range"
	.balign 8
.Lstring159:	# "kernel.ts:1170:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1170:17: integer result outside the exact range"
	.balign 8
.Lstring160:	# "kernel.ts:1170:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1170:43: integer result outside the exact range"
	.balign 8
.Lstring161:	# "kernel.ts:1172:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1172:20: integer result outside the exact range"
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
.Lstring165:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring166:	# "kernel.ts:1180:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1180:38: integer result outside the exact range"
	.balign 8
.Lstring167:	# "kernel.ts:1181:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1181:19: integer result outside the exact range"
	.balign 8
.Lstring168:	# "kernel.ts:1183:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1183:19: integer result outside the exact range"
	.balign 8
.Lstring169:	# "kernel.ts:1184:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1184:23: integer result outside the exact range"
	.balign 8
.Lstring170:	# "kernel.ts:1185:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1185:34: integer result outside the exact range"
	.balign 8
.Lstring171:	# "kernel.ts:1186:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1186:23: integer result outside the exact range"
	.balign 8
.Lstring172:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring173:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring174:	# "kernel.ts:1211:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1211:27: integer result outside the exact range"
	.balign 8
.Lstring175:	# "kernel.ts:1219:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1219:43: integer result outside the exact range"
	.balign 8
.Lstring176:	# "kernel.ts:1223:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1223:16: integer result outside the exact range"
	.balign 8
.Lstring177:	# "kernel.ts:1224:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1224:24: integer result outside the exact range"
	.balign 8
.Lstring178:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring179:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring180:	# "kernel.ts:1239:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1239:65: integer result outside the exact range"
	.balign 8
.Lstring181:	# "kernel.ts:1240:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1240:13: integer result outside the exact range"
	.balign 8
.Lstring182:	# "kernel.ts:1241:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1241:13: integer result outside the exact range"
	.balign 8
.Lstring183:	# "kernel.ts:1242:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1242:13: integer result outside the exact range"
	.balign 8
.Lstring184:	# "kernel.ts:1243:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1243:55: integer result outside the exact range"
	.balign 8
.Lstring185:	# "kernel.ts:1255:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1255:31: integer result outside the exact range"
	.balign 8
.Lstring186:	# "kernel.ts:1256:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1256:20: integer result outside the exact range"
	.balign 8
.Lstring187:	# "kernel.ts:1258:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1258:33: integer result outside the exact range"
	.balign 8
.Lstring188:	# "kernel.ts:1264:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1264:20: integer result outside the exact range"
	.balign 8
.Lstring189:	# "kernel.ts:1265:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1265:40: integer result outside the exact range"
	.balign 8
.Lstring190:	# "kernel.ts:1267:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1267:31: integer result outside the exact range"
	.balign 8
.Lstring191:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring192:	# "kernel.ts:1287:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1287:33: integer result outside the exact range"
	.balign 8
.Lstring193:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring194:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring195:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring196:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring197:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring198:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring199:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring200:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring201:	# "hang"
	.quad 4
	.ascii "hang"
	.balign 8
.Lstring202:	# "spin"
	.quad 4
	.ascii "spin"
	.balign 8
.Lstring203:	# "watchdog"
	.quad 8
	.ascii "watchdog"
	.balign 8
.Lstring204:	# "soft-reset"
	.quad 10
	.ascii "soft-reset"
	.balign 8
.Lstring205:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring206:	# "kernel.ts:1510:63: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1510:63: integer result outside the exact range"
	.balign 8
.Lstring207:	# "kernel.ts:1529:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1529:32: integer result outside the exact range"
	.balign 8
.Lstring208:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring209:	# "timer replaced: "
	.quad 16
	.ascii "timer replaced: "
	.balign 8
.Lstring210:	# "timer set: "
	.quad 11
	.ascii "timer set: "
	.balign 8
.Lstring211:	# " in "
	.quad 4
	.ascii " in "
	.balign 8
.Lstring212:	# " s"
	.quad 2
	.ascii " s"
	.balign 8
.Lstring213:	# "kernel.ts:1599:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1599:15: integer result outside the exact range"
	.balign 8
.Lstring214:	# "kernel.ts:1607:26: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1607:26: load64 value outside the exact range"
	.balign 8
.Lstring215:	# "kernel.ts:1607:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1607:66: integer result outside the exact range"
	.balign 8
.Lstring216:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring217:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring218:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring219:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring220:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring221:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring222:	# "busy with a delayed response; request ignored"
	.quad 45
	.ascii "busy with a delayed response; request ignored"
	.balign 8
.Lstring223:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring224:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring225:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring226:	# "acknowledging in "
	.quad 17
	.ascii "acknowledging in "
	.balign 8
.Lstring227:	# "acting in "
	.quad 10
	.ascii "acting in "
	.balign 8
.Lstring228:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring229:	# "timer: "
	.quad 7
	.ascii "timer: "
	.balign 8
.Lstring230:	# "response: "
	.quad 10
	.ascii "response: "
	.balign 8
.Lstring231:	# "acknowledging"
	.quad 13
	.ascii "acknowledging"
	.balign 8
.Lstring232:	# "kernel.ts:1760:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1760:26: integer result outside the exact range"
	.balign 8
.Lstring233:	# "kernel.ts:1770:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1770:29: integer result outside the exact range"
	.balign 8
.Lstring234:	# "timer fired: "
	.quad 13
	.ascii "timer fired: "
	.balign 8
.Lstring235:	# "control/sysrq"
	.quad 13
	.ascii "control/sysrq"
	.balign 8
.Lstring236:	# "sysrq: "
	.quad 7
	.ascii "sysrq: "
	.balign 8
.Lstring237:	# " (no action)"
	.quad 12
	.ascii " (no action)"
	.balign 8
.Lstring238:	# "expected now:, next:, after:, cancel, suspend-channel:, agent:, featu
	.quad 104
	.ascii "expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend: or a JSON object"
	.balign 8
.Lstring239:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring240:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring241:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring242:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring243:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring244:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring245:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring246:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring247:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring248:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring249:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring250:	# "after: expects after:<seconds>:<action>"
	.quad 39
	.ascii "after: expects after:<seconds>:<action>"
	.balign 8
.Lstring251:	# "seconds must be a whole number from 0 to 86400"
	.quad 46
	.ascii "seconds must be a whole number from 0 to 86400"
	.balign 8
.Lstring252:	# "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.quad 63
	.ascii "member \"delay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring253:	# "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.quad 66
	.ascii "member \"ackDelay\" is not a whole number of seconds from 0 to 86400"
	.balign 8
.Lstring254:	# "\"ackDelay\" needs \"when\":\"onshutdown\""
	.quad 36
	.ascii "\"ackDelay\" needs \"when\":\"onshutdown\""
	.balign 8
.Lstring255:	# "unknown suspend-channel mode"
	.quad 28
	.ascii "unknown suspend-channel mode"
	.balign 8
.Lstring256:	# "control/sysrq must be one key"
	.quad 29
	.ascii "control/sysrq must be one key"
	.balign 8
.Lstring257:	# "feature: expects feature:<name>:on|off|absent"
	.quad 45
	.ascii "feature: expects feature:<name>:on|off|absent"
	.balign 8
.Lstring258:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring259:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring260:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring261:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring262:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring263:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring264:	# "after:"
	.quad 6
	.ascii "after:"
	.balign 8
.Lstring265:	# "cancel"
	.quad 6
	.ascii "cancel"
	.balign 8
.Lstring266:	# "suspend-channel:"
	.quad 16
	.ascii "suspend-channel:"
	.balign 8
.Lstring267:	# "agent:on"
	.quad 8
	.ascii "agent:on"
	.balign 8
.Lstring268:	# "agent:off"
	.quad 9
	.ascii "agent:off"
	.balign 8
.Lstring269:	# "feature:"
	.quad 8
	.ascii "feature:"
	.balign 8
.Lstring270:	# "cant-suspend:"
	.quad 13
	.ascii "cant-suspend:"
	.balign 8
.Lstring271:	# "kernel.ts:1931:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1931:55: integer result outside the exact range"
	.balign 8
.Lstring272:	# "kernel.ts:1932:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1932:17: integer result outside the exact range"
	.balign 8
.Lstring273:	# "kernel.ts:1934:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1934:40: integer result outside the exact range"
	.balign 8
.Lstring274:	# "kernel.ts:1939:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1939:40: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:1939:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1939:58: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:1950:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1950:40: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:1950:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1950:58: integer result outside the exact range"
	.balign 8
.Lstring278:	# "kernel.ts:1967:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1967:50: integer result outside the exact range"
	.balign 8
.Lstring279:	# "kernel.ts:1967:69: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1967:69: integer result outside the exact range"
	.balign 8
.Lstring280:	# "kernel.ts:1996:21: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1996:21: integer result outside the exact range"
	.balign 8
.Lstring281:	# "kernel.ts:1998:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1998:12: integer result outside the exact range"
	.balign 8
.Lstring282:	# "kernel.ts:1998:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1998:55: integer result outside the exact range"
	.balign 8
.Lstring283:	# "kernel.ts:1999:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1999:25: integer result outside the exact range"
	.balign 8
.Lstring284:	# "kernel.ts:2001:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2001:26: integer result outside the exact range"
	.balign 8
.Lstring285:	# "kernel.ts:2011:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2011:36: integer result outside the exact range"
	.balign 8
.Lstring286:	# "override cancelled: "
	.quad 20
	.ascii "override cancelled: "
	.balign 8
.Lstring287:	# "timer cancelled: "
	.quad 17
	.ascii "timer cancelled: "
	.balign 8
.Lstring288:	# "delayed response cancelled: "
	.quad 28
	.ascii "delayed response cancelled: "
	.balign 8
.Lstring289:	# "cancel: nothing was pending"
	.quad 27
	.ascii "cancel: nothing was pending"
	.balign 8
.Lstring290:	# "cancelled"
	.quad 9
	.ascii "cancelled"
	.balign 8
.Lstring291:	# "nothing was pending"
	.quad 19
	.ascii "nothing was pending"
	.balign 8
.Lstring292:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring293:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring294:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring295:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring296:	# "command line: above the first 4 GiB, which boot.S does not map; ignor
	.quad 71
	.ascii "command line: above the first 4 GiB, which boot.S does not map; ignored"
	.balign 8
.Lstring297:	# "kernel.ts:2098:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2098:16: integer result outside the exact range"
	.balign 8
.Lstring298:	# "kernel.ts:2100:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2100:28: integer result outside the exact range"
	.balign 8
.Lstring299:	# "kernel.ts:2100:21: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2100:21: load64 value outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:2101:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2101:26: integer result outside the exact range"
	.balign 8
.Lstring301:	# "command line: "
	.quad 14
	.ascii "command line: "
	.balign 8
.Lstring302:	# "kernel.ts:2116:49: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2116:49: integer result outside the exact range"
	.balign 8
.Lstring303:	# "kernel.ts:2117:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2117:16: integer result outside the exact range"
	.balign 8
.Lstring304:	# "kernel.ts:2117:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2117:44: integer result outside the exact range"
	.balign 8
.Lstring305:	# "kernel.ts:2118:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2118:18: integer result outside the exact range"
	.balign 8
.Lstring306:	# "kernel.ts:2122:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2122:37: integer result outside the exact range"
	.balign 8
.Lstring307:	# "kernel.ts:2123:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2123:18: integer result outside the exact range"
	.balign 8
.Lstring308:	# "kernel.ts:2126:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2126:38: integer result outside the exact range"
	.balign 8
.Lstring309:	# "kernel.ts:2127:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2127:19: integer result outside the exact range"
	.balign 8
.Lstring310:	# "kernel.ts:2130:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2130:37: integer result outside the exact range"
	.balign 8
.Lstring311:	# "kernel.ts:2130:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2130:55: integer result outside the exact range"
	.balign 8
.Lstring312:	# "kernel.ts:2131:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2131:29: integer result outside the exact range"
	.balign 8
.Lstring313:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring314:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring315:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring316:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring317:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring318:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring319:	# "kernel.ts:2214:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2214:18: integer result outside the exact range"
	.balign 8
.Lstring320:	# "kernel.ts:2227:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2227:16: integer result outside the exact range"
	.balign 8
.Lstring321:	# "kernel.ts:2230:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2230:16: integer result outside the exact range"
	.balign 8
.Lstring322:	# "kernel.ts:2233:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2233:16: integer result outside the exact range"
	.balign 8
.Lstring323:	# "kernel.ts:2240:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2240:9: integer result outside the exact range"
	.balign 8
.Lstring324:	# "kernel.ts:2245:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2245:38: integer result outside the exact range"
	.balign 8
.Lstring325:	# "kernel.ts:2249:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2249:17: integer result outside the exact range"
	.balign 8
.Lstring326:	# "kernel.ts:2244:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2244:28: integer result outside the exact range"
	.balign 8
.Lstring327:	# "kernel.ts:2251:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2251:14: integer result outside the exact range"
	.balign 8
.Lstring328:	# "kernel.ts:2257:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2257:16: integer result outside the exact range"
	.balign 8
.Lstring329:	# "kernel.ts:2259:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2259:25: integer result outside the exact range"
	.balign 8
.Lstring330:	# "kernel.ts:2266:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2266:31: integer result outside the exact range"
	.balign 8
.Lstring331:	# "kernel.ts:2267:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2267:31: integer result outside the exact range"
	.balign 8
.Lstring332:	# "kernel.ts:2269:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2269:31: integer result outside the exact range"
	.balign 8
.Lstring333:	# "kernel.ts:2270:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2270:31: integer result outside the exact range"
	.balign 8
.Lstring334:	# "kernel.ts:2271:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2271:31: integer result outside the exact range"
	.balign 8
.Lstring335:	# "kernel.ts:2273:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2273:31: integer result outside the exact range"
	.balign 8
.Lstring336:	# "kernel.ts:2274:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2274:31: integer result outside the exact range"
	.balign 8
.Lstring337:	# "kernel.ts:2275:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2275:31: integer result outside the exact range"
	.balign 8
.Lstring338:	# "kernel.ts:2276:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2276:31: integer result outside the exact range"
	.balign 8
.Lstring339:	# "kernel.ts:2286:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2286:14: integer result outside the exact range"
	.balign 8
.Lstring340:	# "kernel.ts:2293:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2293:18: integer result outside the exact range"
	.balign 8
.Lstring341:	# "kernel.ts:2308:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2308:18: integer result outside the exact range"
	.balign 8
.Lstring342:	# "kernel.ts:2324:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2324:66: integer result outside the exact range"
	.balign 8
.Lstring343:	# "kernel.ts:2325:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2325:51: integer result outside the exact range"
	.balign 8
.Lstring344:	# "kernel.ts:2327:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2327:30: integer result outside the exact range"
	.balign 8
.Lstring345:	# "kernel.ts:2330:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2330:48: integer result outside the exact range"
	.balign 8
.Lstring346:	# "kernel.ts:2330:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2330:47: integer result outside the exact range"
	.balign 8
.Lstring347:	# "kernel.ts:2330:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2330:37: integer result outside the exact range"
	.balign 8
.Lstring348:	# "kernel.ts:2330:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2330:78: integer result outside the exact range"
	.balign 8
.Lstring349:	# "kernel.ts:2347:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2347:18: integer result outside the exact range"
	.balign 8
.Lstring350:	# "kernel.ts:2348:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2348:17: integer result outside the exact range"
	.balign 8
.Lstring351:	# "kernel.ts:2356:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2356:18: integer result outside the exact range"
	.balign 8
.Lstring352:	# "kernel.ts:2359:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2359:18: integer result outside the exact range"
	.balign 8
.Lstring353:	# "kernel.ts:2364:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2364:18: integer result outside the exact range"
	.balign 8
.Lstring354:	# "kernel.ts:2370:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2370:18: integer result outside the exact range"
	.balign 8
.Lstring355:	# "kernel.ts:2372:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2372:22: integer result outside the exact range"
	.balign 8
.Lstring356:	# "kernel.ts:2382:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:2382:9: integer result outside the exact range"
	.balign 8
.Lstring357:	# "kernel.ts:2385:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2385:14: integer result outside the exact range"
	.balign 8
.Lstring358:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring359:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring360:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring361:	# "kernel.ts:2401:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2401:18: integer result outside the exact range"
	.balign 8
.Lstring362:	# "kernel.ts:2404:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2404:22: integer result outside the exact range"
	.balign 8
.Lstring363:	# "kernel.ts:2417:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2417:26: integer result outside the exact range"
	.balign 8
.Lstring364:	# "kernel.ts:2419:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2419:32: integer result outside the exact range"
	.balign 8
.Lstring365:	# "kernel.ts:2424:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2424:22: integer result outside the exact range"
	.balign 8
.Lstring366:	# "kernel.ts:2471:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2471:45: integer result outside the exact range"
	.balign 8
.Lstring367:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring368:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring369:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring370:	# "delay"
	.quad 5
	.ascii "delay"
	.balign 8
.Lstring371:	# "ackDelay"
	.quad 8
	.ascii "ackDelay"
	.balign 8
.Lstring372:	# "kernel.ts:2483:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2483:15: integer result outside the exact range"
	.balign 8
.Lstring373:	# "kernel.ts:2491:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2491:14: integer result outside the exact range"
	.balign 8
.Lstring374:	# "kernel.ts:2494:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2494:18: integer result outside the exact range"
	.balign 8
.Lstring375:	# "kernel.ts:2507:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2507:22: integer result outside the exact range"
	.balign 8
.Lstring376:	# "kernel.ts:2526:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2526:22: integer result outside the exact range"
	.balign 8
.Lstring377:	# "kernel.ts:2614:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2614:27: integer result outside the exact range"
	.balign 8
.Lstring378:	# "kernel.ts:2614:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2614:17: integer result outside the exact range"
	.balign 8
.Lstring379:	# "kernel.ts:2613:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2613:32: integer result outside the exact range"
	.balign 8
.Lstring380:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring381:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring382:	# "kernel.ts:2621:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2621:34: integer result outside the exact range"
	.balign 8
.Lstring383:	# "kernel.ts:2622:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2622:40: integer result outside the exact range"
	.balign 8
.Lstring384:	# "kernel.ts:2630:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2630:28: integer result outside the exact range"
	.balign 8
.Lstring385:	# "kernel.ts:2632:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2632:30: integer result outside the exact range"
	.balign 8
.Lstring386:	# "kernel.ts:2632:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2632:17: integer result outside the exact range"
	.balign 8
.Lstring387:	# "kernel.ts:2632:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2632:65: integer result outside the exact range"
	.balign 8
.Lstring388:	# "kernel.ts:2632:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2632:55: integer result outside the exact range"
	.balign 8
.Lstring389:	# "kernel.ts:2631:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2631:41: integer result outside the exact range"
	.balign 8
.Lstring390:	# "kernel.ts:2635:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2635:33: integer result outside the exact range"
	.balign 8
.Lstring391:	# "kernel.ts:2635:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2635:17: integer result outside the exact range"
	.balign 8
.Lstring392:	# "kernel.ts:2635:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2635:71: integer result outside the exact range"
	.balign 8
.Lstring393:	# "kernel.ts:2635:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2635:58: integer result outside the exact range"
	.balign 8
.Lstring394:	# "kernel.ts:2634:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2634:47: integer result outside the exact range"
	.balign 8
.Lstring395:	# "kernel.ts:2637:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2637:13: integer result outside the exact range"
	.balign 8
.Lstring396:	# "kernel.ts:2639:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2639:13: integer result outside the exact range"
	.balign 8
.Lstring397:	# "kernel.ts:2662:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2662:13: integer result outside the exact range"
	.balign 8
.Lstring398:	# "kernel.ts:2663:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2663:13: integer result outside the exact range"
	.balign 8
.Lstring399:	# "kernel.ts:2672:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2672:13: integer result outside the exact range"
	.balign 8
.Lstring400:	# "kernel.ts:2673:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2673:13: integer result outside the exact range"
	.balign 8
.Lstring401:	# "resume: Xen gave no value for "
	.quad 30
	.ascii "resume: Xen gave no value for "
	.balign 8
.Lstring402:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring403:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring404:	# "running"
	.quad 7
	.ascii "running"
	.balign 8
.Lstring405:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring406:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring407:	# "kernel.ts:2716:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2716:23: integer result outside the exact range"
	.balign 8
.Lstring408:	# "kernel.ts:2723:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2723:23: integer result outside the exact range"
	.balign 8
.Lstring409:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring410:	# "kernel.ts:2743:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2743:12: integer result outside the exact range"
	.balign 8
.Lstring411:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring412:	# "on"
	.quad 2
	.ascii "on"
	.balign 8
.Lstring413:	# "off"
	.quad 3
	.ascii "off"
	.balign 8
.Lstring414:	# "suspend channel: "
	.quad 17
	.ascii "suspend channel: "
	.balign 8
.Lstring415:	# "suspend channel: none offered"
	.quad 29
	.ascii "suspend channel: none offered"
	.balign 8
.Lstring416:	# "device/suspend/event-channel"
	.quad 28
	.ascii "device/suspend/event-channel"
	.balign 8
.Lstring417:	# "suspend channel: cannot empty "
	.quad 30
	.ascii "suspend channel: cannot empty "
	.balign 8
.Lstring418:	# "suspend channel: withdrawn"
	.quad 26
	.ascii "suspend channel: withdrawn"
	.balign 8
.Lstring419:	# "suspend channel: notifications obeyed"
	.quad 37
	.ascii "suspend channel: notifications obeyed"
	.balign 8
.Lstring420:	# "suspend channel: notifications ignored"
	.quad 38
	.ascii "suspend channel: notifications ignored"
	.balign 8
.Lstring421:	# "suspend channel: cannot offer: error "
	.quad 37
	.ascii "suspend channel: cannot offer: error "
	.balign 8
.Lstring422:	# "suspend channel: cannot offer: "
	.quad 31
	.ascii "suspend channel: cannot offer: "
	.balign 8
.Lstring423:	# "suspend channel: port "
	.quad 22
	.ascii "suspend channel: port "
	.balign 8
.Lstring424:	# " offered"
	.quad 8
	.ascii " offered"
	.balign 8
.Lstring425:	# " (notifications ignored)"
	.quad 24
	.ascii " (notifications ignored)"
	.balign 8
.Lstring426:	# "suspend channel: notification ignored"
	.quad 37
	.ascii "suspend channel: notification ignored"
	.balign 8
.Lstring427:	# "suspend channel: notified"
	.quad 25
	.ascii "suspend channel: notified"
	.balign 8
.Lstring428:	# "hung"
	.quad 4
	.ascii "hung"
	.balign 8
.Lstring429:	# "acting"
	.quad 6
	.ascii "acting"
	.balign 8
.Lstring430:	# "watchdog: SCHEDOP_watchdog failed: error "
	.quad 41
	.ascii "watchdog: SCHEDOP_watchdog failed: error "
	.balign 8
.Lstring431:	# "watchdog armed: 1 s, never fed"
	.quad 30
	.ascii "watchdog armed: 1 s, never fed"
	.balign 8
.Lstring432:	# "kernel.ts:2975:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2975:13: integer result outside the exact range"
	.balign 8
.Lstring433:	# "kernel.ts:3044:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3044:16: integer result outside the exact range"
	.balign 8
.Lstring434:	# "kernel.ts:3045:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3045:24: integer result outside the exact range"
	.balign 8
.Lstring435:	# "kernel.ts:3051:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3051:26: charCodeAt index out of range"
	.balign 8
.Lstring436:	# "kernel.ts:3050:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3050:38: integer result outside the exact range"
	.balign 8
.Lstring437:	# "\\u00"
	.quad 4
	.ascii "\\u00"
	.balign 8
.Lstring438:	# "0123456789abcdef"
	.quad 16
	.ascii "0123456789abcdef"
	.balign 8
.Lstring439:	# "kernel.ts:3067:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3067:26: charCodeAt index out of range"
	.balign 8
.Lstring440:	# "kernel.ts:3068:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3068:26: charCodeAt index out of range"
	.balign 8
.Lstring441:	# "kernel.ts:3075:39: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3075:39: integer result outside the exact range"
	.balign 8
.Lstring442:	# "kernel.ts:3074:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3074:33: integer result outside the exact range"
	.balign 8
.Lstring443:	# "kernel.ts:3083:33: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3083:33: charCodeAt index out of range"
	.balign 8
.Lstring444:	# "kernel.ts:3082:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3082:38: integer result outside the exact range"
	.balign 8
.Lstring445:	# "kernel.ts:3089:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:3089:9: integer result outside the exact range"
	.balign 8
.Lstring446:	# "kernel.ts:3090:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3090:56: integer result outside the exact range"
	.balign 8
.Lstring447:	# "kernel.ts:3090:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3090:24: integer result outside the exact range"
	.balign 8
.Lstring448:	# "kernel.ts:3113:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3113:48: integer result outside the exact range"
	.balign 8
.Lstring449:	# "kernel.ts:3114:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3114:18: integer result outside the exact range"
	.balign 8
.Lstring450:	# "{\"version\":"
	.quad 11
	.ascii "{\"version\":"
	.balign 8
.Lstring451:	# ",\"mode\":"
	.quad 8
	.ascii ",\"mode\":"
	.balign 8
.Lstring452:	# "pvh"
	.quad 3
	.ascii "pvh"
	.balign 8
.Lstring453:	# "pv"
	.quad 2
	.ascii "pv"
	.balign 8
.Lstring454:	# ",\"state\":"
	.quad 9
	.ascii ",\"state\":"
	.balign 8
.Lstring455:	# ",\"override\":"
	.quad 12
	.ascii ",\"override\":"
	.balign 8
.Lstring456:	# ",\"timer\":"
	.quad 9
	.ascii ",\"timer\":"
	.balign 8
.Lstring457:	# ",\"response\":"
	.quad 12
	.ascii ",\"response\":"
	.balign 8
.Lstring458:	# ",\"suspendChannel\":"
	.quad 18
	.ascii ",\"suspendChannel\":"
	.balign 8
.Lstring459:	# ",\"agent\":true"
	.quad 13
	.ascii ",\"agent\":true"
	.balign 8
.Lstring460:	# ",\"agent\":false"
	.quad 14
	.ascii ",\"agent\":false"
	.balign 8
.Lstring461:	# ",\"resumes\":"
	.quad 11
	.ascii ",\"resumes\":"
	.balign 8
.Lstring462:	# ",\"commands\":"
	.quad 12
	.ascii ",\"commands\":"
	.balign 8
.Lstring463:	# ",\"last\":"
	.quad 8
	.ascii ",\"last\":"
	.balign 8
.Lstring464:	# "..."
	.quad 3
	.ascii "..."
	.balign 8
.Lstring465:	# ",\"result\":"
	.quad 10
	.ascii ",\"result\":"
	.balign 8
.Lstring466:	# "data/test-vm/status"
	.quad 19
	.ascii "data/test-vm/status"
	.balign 8
.Lstring467:	# "status: cannot write "
	.quad 21
	.ascii "status: cannot write "
	.balign 8
.Lstring468:	# "kernel.ts:3156:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3156:43: integer result outside the exact range"
	.balign 8
.Lstring469:	# "kernel.ts:3155:36: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3155:36: integer result outside the exact range"
	.balign 8
.Lstring470:	# "kernel.ts:3187:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3187:20: integer result outside the exact range"
	.balign 8
.Lstring471:	# "kernel.ts:3196:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3196:16: integer result outside the exact range"
	.balign 8
.Lstring472:	# "kernel.ts:3197:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3197:24: integer result outside the exact range"
	.balign 8
.Lstring473:	# "kernel.ts:3203:26: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3203:26: charCodeAt index out of range"
	.balign 8
.Lstring474:	# "kernel.ts:3202:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3202:38: integer result outside the exact range"
	.balign 8
.Lstring475:	# "kernel.ts:3209:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3209:32: integer result outside the exact range"
	.balign 8
.Lstring476:	# "kernel.ts:3208:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3208:33: integer result outside the exact range"
	.balign 8
.Lstring477:	# "agent: cannot write "
	.quad 20
	.ascii "agent: cannot write "
	.balign 8
.Lstring478:	# "kernel.ts:3245:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3245:19: integer result outside the exact range"
	.balign 8
.Lstring479:	# "kernel.ts:3246:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3246:20: integer result outside the exact range"
	.balign 8
.Lstring480:	# "kernel.ts:3244:52: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3244:52: integer result outside the exact range"
	.balign 8
.Lstring481:	# "kernel.ts:3250:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3250:12: integer result outside the exact range"
	.balign 8
.Lstring482:	# "kernel.ts:3250:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3250:46: integer result outside the exact range"
	.balign 8
.Lstring483:	# "kernel.ts:3251:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3251:15: integer result outside the exact range"
	.balign 8
.Lstring484:	# "kernel.ts:3252:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3252:22: integer result outside the exact range"
	.balign 8
.Lstring485:	# "kernel.ts:3254:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3254:27: integer result outside the exact range"
	.balign 8
.Lstring486:	# "kernel.ts:3263:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3263:34: integer result outside the exact range"
	.balign 8
.Lstring487:	# "kernel.ts:3263:27: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3263:27: load64 value outside the exact range"
	.balign 8
.Lstring488:	# "kernel.ts:3264:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3264:20: integer result outside the exact range"
	.balign 8
.Lstring489:	# "kernel.ts:3264:13: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3264:13: load64 value outside the exact range"
	.balign 8
.Lstring490:	# "kernel.ts:3263:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3263:16: integer result outside the exact range"
	.balign 8
.Lstring491:	# "data/meminfo_total"
	.quad 18
	.ascii "data/meminfo_total"
	.balign 8
.Lstring492:	# "data/meminfo_free"
	.quad 17
	.ascii "data/meminfo_free"
	.balign 8
.Lstring493:	# "data/updated"
	.quad 12
	.ascii "data/updated"
	.balign 8
.Lstring494:	# "kernel.ts:3278:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3278:41: integer result outside the exact range"
	.balign 8
.Lstring495:	# "kernel.ts:3279:45: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3279:45: integer result outside the exact range"
	.balign 8
.Lstring496:	# "kernel.ts:3280:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3280:44: integer result outside the exact range"
	.balign 8
.Lstring497:	# "attr/PVAddons/MajorVersion"
	.quad 26
	.ascii "attr/PVAddons/MajorVersion"
	.balign 8
.Lstring498:	# "attr/PVAddons/MinorVersion"
	.quad 26
	.ascii "attr/PVAddons/MinorVersion"
	.balign 8
.Lstring499:	# "attr/PVAddons/MicroVersion"
	.quad 26
	.ascii "attr/PVAddons/MicroVersion"
	.balign 8
.Lstring500:	# "0"
	.quad 1
	.ascii "0"
	.balign 8
.Lstring501:	# "attr/PVAddons/BuildVersion"
	.quad 26
	.ascii "attr/PVAddons/BuildVersion"
	.balign 8
.Lstring502:	# "attr/PVAddons/Installed"
	.quad 23
	.ascii "attr/PVAddons/Installed"
	.balign 8
.Lstring503:	# "data/os_uname"
	.quad 13
	.ascii "data/os_uname"
	.balign 8
.Lstring504:	# "xen-test-vm"
	.quad 11
	.ascii "xen-test-vm"
	.balign 8
.Lstring505:	# "data/os_distro"
	.quad 14
	.ascii "data/os_distro"
	.balign 8
.Lstring506:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring507:	# "data/os_name"
	.quad 12
	.ascii "data/os_name"
	.balign 8
.Lstring508:	# "kernel.ts:3297:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3297:16: integer result outside the exact range"
	.balign 8
.Lstring509:	# "kernel.ts:3297:32: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3297:32: charCodeAt index out of range"
	.balign 8
.Lstring510:	# "kernel.ts:3296:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3296:40: integer result outside the exact range"
	.balign 8
.Lstring511:	# "kernel.ts:3299:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3299:15: integer result outside the exact range"
	.balign 8
.Lstring512:	# "kernel.ts:3300:44: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3300:44: integer result outside the exact range"
	.balign 8
.Lstring513:	# "agent: cannot remove "
	.quad 21
	.ascii "agent: cannot remove "
	.balign 8
.Lstring514:	# "agent: on"
	.quad 9
	.ascii "agent: on"
	.balign 8
.Lstring515:	# "attr/PVAddons"
	.quad 13
	.ascii "attr/PVAddons"
	.balign 8
.Lstring516:	# "agent: off"
	.quad 10
	.ascii "agent: off"
	.balign 8
.Lstring517:	# "kernel.ts:3335:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3335:32: integer result outside the exact range"
	.balign 8
.Lstring518:	# "absent"
	.quad 6
	.ascii "absent"
	.balign 8
.Lstring519:	# "control/feature-"
	.quad 16
	.ascii "control/feature-"
	.balign 8
.Lstring520:	# ": cannot write: "
	.quad 16
	.ascii ": cannot write: "
	.balign 8
.Lstring521:	# "removed"
	.quad 7
	.ascii "removed"
	.balign 8
.Lstring522:	# "kernel.ts:3353:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3353:18: integer result outside the exact range"
	.balign 8
.Lstring523:	# "kernel.ts:3355:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3355:12: integer result outside the exact range"
	.balign 8
.Lstring524:	# "kernel.ts:3355:70: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3355:70: integer result outside the exact range"
	.balign 8
.Lstring525:	# "kernel.ts:3356:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3356:22: integer result outside the exact range"
	.balign 8
.Lstring526:	# "kernel.ts:3358:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3358:20: integer result outside the exact range"
	.balign 8
.Lstring527:	# "kernel.ts:3360:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3360:15: integer result outside the exact range"
	.balign 8
.Lstring528:	# "kernel.ts:3364:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3364:18: integer result outside the exact range"
	.balign 8
.Lstring529:	# "kernel.ts:3365:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3365:24: integer result outside the exact range"
	.balign 8
.Lstring530:	# "kernel.ts:3376:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3376:16: integer result outside the exact range"
	.balign 8
.Lstring531:	# "kernel.ts:3376:33: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3376:33: charCodeAt index out of range"
	.balign 8
.Lstring532:	# "kernel.ts:3375:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3375:48: integer result outside the exact range"
	.balign 8
.Lstring533:	# "kernel.ts:3378:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3378:15: integer result outside the exact range"
	.balign 8
.Lstring534:	# "kernel.ts:3379:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3379:24: integer result outside the exact range"
	.balign 8
.Lstring535:	# "kernel.ts:3382:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3382:19: integer result outside the exact range"
	.balign 8
.Lstring536:	# "kernel.ts:3383:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3383:25: integer result outside the exact range"
	.balign 8
.Lstring537:	# "data/cant_suspend_reason"
	.quad 24
	.ascii "data/cant_suspend_reason"
	.balign 8
.Lstring538:	# "cant-suspend: cannot write: "
	.quad 28
	.ascii "cant-suspend: cannot write: "
	.balign 8
.Lstring539:	# "cant-suspend: set"
	.quad 17
	.ascii "cant-suspend: set"
	.balign 8
.Lstring540:	# "cant-suspend: removed"
	.quad 21
	.ascii "cant-suspend: removed"
	.balign 8
.Lstring541:	# "kernel.ts:3402:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3402:24: integer result outside the exact range"
	.balign 8
.Lstring542:	# "kernel.ts:3404:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3404:48: integer result outside the exact range"
	.balign 8
.Lstring543:	# "xen-test-vm: PVH boot: Xen did not fill the hypercall page\n"
	.quad 59
	.ascii "xen-test-vm: PVH boot: Xen did not fill the hypercall page\012"
	.balign 8
.Lstring544:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring545:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring546:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring547:	# "kernel.ts:3465:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3465:25: integer result outside the exact range"
	.balign 8
.Lstring548:	# "kernel.ts:3478:24: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:3478:24: charCodeAt index out of range"
	.balign 8
.Lstring549:	# "kernel.ts:3477:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3477:38: integer result outside the exact range"
	.balign 8
.Lstring550:	# "xen-test-vm: PVH boot: "
	.quad 23
	.ascii "xen-test-vm: PVH boot: "
	.balign 8
.Lstring551:	# "; crashing\n"
	.quad 11
	.ascii "; crashing\012"
	.balign 8
.Lstring552:	# "; crashing"
	.quad 10
	.ascii "; crashing"
	.balign 8
.Lstring553:	# "kernel.ts:3504:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3504:26: integer result outside the exact range"
	.balign 8
.Lstring554:	# "kernel.ts:3504:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:3504:19: load64 value outside the exact range"
	.balign 8
.Lstring555:	# "hvm_start_info has the wrong magic number"
	.quad 41
	.ascii "hvm_start_info has the wrong magic number"
	.balign 8
.Lstring556:	# "Xen gave no value for "
	.quad 22
	.ascii "Xen gave no value for "
	.balign 8
.Lstring557:	# "kernel.ts:3516:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3516:16: integer result outside the exact range"
	.balign 8
.Lstring558:	# "kernel.ts:3528:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3528:28: integer result outside the exact range"
	.balign 8
.Lstring559:	# "kernel.ts:3527:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3527:32: integer result outside the exact range"
	.balign 8
.Lstring560:	# " PVH"
	.quad 4
	.ascii " PVH"
	.balign 8
.Lstring561:	# " PV"
	.quad 3
	.ascii " PV"
	.balign 8
.Lstring562:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring563:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring564:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring565:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring566:	# "kernel.ts:3559:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3559:16: integer result outside the exact range"
	.balign 8
.Lstring567:	# "kernel.ts:3558:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3558:56: integer result outside the exact range"
	.balign 8
.Lstring568:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring569:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring570:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring571:	# "kernel.ts:3568:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3568:17: integer result outside the exact range"
	.balign 8
.Lstring572:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring573:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring574:	# "kernel.ts:3619:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:3619:25: integer result outside the exact range"
	.balign 8
.Lstring575:	# "booting"
	.quad 7
	.ascii "booting"
	.balign 8
.Lstring576:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring577:	# "trap: "
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
	.type var.statusLength,@object
	.size var.statusLength, 8
var.statusLength:
	.quad 0	# let statusLength = 0
	.balign 8
	.type var.statusState,@object
	.size var.statusState, 8
var.statusState:
	.quad .Lstring575	# let statusState = "booting"
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

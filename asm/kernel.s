# kernel.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "kernel.ts"
	.file 1 "kernel.ts"
	.text

# function machineFrameOf(virtualAddress)
	.type fn.machineFrameOf,@function
fn.machineFrameOf:
	.loc 1 116 1
	# machineFrameOf: function machineFrameOf(virtualAddress: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	.loc 1 117 5
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
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:117:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:117:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_4:
	leaq .Lstring2(%rip), %rdi	# trap: kernel.ts:117:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.machineFrameOf, .-fn.machineFrameOf

# function virtualAddressOfFrame(mfn)
	.type fn.virtualAddressOfFrame,@function
fn.virtualAddressOfFrame:
	.loc 1 122 1
	# virtualAddressOfFrame: function virtualAddressOfFrame(mfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mfn
	.loc 1 123 5
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
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:123:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
	leaq .Lstring4(%rip), %rdi	# trap: kernel.ts:123:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.virtualAddressOfFrame, .-fn.virtualAddressOfFrame

# function shutdownForever(reason)
	.type fn.shutdownForever,@function
fn.shutdownForever:
	.loc 1 163 1
	# shutdownForever: function shutdownForever(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 164 5
	# shutdownForever: while (true) {
.Lwhile_9:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_10
	.loc 1 165 9
	# shutdownForever: store32(hypercallArguments, reason);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# reason
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 166 9
	# shutdownForever: hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArguments, 0...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	jmp .Lwhile_9
.Lendwhile_10:
.Lreturn_8:
	leave
	ret
	.size fn.shutdownForever, .-fn.shutdownForever

# function yieldCpu()
	.type fn.yieldCpu,@function
fn.yieldCpu:
	.loc 1 170 1
	# yieldCpu: function yieldCpu(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 171 5
	# yieldCpu: hypercall(HYPERCALL_SCHED_OP, SCHEDOP_YIELD, 0, 0, 0, 0);
	movq $0, %rdi	# SCHEDOP_YIELD
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_11:
	leave
	ret
	.size fn.yieldCpu, .-fn.yieldCpu

# function notifyPort(port)
	.type fn.notifyPort,@function
fn.notifyPort:
	.loc 1 175 1
	# notifyPort: function notifyPort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 176 5
	# notifyPort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 177 5
	# notifyPort: hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_SEND, hypercallArgumen...
	movq $4, %rdi	# EVTCHNOP_SEND
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1024
.Lreturn_12:
	leave
	ret
	.size fn.notifyPort, .-fn.notifyPort

# function pollPort(port, deadlineHigh, deadlineLow)
	.type fn.pollPort,@function
fn.pollPort:
	.loc 1 185 1
	# pollPort: function pollPort(port: number, deadlineHigh: number, deadlineLow: nu...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter deadlineHigh
	movq %rdx, -24(%rbp)	# parameter deadlineLow
	.loc 1 186 5
	# pollPort: store32(pollPortList, port);
	leaq buf.pollPortList(%rip), %rdi	# pollPortList
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 187 5
	# pollPort: store64(hypercallArguments, pollPortList);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 188 5
	# pollPort: store32(hypercallArguments + 8, 1);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_14
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_14
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_14
	movq %rax, %rdi
	movq $1, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 189 5
	# pollPort: store32(hypercallArguments + 16, deadlineLow);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_15
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_15
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_15
	movq %rax, %rdi
	movq -24(%rbp), %rax	# deadlineLow
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 190 5
	# pollPort: store32(hypercallArguments + 20, deadlineHigh);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $20, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_16
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_16
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_16
	movq %rax, %rdi
	movq -16(%rbp), %rax	# deadlineHigh
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 191 5
	# pollPort: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_POLL, hypercallArguments...
	movq $3, %rdi	# SCHEDOP_POLL
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_13:
	leave
	ret
.Ltrap_14:
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:188:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:189:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_16:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:190:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pollPort, .-fn.pollPort

# function mapPage(virtualAddress, machineAddress)
	.type fn.mapPage,@function
fn.mapPage:
	.loc 1 194 1
	# mapPage: function mapPage(virtualAddress: number, machineAddress: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	movq %rsi, -16(%rbp)	# parameter machineAddress
	.loc 1 195 5
	# mapPage: return hypercall(HYPERCALL_UPDATE_VA_MAPPING, virtualAddress,
	movq -8(%rbp), %rax	# virtualAddress
	pushq %rax
	movq -16(%rbp), %rax	# machineAddress
	movq $3, %rdi	# PTE_PRESENT_WRITABLE
	addq %rdi, %rax	# +
	jo .Ltrap_18
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_18
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_18
	movq %rax, %rsi
	popq %rdi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
.Lreturn_17:
	leave
	ret
.Ltrap_18:
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:196:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapPage, .-fn.mapPage

# function mapSharedInfo()
	.type fn.mapSharedInfo,@function
fn.mapSharedInfo:
	.loc 1 217 1
	# mapSharedInfo: function mapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 218 5
	# mapSharedInfo: const result = mapPage(sharedInfoPage, load64(startInfo + START_INFO_...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	movq $40, %rdi	# START_INFO_SHARED_INFO
	addq %rdi, %rax	# +
	jo .Ltrap_20
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_20
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_20
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_21
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_21
	movq %rax, %rsi
	popq %rdi
	call fn.mapPage
	movq %rax, -8(%rbp)	# result
	.loc 1 219 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_22
	.loc 1 220 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_22:
	.loc 1 222 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_19:
	leave
	ret
.Ltrap_20:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:218:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_21:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:218:44: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapSharedInfo, .-fn.mapSharedInfo

# function portPending(port)
	.type fn.portPending,@function
fn.portPending:
	.loc 1 246 1
	# portPending: function portPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 247 5
	# portPending: return testAndClearBit(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING, p...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_24
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_24
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_24
	movq %rax, %rdi
	movq -8(%rbp), %rax	# port
	lock btrq %rax, (%rdi)	# testAndClearBit: atomically clear the bit, old value in CF
	setc %al
	movzbl %al, %eax
.Lreturn_23:
	leave
	ret
.Ltrap_24:
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:247:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portPending, .-fn.portPending

# function portStillPending(port)
	.type fn.portStillPending,@function
fn.portStillPending:
	.loc 1 251 1
	# portStillPending: function portStillPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 252 5
	# portStillPending: const byte = load8(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING + (por...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_26
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_26
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_26
	pushq %rax
	movq -8(%rbp), %rax	# port
	movq $3, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_26
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_26
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_26
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 253 5
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
.Lreturn_25:
	leave
	ret
.Ltrap_26:
	leaq .Lstring12(%rip), %rdi	# trap: kernel.ts:252:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portStillPending, .-fn.portStillPending

# function waitOnPort(port)
	.type fn.waitOnPort,@function
fn.waitOnPort:
	.loc 1 259 1
	# waitOnPort: function waitOnPort(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 263 5
	# waitOnPort: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_28
	.loc 1 264 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 265 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_28:
	.loc 1 270 5
	# waitOnPort: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_29
	.loc 1 271 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_29:
	.loc 1 273 5
	# waitOnPort: if (pollPort(port, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq var.tickDeadlineHigh(%rip), %rsi	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rdx	# tickDeadlineLow
	call fn.pollPort
	cmpq $0, %rax	# compare with 0
	jge .Lelse_30
	.loc 1 274 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 275 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_30:
	.loc 1 280 5
	# waitOnPort: if (portStillPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portStillPending
	testq %rax, %rax
	je .Lelse_31
	.loc 1 281 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_31:
	.loc 1 284 5
	# waitOnPort: ticksOwed = ticksOwed + 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_32
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_32
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_32
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 285 5
	# waitOnPort: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 286 5
	# waitOnPort: return true;
	movq $1, %rax	# true
.Lreturn_27:
	leave
	ret
.Ltrap_32:
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:284:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.waitOnPort, .-fn.waitOnPort

# function readSystemTime()
	.type fn.readSystemTime,@function
fn.readSystemTime:
	.loc 1 318 1
	# readSystemTime: function readSystemTime(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 319 5
	# readSystemTime: while (true) {
.Lwhile_34:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_35
	.loc 1 320 9
	# readSystemTime: const version = load32(sharedInfoPage + VCPU0_TIME_VERSION);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_36
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_36
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_36
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# version
	.loc 1 321 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 322 9
	# readSystemTime: systemTimeLow = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $48, %rdi	# VCPU0_TIME_SYSTEM_TIME
	addq %rdi, %rax	# +
	jo .Ltrap_37
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_37
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_37
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeLow(%rip)	# systemTimeLow =
	.loc 1 323 9
	# readSystemTime: systemTimeHigh = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME + 4);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $48, %rdi	# VCPU0_TIME_SYSTEM_TIME
	addq %rdi, %rax	# +
	jo .Ltrap_38
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_38
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_38
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_38
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_38
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_38
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeHigh(%rip)	# systemTimeHigh =
	.loc 1 324 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 325 9
	# readSystemTime: if ((version & 1) === 0 && load32(sharedInfoPage + VCPU0_TIME_VERSION...
	movq -8(%rbp), %rax	# version
	movq $1, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_39
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_40
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_40
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_40
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# version
	cmpq %rdi, %rax
	jne .Lelse_39
	.loc 1 326 13
	# readSystemTime: return;
	jmp .Lreturn_33
.Lelse_39:
	jmp .Lwhile_34
.Lendwhile_35:
.Lreturn_33:
	leave
	ret
.Ltrap_36:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:320:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_37:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:322:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_38:
	leaq .Lstring16(%rip), %rdi	# trap: kernel.ts:323:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_40:
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:325:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readSystemTime, .-fn.readSystemTime

# function setTickDeadlineAfterSystemTime(nanoseconds)
	.type fn.setTickDeadlineAfterSystemTime,@function
fn.setTickDeadlineAfterSystemTime:
	.loc 1 332 1
	# setTickDeadlineAfterSystemTime: function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 333 5
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = systemTimeHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
	.loc 1 334 5
	# setTickDeadlineAfterSystemTime: tickDeadlineLow = systemTimeLow + nanoseconds;
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq -8(%rbp), %rdi	# nanoseconds
	addq %rdi, %rax	# +
	jo .Ltrap_42
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_42
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_42
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 335 5
	# setTickDeadlineAfterSystemTime: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_43
	.loc 1 336 9
	# setTickDeadlineAfterSystemTime: tickDeadlineLow = tickDeadlineLow - UINT32_MODULUS;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	subq %rdi, %rax	# -
	jo .Ltrap_44
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_44
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_44
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 337 9
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = tickDeadlineHigh + 1;
	movq var.tickDeadlineHigh(%rip), %rax	# tickDeadlineHigh
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_45
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_45
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_45
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
.Lelse_43:
.Lreturn_41:
	leave
	ret
.Ltrap_42:
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:334:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_44:
	leaq .Lstring19(%rip), %rdi	# trap: kernel.ts:336:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_45:
	leaq .Lstring20(%rip), %rdi	# trap: kernel.ts:337:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.setTickDeadlineAfterSystemTime, .-fn.setTickDeadlineAfterSystemTime

# function startTicking()
	.type fn.startTicking,@function
fn.startTicking:
	.loc 1 341 1
	# startTicking: function startTicking(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 342 5
	# startTicking: readSystemTime();
	call fn.readSystemTime
	.loc 1 343 5
	# startTicking: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lreturn_46:
	leave
	ret
	.size fn.startTicking, .-fn.startTicking

# function advanceTickDeadline()
	.type fn.advanceTickDeadline,@function
fn.advanceTickDeadline:
	.loc 1 346 1
	# advanceTickDeadline: function advanceTickDeadline(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 347 5
	# advanceTickDeadline: tickDeadlineLow = tickDeadlineLow + TICK_PERIOD_NS;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	addq %rdi, %rax	# +
	jo .Ltrap_48
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_48
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_48
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 348 5
	# advanceTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_49
	.loc 1 349 9
	# advanceTickDeadline: tickDeadlineLow = tickDeadlineLow - UINT32_MODULUS;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	subq %rdi, %rax	# -
	jo .Ltrap_50
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_50
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_50
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 350 9
	# advanceTickDeadline: tickDeadlineHigh = tickDeadlineHigh + 1;
	movq var.tickDeadlineHigh(%rip), %rax	# tickDeadlineHigh
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_51
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_51
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_51
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
.Lelse_49:
	.loc 1 354 5
	# advanceTickDeadline: readSystemTime();
	call fn.readSystemTime
	.loc 1 355 5
	# advanceTickDeadline: const behindHigh = systemTimeHigh - tickDeadlineHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq var.tickDeadlineHigh(%rip), %rdi	# tickDeadlineHigh
	subq %rdi, %rax	# -
	jo .Ltrap_52
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_52
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_52
	movq %rax, -8(%rbp)	# behindHigh
	.loc 1 356 5
	# advanceTickDeadline: if (behindHigh > 1 || (behindHigh >= 0 &&
	movq -8(%rbp), %rax	# behindHigh
	cmpq $1, %rax	# compare with 1
	jg .Lskip_54
	movq -8(%rbp), %rax	# behindHigh
	cmpq $0, %rax	# compare with 0
	jl .Lelse_53
	movq -8(%rbp), %rax	# behindHigh
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	imulq %rdi, %rax	# *
	jo .Ltrap_55
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_55
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_55
	pushq %rax
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq var.tickDeadlineLow(%rip), %rdi	# tickDeadlineLow
	subq %rdi, %rax	# -
	jo .Ltrap_56
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_56
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_56
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_55
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_55
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_55
	cmpq $1000000000, %rax	# compare with TICK_PERIOD_NS
	jle .Lelse_53
.Lskip_54:
	.loc 1 358 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_53:
.Lreturn_47:
	leave
	ret
.Ltrap_48:
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:347:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_50:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:349:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_51:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:350:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_52:
	leaq .Lstring24(%rip), %rdi	# trap: kernel.ts:355:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_55:
	leaq .Lstring25(%rip), %rdi	# trap: kernel.ts:357:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_56:
	leaq .Lstring26(%rip), %rdi	# trap: kernel.ts:357:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.advanceTickDeadline, .-fn.advanceTickDeadline

# function consoleBytesQueued()
	.type fn.consoleBytesQueued,@function
fn.consoleBytesQueued:
	.loc 1 388 1
	# consoleBytesQueued: function consoleBytesQueued(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 389 5
	# consoleBytesQueued: const consumer = load32(consoleRing + CONSOLE_OUT_CONS);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3080, %rdi	# CONSOLE_OUT_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_58
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_58
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_58
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 390 5
	# consoleBytesQueued: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_59
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_59
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_59
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 391 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 392 5
	# consoleBytesQueued: const queued = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_60
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_60
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_60
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# queued
	.loc 1 393 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_61
	.loc 1 394 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_57
.Lelse_61:
	.loc 1 396 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_57:
	leave
	ret
.Ltrap_58:
	leaq .Lstring27(%rip), %rdi	# trap: kernel.ts:389:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_59:
	leaq .Lstring28(%rip), %rdi	# trap: kernel.ts:390:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_60:
	leaq .Lstring29(%rip), %rdi	# trap: kernel.ts:392:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleBytesQueued, .-fn.consoleBytesQueued

# function consolePutRaw(byte)
	.type fn.consolePutRaw,@function
fn.consolePutRaw:
	.loc 1 403 1
	# consolePutRaw: function consolePutRaw(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 404 5
	# consolePutRaw: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_63
	.loc 1 405 9
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_63:
	.loc 1 407 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 408 5
	# consolePutRaw: while (true) {
.Lwhile_64:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_65
	.loc 1 409 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 410 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_66
	.loc 1 411 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_67
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_67
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_67
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 412 13
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_66:
	.loc 1 414 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_68
	.loc 1 415 13
	# consolePutRaw: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_69
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_69
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_69
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# producer
	.loc 1 416 13
	# consolePutRaw: store8(consoleRing + CONSOLE_OUT + (producer & (CONSOLE_OUT_SIZE - 1)...
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $1024, %rdi	# CONSOLE_OUT
	addq %rdi, %rax	# +
	jo .Ltrap_70
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_70
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_70
	pushq %rax
	movq -32(%rbp), %rax	# producer
	pushq %rax
	movq $2048, %rax	# CONSOLE_OUT_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_71
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_71
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_71
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_70
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_70
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_70
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 417 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 418 13
	# consolePutRaw: store32(consoleRing + CONSOLE_OUT_PROD, (producer + 1) >>> 0);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_72
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_72
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_72
	pushq %rax
	movq -32(%rbp), %rax	# producer
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_73
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_73
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_73
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 419 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 420 13
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_68:
	.loc 1 422 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_75
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_74
.Lskip_75:
	.loc 1 423 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_76
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_76
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_76
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 424 13
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_74:
	.loc 1 426 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 427 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_77
	.loc 1 428 13
	# consolePutRaw: stallTicks = stallTicks + 1;
	movq -16(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_78
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_78
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_78
	movq %rax, -16(%rbp)	# stallTicks =
	.loc 1 429 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_79
	.loc 1 430 17
	# consolePutRaw: consoleStalled = true;
	movq $1, %rax	# true
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
.Lelse_79:
.Lelse_77:
	jmp .Lwhile_64
.Lendwhile_65:
.Lreturn_62:
	leave
	ret
.Ltrap_67:
	leaq .Lstring30(%rip), %rdi	# trap: kernel.ts:411:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_69:
	leaq .Lstring31(%rip), %rdi	# trap: kernel.ts:415:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_70:
	leaq .Lstring32(%rip), %rdi	# trap: kernel.ts:416:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_71:
	leaq .Lstring33(%rip), %rdi	# trap: kernel.ts:416:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_72:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:418:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_73:
	leaq .Lstring35(%rip), %rdi	# trap: kernel.ts:418:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_76:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:423:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_78:
	leaq .Lstring37(%rip), %rdi	# trap: kernel.ts:428:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consolePutRaw, .-fn.consolePutRaw

# function consolePut(byte)
	.type fn.consolePut,@function
fn.consolePut:
	.loc 1 437 1
	# consolePut: function consolePut(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 438 5
	# consolePut: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_81
	.loc 1 439 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_81:
	.loc 1 441 5
	# consolePut: consolePutRaw(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePutRaw
.Lreturn_80:
	leave
	ret
	.size fn.consolePut, .-fn.consolePut

# function endLine()
	.type fn.endLine,@function
fn.endLine:
	.loc 1 445 1
	# endLine: function endLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 446 5
	# endLine: consolePut(10);
	movq $10, %rdi
	call fn.consolePut
	.loc 1 447 5
	# endLine: if (consoleRing !== 0 && consolePort !== 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lelse_83
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_83
	.loc 1 448 9
	# endLine: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
.Lelse_83:
.Lreturn_82:
	leave
	ret
	.size fn.endLine, .-fn.endLine

# function consoleDrain()
	.type fn.consoleDrain,@function
fn.consoleDrain:
	.loc 1 457 1
	# consoleDrain: function consoleDrain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 458 5
	# consoleDrain: if (consoleRing === 0 || consolePort === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lskip_86
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_85
.Lskip_86:
	.loc 1 459 9
	# consoleDrain: return;
	jmp .Lreturn_84
.Lelse_85:
	.loc 1 461 5
	# consoleDrain: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 462 5
	# consoleDrain: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# stallTicks
	.loc 1 463 5
	# consoleDrain: let blindWaits = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# blindWaits
	.loc 1 464 5
	# consoleDrain: while (consoleBytesQueued() > 0 && stallTicks < CONSOLE_STALL_TICKS &&
.Lwhile_87:
	call fn.consoleBytesQueued
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_88
	movq -8(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jge .Lendwhile_88
	movq -16(%rbp), %rax	# blindWaits
	cmpq $100000, %rax	# compare with CONSOLE_BLIND_WAITS
	jge .Lendwhile_88
	.loc 1 466 9
	# consoleDrain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_89
	.loc 1 467 13
	# consoleDrain: blindWaits = blindWaits + 1;
	movq -16(%rbp), %rax	# blindWaits
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_90
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_90
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_90
	movq %rax, -16(%rbp)	# blindWaits =
.Lelse_89:
	.loc 1 469 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_91
	.loc 1 470 13
	# consoleDrain: stallTicks = stallTicks + 1;
	movq -8(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_92
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_92
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_92
	movq %rax, -8(%rbp)	# stallTicks =
.Lelse_91:
	jmp .Lwhile_87
.Lendwhile_88:
.Lreturn_84:
	leave
	ret
.Ltrap_90:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:467:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_92:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:470:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleDrain, .-fn.consoleDrain

# function print(text)
	.type fn.print,@function
fn.print:
	.loc 1 486 1
	# print: function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 487 5
	# print: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_94:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_96
	.loc 1 488 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_97
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_95:
	.loc 1 487 38
	# print: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_98
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_98
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_94
.Lendfor_96:
.Lreturn_93:
	leave
	ret
.Ltrap_97:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:488:20: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_98:
	leaq .Lstring41(%rip), %rdi	# trap: kernel.ts:487:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.print, .-fn.print

# function log(text)
	.type fn.log,@function
fn.log:
	.loc 1 492 1
	# log: function log(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 493 5
	# log: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 494 5
	# log: endLine();
	call fn.endLine
.Lreturn_99:
	leave
	ret
	.size fn.log, .-fn.log

# function printDecimal(value)
	.type fn.printDecimal,@function
fn.printDecimal:
	.loc 1 497 1
	# printDecimal: function printDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 498 5
	# printDecimal: if (value < 0) {
	movq -8(%rbp), %rax	# value
	cmpq $0, %rax	# compare with 0
	jge .Lelse_101
	.loc 1 499 9
	# printDecimal: consolePut(45);
	movq $45, %rdi
	call fn.consolePut
	.loc 1 500 9
	# printDecimal: printDecimal(-value);
	movq -8(%rbp), %rax	# value
	negq %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 501 9
	# printDecimal: return;
	jmp .Lreturn_100
.Lelse_101:
	.loc 1 503 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_102
	.loc 1 504 9
	# printDecimal: printDecimal(Math.floor(value / 10));
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_103
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_103
	subq $1, %rax	# then the floor is one below
.Lfloored_103:
	movq %rax, %rdi
	call fn.printDecimal
.Lelse_102:
	.loc 1 506 5
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
	jo .Ltrap_104
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_104
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_104
	movq %rax, %rdi
	call fn.consolePut
.Lreturn_100:
	leave
	ret
.Ltrap_104:
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:506:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printDecimal, .-fn.printDecimal

# function hexDigit(nibble)
	.type fn.hexDigit,@function
fn.hexDigit:
	.loc 1 509 1
	# hexDigit: function hexDigit(nibble: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nibble
	.loc 1 510 5
	# hexDigit: return nibble < 10 ? 48 + nibble : 87 + nibble;
	movq -8(%rbp), %rax	# nibble
	cmpq $10, %rax	# compare with 10
	jge .Lelse_106
	movq $48, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_108
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_108
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_108
	jmp .Lendcond_107
.Lelse_106:
	movq $87, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_109
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_109
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_109
.Lendcond_107:
.Lreturn_105:
	leave
	ret
.Ltrap_108:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:510:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_109:
	leaq .Lstring44(%rip), %rdi	# trap: kernel.ts:510:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexDigit, .-fn.hexDigit

# function printEscapedByte(byte)
	.type fn.printEscapedByte,@function
fn.printEscapedByte:
	.loc 1 513 1
	# printEscapedByte: function printEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 514 5
	# printEscapedByte: if (byte === 34 || byte === 92) {            // '"' and '\'
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_112
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_111
.Lskip_112:
	.loc 1 515 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 516 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_113
.Lelse_111:
	.loc 1 517 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_114
	.loc 1 518 9
	# printEscapedByte: print("\\n");
	leaq .Lstring45(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_115
.Lelse_114:
	.loc 1 519 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_116
	.loc 1 520 9
	# printEscapedByte: print("\\r");
	leaq .Lstring46(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_117
.Lelse_116:
	.loc 1 521 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_118
	.loc 1 522 9
	# printEscapedByte: print("\\t");
	leaq .Lstring47(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_119
.Lelse_118:
	.loc 1 523 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_120
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_120
	.loc 1 524 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_121
.Lelse_120:
	.loc 1 526 9
	# printEscapedByte: print("\\x");
	leaq .Lstring48(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 527 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 528 9
	# printEscapedByte: consolePut(hexDigit(byte & 15));
	movq -8(%rbp), %rax	# byte
	movq $15, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
.Lendif_121:
.Lendif_119:
.Lendif_117:
.Lendif_115:
.Lendif_113:
.Lreturn_110:
	leave
	ret
	.size fn.printEscapedByte, .-fn.printEscapedByte

# function printQuoted(address, length)
	.type fn.printQuoted,@function
fn.printQuoted:
	.loc 1 533 1
	# printQuoted: function printQuoted(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 534 5
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
	.loc 1 535 5
	# printQuoted: const shown = length > DISPLAY_LIMIT ? DISPLAY_LIMIT : length;
	movq -16(%rbp), %rax	# length
	cmpq $120, %rax	# compare with DISPLAY_LIMIT
	jle .Lelse_123
	movq $120, %rax	# DISPLAY_LIMIT
	jmp .Lendcond_124
.Lelse_123:
	movq -16(%rbp), %rax	# length
.Lendcond_124:
	movq %rax, -24(%rbp)	# shown
	.loc 1 536 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_125:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_127
	.loc 1 537 9
	# printQuoted: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_128
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_128
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_128
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printEscapedByte
.Lfornext_126:
	.loc 1 536 32
	# printQuoted: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_129
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_129
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_125
.Lendfor_127:
	.loc 1 539 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_130
	.loc 1 540 9
	# printQuoted: print("...\" (");
	leaq .Lstring49(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 541 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 542 9
	# printQuoted: print(" bytes)");
	leaq .Lstring50(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_131
.Lelse_130:
	.loc 1 544 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_131:
.Lreturn_122:
	leave
	ret
.Ltrap_128:
	leaq .Lstring51(%rip), %rdi	# trap: kernel.ts:537:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_129:
	leaq .Lstring52(%rip), %rdi	# trap: kernel.ts:536:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printQuoted, .-fn.printQuoted

# function logErrno(text, errno)
	.type fn.logErrno,@function
fn.logErrno:
	.loc 1 548 1
	# logErrno: function logErrno(text: string, errno: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	movq %rsi, -16(%rbp)	# parameter errno
	.loc 1 549 5
	# logErrno: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 550 5
	# logErrno: printDecimal(errno);
	movq -16(%rbp), %rdi	# errno
	call fn.printDecimal
	.loc 1 551 5
	# logErrno: endLine();
	call fn.endLine
.Lreturn_132:
	leave
	ret
	.size fn.logErrno, .-fn.logErrno

# function copyBytes(destination, source, length)
	.type fn.copyBytes,@function
fn.copyBytes:
	.loc 1 554 1
	# copyBytes: function copyBytes(destination: number, source: number, length: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter source
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 555 5
	# copyBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_134:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_136
	.loc 1 556 9
	# copyBytes: store8(destination + i, load8(source + i));
	movq -8(%rbp), %rax	# destination
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_137
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_137
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_137
	pushq %rax
	movq -16(%rbp), %rax	# source
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_138
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_138
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_138
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_135:
	.loc 1 555 33
	# copyBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_139
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_139
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_134
.Lendfor_136:
.Lreturn_133:
	leave
	ret
.Ltrap_137:
	leaq .Lstring53(%rip), %rdi	# trap: kernel.ts:556:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_138:
	leaq .Lstring54(%rip), %rdi	# trap: kernel.ts:556:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_139:
	leaq .Lstring55(%rip), %rdi	# trap: kernel.ts:555:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.copyBytes, .-fn.copyBytes

# function bytesEqual(address, length, word)
	.type fn.bytesEqual,@function
fn.bytesEqual:
	.loc 1 561 1
	# bytesEqual: function bytesEqual(address: number, length: number, word: string): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter word
	.loc 1 562 5
	# bytesEqual: if (length !== word.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_141
	.loc 1 563 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_140
.Lelse_141:
	.loc 1 565 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_142:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_144
	.loc 1 566 9
	# bytesEqual: if (load8(address + i) !== word.charCodeAt(i)) {
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_146
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_146
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_146
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq -32(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_147
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_145
	.loc 1 567 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_140
.Lelse_145:
.Lfornext_143:
	.loc 1 565 33
	# bytesEqual: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_148
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_148
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_142
.Lendfor_144:
	.loc 1 570 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_140:
	leave
	ret
.Ltrap_146:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:566:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_147:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:566:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_148:
	leaq .Lstring58(%rip), %rdi	# trap: kernel.ts:565:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesEqual, .-fn.bytesEqual

# function bytesStartWith(address, length, prefix)
	.type fn.bytesStartWith,@function
fn.bytesStartWith:
	.loc 1 573 1
	# bytesStartWith: function bytesStartWith(address: number, length: number, prefix: stri...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter prefix
	.loc 1 574 5
	# bytesStartWith: if (length < prefix.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lelse_150
	.loc 1 575 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_149
.Lelse_150:
	.loc 1 577 5
	# bytesStartWith: return bytesEqual(address, prefix.length, prefix);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -24(%rbp), %rdx	# prefix
	call fn.bytesEqual
.Lreturn_149:
	leave
	ret
	.size fn.bytesStartWith, .-fn.bytesStartWith

# function storeErrorName(code)
	.type fn.storeErrorName,@function
fn.storeErrorName:
	.loc 1 642 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 643 5
	# storeErrorName: switch (code) {
	movq -8(%rbp), %rax	# code
	cmpq $-1, %rax	# case XSE_EINVAL
	je .Lcase_153
	cmpq $-2, %rax	# case XSE_EACCES
	je .Lcase_154
	cmpq $-3, %rax	# case XSE_EEXIST
	je .Lcase_155
	cmpq $-4, %rax	# case XSE_EISDIR
	je .Lcase_156
	cmpq $-5, %rax	# case XSE_ENOENT
	je .Lcase_157
	cmpq $-6, %rax	# case XSE_ENOMEM
	je .Lcase_158
	cmpq $-7, %rax	# case XSE_ENOSPC
	je .Lcase_159
	cmpq $-8, %rax	# case XSE_EIO
	je .Lcase_160
	cmpq $-9, %rax	# case XSE_ENOTEMPTY
	je .Lcase_161
	cmpq $-10, %rax	# case XSE_ENOSYS
	je .Lcase_162
	cmpq $-11, %rax	# case XSE_EROFS
	je .Lcase_163
	cmpq $-12, %rax	# case XSE_EBUSY
	je .Lcase_164
	cmpq $-13, %rax	# case XSE_EAGAIN
	je .Lcase_165
	cmpq $-14, %rax	# case XSE_EISCONN
	je .Lcase_166
	cmpq $-15, %rax	# case XSE_E2BIG
	je .Lcase_167
	cmpq $-16, %rax	# case XSE_EPERM
	je .Lcase_168
	cmpq $-18, %rax	# case XSE_PROTOCOL
	je .Lcase_169
	cmpq $-19, %rax	# case XSE_TIMEOUT
	je .Lcase_170
	jmp .Lcase_171
.Lcase_153:
	.loc 1 644 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring59(%rip), %rax	# "EINVAL"
	jmp .Lreturn_151
.Lcase_154:
	.loc 1 645 26
	# storeErrorName: return "EACCES";
	leaq .Lstring60(%rip), %rax	# "EACCES"
	jmp .Lreturn_151
.Lcase_155:
	.loc 1 646 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring61(%rip), %rax	# "EEXIST"
	jmp .Lreturn_151
.Lcase_156:
	.loc 1 647 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring62(%rip), %rax	# "EISDIR"
	jmp .Lreturn_151
.Lcase_157:
	.loc 1 648 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring63(%rip), %rax	# "ENOENT"
	jmp .Lreturn_151
.Lcase_158:
	.loc 1 649 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring64(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_151
.Lcase_159:
	.loc 1 650 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring65(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_151
.Lcase_160:
	.loc 1 651 23
	# storeErrorName: return "EIO";
	leaq .Lstring66(%rip), %rax	# "EIO"
	jmp .Lreturn_151
.Lcase_161:
	.loc 1 652 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring67(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_151
.Lcase_162:
	.loc 1 653 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring68(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_151
.Lcase_163:
	.loc 1 654 25
	# storeErrorName: return "EROFS";
	leaq .Lstring69(%rip), %rax	# "EROFS"
	jmp .Lreturn_151
.Lcase_164:
	.loc 1 655 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring70(%rip), %rax	# "EBUSY"
	jmp .Lreturn_151
.Lcase_165:
	.loc 1 656 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring71(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_151
.Lcase_166:
	.loc 1 657 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring72(%rip), %rax	# "EISCONN"
	jmp .Lreturn_151
.Lcase_167:
	.loc 1 658 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring73(%rip), %rax	# "E2BIG"
	jmp .Lreturn_151
.Lcase_168:
	.loc 1 659 25
	# storeErrorName: return "EPERM";
	leaq .Lstring74(%rip), %rax	# "EPERM"
	jmp .Lreturn_151
.Lcase_169:
	.loc 1 660 28
	# storeErrorName: return "protocol error";
	leaq .Lstring75(%rip), %rax	# "protocol error"
	jmp .Lreturn_151
.Lcase_170:
	.loc 1 661 27
	# storeErrorName: return "no reply";
	leaq .Lstring76(%rip), %rax	# "no reply"
	jmp .Lreturn_151
.Lcase_171:
	.loc 1 662 18
	# storeErrorName: return "unknown error";
	leaq .Lstring77(%rip), %rax	# "unknown error"
	jmp .Lreturn_151
.Lendswitch_152:
.Lreturn_151:
	leave
	ret
	.size fn.storeErrorName, .-fn.storeErrorName

# function storeErrorFromReply(address, length)
	.type fn.storeErrorFromReply,@function
fn.storeErrorFromReply:
	.loc 1 667 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 668 5
	# storeErrorFromReply: const nameLength = length > 0 && load8(address + length - 1) === 0 ? ...
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_173
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_175
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_175
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_175
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_175
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_175
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_175
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_173
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_176
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_176
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_176
	jmp .Lendcond_174
.Lelse_173:
	movq -16(%rbp), %rax	# length
.Lendcond_174:
	movq %rax, -24(%rbp)	# nameLength
	.loc 1 669 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_177:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_179
	.loc 1 670 9
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
	je .Lelse_180
	.loc 1 671 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_172
.Lelse_180:
.Lfornext_178:
	.loc 1 669 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_181
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_181
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_177
.Lendfor_179:
	.loc 1 674 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_172:
	leave
	ret
.Ltrap_175:
	leaq .Lstring78(%rip), %rdi	# trap: kernel.ts:668:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_176:
	leaq .Lstring79(%rip), %rdi	# trap: kernel.ts:668:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_181:
	leaq .Lstring80(%rip), %rdi	# trap: kernel.ts:669:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 694 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 695 5
	# requestBegin: store32(storeRequest, type);
	leaq buf.storeRequest(%rip), %rdi	# storeRequest
	movq -8(%rbp), %rax	# type
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 696 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 697 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_182:
	leave
	ret
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 700 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 701 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_184
	.loc 1 702 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 703 9
	# requestAppendByte: return;
	jmp .Lreturn_183
.Lelse_184:
	.loc 1 705 5
	# requestAppendByte: store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_185
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_185
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_185
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_185
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_185
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_185
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 706 5
	# requestAppendByte: storeRequestLength = storeRequestLength + 1;
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_186
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_186
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_186
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
.Lreturn_183:
	leave
	ret
.Ltrap_185:
	leaq .Lstring81(%rip), %rdi	# trap: kernel.ts:705:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_186:
	leaq .Lstring82(%rip), %rdi	# trap: kernel.ts:706:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendString(text)
	.type fn.requestAppendString,@function
fn.requestAppendString:
	.loc 1 710 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 711 5
	# requestAppendString: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_188:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_190
	.loc 1 712 9
	# requestAppendString: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_191
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_189:
	.loc 1 711 38
	# requestAppendString: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_192
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_192
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_188
.Lendfor_190:
	.loc 1 714 5
	# requestAppendString: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
.Lreturn_187:
	leave
	ret
.Ltrap_191:
	leaq .Lstring83(%rip), %rdi	# trap: kernel.ts:712:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_192:
	leaq .Lstring84(%rip), %rdi	# trap: kernel.ts:711:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendString, .-fn.requestAppendString

# function requestAppendBytes(address, length)
	.type fn.requestAppendBytes,@function
fn.requestAppendBytes:
	.loc 1 717 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 718 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_194:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_196
	.loc 1 719 9
	# requestAppendBytes: requestAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_197
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_197
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_197
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_195:
	.loc 1 718 33
	# requestAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_198
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_198
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_194
.Lendfor_196:
.Lreturn_193:
	leave
	ret
.Ltrap_197:
	leaq .Lstring85(%rip), %rdi	# trap: kernel.ts:719:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_198:
	leaq .Lstring86(%rip), %rdi	# trap: kernel.ts:718:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 724 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 725 5
	# storeRequestSpace: const consumer = load32(storeRing + XS_REQ_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2048, %rdi	# XS_REQ_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_200
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_200
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_200
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 726 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_201
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_201
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_201
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 727 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 728 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_202
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_202
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_202
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 729 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_203
	.loc 1 730 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring87(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 731 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 732 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring88(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 733 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 734 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring89(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 735 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_199
.Lelse_203:
	.loc 1 737 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	movq -24(%rbp), %rdi	# inFlight
	subq %rdi, %rax	# -
	jo .Ltrap_204
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_204
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_204
.Lreturn_199:
	leave
	ret
.Ltrap_200:
	leaq .Lstring90(%rip), %rdi	# trap: kernel.ts:725:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_201:
	leaq .Lstring91(%rip), %rdi	# trap: kernel.ts:726:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_202:
	leaq .Lstring92(%rip), %rdi	# trap: kernel.ts:728:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_204:
	leaq .Lstring93(%rip), %rdi	# trap: kernel.ts:737:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 743 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 744 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 745 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 746 5
	# storeWriteStream: while (sent < length) {
.Lwhile_206:
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_207
	.loc 1 747 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 748 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_208
	.loc 1 749 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_205
.Lelse_208:
	.loc 1 751 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_209
	.loc 1 752 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 753 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_210
	.loc 1 754 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_211
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_211
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_211
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 755 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_212
	.loc 1 756 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring94(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 757 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_205
.Lelse_212:
.Lelse_210:
	.loc 1 760 13
	# storeWriteStream: continue;
	jmp .Lwhile_206
.Lelse_209:
	.loc 1 762 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_213
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_213
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_213
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 763 9
	# storeWriteStream: const offset = producer & (XS_RING_SIZE - 1);
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_214
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_214
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_214
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, -56(%rbp)	# offset
	.loc 1 764 9
	# storeWriteStream: let chunk = XS_RING_SIZE - offset;
	movq $1024, %rax	# XS_RING_SIZE
	movq -56(%rbp), %rdi	# offset
	subq %rdi, %rax	# -
	jo .Ltrap_215
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_215
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_215
	movq %rax, -64(%rbp)	# chunk
	.loc 1 765 9
	# storeWriteStream: if (chunk > space) {
	movq -64(%rbp), %rax	# chunk
	movq -40(%rbp), %rdi	# space
	cmpq %rdi, %rax
	jle .Lelse_216
	.loc 1 766 13
	# storeWriteStream: chunk = space;
	movq -40(%rbp), %rax	# space
	movq %rax, -64(%rbp)	# chunk =
.Lelse_216:
	.loc 1 768 9
	# storeWriteStream: if (chunk > length - sent) {
	movq -64(%rbp), %rax	# chunk
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_218
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_218
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_218
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jle .Lelse_217
	.loc 1 769 13
	# storeWriteStream: chunk = length - sent;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_219
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_219
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_219
	movq %rax, -64(%rbp)	# chunk =
.Lelse_217:
	.loc 1 771 9
	# storeWriteStream: copyBytes(storeRing + XS_REQ + offset, source + sent, chunk);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $0, %rdi	# XS_REQ
	addq %rdi, %rax	# +
	jo .Ltrap_220
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_220
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_220
	movq -56(%rbp), %rdi	# offset
	addq %rdi, %rax	# +
	jo .Ltrap_220
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_220
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_220
	pushq %rax
	movq -8(%rbp), %rax	# source
	movq -24(%rbp), %rdi	# sent
	addq %rdi, %rax	# +
	jo .Ltrap_221
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_221
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_221
	movq %rax, %rsi
	popq %rdi
	movq -64(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 772 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 773 9
	# storeWriteStream: store32(storeRing + XS_REQ_PROD, (producer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_222
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_222
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_222
	pushq %rax
	movq -48(%rbp), %rax	# producer
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_223
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_223
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_223
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 774 9
	# storeWriteStream: sent = sent + chunk;
	movq -24(%rbp), %rax	# sent
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_224
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_224
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_224
	movq %rax, -24(%rbp)	# sent =
	.loc 1 775 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_225
	.loc 1 776 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_225:
	jmp .Lwhile_206
.Lendwhile_207:
	.loc 1 779 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 780 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_205:
	leave
	ret
.Ltrap_211:
	leaq .Lstring95(%rip), %rdi	# trap: kernel.ts:754:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_213:
	leaq .Lstring96(%rip), %rdi	# trap: kernel.ts:762:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_214:
	leaq .Lstring97(%rip), %rdi	# trap: kernel.ts:763:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_215:
	leaq .Lstring98(%rip), %rdi	# trap: kernel.ts:764:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_218:
	leaq .Lstring99(%rip), %rdi	# trap: kernel.ts:768:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_219:
	leaq .Lstring100(%rip), %rdi	# trap: kernel.ts:769:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_220:
	leaq .Lstring101(%rip), %rdi	# trap: kernel.ts:771:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_221:
	leaq .Lstring102(%rip), %rdi	# trap: kernel.ts:771:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_222:
	leaq .Lstring103(%rip), %rdi	# trap: kernel.ts:773:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_223:
	leaq .Lstring104(%rip), %rdi	# trap: kernel.ts:773:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_224:
	leaq .Lstring105(%rip), %rdi	# trap: kernel.ts:774:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 788 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 789 5
	# storeResynchronise: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_227
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_227
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_227
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 790 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 791 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_228
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_228
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_228
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 792 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_226:
	leave
	ret
.Ltrap_227:
	leaq .Lstring106(%rip), %rdi	# trap: kernel.ts:789:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_228:
	leaq .Lstring107(%rip), %rdi	# trap: kernel.ts:791:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 796 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 797 5
	# storeBytesAvailable: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_230
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_230
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_230
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 798 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_231
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_231
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_231
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 799 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 800 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_232
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_232
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_232
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# available
	.loc 1 801 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_233
	.loc 1 802 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring108(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 803 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 804 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring88(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 805 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 806 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring109(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 807 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 808 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_229
.Lelse_233:
	.loc 1 810 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_229:
	leave
	ret
.Ltrap_230:
	leaq .Lstring110(%rip), %rdi	# trap: kernel.ts:797:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_231:
	leaq .Lstring111(%rip), %rdi	# trap: kernel.ts:798:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_232:
	leaq .Lstring112(%rip), %rdi	# trap: kernel.ts:800:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 814 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 815 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 816 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 817 5
	# storeReadStream: while (received < length) {
.Lwhile_235:
	movq -24(%rbp), %rax	# received
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_236
	.loc 1 818 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 819 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_237
	.loc 1 820 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_234
.Lelse_237:
	.loc 1 822 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_238
	.loc 1 823 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_239
	.loc 1 824 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_240
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_240
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_240
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 825 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_241
	.loc 1 826 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring113(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 827 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 828 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_234
.Lelse_241:
.Lelse_239:
	.loc 1 831 13
	# storeReadStream: continue;
	jmp .Lwhile_235
.Lelse_238:
	.loc 1 833 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_242
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_242
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_242
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 834 9
	# storeReadStream: const offset = consumer & (XS_RING_SIZE - 1);
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_243
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_243
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_243
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, -56(%rbp)	# offset
	.loc 1 835 9
	# storeReadStream: let chunk = XS_RING_SIZE - offset;
	movq $1024, %rax	# XS_RING_SIZE
	movq -56(%rbp), %rdi	# offset
	subq %rdi, %rax	# -
	jo .Ltrap_244
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_244
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_244
	movq %rax, -64(%rbp)	# chunk
	.loc 1 836 9
	# storeReadStream: if (chunk > available) {
	movq -64(%rbp), %rax	# chunk
	movq -40(%rbp), %rdi	# available
	cmpq %rdi, %rax
	jle .Lelse_245
	.loc 1 837 13
	# storeReadStream: chunk = available;
	movq -40(%rbp), %rax	# available
	movq %rax, -64(%rbp)	# chunk =
.Lelse_245:
	.loc 1 839 9
	# storeReadStream: if (chunk > length - received) {
	movq -64(%rbp), %rax	# chunk
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_247
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_247
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_247
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jle .Lelse_246
	.loc 1 840 13
	# storeReadStream: chunk = length - received;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_248
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_248
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_248
	movq %rax, -64(%rbp)	# chunk =
.Lelse_246:
	.loc 1 842 9
	# storeReadStream: copyBytes(destination + received, storeRing + XS_RSP + offset, chunk);
	movq -8(%rbp), %rax	# destination
	movq -24(%rbp), %rdi	# received
	addq %rdi, %rax	# +
	jo .Ltrap_249
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_249
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_249
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $1024, %rdi	# XS_RSP
	addq %rdi, %rax	# +
	jo .Ltrap_250
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_250
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_250
	movq -56(%rbp), %rdi	# offset
	addq %rdi, %rax	# +
	jo .Ltrap_250
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_250
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_250
	movq %rax, %rsi
	popq %rdi
	movq -64(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 843 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 844 9
	# storeReadStream: store32(storeRing + XS_RSP_CONS, (consumer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_251
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_251
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_251
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_252
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_252
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_252
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 845 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 846 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_253
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_253
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_253
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_235
.Lendwhile_236:
	.loc 1 848 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_234:
	leave
	ret
.Ltrap_240:
	leaq .Lstring114(%rip), %rdi	# trap: kernel.ts:824:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_242:
	leaq .Lstring115(%rip), %rdi	# trap: kernel.ts:833:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_243:
	leaq .Lstring116(%rip), %rdi	# trap: kernel.ts:834:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_244:
	leaq .Lstring117(%rip), %rdi	# trap: kernel.ts:835:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_247:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:839:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_248:
	leaq .Lstring119(%rip), %rdi	# trap: kernel.ts:840:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_249:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:842:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_250:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:842:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_251:
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:844:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_252:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:844:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_253:
	leaq .Lstring124(%rip), %rdi	# trap: kernel.ts:846:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 852 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 853 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 854 5
	# noteWatchEvent: while (pathEnd < length && load8(payload + pathEnd) !== 0) {
.Lwhile_255:
	movq -24(%rbp), %rax	# pathEnd
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_256
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_257
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_257
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_257
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_256
	.loc 1 855 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_258
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_258
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_258
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_255
.Lendwhile_256:
	.loc 1 857 5
	# noteWatchEvent: const token = payload + pathEnd + 1;
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_259
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_259
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_259
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_259
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_259
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_259
	movq %rax, -32(%rbp)	# token
	.loc 1 858 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# pathEnd
	subq %rdi, %rax	# -
	jo .Ltrap_260
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_260
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_260
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_260
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_260
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_260
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 859 5
	# noteWatchEvent: if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_261
	movq -32(%rbp), %rax	# token
	movq -40(%rbp), %rdi	# tokenLength
	addq %rdi, %rax	# +
	jo .Ltrap_262
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_262
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_262
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_262
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_262
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_262
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_261
	.loc 1 860 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_263
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_263
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_263
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_261:
	.loc 1 862 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_264
	.loc 1 863 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_264:
	.loc 1 865 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring125(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_265
	.loc 1 866 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_266
.Lelse_265:
	.loc 1 867 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring126(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_267
	.loc 1 868 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_268
.Lelse_267:
	.loc 1 870 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring127(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 871 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 872 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_268:
.Lendif_266:
.Lreturn_254:
	leave
	ret
.Ltrap_257:
	leaq .Lstring128(%rip), %rdi	# trap: kernel.ts:854:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_258:
	leaq .Lstring129(%rip), %rdi	# trap: kernel.ts:855:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_259:
	leaq .Lstring130(%rip), %rdi	# trap: kernel.ts:857:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_260:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:858:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_262:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:859:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_263:
	leaq .Lstring133(%rip), %rdi	# trap: kernel.ts:860:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 878 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 879 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 880 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_270
	.loc 1 881 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_269
.Lelse_270:
	.loc 1 883 5
	# storeReceiveMessage: const length = load32(storeMessage + 12);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_271
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_271
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_271
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 884 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_272
	.loc 1 885 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring134(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 886 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 887 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring135(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 888 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 889 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_269
.Lelse_272:
	.loc 1 891 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_273
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_273
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_273
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 892 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_274
	.loc 1 893 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_269
.Lelse_274:
	.loc 1 895 5
	# storeReceiveMessage: if (load32(storeMessage) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_275
	.loc 1 896 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_276
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_276
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_276
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 897 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_269
.Lelse_275:
	.loc 1 899 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_269:
	leave
	ret
.Ltrap_271:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:883:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_273:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:891:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_276:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:896:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 906 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 907 5
	# storeTransact: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_278
	.loc 1 908 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_277
.Lelse_278:
	.loc 1 910 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 911 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_279
	movq $1, %rax
	jmp .Lendcond_280
.Lelse_279:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_281
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_281
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_281
.Lendcond_280:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 912 5
	# storeTransact: store32(storeRequest + 4, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_282
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_282
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_282
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 913 5
	# storeTransact: store32(storeRequest + 8, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_283
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_283
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_283
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 914 5
	# storeTransact: store32(storeRequest + 12, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $12, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_284
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_284
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_284
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 915 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_285
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_285
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_285
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 916 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_286
	.loc 1 917 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_277
.Lelse_286:
	.loc 1 919 5
	# storeTransact: while (true) {
.Lwhile_287:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_288
	.loc 1 920 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 921 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_289
	.loc 1 922 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_277
.Lelse_289:
	.loc 1 924 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_290
	.loc 1 925 13
	# storeTransact: continue;
	jmp .Lwhile_287
.Lelse_290:
	.loc 1 927 9
	# storeTransact: const length = load32(storeMessage + 12);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_291
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_291
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_291
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 928 9
	# storeTransact: if (load32(storeMessage + 4) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_293
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_293
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_293
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# requestId
	cmpq %rdi, %rax
	je .Lelse_292
	.loc 1 929 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring139(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 930 13
	# storeTransact: printDecimal(load32(storeMessage + 4));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_294
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_294
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_294
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 931 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring140(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 932 13
	# storeTransact: printDecimal(requestId);
	movq -8(%rbp), %rdi	# requestId
	call fn.printDecimal
	.loc 1 933 13
	# storeTransact: endLine();
	call fn.endLine
	.loc 1 934 13
	# storeTransact: continue;
	jmp .Lwhile_287
.Lelse_292:
	.loc 1 936 9
	# storeTransact: if (load32(storeMessage) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_295
	.loc 1 937 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_296
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_296
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_296
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_277
.Lelse_295:
	.loc 1 939 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_297
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_297
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_297
	movq %rax, %rsi
	popq %rdi
	movq -32(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 940 9
	# storeTransact: storeReplyLength = length;
	movq -32(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 941 9
	# storeTransact: return length;
	movq -32(%rbp), %rax	# length
	jmp .Lreturn_277
	jmp .Lwhile_287
.Lendwhile_288:
.Lreturn_277:
	leave
	ret
.Ltrap_281:
	leaq .Lstring141(%rip), %rdi	# trap: kernel.ts:911:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_282:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:912:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_283:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:913:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_284:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:914:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_285:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:915:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_291:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:927:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_293:
	leaq .Lstring147(%rip), %rdi	# trap: kernel.ts:928:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_294:
	leaq .Lstring148(%rip), %rdi	# trap: kernel.ts:930:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_296:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:937:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_297:
	leaq .Lstring150(%rip), %rdi	# trap: kernel.ts:939:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 947 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 948 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_299:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_300
	.loc 1 949 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 950 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_301
	.loc 1 951 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_298
.Lelse_301:
	.loc 1 953 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 954 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_302
	.loc 1 955 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_298
.Lelse_302:
	.loc 1 957 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_303
	.loc 1 958 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring151(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 959 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + 4));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_304
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_304
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_304
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 960 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_303:
	jmp .Lwhile_299
.Lendwhile_300:
.Lreturn_298:
	leave
	ret
.Ltrap_304:
	leaq .Lstring152(%rip), %rdi	# trap: kernel.ts:959:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 968 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 969 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 970 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 971 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_305:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 974 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 975 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 976 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 977 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 978 5
	# storeWrite: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -32(%rbp)	# result
	.loc 1 979 5
	# storeWrite: return result < 0 ? result : 0;
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_307
	movq -32(%rbp), %rax	# result
	jmp .Lendcond_308
.Lelse_307:
	movq $0, %rax
.Lendcond_308:
.Lreturn_306:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 982 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 983 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 984 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 985 5
	# storeWriteText: for (let i = 0; i < value.length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_310:
	movq -24(%rbp), %rax	# i
	pushq %rax
	movq -16(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_312
	.loc 1 986 9
	# storeWriteText: requestAppendByte(value.charCodeAt(i));
	movq -16(%rbp), %rax	# value
	movq -24(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_313
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_311:
	.loc 1 985 39
	# storeWriteText: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_314
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_314
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_310
.Lendfor_312:
	.loc 1 988 5
	# storeWriteText: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -32(%rbp)	# result
	.loc 1 989 5
	# storeWriteText: return result < 0 ? result : 0;
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_315
	movq -32(%rbp), %rax	# result
	jmp .Lendcond_316
.Lelse_315:
	movq $0, %rax
.Lendcond_316:
.Lreturn_309:
	leave
	ret
.Ltrap_313:
	leaq .Lstring153(%rip), %rdi	# trap: kernel.ts:986:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_314:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:985:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 992 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 993 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 994 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 995 5
	# storeRemove: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -16(%rbp)	# result
	.loc 1 996 5
	# storeRemove: return result < 0 ? result : 0;
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_318
	movq -16(%rbp), %rax	# result
	jmp .Lendcond_319
.Lelse_318:
	movq $0, %rax
.Lendcond_319:
.Lreturn_317:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 999 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1000 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1001 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1002 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1003 5
	# storeWatch: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -24(%rbp)	# result
	.loc 1 1004 5
	# storeWatch: return result < 0 ? result : 0;
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_321
	movq -24(%rbp), %rax	# result
	jmp .Lendcond_322
.Lelse_321:
	movq $0, %rax
.Lendcond_322:
.Lreturn_320:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1048 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1049 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_325
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_326
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_327
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_328
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_329
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_330
	jmp .Lcase_331
.Lcase_325:
	.loc 1 1050 31
	# actionName: return "poweroff";
	leaq .Lstring155(%rip), %rax	# "poweroff"
	jmp .Lreturn_323
.Lcase_326:
	.loc 1 1051 29
	# actionName: return "reboot";
	leaq .Lstring156(%rip), %rax	# "reboot"
	jmp .Lreturn_323
.Lcase_327:
	.loc 1 1052 27
	# actionName: return "halt";
	leaq .Lstring157(%rip), %rax	# "halt"
	jmp .Lreturn_323
.Lcase_328:
	.loc 1 1053 28
	# actionName: return "crash";
	leaq .Lstring158(%rip), %rax	# "crash"
	jmp .Lreturn_323
.Lcase_329:
	.loc 1 1054 30
	# actionName: return "suspend";
	leaq .Lstring159(%rip), %rax	# "suspend"
	jmp .Lreturn_323
.Lcase_330:
	.loc 1 1055 29
	# actionName: return "ignore";
	leaq .Lstring160(%rip), %rax	# "ignore"
	jmp .Lreturn_323
.Lcase_331:
	.loc 1 1056 18
	# actionName: return "none";
	leaq .Lstring161(%rip), %rax	# "none"
	jmp .Lreturn_323
.Lendswitch_324:
.Lreturn_323:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1061 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1062 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_IGNORE; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_333:
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jg .Lendfor_335
	.loc 1 1063 9
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
	je .Lelse_336
	.loc 1 1064 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_332
.Lelse_336:
.Lfornext_334:
	.loc 1 1062 65
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_337
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_337
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_333
.Lendfor_335:
	.loc 1 1067 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_332:
	leave
	ret
.Ltrap_337:
	leaq .Lstring162(%rip), %rdi	# trap: kernel.ts:1062:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function alreadyHandled(guard, last, lastLength)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1098 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number, lastLength: num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	movq %rdx, -24(%rbp)	# parameter lastLength
	.loc 1 1099 5
	# alreadyHandled: if (guard && lastLength === commandLength && bytesMatch(commandValue,...
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_339
	movq -24(%rbp), %rax	# lastLength
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jne .Lelse_339
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq -16(%rbp), %rsi	# last
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.bytesMatch
	testq %rax, %rax
	je .Lelse_339
	.loc 1 1100 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring163(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1101 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_338
.Lelse_339:
	.loc 1 1103 5
	# alreadyHandled: copyBytes(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.copyBytes
	.loc 1 1104 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_338:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1113 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1114 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1115 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_341
	.loc 1 1116 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_340
.Lelse_341:
	.loc 1 1118 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_342
	.loc 1 1119 9
	# readControlKey: print("xenstore: cannot read ");
	leaq .Lstring164(%rip), %rdi	# "xenstore: cannot read "
	call fn.print
	.loc 1 1120 9
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1121 9
	# readControlKey: print(": ");
	leaq .Lstring165(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1122 9
	# readControlKey: log(storeErrorName(length));
	movq -16(%rbp), %rdi	# length
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 1123 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_340
.Lelse_342:
	.loc 1 1125 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_343
	.loc 1 1126 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_340
.Lelse_343:
	.loc 1 1128 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1129 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1130 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1131 5
	# readControlKey: print(" = ");
	leaq .Lstring166(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1132 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1133 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1134 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_340:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function reportAckFailure(path, error)
	.type fn.reportAckFailure,@function
fn.reportAckFailure:
	.loc 1 1137 1
	# reportAckFailure: function reportAckFailure(path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter error
	.loc 1 1138 5
	# reportAckFailure: print("ack failed: ");
	leaq .Lstring167(%rip), %rdi	# "ack failed: "
	call fn.print
	.loc 1 1139 5
	# reportAckFailure: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1140 5
	# reportAckFailure: print(": ");
	leaq .Lstring165(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1141 5
	# reportAckFailure: log(storeErrorName(error));
	movq -16(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_344:
	leave
	ret
	.size fn.reportAckFailure, .-fn.reportAckFailure

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1144 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1145 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring168(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1146 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_346
	.loc 1 1147 9
	# acknowledge: reportAckFailure(path, result);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# result
	call fn.reportAckFailure
.Lelse_346:
.Lreturn_345:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1153 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1154 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1155 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1156 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_348
	.loc 1 1157 9
	# handleShutdownRequest: return;
	jmp .Lreturn_347
.Lelse_348:
	.loc 1 1159 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue, lastShutdownLength)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	movq var.lastShutdownLength(%rip), %rdx	# lastShutdownLength
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_349
	.loc 1 1160 9
	# handleShutdownRequest: return;
	jmp .Lreturn_347
.Lelse_349:
	.loc 1 1162 5
	# handleShutdownRequest: lastShutdownLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastShutdownLength(%rip)	# lastShutdownLength =
	.loc 1 1163 5
	# handleShutdownRequest: if (ownShutdownValueLength >= 0 && commandLength === ownShutdownValue...
	movq var.ownShutdownValueLength(%rip), %rax	# ownShutdownValueLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_350
	movq var.commandLength(%rip), %rax	# commandLength
	movq var.ownShutdownValueLength(%rip), %rdi	# ownShutdownValueLength
	cmpq %rdi, %rax
	jne .Lelse_350
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.ownShutdownValue(%rip), %rsi	# ownShutdownValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.bytesMatch
	testq %rax, %rax
	je .Lelse_350
	.loc 1 1165 9
	# handleShutdownRequest: ownShutdownValueLength = -1;
	movq $-1, %rax
	movq %rax, var.ownShutdownValueLength(%rip)	# ownShutdownValueLength =
	.loc 1 1166 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring170(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1167 9
	# handleShutdownRequest: return;
	jmp .Lreturn_347
.Lelse_350:
	.loc 1 1169 5
	# handleShutdownRequest: ownShutdownValueLength = -1;
	movq $-1, %rax
	movq %rax, var.ownShutdownValueLength(%rip)	# ownShutdownValueLength =
	.loc 1 1170 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_351
	.loc 1 1171 9
	# handleShutdownRequest: const action = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, -16(%rbp)	# action
	.loc 1 1172 9
	# handleShutdownRequest: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1173 9
	# handleShutdownRequest: print("override ");
	leaq .Lstring171(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1174 9
	# handleShutdownRequest: print(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1175 9
	# handleShutdownRequest: log(" replaces the request");
	leaq .Lstring172(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1176 9
	# handleShutdownRequest: acknowledgeShutdownPerOverride();
	call fn.acknowledgeShutdownPerOverride
	.loc 1 1177 9
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1178 9
	# handleShutdownRequest: return;
	jmp .Lreturn_347
.Lelse_351:
	.loc 1 1180 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1181 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1182 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_353
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_352
.Lskip_353:
	.loc 1 1183 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring173(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1184 9
	# handleShutdownRequest: return;
	jmp .Lreturn_347
.Lelse_352:
	.loc 1 1186 5
	# handleShutdownRequest: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_347:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function bytesMatch(first, second, length)
	.type fn.bytesMatch,@function
fn.bytesMatch:
	.loc 1 1189 1
	# bytesMatch: function bytesMatch(first: number, second: number, length: number): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter first
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1190 5
	# bytesMatch: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_355:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_357
	.loc 1 1191 9
	# bytesMatch: if (load8(first + i) !== load8(second + i)) {
	movq -8(%rbp), %rax	# first
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_359
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_359
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_359
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -16(%rbp), %rax	# second
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_360
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_360
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_360
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_358
	.loc 1 1192 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_354
.Lelse_358:
.Lfornext_356:
	.loc 1 1190 33
	# bytesMatch: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_361
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_361
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_355
.Lendfor_357:
	.loc 1 1195 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_354:
	leave
	ret
.Ltrap_359:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1191:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_360:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1191:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_361:
	leaq .Lstring176(%rip), %rdi	# trap: kernel.ts:1190:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesMatch, .-fn.bytesMatch

# function acknowledgeShutdownPerOverride()
	.type fn.acknowledgeShutdownPerOverride,@function
fn.acknowledgeShutdownPerOverride:
	.loc 1 1198 1
	# acknowledgeShutdownPerOverride: function acknowledgeShutdownPerOverride(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1199 5
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_OK) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_363
	.loc 1 1200 9
	# acknowledgeShutdownPerOverride: acknowledge("control/shutdown");
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_364
.Lelse_363:
	.loc 1 1201 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_NONE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_365
	.loc 1 1202 9
	# acknowledgeShutdownPerOverride: log("request left in place, as the override asked");
	leaq .Lstring177(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_366
.Lelse_365:
	.loc 1 1203 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_DELETE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_367
	.loc 1 1204 9
	# acknowledgeShutdownPerOverride: const result = storeRemove("control/shutdown");
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1205 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_368
	.loc 1 1206 13
	# acknowledgeShutdownPerOverride: reportAckFailure("control/shutdown", result);
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	movq -8(%rbp), %rsi	# result
	call fn.reportAckFailure
.Lelse_368:
	jmp .Lendif_369
.Lelse_367:
	.loc 1 1209 9
	# acknowledgeShutdownPerOverride: const result = storeWrite("control/shutdown", overrideAckText, overri...
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1210 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_370
	.loc 1 1211 13
	# acknowledgeShutdownPerOverride: reportAckFailure("control/shutdown", result);
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	movq -16(%rbp), %rsi	# result
	call fn.reportAckFailure
	jmp .Lendif_371
.Lelse_370:
	.loc 1 1213 13
	# acknowledgeShutdownPerOverride: copyBytes(ownShutdownValue, overrideAckText, overrideAckLength);
	leaq buf.ownShutdownValue(%rip), %rdi	# ownShutdownValue
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.copyBytes
	.loc 1 1214 13
	# acknowledgeShutdownPerOverride: ownShutdownValueLength = overrideAckLength;
	movq var.overrideAckLength(%rip), %rax	# overrideAckLength
	movq %rax, var.ownShutdownValueLength(%rip)	# ownShutdownValueLength =
.Lendif_371:
.Lendif_369:
.Lendif_366:
.Lendif_364:
.Lreturn_362:
	leave
	ret
	.size fn.acknowledgeShutdownPerOverride, .-fn.acknowledgeShutdownPerOverride

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 1234 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1235 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_374
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_375
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_376
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_377
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_378
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_379
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_380
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_381
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_382
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_383
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_384
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_385
	jmp .Lcase_386
.Lcase_374:
	.loc 1 1236 29
	# bogusReason: return "expected now:<action>, next:<action> or a JSON object";
	leaq .Lstring178(%rip), %rax	# "expected now:<action>, next:<action> or
	jmp .Lreturn_372
.Lcase_375:
	.loc 1 1237 36
	# bogusReason: return "unknown action";
	leaq .Lstring179(%rip), %rax	# "unknown action"
	jmp .Lreturn_372
.Lcase_376:
	.loc 1 1238 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring180(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_372
.Lcase_377:
	.loc 1 1239 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring181(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_372
.Lcase_378:
	.loc 1 1240 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring182(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_372
.Lcase_379:
	.loc 1 1241 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring183(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_372
.Lcase_380:
	.loc 1 1242 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring184(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_372
.Lcase_381:
	.loc 1 1243 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring185(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_372
.Lcase_382:
	.loc 1 1244 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring186(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_372
.Lcase_383:
	.loc 1 1245 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring187(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_372
.Lcase_384:
	.loc 1 1246 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring188(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_372
.Lcase_385:
	.loc 1 1247 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring189(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_372
.Lcase_386:
	.loc 1 1248 18
	# bogusReason: return "unreadable command";
	leaq .Lstring190(%rip), %rax	# "unreadable command"
	jmp .Lreturn_372
.Lendswitch_373:
.Lreturn_372:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 1252 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1253 5
	# reportBogus: print("bogus command: ");
	leaq .Lstring191(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1254 5
	# reportBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_387:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 1257 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1258 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1259 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1260 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring192(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_389
	.loc 1 1261 9
	# handleTestingCommand: return;
	jmp .Lreturn_388
.Lelse_389:
	.loc 1 1263 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue, lastTestingLength)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	movq var.lastTestingLength(%rip), %rdx	# lastTestingLength
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_390
	.loc 1 1264 9
	# handleTestingCommand: return;
	jmp .Lreturn_388
.Lelse_390:
	.loc 1 1266 5
	# handleTestingCommand: lastTestingLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastTestingLength(%rip)	# lastTestingLength =
	.loc 1 1267 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring192(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1268 5
	# handleTestingCommand: let start = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# start
	.loc 1 1269 5
	# handleTestingCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_391:
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_392
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_393
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_393
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_393
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_392
	.loc 1 1270 9
	# handleTestingCommand: start = start + 1;
	movq -16(%rbp), %rax	# start
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_394
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_394
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_394
	movq %rax, -16(%rbp)	# start =
	jmp .Lwhile_391
.Lendwhile_392:
	.loc 1 1272 5
	# handleTestingCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lelse_395
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_396
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_396
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_396
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_395
	.loc 1 1273 9
	# handleTestingCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1274 9
	# handleTestingCommand: return;
	jmp .Lreturn_388
.Lelse_395:
	.loc 1 1276 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring193(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_397
	.loc 1 1277 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_398
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_398
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_398
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $4, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_399
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_399
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_399
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1278 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_400
	.loc 1 1279 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1280 13
	# handleTestingCommand: return;
	jmp .Lreturn_388
.Lelse_400:
	.loc 1 1282 9
	# handleTestingCommand: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1283 9
	# handleTestingCommand: return;
	jmp .Lreturn_388
.Lelse_397:
	.loc 1 1285 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring194(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_401
	.loc 1 1286 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $5, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_402
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_402
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_402
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_403
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_403
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_403
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -32(%rbp)	# action
	.loc 1 1287 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -32(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_404
	.loc 1 1288 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1289 13
	# handleTestingCommand: return;
	jmp .Lreturn_388
.Lelse_404:
	.loc 1 1291 9
	# handleTestingCommand: setOverride(action, ACK_OK, 0, 0);
	movq -32(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	call fn.setOverride
	.loc 1 1292 9
	# handleTestingCommand: return;
	jmp .Lreturn_388
.Lelse_401:
	.loc 1 1294 5
	# handleTestingCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_388:
	leave
	ret
.Ltrap_393:
	leaq .Lstring195(%rip), %rdi	# trap: kernel.ts:1269:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_394:
	leaq .Lstring196(%rip), %rdi	# trap: kernel.ts:1270:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_396:
	leaq .Lstring197(%rip), %rdi	# trap: kernel.ts:1272:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_398:
	leaq .Lstring198(%rip), %rdi	# trap: kernel.ts:1277:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_399:
	leaq .Lstring199(%rip), %rdi	# trap: kernel.ts:1277:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_402:
	leaq .Lstring200(%rip), %rdi	# trap: kernel.ts:1286:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_403:
	leaq .Lstring201(%rip), %rdi	# trap: kernel.ts:1286:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function setOverride(action, ackMode, ackText, ackLength)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1297 1
	# setOverride: function setOverride(action: number, ackMode: number, ackText: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter ackMode
	movq %rdx, -24(%rbp)	# parameter ackText
	movq %rcx, -32(%rbp)	# parameter ackLength
	.loc 1 1298 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1299 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1300 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1301 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1302 5
	# setOverride: print("override set: ");
	leaq .Lstring202(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1303 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lreturn_405:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 1324 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1325 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_409
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_409:
	testq %rax, %rax
	jne .Lendlogic_408
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_408:
	testq %rax, %rax
	jne .Lendlogic_407
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_407:
.Lreturn_406:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 1328 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1329 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_411
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_412
.Lelse_411:
	movq $-1, %rax
.Lendcond_412:
.Lreturn_410:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 1332 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1333 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_414:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_415
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_415
	.loc 1 1334 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_416
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_416
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_416
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_414
.Lendwhile_415:
.Lreturn_413:
	leave
	ret
.Ltrap_416:
	leaq .Lstring203(%rip), %rdi	# trap: kernel.ts:1334:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 1338 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1339 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_418
	.loc 1 1340 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_418:
	.loc 1 1342 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_417:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 1345 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1346 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_420
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_420
	.loc 1 1347 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_421
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_421
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_421
	jmp .Lreturn_419
.Lelse_420:
	.loc 1 1349 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_422
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_422
	.loc 1 1350 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	movq $87, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_423
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_423
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_423
	jmp .Lreturn_419
.Lelse_422:
	.loc 1 1352 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_424
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_424
	.loc 1 1353 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	movq $55, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_425
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_425
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_425
	jmp .Lreturn_419
.Lelse_424:
	.loc 1 1355 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_419:
	leave
	ret
.Ltrap_421:
	leaq .Lstring204(%rip), %rdi	# trap: kernel.ts:1347:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_423:
	leaq .Lstring205(%rip), %rdi	# trap: kernel.ts:1350:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_425:
	leaq .Lstring206(%rip), %rdi	# trap: kernel.ts:1353:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 1359 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1360 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_428
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_428
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_428
	cmpq $4, %rax	# compare with 4
	jge .Lelse_427
	.loc 1 1361 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_426
.Lelse_427:
	.loc 1 1363 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 1364 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_429:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_431
	.loc 1 1365 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_432
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_432
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_432
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 1366 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_433
	.loc 1 1367 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_426
.Lelse_433:
	.loc 1 1369 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	movq $16, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_434
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_434
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_434
	movq -24(%rbp), %rdi	# digit
	addq %rdi, %rax	# +
	jo .Ltrap_434
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_434
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_434
	movq %rax, -8(%rbp)	# value =
.Lfornext_430:
	.loc 1 1364 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_435
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_435
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_429
.Lendfor_431:
	.loc 1 1371 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_436
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_436
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_436
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1372 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_426:
	leave
	ret
.Ltrap_428:
	leaq .Lstring207(%rip), %rdi	# trap: kernel.ts:1360:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_432:
	leaq .Lstring208(%rip), %rdi	# trap: kernel.ts:1365:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_434:
	leaq .Lstring209(%rip), %rdi	# trap: kernel.ts:1369:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_435:
	leaq .Lstring210(%rip), %rdi	# trap: kernel.ts:1364:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_436:
	leaq .Lstring211(%rip), %rdi	# trap: kernel.ts:1371:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 1375 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 1376 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_438
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_438
	.loc 1 1377 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	movq var.jsonDecodedLength(%rip), %rdi	# jsonDecodedLength
	addq %rdi, %rax	# +
	jo .Ltrap_439
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_439
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_439
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_438:
	.loc 1 1379 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_440
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_440
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_440
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_437:
	leave
	ret
.Ltrap_439:
	leaq .Lstring212(%rip), %rdi	# trap: kernel.ts:1377:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_440:
	leaq .Lstring213(%rip), %rdi	# trap: kernel.ts:1379:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 1382 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 1383 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_442
	.loc 1 1384 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_443
.Lelse_442:
	.loc 1 1385 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_444
	.loc 1 1386 9
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
	jo .Ltrap_445
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_445
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_445
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1387 9
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
	jo .Ltrap_446
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_446
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_446
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_447
.Lelse_444:
	.loc 1 1388 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_448
	.loc 1 1389 9
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
	jo .Ltrap_449
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_449
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_449
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1390 9
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
	jo .Ltrap_450
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_450
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_450
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1391 9
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
	jo .Ltrap_451
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_451
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_451
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_452
.Lelse_448:
	.loc 1 1393 9
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
	jo .Ltrap_453
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_453
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_453
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1394 9
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
	jo .Ltrap_454
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_454
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_454
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1395 9
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
	jo .Ltrap_455
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_455
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_455
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1396 9
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
	jo .Ltrap_456
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_456
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_456
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
.Lendif_452:
.Lendif_447:
.Lendif_443:
.Lreturn_441:
	leave
	ret
.Ltrap_445:
	leaq .Lstring214(%rip), %rdi	# trap: kernel.ts:1386:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_446:
	leaq .Lstring215(%rip), %rdi	# trap: kernel.ts:1387:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_449:
	leaq .Lstring216(%rip), %rdi	# trap: kernel.ts:1389:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_450:
	leaq .Lstring217(%rip), %rdi	# trap: kernel.ts:1390:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_451:
	leaq .Lstring218(%rip), %rdi	# trap: kernel.ts:1391:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_453:
	leaq .Lstring219(%rip), %rdi	# trap: kernel.ts:1393:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_454:
	leaq .Lstring220(%rip), %rdi	# trap: kernel.ts:1394:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_455:
	leaq .Lstring221(%rip), %rdi	# trap: kernel.ts:1395:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_456:
	leaq .Lstring222(%rip), %rdi	# trap: kernel.ts:1396:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 1402 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 1403 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_458
	.loc 1 1404 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_457
.Lelse_458:
	.loc 1 1406 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_459
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_459
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_459
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1407 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 1408 5
	# jsonString: while (true) {
.Lwhile_460:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_461
	.loc 1 1409 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_462
	.loc 1 1410 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_457
.Lelse_462:
	.loc 1 1412 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 1413 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_463
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_463
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_463
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1414 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_464
	.loc 1 1415 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_457
.Lelse_464:
	.loc 1 1417 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_465
	.loc 1 1418 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_457
.Lelse_465:
	.loc 1 1420 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_466
	.loc 1 1421 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 1422 13
	# jsonString: continue;
	jmp .Lwhile_460
.Lelse_466:
	.loc 1 1424 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_467
	.loc 1 1425 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_457
.Lelse_467:
	.loc 1 1427 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 1428 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_468
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_468
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_468
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1429 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_470
	cmpq $92, %rax	# case 92
	je .Lcase_471
	cmpq $47, %rax	# case 47
	je .Lcase_472
	cmpq $98, %rax	# case 98
	je .Lcase_473
	cmpq $102, %rax	# case 102
	je .Lcase_474
	cmpq $110, %rax	# case 110
	je .Lcase_475
	cmpq $114, %rax	# case 114
	je .Lcase_476
	cmpq $116, %rax	# case 116
	je .Lcase_477
	cmpq $117, %rax	# case 117
	je .Lcase_478
	jmp .Lcase_479
.Lcase_470:
	.loc 1 1430 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 1430 49
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_471:
	.loc 1 1431 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 1431 49
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_472:
	.loc 1 1432 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 1432 49
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_473:
	.loc 1 1433 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 1433 48
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_474:
	.loc 1 1434 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 1434 50
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_475:
	.loc 1 1435 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 1435 50
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_476:
	.loc 1 1436 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 1436 50
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_477:
	.loc 1 1437 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 1437 49
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_478:
	.loc 1 1439 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 1440 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_480
	.loc 1 1441 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_457
.Lelse_480:
	.loc 1 1444 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_481
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_481
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_482
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_482
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_482
	cmpq $6, %rax	# compare with 6
	jl .Lelse_481
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_481
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_483
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_483
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_483
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_481
	.loc 1 1446 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 1447 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_484
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_484
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_484
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1448 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 1449 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_485
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_485
	.loc 1 1450 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq $65536, %rax
	pushq %rax
	movq -32(%rbp), %rax	# codePoint
	movq $55296, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_486
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_486
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_486
	movq $1024, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_487
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_487
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_487
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_488
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_488
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_488
	pushq %rax
	movq -48(%rbp), %rax	# low
	movq $56320, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_489
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_489
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_489
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_488
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_488
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_488
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_490
.Lelse_485:
	.loc 1 1452 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_490:
.Lelse_481:
	.loc 1 1455 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 1456 17
	# jsonString: break;
	jmp .Lendswitch_469
.Lcase_479:
	.loc 1 1459 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_457
.Lendswitch_469:
	jmp .Lwhile_460
.Lendwhile_461:
.Lreturn_457:
	leave
	ret
.Ltrap_459:
	leaq .Lstring223(%rip), %rdi	# trap: kernel.ts:1406:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_463:
	leaq .Lstring224(%rip), %rdi	# trap: kernel.ts:1413:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_468:
	leaq .Lstring225(%rip), %rdi	# trap: kernel.ts:1428:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_482:
	leaq .Lstring226(%rip), %rdi	# trap: kernel.ts:1444:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_483:
	leaq .Lstring227(%rip), %rdi	# trap: kernel.ts:1445:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_484:
	leaq .Lstring228(%rip), %rdi	# trap: kernel.ts:1447:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_486:
	leaq .Lstring229(%rip), %rdi	# trap: kernel.ts:1450:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_487:
	leaq .Lstring230(%rip), %rdi	# trap: kernel.ts:1450:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_488:
	leaq .Lstring231(%rip), %rdi	# trap: kernel.ts:1450:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_489:
	leaq .Lstring232(%rip), %rdi	# trap: kernel.ts:1450:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 1464 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1465 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 1466 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_492:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_493
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_493
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_493
	.loc 1 1467 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_494
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_494
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_494
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1468 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_495
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_495
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_495
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_492
.Lendwhile_493:
	.loc 1 1470 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_491:
	leave
	ret
.Ltrap_494:
	leaq .Lstring233(%rip), %rdi	# trap: kernel.ts:1467:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_495:
	leaq .Lstring234(%rip), %rdi	# trap: kernel.ts:1468:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 1474 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1475 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_497
	.loc 1 1476 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_498
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_498
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_498
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_497:
	.loc 1 1478 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_499
	.loc 1 1479 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_500
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_500
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_500
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_501
.Lelse_499:
	.loc 1 1480 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_502
	.loc 1 1481 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_496
.Lelse_502:
.Lendif_501:
	.loc 1 1483 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_503
	.loc 1 1484 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_504
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_504
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_504
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1485 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_505
	.loc 1 1486 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_496
.Lelse_505:
.Lelse_503:
	.loc 1 1489 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_507
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_506
.Lskip_507:
	.loc 1 1490 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_508
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_508
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_508
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1491 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_510
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_509
.Lskip_510:
	.loc 1 1492 13
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_511
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_511
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_511
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_509:
	.loc 1 1494 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_512
	.loc 1 1495 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_496
.Lelse_512:
.Lelse_506:
	.loc 1 1498 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_496:
	leave
	ret
.Ltrap_498:
	leaq .Lstring235(%rip), %rdi	# trap: kernel.ts:1476:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_500:
	leaq .Lstring236(%rip), %rdi	# trap: kernel.ts:1479:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_504:
	leaq .Lstring237(%rip), %rdi	# trap: kernel.ts:1484:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_508:
	leaq .Lstring238(%rip), %rdi	# trap: kernel.ts:1490:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_511:
	leaq .Lstring239(%rip), %rdi	# trap: kernel.ts:1492:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 1501 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 1502 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_516
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_516
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_516
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_515
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_514
.Lskip_515:
	.loc 1 1503 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_513
.Lelse_514:
	.loc 1 1505 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_517
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_517
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_517
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1506 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_513:
	leave
	ret
.Ltrap_516:
	leaq .Lstring240(%rip), %rdi	# trap: kernel.ts:1502:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_517:
	leaq .Lstring241(%rip), %rdi	# trap: kernel.ts:1505:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 1510 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 1511 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_519
	.loc 1 1512 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_518
.Lelse_519:
	.loc 1 1514 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1515 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 1516 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_520
	.loc 1 1517 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_518
.Lelse_520:
	.loc 1 1519 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_522
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_521
.Lskip_522:
	.loc 1 1520 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_523
	movq $125, %rax
	jmp .Lendcond_524
.Lelse_523:
	movq $93, %rax
.Lendcond_524:
	movq %rax, -24(%rbp)	# closer
	.loc 1 1521 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_525
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_525
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_525
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1522 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1523 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_526
	.loc 1 1524 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_527
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_527
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_527
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1525 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_518
.Lelse_526:
	.loc 1 1527 9
	# jsonSkipValue: while (true) {
.Lwhile_528:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_529
	.loc 1 1528 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_530
	.loc 1 1529 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1530 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_531
	.loc 1 1531 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_518
.Lelse_531:
	.loc 1 1533 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1534 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_532
	.loc 1 1535 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_518
.Lelse_532:
	.loc 1 1537 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_533
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_533
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_533
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_530:
	.loc 1 1539 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_535
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_535
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_535
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_534
	.loc 1 1540 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_518
.Lelse_534:
	.loc 1 1542 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1543 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 1544 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_536
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_536
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_536
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1545 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_537
	.loc 1 1546 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_518
.Lelse_537:
	.loc 1 1548 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_538
	.loc 1 1549 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_518
.Lelse_538:
	jmp .Lwhile_528
.Lendwhile_529:
.Lelse_521:
	.loc 1 1553 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_539
	.loc 1 1554 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring242(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_518
.Lelse_539:
	.loc 1 1556 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_540
	.loc 1 1557 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring243(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_518
.Lelse_540:
	.loc 1 1559 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_541
	.loc 1 1560 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring244(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_518
.Lelse_541:
	.loc 1 1562 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_518:
	leave
	ret
.Ltrap_525:
	leaq .Lstring245(%rip), %rdi	# trap: kernel.ts:1521:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_527:
	leaq .Lstring246(%rip), %rdi	# trap: kernel.ts:1524:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_533:
	leaq .Lstring247(%rip), %rdi	# trap: kernel.ts:1537:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_535:
	leaq .Lstring248(%rip), %rdi	# trap: kernel.ts:1539:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_536:
	leaq .Lstring249(%rip), %rdi	# trap: kernel.ts:1544:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 1566 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 1567 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1568 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_543
	.loc 1 1569 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_544
	.loc 1 1570 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_542
.Lelse_544:
	.loc 1 1572 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 1573 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_542
.Lelse_543:
	.loc 1 1575 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_545
	.loc 1 1576 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_542
.Lelse_545:
	.loc 1 1578 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_542:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 1581 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 7 local slot(s)
	.loc 1 1582 5
	# handleJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1583 5
	# handleJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq var.commandLength(%rip), %rdi	# commandLength
	addq %rdi, %rax	# +
	jo .Ltrap_547
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_547
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_547
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 1584 5
	# handleJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 1585 5
	# handleJsonCommand: let whenLength = -1;
	movq $-1, %rax
	movq %rax, -8(%rbp)	# whenLength
	.loc 1 1586 5
	# handleJsonCommand: let ackLength = -1;
	movq $-1, %rax
	movq %rax, -16(%rbp)	# ackLength
	.loc 1 1587 5
	# handleJsonCommand: let actionLength = -1;
	movq $-1, %rax
	movq %rax, -24(%rbp)	# actionLength
	.loc 1 1588 5
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1589 5
	# handleJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_548
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_548
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_548
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1590 5
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1591 5
	# handleJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_549
	.loc 1 1592 9
	# handleJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_550
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_550
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_550
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_551
.Lelse_549:
	.loc 1 1594 9
	# handleJsonCommand: while (jsonError === 0) {
.Lwhile_552:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_553
	.loc 1 1595 13
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1596 13
	# handleJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_554
	.loc 1 1597 17
	# handleJsonCommand: break;
	jmp .Lendwhile_553
.Lelse_554:
	.loc 1 1599 13
	# handleJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -32(%rbp)	# keyLength
	.loc 1 1600 13
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1601 13
	# handleJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_555
	.loc 1 1602 17
	# handleJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 1603 17
	# handleJsonCommand: break;
	jmp .Lendwhile_553
.Lelse_555:
	.loc 1 1605 13
	# handleJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_556
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_556
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_556
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1606 13
	# handleJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -32(%rbp), %rsi	# keyLength
	leaq .Lstring250(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_557
	.loc 1 1607 17
	# handleJsonCommand: whenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, -8(%rbp)	# whenLength =
	jmp .Lendif_558
.Lelse_557:
	.loc 1 1608 20
	# handleJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -32(%rbp), %rsi	# keyLength
	leaq .Lstring251(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_559
	.loc 1 1609 17
	# handleJsonCommand: ackLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, -16(%rbp)	# ackLength =
	jmp .Lendif_560
.Lelse_559:
	.loc 1 1610 20
	# handleJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -32(%rbp), %rsi	# keyLength
	leaq .Lstring252(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_561
	.loc 1 1611 17
	# handleJsonCommand: actionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRING);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, -24(%rbp)	# actionLength =
	jmp .Lendif_562
.Lelse_561:
	.loc 1 1613 17
	# handleJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_562:
.Lendif_560:
.Lendif_558:
	.loc 1 1615 13
	# handleJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_563
	.loc 1 1616 17
	# handleJsonCommand: break;
	jmp .Lendwhile_553
.Lelse_563:
	.loc 1 1618 13
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1619 13
	# handleJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -40(%rbp)	# next
	.loc 1 1620 13
	# handleJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_564
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_564
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_564
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1621 13
	# handleJsonCommand: if (next === 125) {
	movq -40(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_565
	.loc 1 1622 17
	# handleJsonCommand: break;
	jmp .Lendwhile_553
.Lelse_565:
	.loc 1 1624 13
	# handleJsonCommand: if (next !== 44) {
	movq -40(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_566
	.loc 1 1625 17
	# handleJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_566:
	jmp .Lwhile_552
.Lendwhile_553:
.Lendif_551:
	.loc 1 1629 5
	# handleJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_567
	.loc 1 1630 9
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1631 9
	# handleJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_568
	.loc 1 1632 13
	# handleJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_568:
.Lelse_567:
	.loc 1 1635 5
	# handleJsonCommand: if (jsonError === 0 && whenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_569
	movq -8(%rbp), %rax	# whenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_569
	.loc 1 1636 9
	# handleJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_569:
	.loc 1 1638 5
	# handleJsonCommand: if (jsonError === 0 && ackLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_570
	movq -16(%rbp), %rax	# ackLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_570
	.loc 1 1639 9
	# handleJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_570:
	.loc 1 1641 5
	# handleJsonCommand: if (jsonError === 0 && actionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_571
	movq -24(%rbp), %rax	# actionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_571
	.loc 1 1642 9
	# handleJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_571:
	.loc 1 1644 5
	# handleJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_572
	.loc 1 1645 9
	# handleJsonCommand: reportBogus(jsonError);
	movq var.jsonError(%rip), %rdi	# jsonError
	call fn.reportBogus
	.loc 1 1646 9
	# handleJsonCommand: return;
	jmp .Lreturn_546
.Lelse_572:
	.loc 1 1648 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, actionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq -24(%rbp), %rsi	# actionLength
	call fn.actionFromBytes
	movq %rax, -48(%rbp)	# action
	.loc 1 1649 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -48(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_573
	.loc 1 1650 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1651 9
	# handleJsonCommand: return;
	jmp .Lreturn_546
.Lelse_573:
	.loc 1 1653 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, whenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq -8(%rbp), %rsi	# whenLength
	leaq .Lstring253(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_574
	.loc 1 1654 9
	# handleJsonCommand: performAction(action);
	movq -48(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1655 9
	# handleJsonCommand: return;
	jmp .Lreturn_546
.Lelse_574:
	.loc 1 1657 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, whenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq -8(%rbp), %rsi	# whenLength
	leaq .Lstring254(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_575
	.loc 1 1658 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 1659 9
	# handleJsonCommand: return;
	jmp .Lreturn_546
.Lelse_575:
	.loc 1 1661 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -56(%rbp)	# ackMode
	.loc 1 1662 5
	# handleJsonCommand: if (bytesEqual(jsonAck, ackLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq -16(%rbp), %rsi	# ackLength
	leaq .Lstring255(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_576
	.loc 1 1663 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -56(%rbp)	# ackMode =
	jmp .Lendif_577
.Lelse_576:
	.loc 1 1664 12
	# handleJsonCommand: if (bytesEqual(jsonAck, ackLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq -16(%rbp), %rsi	# ackLength
	leaq .Lstring161(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_578
	.loc 1 1665 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -56(%rbp)	# ackMode =
	jmp .Lendif_579
.Lelse_578:
	.loc 1 1666 12
	# handleJsonCommand: if (bytesEqual(jsonAck, ackLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq -16(%rbp), %rsi	# ackLength
	leaq .Lstring256(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_580
	.loc 1 1667 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -56(%rbp)	# ackMode =
.Lelse_580:
.Lendif_579:
.Lendif_577:
	.loc 1 1669 5
	# handleJsonCommand: setOverride(action, ackMode, jsonAck, ackLength);
	movq -48(%rbp), %rdi	# action
	movq -56(%rbp), %rsi	# ackMode
	leaq buf.jsonAck(%rip), %rdx	# jsonAck
	movq -16(%rbp), %rcx	# ackLength
	call fn.setOverride
.Lreturn_546:
	leave
	ret
.Ltrap_547:
	leaq .Lstring257(%rip), %rdi	# trap: kernel.ts:1583:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_548:
	leaq .Lstring258(%rip), %rdi	# trap: kernel.ts:1589:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_550:
	leaq .Lstring259(%rip), %rdi	# trap: kernel.ts:1592:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_556:
	leaq .Lstring260(%rip), %rdi	# trap: kernel.ts:1605:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_564:
	leaq .Lstring261(%rip), %rdi	# trap: kernel.ts:1620:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 1706 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 1707 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_582:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_584
	.loc 1 1708 9
	# clearWords: store64(address + i * 8, 0);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_585
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_585
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_585
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_586
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_586
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_586
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_583:
	.loc 1 1707 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_587
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_587
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_582
.Lendfor_584:
.Lreturn_581:
	leave
	ret
.Ltrap_585:
	leaq .Lstring262(%rip), %rdi	# trap: kernel.ts:1708:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_586:
	leaq .Lstring263(%rip), %rdi	# trap: kernel.ts:1708:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_587:
	leaq .Lstring264(%rip), %rdi	# trap: kernel.ts:1707:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 1714 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1715 5
	# publishFrameListTree: const p2mPages = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - 1) ...
	movq var.domainPages(%rip), %rax	# domainPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_590
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_590
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_590
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_590
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_590
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_590
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_589
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_589
	subq $1, %rax	# then the floor is one below
.Lfloored_589:
	movq %rax, -8(%rbp)	# p2mPages
	.loc 1 1716 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -8(%rbp), %rax	# p2mPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_592
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_592
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_592
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_592
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_592
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_592
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_591
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_591
	subq $1, %rax	# then the floor is one below
.Lfloored_591:
	movq %rax, -16(%rbp)	# frameListCount
	.loc 1 1717 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -16(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_593
	.loc 1 1718 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring265(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 1719 9
	# publishFrameListTree: printDecimal(domainPages);
	movq var.domainPages(%rip), %rdi	# domainPages
	call fn.printDecimal
	.loc 1 1720 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring266(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 1721 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_588
.Lelse_593:
	.loc 1 1723 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 1724 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -16(%rbp), %rax	# frameListCount
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_594
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_594
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_594
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 1725 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# page
.Lfor_595:
	movq -24(%rbp), %rax	# page
	movq -8(%rbp), %rdi	# p2mPages
	cmpq %rdi, %rax
	jge .Lendfor_597
	.loc 1 1726 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(mfnList + page * PAGE_S...
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_598
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_598
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_598
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_599
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_599
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_599
	pushq %rax
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_600
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_600
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_600
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_601
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_601
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_601
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_596:
	.loc 1 1725 41
	# publishFrameListTree: page++
	movq -24(%rbp), %rax	# page
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_602
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_602
	movq %rax, -24(%rbp)	# page =
	jmp .Lfor_595
.Lendfor_597:
	.loc 1 1728 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# list
.Lfor_603:
	movq -32(%rbp), %rax	# list
	movq -16(%rbp), %rdi	# frameListCount
	cmpq %rdi, %rax
	jge .Lendfor_605
	.loc 1 1729 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	leaq buf.frameListList(%rip), %rax	# frameListList
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_606
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_606
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_606
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_607
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_607
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_607
	pushq %rax
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_608
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_608
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_608
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_609
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_609
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_609
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_604:
	.loc 1 1728 47
	# publishFrameListTree: list++
	movq -32(%rbp), %rax	# list
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_610
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_610
	movq %rax, -32(%rbp)	# list =
	jmp .Lfor_603
.Lendfor_605:
	.loc 1 1731 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, domainPages);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3088, %rdi	# SHARED_INFO_ARCH_MAX_PFN
	addq %rdi, %rax	# +
	jo .Ltrap_611
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_611
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_611
	movq %rax, %rdi
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1732 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1733 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3096, %rdi	# SHARED_INFO_ARCH_FRAME_LIST_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_612
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_612
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_612
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1734 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_588:
	leave
	ret
.Ltrap_590:
	leaq .Lstring267(%rip), %rdi	# trap: kernel.ts:1715:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_592:
	leaq .Lstring268(%rip), %rdi	# trap: kernel.ts:1716:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_594:
	leaq .Lstring269(%rip), %rdi	# trap: kernel.ts:1724:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_598:
	leaq .Lstring270(%rip), %rdi	# trap: kernel.ts:1726:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_599:
	leaq .Lstring271(%rip), %rdi	# trap: kernel.ts:1726:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_600:
	leaq .Lstring272(%rip), %rdi	# trap: kernel.ts:1726:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_601:
	leaq .Lstring273(%rip), %rdi	# trap: kernel.ts:1726:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_602:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:1725:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_606:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:1729:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_607:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:1729:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_608:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:1729:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_609:
	leaq .Lstring278(%rip), %rdi	# trap: kernel.ts:1729:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_610:
	leaq .Lstring279(%rip), %rdi	# trap: kernel.ts:1728:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_611:
	leaq .Lstring280(%rip), %rdi	# trap: kernel.ts:1731:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_612:
	leaq .Lstring281(%rip), %rdi	# trap: kernel.ts:1733:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 1737 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1738 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 1739 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_614
	.loc 1 1740 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_614:
	.loc 1 1742 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_613:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 1745 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1746 5
	# suspendDomain: if (!publishFrameListTree()) {
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_616
	.loc 1 1747 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring282(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 1748 9
	# suspendDomain: return;
	jmp .Lreturn_615
.Lelse_616:
	.loc 1 1750 5
	# suspendDomain: log("suspending");
	leaq .Lstring283(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 1751 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 1754 5
	# suspendDomain: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 1755 5
	# suspendDomain: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_617
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_617
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_617
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_618
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_618
	subq $1, %rax	# then the floor is one below
.Lfloored_618:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1756 5
	# suspendDomain: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_619
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_619
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_619
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_620
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_620
	subq $1, %rax	# then the floor is one below
.Lfloored_620:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1757 5
	# suspendDomain: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 1758 5
	# suspendDomain: let result = unmapResult;
	movq -16(%rbp), %rax	# unmapResult
	movq %rax, -24(%rbp)	# result
	.loc 1 1759 5
	# suspendDomain: if (unmapResult === 0) {
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_621
	.loc 1 1760 9
	# suspendDomain: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1761 9
	# suspendDomain: result = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArg...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	movq %rax, -24(%rbp)	# result =
.Lelse_621:
	.loc 1 1763 5
	# suspendDomain: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_622
	.loc 1 1764 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 1765 9
	# suspendDomain: return;
	jmp .Lreturn_615
.Lelse_622:
	.loc 1 1770 5
	# suspendDomain: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_623
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_623
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_623
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1771 5
	# suspendDomain: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_624
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_624
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_624
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1772 5
	# suspendDomain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_625
	.loc 1 1773 9
	# suspendDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_625:
	.loc 1 1775 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 1776 5
	# suspendDomain: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 1777 5
	# suspendDomain: if (result === 1) {
	movq -24(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_626
	.loc 1 1778 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring284(%rip), %rdi	# "suspend cancelled"
	call fn.log
	jmp .Lendif_627
.Lelse_626:
	.loc 1 1780 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring285(%rip), %rdi	# "suspend failed: error "
	movq -24(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_627:
.Lreturn_615:
	leave
	ret
.Ltrap_617:
	leaq .Lstring286(%rip), %rdi	# trap: kernel.ts:1755:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_619:
	leaq .Lstring287(%rip), %rdi	# trap: kernel.ts:1756:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_623:
	leaq .Lstring288(%rip), %rdi	# trap: kernel.ts:1770:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_624:
	leaq .Lstring289(%rip), %rdi	# trap: kernel.ts:1771:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 1789 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1790 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 1791 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_629
	.loc 1 1792 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring290(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 1793 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 1794 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_629:
	.loc 1 1796 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $1, %rdi	# VCPU0_UPCALL_MASK
	addq %rdi, %rax	# +
	jo .Ltrap_630
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_630
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_630
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_628:
	leave
	ret
.Ltrap_630:
	leaq .Lstring291(%rip), %rdi	# trap: kernel.ts:1796:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 1799 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1800 5
	# resumeInNewDomain: domainPages = load64(startInfo + START_INFO_NR_PAGES);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $32, %rdi	# START_INFO_NR_PAGES
	addq %rdi, %rax	# +
	jo .Ltrap_632
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_632
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_632
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_633
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_633
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 1801 5
	# resumeInNewDomain: consoleRing = virtualAddressOfFrame(load64(startInfo + START_INFO_CON...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_634
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_634
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_634
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_635
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_635
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 1802 5
	# resumeInNewDomain: consolePort = load32(startInfo + START_INFO_CONSOLE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $80, %rdi	# START_INFO_CONSOLE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_636
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_636
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_636
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 1803 5
	# resumeInNewDomain: storeRing = virtualAddressOfFrame(load64(startInfo + START_INFO_STORE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_637
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_637
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_637
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_638
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_638
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 1804 5
	# resumeInNewDomain: storePort = load32(startInfo + START_INFO_STORE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $64, %rdi	# START_INFO_STORE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_639
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_639
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_639
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.storePort(%rip)	# storePort =
	.loc 1 1805 5
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 1806 5
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 1807 5
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 1808 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1811 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 1812 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 1813 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1814 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1815 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring292(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 1816 5
	# resumeInNewDomain: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	leaq .Lstring125(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 1817 5
	# resumeInNewDomain: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring192(%rip), %rdi	# "control/testing"
	leaq .Lstring126(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 1818 5
	# resumeInNewDomain: advertise("control/feature-poweroff");
	leaq .Lstring293(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 1819 5
	# resumeInNewDomain: advertise("control/feature-reboot");
	leaq .Lstring294(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 1820 5
	# resumeInNewDomain: advertise("control/feature-suspend");
	leaq .Lstring295(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_631:
	leave
	ret
.Ltrap_632:
	leaq .Lstring296(%rip), %rdi	# trap: kernel.ts:1800:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_633:
	leaq .Lstring297(%rip), %rdi	# trap: kernel.ts:1800:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_634:
	leaq .Lstring298(%rip), %rdi	# trap: kernel.ts:1801:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_635:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:1801:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_636:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:1802:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_637:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:1803:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_638:
	leaq .Lstring302(%rip), %rdi	# trap: kernel.ts:1803:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_639:
	leaq .Lstring303(%rip), %rdi	# trap: kernel.ts:1804:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 1832 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1833 5
	# performAction: print("action: ");
	leaq .Lstring304(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 1834 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1835 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_642
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_643
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_644
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_645
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_646
	jmp .Lcase_647
.Lcase_642:
.Lcase_643:
	.loc 1 1838 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 1839 13
	# performAction: shutdownForever(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.shutdownForever
	.loc 1 1840 13
	# performAction: break;
	jmp .Lendswitch_641
.Lcase_644:
	.loc 1 1842 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 1843 13
	# performAction: shutdownForever(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.shutdownForever
	.loc 1 1844 13
	# performAction: break;
	jmp .Lendswitch_641
.Lcase_645:
	.loc 1 1846 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 1847 13
	# performAction: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
	.loc 1 1848 13
	# performAction: break;
	jmp .Lendswitch_641
.Lcase_646:
	.loc 1 1850 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 1851 13
	# performAction: break;
	jmp .Lendswitch_641
.Lcase_647:
	.loc 1 1853 13
	# performAction: break;
	jmp .Lendswitch_641
.Lendswitch_641:
.Lreturn_640:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function decimalFromBytes(address, length)
	.type fn.decimalFromBytes,@function
fn.decimalFromBytes:
	.loc 1 1881 1
	# decimalFromBytes: function decimalFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1882 5
	# decimalFromBytes: if (length === 0 || length > 9) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_650
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_649
.Lskip_650:
	.loc 1 1883 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_648
.Lelse_649:
	.loc 1 1885 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 1886 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_651:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_653
	.loc 1 1887 9
	# decimalFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_654
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_654
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_654
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 1888 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_656
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_655
.Lskip_656:
	.loc 1 1889 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_648
.Lelse_655:
	.loc 1 1891 9
	# decimalFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	movq $10, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_657
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_657
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_657
	pushq %rax
	movq -40(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_658
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_658
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_658
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
	movq %rax, -24(%rbp)	# value =
.Lfornext_652:
	.loc 1 1886 33
	# decimalFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_659
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_659
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_651
.Lendfor_653:
	.loc 1 1893 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_648:
	leave
	ret
.Ltrap_654:
	leaq .Lstring305(%rip), %rdi	# trap: kernel.ts:1887:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_657:
	leaq .Lstring306(%rip), %rdi	# trap: kernel.ts:1891:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_658:
	leaq .Lstring307(%rip), %rdi	# trap: kernel.ts:1891:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_659:
	leaq .Lstring308(%rip), %rdi	# trap: kernel.ts:1886:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalFromBytes, .-fn.decimalFromBytes

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 1896 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	.loc 1 1897 5
	# printBanner: const domidLength = storeRead("domid");
	leaq .Lstring309(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# domidLength
	.loc 1 1898 5
	# printBanner: if (domidLength >= 0) {
	movq -8(%rbp), %rax	# domidLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_661
	.loc 1 1899 9
	# printBanner: domainId = decimalFromBytes(storeReply, domidLength);
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# domidLength
	call fn.decimalFromBytes
	movq %rax, var.domainId(%rip)	# domainId =
.Lelse_661:
	.loc 1 1901 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring310(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 1902 5
	# printBanner: print(KERNEL_VERSION);
	leaq .Lstring311(%rip), %rdi	# KERNEL_VERSION
	call fn.print
	.loc 1 1903 5
	# printBanner: print(", domid ");
	leaq .Lstring312(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 1904 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_662
	.loc 1 1905 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_663
.Lelse_662:
	.loc 1 1907 9
	# printBanner: print("unknown");
	leaq .Lstring313(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_663:
	.loc 1 1909 5
	# printBanner: print(", memory ");
	leaq .Lstring314(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 1910 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	movq $256, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_664
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_664
	subq $1, %rax	# then the floor is one below
.Lfloored_664:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1911 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring315(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 1912 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -16(%rbp)	# version
	.loc 1 1913 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -16(%rbp), %rax	# version
	movq $65536, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_665
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_665
	subq $1, %rax	# then the floor is one below
.Lfloored_665:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1914 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 1915 5
	# printBanner: printDecimal(version & 0xffff);
	movq -16(%rbp), %rax	# version
	movq $65535, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1916 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_666:
	movq -24(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_668
	.loc 1 1917 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_669
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_669
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_669
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_667:
	.loc 1 1916 56
	# printBanner: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_670
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_670
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_666
.Lendfor_668:
	.loc 1 1919 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_671
	.loc 1 1920 9
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_672:
	movq -32(%rbp), %rax	# i
	cmpq $16, %rax	# compare with XENVER_EXTRAVERSION_BYTES
	jge .Lendfor_674
	.loc 1 1921 13
	# printBanner: const byte = load8(xenExtraVersion + i);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_675
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_675
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_675
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 1922 13
	# printBanner: if (byte === 0) {
	movq -40(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_676
	.loc 1 1923 17
	# printBanner: break;
	jmp .Lendfor_674
.Lelse_676:
	.loc 1 1925 13
	# printBanner: printEscapedByte(byte);
	movq -40(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_673:
	.loc 1 1920 56
	# printBanner: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_677
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_677
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_672
.Lendfor_674:
.Lelse_671:
	.loc 1 1928 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_660:
	leave
	ret
.Ltrap_669:
	leaq .Lstring316(%rip), %rdi	# trap: kernel.ts:1917:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_670:
	leaq .Lstring317(%rip), %rdi	# trap: kernel.ts:1916:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_675:
	leaq .Lstring318(%rip), %rdi	# trap: kernel.ts:1921:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_677:
	leaq .Lstring319(%rip), %rdi	# trap: kernel.ts:1920:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function advertise(path)
	.type fn.advertise,@function
fn.advertise:
	.loc 1 1931 1
	# advertise: function advertise(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1932 5
	# advertise: const result = storeWriteText(path, "1");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring320(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1933 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_679
	.loc 1 1934 9
	# advertise: print("xenstore: cannot write ");
	leaq .Lstring321(%rip), %rdi	# "xenstore: cannot write "
	call fn.print
	.loc 1 1935 9
	# advertise: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1936 9
	# advertise: print(": ");
	leaq .Lstring165(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1937 9
	# advertise: log(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lelse_679:
.Lreturn_678:
	leave
	ret
	.size fn.advertise, .-fn.advertise

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 1941 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1942 5
	# watch: const result = storeWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.storeWatch
	movq %rax, -24(%rbp)	# result
	.loc 1 1943 5
	# watch: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_681
	.loc 1 1944 9
	# watch: print("xenstore: cannot watch ");
	leaq .Lstring322(%rip), %rdi	# "xenstore: cannot watch "
	call fn.print
	.loc 1 1945 9
	# watch: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1946 9
	# watch: print(": ");
	leaq .Lstring165(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1947 9
	# watch: log(storeErrorName(result));
	movq -24(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lelse_681:
.Lreturn_680:
	leave
	ret
	.size fn.watch, .-fn.watch

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 1951 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1952 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_683
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_683
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_683
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 1953 5
	# tick: print("domain ");
	leaq .Lstring323(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 1954 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 1955 5
	# tick: print(" tick ");
	leaq .Lstring324(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 1956 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 1957 5
	# tick: endLine();
	call fn.endLine
	.loc 1 1958 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_684
	.loc 1 1959 9
	# tick: print("override ");
	leaq .Lstring171(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1960 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1961 9
	# tick: log(" is active");
	leaq .Lstring325(%rip), %rdi	# " is active"
	call fn.log
.Lelse_684:
.Lreturn_682:
	leave
	ret
.Ltrap_683:
	leaq .Lstring326(%rip), %rdi	# trap: kernel.ts:1952:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 1969 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1970 5
	# mainLoop: while (true) {
.Lwhile_686:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_687
	.loc 1 1971 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 1972 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 1973 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired) {
.Lwhile_688:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_690
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lendwhile_689
.Lskip_690:
	.loc 1 1974 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 1975 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_691
	.loc 1 1976 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 1977 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_691:
	.loc 1 1979 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_692
	.loc 1 1980 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 1981 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_692:
	jmp .Lwhile_688
.Lendwhile_689:
	.loc 1 1984 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_693
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_693
	.loc 1 1985 13
	# mainLoop: print("console: ");
	leaq .Lstring327(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 1986 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 1987 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring328(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 1988 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_693:
	.loc 1 1990 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_694:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_695
	.loc 1 1991 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_696
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_696
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_696
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 1992 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 1993 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_694
.Lendwhile_695:
	.loc 1 1995 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_697
	.loc 1 1996 13
	# mainLoop: continue;
	jmp .Lwhile_686
.Lelse_697:
	.loc 1 1998 9
	# mainLoop: waitOnPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	jmp .Lwhile_686
.Lendwhile_687:
.Lreturn_685:
	leave
	ret
.Ltrap_696:
	leaq .Lstring329(%rip), %rdi	# trap: kernel.ts:1991:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(startInfoAddress), exported
	.globl main
	.type main,@function
main:
	.loc 1 2002 1
	# main: export function main(startInfoAddress: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoAddress
	.loc 1 2003 5
	# main: startInfo = startInfoAddress;
	movq -8(%rbp), %rax	# startInfoAddress
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 2004 5
	# main: domainPages = load64(startInfo + START_INFO_NR_PAGES);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $32, %rdi	# START_INFO_NR_PAGES
	addq %rdi, %rax	# +
	jo .Ltrap_699
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_699
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_699
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_700
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_700
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 2005 5
	# main: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $104, %rdi	# START_INFO_MFN_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_701
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_701
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_701
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_702
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_702
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 2006 5
	# main: consoleRing = virtualAddressOfFrame(load64(startInfo + START_INFO_CON...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_703
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_703
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_703
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_704
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_704
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 2007 5
	# main: consolePort = load32(startInfo + START_INFO_CONSOLE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $80, %rdi	# START_INFO_CONSOLE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_705
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_705
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_705
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 2008 5
	# main: if (load8(addressOf("hypercall_page")) === RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	jne .Lelse_706
	.loc 1 2014 9
	# main: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 2015 9
	# main: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring330(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 2016 9
	# main: while (true) {
.Lwhile_707:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_708
	.loc 1 2017 13
	# main: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_707
.Lendwhile_708:
.Lelse_706:
	.loc 1 2020 5
	# main: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $0, %rdi	# START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_710
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_710
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_710
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring331(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_709
	.loc 1 2021 9
	# main: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring332(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_709:
	.loc 1 2023 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2024 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 2025 5
	# main: storeRing = virtualAddressOfFrame(load64(startInfo + START_INFO_STORE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_711
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_711
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_711
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_712
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_712
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 2026 5
	# main: storePort = load32(startInfo + START_INFO_STORE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $64, %rdi	# START_INFO_STORE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_713
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_713
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_713
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.storePort(%rip)	# storePort =
	.loc 1 2027 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 2028 5
	# main: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2029 5
	# main: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring169(%rip), %rdi	# "control/shutdown"
	leaq .Lstring125(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 2030 5
	# main: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring192(%rip), %rdi	# "control/testing"
	leaq .Lstring126(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 2031 5
	# main: advertise("control/feature-poweroff");
	leaq .Lstring293(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 2032 5
	# main: advertise("control/feature-reboot");
	leaq .Lstring294(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 2033 5
	# main: advertise("control/feature-suspend");
	leaq .Lstring295(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
	.loc 1 2034 5
	# main: log("ready");
	leaq .Lstring333(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 2035 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_698:
	leave
	ret
.Ltrap_699:
	leaq .Lstring334(%rip), %rdi	# trap: kernel.ts:2004:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_700:
	leaq .Lstring335(%rip), %rdi	# trap: kernel.ts:2004:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_701:
	leaq .Lstring336(%rip), %rdi	# trap: kernel.ts:2005:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_702:
	leaq .Lstring337(%rip), %rdi	# trap: kernel.ts:2005:15: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_703:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:2006:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_704:
	leaq .Lstring339(%rip), %rdi	# trap: kernel.ts:2006:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_705:
	leaq .Lstring340(%rip), %rdi	# trap: kernel.ts:2007:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_710:
	leaq .Lstring341(%rip), %rdi	# trap: kernel.ts:2020:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_711:
	leaq .Lstring342(%rip), %rdi	# trap: kernel.ts:2025:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_712:
	leaq .Lstring343(%rip), %rdi	# trap: kernel.ts:2025:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_713:
	leaq .Lstring344(%rip), %rdi	# trap: kernel.ts:2026:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 2043 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 2044 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_715
	.loc 1 2045 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 2046 9
	# trap: print("trap: ");
	leaq .Lstring345(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 2047 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 2048 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_715:
	.loc 1 2050 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_714:
	leave
	ret
	.size trap, .-trap

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "kernel.ts:117:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:117:29: integer result outside the exact range"
	.balign 8
.Lstring1:	# "kernel.ts:117:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:117:19: integer result outside the exact range"
	.balign 8
.Lstring2:	# "kernel.ts:117:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:117:12: load64 value outside the exact range"
	.balign 8
.Lstring3:	# "kernel.ts:123:12: machineToPhys value outside the exact range"
	.quad 61
	.ascii "kernel.ts:123:12: machineToPhys value outside the exact range"
	.balign 8
.Lstring4:	# "kernel.ts:123:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:123:12: integer result outside the exact range"
	.balign 8
.Lstring5:	# "kernel.ts:188:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:188:13: integer result outside the exact range"
	.balign 8
.Lstring6:	# "kernel.ts:189:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:189:13: integer result outside the exact range"
	.balign 8
.Lstring7:	# "kernel.ts:190:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:190:13: integer result outside the exact range"
	.balign 8
.Lstring8:	# "kernel.ts:196:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:196:9: integer result outside the exact range"
	.balign 8
.Lstring9:	# "kernel.ts:218:51: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:218:51: integer result outside the exact range"
	.balign 8
.Lstring10:	# "kernel.ts:218:44: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:218:44: load64 value outside the exact range"
	.balign 8
.Lstring11:	# "kernel.ts:247:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:247:28: integer result outside the exact range"
	.balign 8
.Lstring12:	# "kernel.ts:252:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:252:24: integer result outside the exact range"
	.balign 8
.Lstring13:	# "kernel.ts:284:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:284:17: integer result outside the exact range"
	.balign 8
.Lstring14:	# "kernel.ts:320:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:320:32: integer result outside the exact range"
	.balign 8
.Lstring15:	# "kernel.ts:322:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:322:32: integer result outside the exact range"
	.balign 8
.Lstring16:	# "kernel.ts:323:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:323:33: integer result outside the exact range"
	.balign 8
.Lstring17:	# "kernel.ts:325:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:325:43: integer result outside the exact range"
	.balign 8
.Lstring18:	# "kernel.ts:334:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:334:23: integer result outside the exact range"
	.balign 8
.Lstring19:	# "kernel.ts:336:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:336:27: integer result outside the exact range"
	.balign 8
.Lstring20:	# "kernel.ts:337:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:337:28: integer result outside the exact range"
	.balign 8
.Lstring21:	# "kernel.ts:347:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:347:23: integer result outside the exact range"
	.balign 8
.Lstring22:	# "kernel.ts:349:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:349:27: integer result outside the exact range"
	.balign 8
.Lstring23:	# "kernel.ts:350:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:350:28: integer result outside the exact range"
	.balign 8
.Lstring24:	# "kernel.ts:355:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:355:24: integer result outside the exact range"
	.balign 8
.Lstring25:	# "kernel.ts:357:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:357:9: integer result outside the exact range"
	.balign 8
.Lstring26:	# "kernel.ts:357:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:357:40: integer result outside the exact range"
	.balign 8
.Lstring27:	# "kernel.ts:389:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:389:29: integer result outside the exact range"
	.balign 8
.Lstring28:	# "kernel.ts:390:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:390:29: integer result outside the exact range"
	.balign 8
.Lstring29:	# "kernel.ts:392:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:392:21: integer result outside the exact range"
	.balign 8
.Lstring30:	# "kernel.ts:411:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:411:35: integer result outside the exact range"
	.balign 8
.Lstring31:	# "kernel.ts:415:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:415:37: integer result outside the exact range"
	.balign 8
.Lstring32:	# "kernel.ts:416:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:416:20: integer result outside the exact range"
	.balign 8
.Lstring33:	# "kernel.ts:416:61: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:416:61: integer result outside the exact range"
	.balign 8
.Lstring34:	# "kernel.ts:418:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:418:21: integer result outside the exact range"
	.balign 8
.Lstring35:	# "kernel.ts:418:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:418:54: integer result outside the exact range"
	.balign 8
.Lstring36:	# "kernel.ts:423:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:423:35: integer result outside the exact range"
	.balign 8
.Lstring37:	# "kernel.ts:428:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:428:26: integer result outside the exact range"
	.balign 8
.Lstring38:	# "kernel.ts:467:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:467:26: integer result outside the exact range"
	.balign 8
.Lstring39:	# "kernel.ts:470:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:470:26: integer result outside the exact range"
	.balign 8
.Lstring40:	# "kernel.ts:488:20: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:488:20: charCodeAt index out of range"
	.balign 8
.Lstring41:	# "kernel.ts:487:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:487:38: integer result outside the exact range"
	.balign 8
.Lstring42:	# "kernel.ts:506:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:506:16: integer result outside the exact range"
	.balign 8
.Lstring43:	# "kernel.ts:510:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:510:26: integer result outside the exact range"
	.balign 8
.Lstring44:	# "kernel.ts:510:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:510:40: integer result outside the exact range"
	.balign 8
.Lstring45:	# "\\n"
	.quad 2
	.ascii "\\n"
	.balign 8
.Lstring46:	# "\\r"
	.quad 2
	.ascii "\\r"
	.balign 8
.Lstring47:	# "\\t"
	.quad 2
	.ascii "\\t"
	.balign 8
.Lstring48:	# "\\x"
	.quad 2
	.ascii "\\x"
	.balign 8
.Lstring49:	# "...\" ("
	.quad 6
	.ascii "...\" ("
	.balign 8
.Lstring50:	# " bytes)"
	.quad 7
	.ascii " bytes)"
	.balign 8
.Lstring51:	# "kernel.ts:537:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:537:32: integer result outside the exact range"
	.balign 8
.Lstring52:	# "kernel.ts:536:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:536:32: integer result outside the exact range"
	.balign 8
.Lstring53:	# "kernel.ts:556:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:556:16: integer result outside the exact range"
	.balign 8
.Lstring54:	# "kernel.ts:556:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:556:39: integer result outside the exact range"
	.balign 8
.Lstring55:	# "kernel.ts:555:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:555:33: integer result outside the exact range"
	.balign 8
.Lstring56:	# "kernel.ts:566:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:566:19: integer result outside the exact range"
	.balign 8
.Lstring57:	# "kernel.ts:566:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:566:36: charCodeAt index out of range"
	.balign 8
.Lstring58:	# "kernel.ts:565:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:565:33: integer result outside the exact range"
	.balign 8
.Lstring59:	# "EINVAL"
	.quad 6
	.ascii "EINVAL"
	.balign 8
.Lstring60:	# "EACCES"
	.quad 6
	.ascii "EACCES"
	.balign 8
.Lstring61:	# "EEXIST"
	.quad 6
	.ascii "EEXIST"
	.balign 8
.Lstring62:	# "EISDIR"
	.quad 6
	.ascii "EISDIR"
	.balign 8
.Lstring63:	# "ENOENT"
	.quad 6
	.ascii "ENOENT"
	.balign 8
.Lstring64:	# "ENOMEM"
	.quad 6
	.ascii "ENOMEM"
	.balign 8
.Lstring65:	# "ENOSPC"
	.quad 6
	.ascii "ENOSPC"
	.balign 8
.Lstring66:	# "EIO"
	.quad 3
	.ascii "EIO"
	.balign 8
.Lstring67:	# "ENOTEMPTY"
	.quad 9
	.ascii "ENOTEMPTY"
	.balign 8
.Lstring68:	# "ENOSYS"
	.quad 6
	.ascii "ENOSYS"
	.balign 8
.Lstring69:	# "EROFS"
	.quad 5
	.ascii "EROFS"
	.balign 8
.Lstring70:	# "EBUSY"
	.quad 5
	.ascii "EBUSY"
	.balign 8
.Lstring71:	# "EAGAIN"
	.quad 6
	.ascii "EAGAIN"
	.balign 8
.Lstring72:	# "EISCONN"
	.quad 7
	.ascii "EISCONN"
	.balign 8
.Lstring73:	# "E2BIG"
	.quad 5
	.ascii "E2BIG"
	.balign 8
.Lstring74:	# "EPERM"
	.quad 5
	.ascii "EPERM"
	.balign 8
.Lstring75:	# "protocol error"
	.quad 14
	.ascii "protocol error"
	.balign 8
.Lstring76:	# "no reply"
	.quad 8
	.ascii "no reply"
	.balign 8
.Lstring77:	# "unknown error"
	.quad 13
	.ascii "unknown error"
	.balign 8
.Lstring78:	# "kernel.ts:668:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:668:44: integer result outside the exact range"
	.balign 8
.Lstring79:	# "kernel.ts:668:74: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:668:74: integer result outside the exact range"
	.balign 8
.Lstring80:	# "kernel.ts:669:52: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:669:52: integer result outside the exact range"
	.balign 8
.Lstring81:	# "kernel.ts:705:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:705:12: integer result outside the exact range"
	.balign 8
.Lstring82:	# "kernel.ts:706:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:706:26: integer result outside the exact range"
	.balign 8
.Lstring83:	# "kernel.ts:712:27: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:712:27: charCodeAt index out of range"
	.balign 8
.Lstring84:	# "kernel.ts:711:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:711:38: integer result outside the exact range"
	.balign 8
.Lstring85:	# "kernel.ts:719:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:719:33: integer result outside the exact range"
	.balign 8
.Lstring86:	# "kernel.ts:718:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:718:33: integer result outside the exact range"
	.balign 8
.Lstring87:	# "xenstore: request ring indexes make no sense (prod "
	.quad 51
	.ascii "xenstore: request ring indexes make no sense (prod "
	.balign 8
.Lstring88:	# ", cons "
	.quad 7
	.ascii ", cons "
	.balign 8
.Lstring89:	# "); request dropped"
	.quad 18
	.ascii "); request dropped"
	.balign 8
.Lstring90:	# "kernel.ts:725:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:725:29: integer result outside the exact range"
	.balign 8
.Lstring91:	# "kernel.ts:726:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:726:29: integer result outside the exact range"
	.balign 8
.Lstring92:	# "kernel.ts:728:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:728:23: integer result outside the exact range"
	.balign 8
.Lstring93:	# "kernel.ts:737:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:737:12: integer result outside the exact range"
	.balign 8
.Lstring94:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring95:	# "kernel.ts:754:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:754:31: integer result outside the exact range"
	.balign 8
.Lstring96:	# "kernel.ts:762:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:762:33: integer result outside the exact range"
	.balign 8
.Lstring97:	# "kernel.ts:763:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:763:36: integer result outside the exact range"
	.balign 8
.Lstring98:	# "kernel.ts:764:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:764:21: integer result outside the exact range"
	.balign 8
.Lstring99:	# "kernel.ts:768:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:768:21: integer result outside the exact range"
	.balign 8
.Lstring100:	# "kernel.ts:769:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:769:21: integer result outside the exact range"
	.balign 8
.Lstring101:	# "kernel.ts:771:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:771:19: integer result outside the exact range"
	.balign 8
.Lstring102:	# "kernel.ts:771:48: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:771:48: integer result outside the exact range"
	.balign 8
.Lstring103:	# "kernel.ts:773:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:773:17: integer result outside the exact range"
	.balign 8
.Lstring104:	# "kernel.ts:773:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:773:43: integer result outside the exact range"
	.balign 8
.Lstring105:	# "kernel.ts:774:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:774:16: integer result outside the exact range"
	.balign 8
.Lstring106:	# "kernel.ts:789:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:789:29: integer result outside the exact range"
	.balign 8
.Lstring107:	# "kernel.ts:791:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:791:13: integer result outside the exact range"
	.balign 8
.Lstring108:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring109:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring110:	# "kernel.ts:797:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:797:29: integer result outside the exact range"
	.balign 8
.Lstring111:	# "kernel.ts:798:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:798:29: integer result outside the exact range"
	.balign 8
.Lstring112:	# "kernel.ts:800:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:800:24: integer result outside the exact range"
	.balign 8
.Lstring113:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring114:	# "kernel.ts:824:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:824:31: integer result outside the exact range"
	.balign 8
.Lstring115:	# "kernel.ts:833:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:833:33: integer result outside the exact range"
	.balign 8
.Lstring116:	# "kernel.ts:834:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:834:36: integer result outside the exact range"
	.balign 8
.Lstring117:	# "kernel.ts:835:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:835:21: integer result outside the exact range"
	.balign 8
.Lstring118:	# "kernel.ts:839:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:839:21: integer result outside the exact range"
	.balign 8
.Lstring119:	# "kernel.ts:840:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:840:21: integer result outside the exact range"
	.balign 8
.Lstring120:	# "kernel.ts:842:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:842:19: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:842:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:842:43: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:844:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:844:17: integer result outside the exact range"
	.balign 8
.Lstring123:	# "kernel.ts:844:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:844:43: integer result outside the exact range"
	.balign 8
.Lstring124:	# "kernel.ts:846:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:846:20: integer result outside the exact range"
	.balign 8
.Lstring125:	# "shutdown-watch"
	.quad 14
	.ascii "shutdown-watch"
	.balign 8
.Lstring126:	# "testing-watch"
	.quad 13
	.ascii "testing-watch"
	.balign 8
.Lstring127:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring128:	# "kernel.ts:854:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:854:38: integer result outside the exact range"
	.balign 8
.Lstring129:	# "kernel.ts:855:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:855:19: integer result outside the exact range"
	.balign 8
.Lstring130:	# "kernel.ts:857:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:857:19: integer result outside the exact range"
	.balign 8
.Lstring131:	# "kernel.ts:858:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:858:23: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:859:34: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:859:34: integer result outside the exact range"
	.balign 8
.Lstring133:	# "kernel.ts:860:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:860:23: integer result outside the exact range"
	.balign 8
.Lstring134:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring135:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring136:	# "kernel.ts:883:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:883:27: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:891:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:891:43: integer result outside the exact range"
	.balign 8
.Lstring138:	# "kernel.ts:896:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:896:24: integer result outside the exact range"
	.balign 8
.Lstring139:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring140:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring141:	# "kernel.ts:911:65: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:911:65: integer result outside the exact range"
	.balign 8
.Lstring142:	# "kernel.ts:912:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:912:13: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:913:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:913:13: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:914:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:914:13: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:915:55: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:915:55: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:927:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:927:31: integer result outside the exact range"
	.balign 8
.Lstring147:	# "kernel.ts:928:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:928:20: integer result outside the exact range"
	.balign 8
.Lstring148:	# "kernel.ts:930:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:930:33: integer result outside the exact range"
	.balign 8
.Lstring149:	# "kernel.ts:937:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:937:40: integer result outside the exact range"
	.balign 8
.Lstring150:	# "kernel.ts:939:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:939:31: integer result outside the exact range"
	.balign 8
.Lstring151:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring152:	# "kernel.ts:959:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:959:33: integer result outside the exact range"
	.balign 8
.Lstring153:	# "kernel.ts:986:27: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:986:27: charCodeAt index out of range"
	.balign 8
.Lstring154:	# "kernel.ts:985:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:985:39: integer result outside the exact range"
	.balign 8
.Lstring155:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring156:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring157:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring158:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring159:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring160:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring161:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring162:	# "kernel.ts:1062:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1062:65: integer result outside the exact range"
	.balign 8
.Lstring163:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring164:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring165:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring166:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring167:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring168:	# ""
	.quad 0
	.balign 8
.Lstring169:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring170:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring171:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring172:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring173:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring174:	# "kernel.ts:1191:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1191:19: integer result outside the exact range"
	.balign 8
.Lstring175:	# "kernel.ts:1191:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1191:40: integer result outside the exact range"
	.balign 8
.Lstring176:	# "kernel.ts:1190:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1190:33: integer result outside the exact range"
	.balign 8
.Lstring177:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring178:	# "expected now:<action>, next:<action> or a JSON object"
	.quad 53
	.ascii "expected now:<action>, next:<action> or a JSON object"
	.balign 8
.Lstring179:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring180:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring181:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring182:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring183:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring184:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring185:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring186:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring187:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring188:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring189:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring190:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring191:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring192:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring193:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring194:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring195:	# "kernel.ts:1269:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1269:55: integer result outside the exact range"
	.balign 8
.Lstring196:	# "kernel.ts:1270:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1270:17: integer result outside the exact range"
	.balign 8
.Lstring197:	# "kernel.ts:1272:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1272:40: integer result outside the exact range"
	.balign 8
.Lstring198:	# "kernel.ts:1277:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1277:40: integer result outside the exact range"
	.balign 8
.Lstring199:	# "kernel.ts:1277:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1277:58: integer result outside the exact range"
	.balign 8
.Lstring200:	# "kernel.ts:1286:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1286:40: integer result outside the exact range"
	.balign 8
.Lstring201:	# "kernel.ts:1286:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1286:58: integer result outside the exact range"
	.balign 8
.Lstring202:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring203:	# "kernel.ts:1334:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1334:18: integer result outside the exact range"
	.balign 8
.Lstring204:	# "kernel.ts:1347:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1347:16: integer result outside the exact range"
	.balign 8
.Lstring205:	# "kernel.ts:1350:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1350:16: integer result outside the exact range"
	.balign 8
.Lstring206:	# "kernel.ts:1353:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1353:16: integer result outside the exact range"
	.balign 8
.Lstring207:	# "kernel.ts:1360:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1360:9: integer result outside the exact range"
	.balign 8
.Lstring208:	# "kernel.ts:1365:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1365:38: integer result outside the exact range"
	.balign 8
.Lstring209:	# "kernel.ts:1369:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1369:17: integer result outside the exact range"
	.balign 8
.Lstring210:	# "kernel.ts:1364:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1364:28: integer result outside the exact range"
	.balign 8
.Lstring211:	# "kernel.ts:1371:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1371:14: integer result outside the exact range"
	.balign 8
.Lstring212:	# "kernel.ts:1377:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1377:16: integer result outside the exact range"
	.balign 8
.Lstring213:	# "kernel.ts:1379:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1379:25: integer result outside the exact range"
	.balign 8
.Lstring214:	# "kernel.ts:1386:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1386:31: integer result outside the exact range"
	.balign 8
.Lstring215:	# "kernel.ts:1387:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1387:31: integer result outside the exact range"
	.balign 8
.Lstring216:	# "kernel.ts:1389:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1389:31: integer result outside the exact range"
	.balign 8
.Lstring217:	# "kernel.ts:1390:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1390:31: integer result outside the exact range"
	.balign 8
.Lstring218:	# "kernel.ts:1391:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1391:31: integer result outside the exact range"
	.balign 8
.Lstring219:	# "kernel.ts:1393:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1393:31: integer result outside the exact range"
	.balign 8
.Lstring220:	# "kernel.ts:1394:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1394:31: integer result outside the exact range"
	.balign 8
.Lstring221:	# "kernel.ts:1395:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1395:31: integer result outside the exact range"
	.balign 8
.Lstring222:	# "kernel.ts:1396:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1396:31: integer result outside the exact range"
	.balign 8
.Lstring223:	# "kernel.ts:1406:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1406:14: integer result outside the exact range"
	.balign 8
.Lstring224:	# "kernel.ts:1413:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1413:18: integer result outside the exact range"
	.balign 8
.Lstring225:	# "kernel.ts:1428:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1428:18: integer result outside the exact range"
	.balign 8
.Lstring226:	# "kernel.ts:1444:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1444:66: integer result outside the exact range"
	.balign 8
.Lstring227:	# "kernel.ts:1445:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1445:51: integer result outside the exact range"
	.balign 8
.Lstring228:	# "kernel.ts:1447:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1447:30: integer result outside the exact range"
	.balign 8
.Lstring229:	# "kernel.ts:1450:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1450:48: integer result outside the exact range"
	.balign 8
.Lstring230:	# "kernel.ts:1450:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1450:47: integer result outside the exact range"
	.balign 8
.Lstring231:	# "kernel.ts:1450:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1450:37: integer result outside the exact range"
	.balign 8
.Lstring232:	# "kernel.ts:1450:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1450:78: integer result outside the exact range"
	.balign 8
.Lstring233:	# "kernel.ts:1467:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1467:18: integer result outside the exact range"
	.balign 8
.Lstring234:	# "kernel.ts:1468:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1468:17: integer result outside the exact range"
	.balign 8
.Lstring235:	# "kernel.ts:1476:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1476:18: integer result outside the exact range"
	.balign 8
.Lstring236:	# "kernel.ts:1479:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1479:18: integer result outside the exact range"
	.balign 8
.Lstring237:	# "kernel.ts:1484:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1484:18: integer result outside the exact range"
	.balign 8
.Lstring238:	# "kernel.ts:1490:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1490:18: integer result outside the exact range"
	.balign 8
.Lstring239:	# "kernel.ts:1492:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1492:22: integer result outside the exact range"
	.balign 8
.Lstring240:	# "kernel.ts:1502:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1502:9: integer result outside the exact range"
	.balign 8
.Lstring241:	# "kernel.ts:1505:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1505:14: integer result outside the exact range"
	.balign 8
.Lstring242:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring243:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring244:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring245:	# "kernel.ts:1521:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1521:18: integer result outside the exact range"
	.balign 8
.Lstring246:	# "kernel.ts:1524:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1524:22: integer result outside the exact range"
	.balign 8
.Lstring247:	# "kernel.ts:1537:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1537:26: integer result outside the exact range"
	.balign 8
.Lstring248:	# "kernel.ts:1539:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1539:32: integer result outside the exact range"
	.balign 8
.Lstring249:	# "kernel.ts:1544:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1544:22: integer result outside the exact range"
	.balign 8
.Lstring250:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring251:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring252:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring253:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring254:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring255:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring256:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring257:	# "kernel.ts:1583:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1583:15: integer result outside the exact range"
	.balign 8
.Lstring258:	# "kernel.ts:1589:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1589:14: integer result outside the exact range"
	.balign 8
.Lstring259:	# "kernel.ts:1592:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1592:18: integer result outside the exact range"
	.balign 8
.Lstring260:	# "kernel.ts:1605:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1605:22: integer result outside the exact range"
	.balign 8
.Lstring261:	# "kernel.ts:1620:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1620:22: integer result outside the exact range"
	.balign 8
.Lstring262:	# "kernel.ts:1708:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1708:27: integer result outside the exact range"
	.balign 8
.Lstring263:	# "kernel.ts:1708:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1708:17: integer result outside the exact range"
	.balign 8
.Lstring264:	# "kernel.ts:1707:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1707:32: integer result outside the exact range"
	.balign 8
.Lstring265:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring266:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring267:	# "kernel.ts:1715:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1715:34: integer result outside the exact range"
	.balign 8
.Lstring268:	# "kernel.ts:1716:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1716:40: integer result outside the exact range"
	.balign 8
.Lstring269:	# "kernel.ts:1724:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1724:28: integer result outside the exact range"
	.balign 8
.Lstring270:	# "kernel.ts:1726:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1726:30: integer result outside the exact range"
	.balign 8
.Lstring271:	# "kernel.ts:1726:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1726:17: integer result outside the exact range"
	.balign 8
.Lstring272:	# "kernel.ts:1726:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1726:65: integer result outside the exact range"
	.balign 8
.Lstring273:	# "kernel.ts:1726:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1726:55: integer result outside the exact range"
	.balign 8
.Lstring274:	# "kernel.ts:1725:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1725:41: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:1729:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1729:33: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:1729:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1729:17: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:1729:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1729:71: integer result outside the exact range"
	.balign 8
.Lstring278:	# "kernel.ts:1729:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1729:58: integer result outside the exact range"
	.balign 8
.Lstring279:	# "kernel.ts:1728:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1728:47: integer result outside the exact range"
	.balign 8
.Lstring280:	# "kernel.ts:1731:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1731:13: integer result outside the exact range"
	.balign 8
.Lstring281:	# "kernel.ts:1733:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1733:13: integer result outside the exact range"
	.balign 8
.Lstring282:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring283:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring284:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring285:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring286:	# "kernel.ts:1755:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1755:13: integer result outside the exact range"
	.balign 8
.Lstring287:	# "kernel.ts:1756:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1756:13: integer result outside the exact range"
	.balign 8
.Lstring288:	# "kernel.ts:1770:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1770:13: integer result outside the exact range"
	.balign 8
.Lstring289:	# "kernel.ts:1771:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1771:13: integer result outside the exact range"
	.balign 8
.Lstring290:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring291:	# "kernel.ts:1796:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1796:12: integer result outside the exact range"
	.balign 8
.Lstring292:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring293:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring294:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring295:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring296:	# "kernel.ts:1800:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1800:26: integer result outside the exact range"
	.balign 8
.Lstring297:	# "kernel.ts:1800:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1800:19: load64 value outside the exact range"
	.balign 8
.Lstring298:	# "kernel.ts:1801:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1801:48: integer result outside the exact range"
	.balign 8
.Lstring299:	# "kernel.ts:1801:41: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1801:41: load64 value outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:1802:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1802:26: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:1803:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1803:46: integer result outside the exact range"
	.balign 8
.Lstring302:	# "kernel.ts:1803:39: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1803:39: load64 value outside the exact range"
	.balign 8
.Lstring303:	# "kernel.ts:1804:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1804:24: integer result outside the exact range"
	.balign 8
.Lstring304:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring305:	# "kernel.ts:1887:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1887:28: integer result outside the exact range"
	.balign 8
.Lstring306:	# "kernel.ts:1891:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1891:17: integer result outside the exact range"
	.balign 8
.Lstring307:	# "kernel.ts:1891:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1891:31: integer result outside the exact range"
	.balign 8
.Lstring308:	# "kernel.ts:1886:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1886:33: integer result outside the exact range"
	.balign 8
.Lstring309:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring310:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring311:	# "0.2.0"
	.quad 5
	.ascii "0.2.0"
	.balign 8
.Lstring312:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring313:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring314:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring315:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring316:	# "kernel.ts:1917:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1917:16: integer result outside the exact range"
	.balign 8
.Lstring317:	# "kernel.ts:1916:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1916:56: integer result outside the exact range"
	.balign 8
.Lstring318:	# "kernel.ts:1921:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1921:32: integer result outside the exact range"
	.balign 8
.Lstring319:	# "kernel.ts:1920:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1920:56: integer result outside the exact range"
	.balign 8
.Lstring320:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring321:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring322:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring323:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring324:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring325:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring326:	# "kernel.ts:1952:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1952:17: integer result outside the exact range"
	.balign 8
.Lstring327:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring328:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring329:	# "kernel.ts:1991:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1991:25: integer result outside the exact range"
	.balign 8
.Lstring330:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring331:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring332:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring333:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring334:	# "kernel.ts:2004:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2004:26: integer result outside the exact range"
	.balign 8
.Lstring335:	# "kernel.ts:2004:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2004:19: load64 value outside the exact range"
	.balign 8
.Lstring336:	# "kernel.ts:2005:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2005:22: integer result outside the exact range"
	.balign 8
.Lstring337:	# "kernel.ts:2005:15: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2005:15: load64 value outside the exact range"
	.balign 8
.Lstring338:	# "kernel.ts:2006:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2006:48: integer result outside the exact range"
	.balign 8
.Lstring339:	# "kernel.ts:2006:41: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2006:41: load64 value outside the exact range"
	.balign 8
.Lstring340:	# "kernel.ts:2007:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2007:26: integer result outside the exact range"
	.balign 8
.Lstring341:	# "kernel.ts:2020:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2020:25: integer result outside the exact range"
	.balign 8
.Lstring342:	# "kernel.ts:2025:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2025:46: integer result outside the exact range"
	.balign 8
.Lstring343:	# "kernel.ts:2025:39: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2025:39: load64 value outside the exact range"
	.balign 8
.Lstring344:	# "kernel.ts:2026:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2026:24: integer result outside the exact range"
	.balign 8
.Lstring345:	# "trap: "
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
	.type var.domainPages,@object
	.size var.domainPages, 8
var.domainPages:
	.quad 0	# let domainPages = 0
	.balign 8
	.type var.mfnList,@object
	.size var.mfnList, 8
var.mfnList:
	.quad 0	# let mfnList = 0
	.balign 8
	.type var.sharedInfoMapped,@object
	.size var.sharedInfoMapped, 8
var.sharedInfoMapped:
	.quad 0	# let sharedInfoMapped = false
	.balign 8
	.type var.ticksOwed,@object
	.size var.ticksOwed, 8
var.ticksOwed:
	.quad 0	# let ticksOwed = 0
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
	.type var.ownShutdownValueLength,@object
	.size var.ownShutdownValueLength, 8
var.ownShutdownValueLength:
	.quad -1	# let ownShutdownValueLength = -1
	.balign 8
	.type var.lastShutdownLength,@object
	.size var.lastShutdownLength, 8
var.lastShutdownLength:
	.quad -1	# let lastShutdownLength = -1
	.balign 8
	.type var.shutdownRepeatGuard,@object
	.size var.shutdownRepeatGuard, 8
var.shutdownRepeatGuard:
	.quad 0	# let shutdownRepeatGuard = false
	.balign 8
	.type var.lastTestingLength,@object
	.size var.lastTestingLength, 8
var.lastTestingLength:
	.quad -1	# let lastTestingLength = -1
	.balign 8
	.type var.testingRepeatGuard,@object
	.size var.testingRepeatGuard, 8
var.testingRepeatGuard:
	.quad 0	# let testingRepeatGuard = false
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
	.type var.domainId,@object
	.size var.domainId, 8
var.domainId:
	.quad -1	# let domainId = -1
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
	.type buf.ownShutdownValue,@object
	.size buf.ownShutdownValue, 4096
buf.ownShutdownValue:
	.skip 4096
	.balign 8
	.type buf.lastShutdownValue,@object
	.size buf.lastShutdownValue, 4096
buf.lastShutdownValue:
	.skip 4096
	.balign 8
	.type buf.lastTestingValue,@object
	.size buf.lastTestingValue, 4096
buf.lastTestingValue:
	.skip 4096
	.balign 8
	.type buf.commandValue,@object
	.size buf.commandValue, 4096
buf.commandValue:
	.skip 4096
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
	.type buf.xenExtraVersion,@object
	.size buf.xenExtraVersion, 24
buf.xenExtraVersion:
	.skip 24

	.section .note.GNU-stack,"",@progbits

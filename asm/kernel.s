# kernel.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "kernel.ts"
	.file 1 "kernel.ts"
	.text

# function machineFrameOf(virtualAddress)
	.type fn.machineFrameOf,@function
fn.machineFrameOf:
	.loc 1 107 1
	# machineFrameOf: function machineFrameOf(virtualAddress: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	.loc 1 108 5
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
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:108:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:108:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_4:
	leaq .Lstring2(%rip), %rdi	# trap: kernel.ts:108:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.machineFrameOf, .-fn.machineFrameOf

# function virtualAddressOfFrame(mfn)
	.type fn.virtualAddressOfFrame,@function
fn.virtualAddressOfFrame:
	.loc 1 113 1
	# virtualAddressOfFrame: function virtualAddressOfFrame(mfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mfn
	.loc 1 114 5
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
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:114:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
	leaq .Lstring4(%rip), %rdi	# trap: kernel.ts:114:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.virtualAddressOfFrame, .-fn.virtualAddressOfFrame

# function shutdownForever(reason)
	.type fn.shutdownForever,@function
fn.shutdownForever:
	.loc 1 154 1
	# shutdownForever: function shutdownForever(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 155 5
	# shutdownForever: while (true) {
.Lwhile_9:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_10
	.loc 1 156 9
	# shutdownForever: store32(hypercallArguments, reason);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# reason
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 157 9
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
	.loc 1 161 1
	# yieldCpu: function yieldCpu(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 162 5
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
	.loc 1 166 1
	# notifyPort: function notifyPort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 167 5
	# notifyPort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 168 5
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
	.loc 1 176 1
	# pollPort: function pollPort(port: number, deadlineHigh: number, deadlineLow: nu...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter deadlineHigh
	movq %rdx, -24(%rbp)	# parameter deadlineLow
	.loc 1 177 5
	# pollPort: store32(pollPortList, port);
	leaq buf.pollPortList(%rip), %rdi	# pollPortList
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 178 5
	# pollPort: store64(hypercallArguments, pollPortList);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 179 5
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
	.loc 1 180 5
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
	.loc 1 181 5
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
	.loc 1 182 5
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
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:179:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:180:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_16:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:181:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pollPort, .-fn.pollPort

# function mapPage(virtualAddress, machineAddress)
	.type fn.mapPage,@function
fn.mapPage:
	.loc 1 185 1
	# mapPage: function mapPage(virtualAddress: number, machineAddress: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	movq %rsi, -16(%rbp)	# parameter machineAddress
	.loc 1 186 5
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
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:187:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapPage, .-fn.mapPage

# function mapSharedInfo()
	.type fn.mapSharedInfo,@function
fn.mapSharedInfo:
	.loc 1 206 1
	# mapSharedInfo: function mapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 207 5
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
	.loc 1 208 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_22
	.loc 1 209 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_22:
	.loc 1 211 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_19:
	leave
	ret
.Ltrap_20:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:207:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_21:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:207:44: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapSharedInfo, .-fn.mapSharedInfo

# function portPending(port)
	.type fn.portPending,@function
fn.portPending:
	.loc 1 235 1
	# portPending: function portPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 236 5
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
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:236:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portPending, .-fn.portPending

# function portStillPending(port)
	.type fn.portStillPending,@function
fn.portStillPending:
	.loc 1 240 1
	# portStillPending: function portStillPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 241 5
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
	.loc 1 242 5
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
	leaq .Lstring12(%rip), %rdi	# trap: kernel.ts:241:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portStillPending, .-fn.portStillPending

# function waitOnPort(port)
	.type fn.waitOnPort,@function
fn.waitOnPort:
	.loc 1 248 1
	# waitOnPort: function waitOnPort(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 249 5
	# waitOnPort: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_28
	.loc 1 250 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 251 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_28:
	.loc 1 253 5
	# waitOnPort: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_29
	.loc 1 254 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_29:
	.loc 1 256 5
	# waitOnPort: if (pollPort(port, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq var.tickDeadlineHigh(%rip), %rsi	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rdx	# tickDeadlineLow
	call fn.pollPort
	cmpq $0, %rax	# compare with 0
	jge .Lelse_30
	.loc 1 257 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 258 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_30:
	.loc 1 260 5
	# waitOnPort: if (portStillPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portStillPending
	testq %rax, %rax
	je .Lelse_31
	.loc 1 261 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_27
.Lelse_31:
	.loc 1 264 5
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
	.loc 1 265 5
	# waitOnPort: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 266 5
	# waitOnPort: return true;
	movq $1, %rax	# true
.Lreturn_27:
	leave
	ret
.Ltrap_32:
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:264:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.waitOnPort, .-fn.waitOnPort

# function readSystemTime()
	.type fn.readSystemTime,@function
fn.readSystemTime:
	.loc 1 298 1
	# readSystemTime: function readSystemTime(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 299 5
	# readSystemTime: while (true) {
.Lwhile_34:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_35
	.loc 1 300 9
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
	.loc 1 301 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 302 9
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
	.loc 1 303 9
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
	.loc 1 304 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 305 9
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
	.loc 1 306 13
	# readSystemTime: return;
	jmp .Lreturn_33
.Lelse_39:
	jmp .Lwhile_34
.Lendwhile_35:
.Lreturn_33:
	leave
	ret
.Ltrap_36:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:300:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_37:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:302:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_38:
	leaq .Lstring16(%rip), %rdi	# trap: kernel.ts:303:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_40:
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:305:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readSystemTime, .-fn.readSystemTime

# function setTickDeadlineAfterSystemTime(nanoseconds)
	.type fn.setTickDeadlineAfterSystemTime,@function
fn.setTickDeadlineAfterSystemTime:
	.loc 1 312 1
	# setTickDeadlineAfterSystemTime: function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 313 5
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = systemTimeHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
	.loc 1 314 5
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
	.loc 1 315 5
	# setTickDeadlineAfterSystemTime: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_43
	.loc 1 316 9
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
	.loc 1 317 9
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
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:314:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_44:
	leaq .Lstring19(%rip), %rdi	# trap: kernel.ts:316:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_45:
	leaq .Lstring20(%rip), %rdi	# trap: kernel.ts:317:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.setTickDeadlineAfterSystemTime, .-fn.setTickDeadlineAfterSystemTime

# function startTicking()
	.type fn.startTicking,@function
fn.startTicking:
	.loc 1 321 1
	# startTicking: function startTicking(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 322 5
	# startTicking: readSystemTime();
	call fn.readSystemTime
	.loc 1 323 5
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
	.loc 1 326 1
	# advanceTickDeadline: function advanceTickDeadline(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 327 5
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
	.loc 1 328 5
	# advanceTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_49
	.loc 1 329 9
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
	.loc 1 330 9
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
	.loc 1 334 5
	# advanceTickDeadline: readSystemTime();
	call fn.readSystemTime
	.loc 1 335 5
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
	.loc 1 336 5
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
	.loc 1 338 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_53:
.Lreturn_47:
	leave
	ret
.Ltrap_48:
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:327:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_50:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:329:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_51:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:330:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_52:
	leaq .Lstring24(%rip), %rdi	# trap: kernel.ts:335:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_55:
	leaq .Lstring25(%rip), %rdi	# trap: kernel.ts:337:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_56:
	leaq .Lstring26(%rip), %rdi	# trap: kernel.ts:337:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.advanceTickDeadline, .-fn.advanceTickDeadline

# function consoleBytesQueued()
	.type fn.consoleBytesQueued,@function
fn.consoleBytesQueued:
	.loc 1 367 1
	# consoleBytesQueued: function consoleBytesQueued(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 368 5
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
	.loc 1 369 5
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
	.loc 1 370 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 371 5
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
	.loc 1 372 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_61
	.loc 1 373 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_57
.Lelse_61:
	.loc 1 375 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_57:
	leave
	ret
.Ltrap_58:
	leaq .Lstring27(%rip), %rdi	# trap: kernel.ts:368:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_59:
	leaq .Lstring28(%rip), %rdi	# trap: kernel.ts:369:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_60:
	leaq .Lstring29(%rip), %rdi	# trap: kernel.ts:371:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleBytesQueued, .-fn.consoleBytesQueued

# function consolePutRaw(byte)
	.type fn.consolePutRaw,@function
fn.consolePutRaw:
	.loc 1 378 1
	# consolePutRaw: function consolePutRaw(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 379 5
	# consolePutRaw: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_63
	.loc 1 380 9
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_63:
	.loc 1 382 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 383 5
	# consolePutRaw: while (true) {
.Lwhile_64:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_65
	.loc 1 384 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 385 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_66
	.loc 1 386 13
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
	.loc 1 387 13
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_66:
	.loc 1 389 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_68
	.loc 1 390 13
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
	.loc 1 391 13
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
	.loc 1 392 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 393 13
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
	.loc 1 394 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 395 13
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_68:
	.loc 1 397 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_75
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_74
.Lskip_75:
	.loc 1 398 13
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
	.loc 1 399 13
	# consolePutRaw: return;
	jmp .Lreturn_62
.Lelse_74:
	.loc 1 401 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 402 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_77
	.loc 1 403 13
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
	.loc 1 404 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_79
	.loc 1 405 17
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
	leaq .Lstring30(%rip), %rdi	# trap: kernel.ts:386:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_69:
	leaq .Lstring31(%rip), %rdi	# trap: kernel.ts:390:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_70:
	leaq .Lstring32(%rip), %rdi	# trap: kernel.ts:391:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_71:
	leaq .Lstring33(%rip), %rdi	# trap: kernel.ts:391:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_72:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:393:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_73:
	leaq .Lstring35(%rip), %rdi	# trap: kernel.ts:393:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_76:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:398:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_78:
	leaq .Lstring37(%rip), %rdi	# trap: kernel.ts:403:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consolePutRaw, .-fn.consolePutRaw

# function consolePut(byte)
	.type fn.consolePut,@function
fn.consolePut:
	.loc 1 412 1
	# consolePut: function consolePut(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 413 5
	# consolePut: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_81
	.loc 1 414 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_81:
	.loc 1 416 5
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
	.loc 1 420 1
	# endLine: function endLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 421 5
	# endLine: consolePut(10);
	movq $10, %rdi
	call fn.consolePut
	.loc 1 422 5
	# endLine: if (consoleRing !== 0 && consolePort !== 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lelse_83
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_83
	.loc 1 423 9
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
	.loc 1 429 1
	# consoleDrain: function consoleDrain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 430 5
	# consoleDrain: if (consoleRing === 0 || consolePort === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lskip_86
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_85
.Lskip_86:
	.loc 1 431 9
	# consoleDrain: return;
	jmp .Lreturn_84
.Lelse_85:
	.loc 1 433 5
	# consoleDrain: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 434 5
	# consoleDrain: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# stallTicks
	.loc 1 435 5
	# consoleDrain: while (consoleBytesQueued() > 0 && stallTicks < CONSOLE_STALL_TICKS) {
.Lwhile_87:
	call fn.consoleBytesQueued
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_88
	movq -8(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jge .Lendwhile_88
	.loc 1 436 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_89
	.loc 1 437 13
	# consoleDrain: stallTicks = stallTicks + 1;
	movq -8(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_90
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_90
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_90
	movq %rax, -8(%rbp)	# stallTicks =
.Lelse_89:
	jmp .Lwhile_87
.Lendwhile_88:
.Lreturn_84:
	leave
	ret
.Ltrap_90:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:437:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleDrain, .-fn.consoleDrain

# function print(text)
	.type fn.print,@function
fn.print:
	.loc 1 453 1
	# print: function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 454 5
	# print: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_92:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_94
	.loc 1 455 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_95
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_93:
	.loc 1 454 38
	# print: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_96
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_96
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_92
.Lendfor_94:
.Lreturn_91:
	leave
	ret
.Ltrap_95:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:455:20: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_96:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:454:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.print, .-fn.print

# function log(text)
	.type fn.log,@function
fn.log:
	.loc 1 459 1
	# log: function log(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 460 5
	# log: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 461 5
	# log: endLine();
	call fn.endLine
.Lreturn_97:
	leave
	ret
	.size fn.log, .-fn.log

# function printDecimal(value)
	.type fn.printDecimal,@function
fn.printDecimal:
	.loc 1 464 1
	# printDecimal: function printDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 465 5
	# printDecimal: if (value < 0) {
	movq -8(%rbp), %rax	# value
	cmpq $0, %rax	# compare with 0
	jge .Lelse_99
	.loc 1 466 9
	# printDecimal: consolePut(45);
	movq $45, %rdi
	call fn.consolePut
	.loc 1 467 9
	# printDecimal: printDecimal(-value);
	movq -8(%rbp), %rax	# value
	negq %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 468 9
	# printDecimal: return;
	jmp .Lreturn_98
.Lelse_99:
	.loc 1 470 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_100
	.loc 1 471 9
	# printDecimal: printDecimal(Math.floor(value / 10));
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_101
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_101
	subq $1, %rax	# then the floor is one below
.Lfloored_101:
	movq %rax, %rdi
	call fn.printDecimal
.Lelse_100:
	.loc 1 473 5
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
	jo .Ltrap_102
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_102
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_102
	movq %rax, %rdi
	call fn.consolePut
.Lreturn_98:
	leave
	ret
.Ltrap_102:
	leaq .Lstring41(%rip), %rdi	# trap: kernel.ts:473:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printDecimal, .-fn.printDecimal

# function hexDigit(nibble)
	.type fn.hexDigit,@function
fn.hexDigit:
	.loc 1 476 1
	# hexDigit: function hexDigit(nibble: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nibble
	.loc 1 477 5
	# hexDigit: return nibble < 10 ? 48 + nibble : 87 + nibble;
	movq -8(%rbp), %rax	# nibble
	cmpq $10, %rax	# compare with 10
	jge .Lelse_104
	movq $48, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_106
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_106
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_106
	jmp .Lendcond_105
.Lelse_104:
	movq $87, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_107
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_107
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_107
.Lendcond_105:
.Lreturn_103:
	leave
	ret
.Ltrap_106:
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:477:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_107:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:477:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexDigit, .-fn.hexDigit

# function printEscapedByte(byte)
	.type fn.printEscapedByte,@function
fn.printEscapedByte:
	.loc 1 480 1
	# printEscapedByte: function printEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 481 5
	# printEscapedByte: if (byte === 34 || byte === 92) {            // '"' and '\'
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_110
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_109
.Lskip_110:
	.loc 1 482 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 483 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_111
.Lelse_109:
	.loc 1 484 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_112
	.loc 1 485 9
	# printEscapedByte: print("\\n");
	leaq .Lstring44(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_113
.Lelse_112:
	.loc 1 486 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_114
	.loc 1 487 9
	# printEscapedByte: print("\\r");
	leaq .Lstring45(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_115
.Lelse_114:
	.loc 1 488 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_116
	.loc 1 489 9
	# printEscapedByte: print("\\t");
	leaq .Lstring46(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_117
.Lelse_116:
	.loc 1 490 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_118
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_118
	.loc 1 491 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_119
.Lelse_118:
	.loc 1 493 9
	# printEscapedByte: print("\\x");
	leaq .Lstring47(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 494 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 495 9
	# printEscapedByte: consolePut(hexDigit(byte & 15));
	movq -8(%rbp), %rax	# byte
	movq $15, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
.Lendif_119:
.Lendif_117:
.Lendif_115:
.Lendif_113:
.Lendif_111:
.Lreturn_108:
	leave
	ret
	.size fn.printEscapedByte, .-fn.printEscapedByte

# function printQuoted(address, length)
	.type fn.printQuoted,@function
fn.printQuoted:
	.loc 1 500 1
	# printQuoted: function printQuoted(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 501 5
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
	.loc 1 502 5
	# printQuoted: const shown = length > DISPLAY_LIMIT ? DISPLAY_LIMIT : length;
	movq -16(%rbp), %rax	# length
	cmpq $120, %rax	# compare with DISPLAY_LIMIT
	jle .Lelse_121
	movq $120, %rax	# DISPLAY_LIMIT
	jmp .Lendcond_122
.Lelse_121:
	movq -16(%rbp), %rax	# length
.Lendcond_122:
	movq %rax, -24(%rbp)	# shown
	.loc 1 503 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_123:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_125
	.loc 1 504 9
	# printQuoted: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_126
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_126
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_126
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printEscapedByte
.Lfornext_124:
	.loc 1 503 32
	# printQuoted: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_127
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_127
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_123
.Lendfor_125:
	.loc 1 506 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_128
	.loc 1 507 9
	# printQuoted: print("...\" (");
	leaq .Lstring48(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 508 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 509 9
	# printQuoted: print(" bytes)");
	leaq .Lstring49(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_129
.Lelse_128:
	.loc 1 511 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_129:
.Lreturn_120:
	leave
	ret
.Ltrap_126:
	leaq .Lstring50(%rip), %rdi	# trap: kernel.ts:504:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_127:
	leaq .Lstring51(%rip), %rdi	# trap: kernel.ts:503:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printQuoted, .-fn.printQuoted

# function logErrno(text, errno)
	.type fn.logErrno,@function
fn.logErrno:
	.loc 1 515 1
	# logErrno: function logErrno(text: string, errno: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	movq %rsi, -16(%rbp)	# parameter errno
	.loc 1 516 5
	# logErrno: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 517 5
	# logErrno: printDecimal(errno);
	movq -16(%rbp), %rdi	# errno
	call fn.printDecimal
	.loc 1 518 5
	# logErrno: endLine();
	call fn.endLine
.Lreturn_130:
	leave
	ret
	.size fn.logErrno, .-fn.logErrno

# function copyBytes(destination, source, length)
	.type fn.copyBytes,@function
fn.copyBytes:
	.loc 1 521 1
	# copyBytes: function copyBytes(destination: number, source: number, length: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter source
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 522 5
	# copyBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_132:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_134
	.loc 1 523 9
	# copyBytes: store8(destination + i, load8(source + i));
	movq -8(%rbp), %rax	# destination
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_135
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_135
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_135
	pushq %rax
	movq -16(%rbp), %rax	# source
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_136
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_136
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_136
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_133:
	.loc 1 522 33
	# copyBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_137
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_137
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_132
.Lendfor_134:
.Lreturn_131:
	leave
	ret
.Ltrap_135:
	leaq .Lstring52(%rip), %rdi	# trap: kernel.ts:523:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_136:
	leaq .Lstring53(%rip), %rdi	# trap: kernel.ts:523:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_137:
	leaq .Lstring54(%rip), %rdi	# trap: kernel.ts:522:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.copyBytes, .-fn.copyBytes

# function bytesEqual(address, length, word)
	.type fn.bytesEqual,@function
fn.bytesEqual:
	.loc 1 528 1
	# bytesEqual: function bytesEqual(address: number, length: number, word: string): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter word
	.loc 1 529 5
	# bytesEqual: if (length !== word.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_139
	.loc 1 530 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_138
.Lelse_139:
	.loc 1 532 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_140:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_142
	.loc 1 533 9
	# bytesEqual: if (load8(address + i) !== word.charCodeAt(i)) {
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_144
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_144
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_144
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq -32(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_145
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_143
	.loc 1 534 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_138
.Lelse_143:
.Lfornext_141:
	.loc 1 532 33
	# bytesEqual: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_146
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_146
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_140
.Lendfor_142:
	.loc 1 537 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_138:
	leave
	ret
.Ltrap_144:
	leaq .Lstring55(%rip), %rdi	# trap: kernel.ts:533:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_145:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:533:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_146:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:532:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesEqual, .-fn.bytesEqual

# function bytesStartWith(address, length, prefix)
	.type fn.bytesStartWith,@function
fn.bytesStartWith:
	.loc 1 540 1
	# bytesStartWith: function bytesStartWith(address: number, length: number, prefix: stri...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter prefix
	.loc 1 541 5
	# bytesStartWith: if (length < prefix.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lelse_148
	.loc 1 542 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_147
.Lelse_148:
	.loc 1 544 5
	# bytesStartWith: return bytesEqual(address, prefix.length, prefix);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -24(%rbp), %rdx	# prefix
	call fn.bytesEqual
.Lreturn_147:
	leave
	ret
	.size fn.bytesStartWith, .-fn.bytesStartWith

# function storeErrorName(code)
	.type fn.storeErrorName,@function
fn.storeErrorName:
	.loc 1 609 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 610 5
	# storeErrorName: switch (code) {
	movq -8(%rbp), %rax	# code
	cmpq $-1, %rax	# case XSE_EINVAL
	je .Lcase_151
	cmpq $-2, %rax	# case XSE_EACCES
	je .Lcase_152
	cmpq $-3, %rax	# case XSE_EEXIST
	je .Lcase_153
	cmpq $-4, %rax	# case XSE_EISDIR
	je .Lcase_154
	cmpq $-5, %rax	# case XSE_ENOENT
	je .Lcase_155
	cmpq $-6, %rax	# case XSE_ENOMEM
	je .Lcase_156
	cmpq $-7, %rax	# case XSE_ENOSPC
	je .Lcase_157
	cmpq $-8, %rax	# case XSE_EIO
	je .Lcase_158
	cmpq $-9, %rax	# case XSE_ENOTEMPTY
	je .Lcase_159
	cmpq $-10, %rax	# case XSE_ENOSYS
	je .Lcase_160
	cmpq $-11, %rax	# case XSE_EROFS
	je .Lcase_161
	cmpq $-12, %rax	# case XSE_EBUSY
	je .Lcase_162
	cmpq $-13, %rax	# case XSE_EAGAIN
	je .Lcase_163
	cmpq $-14, %rax	# case XSE_EISCONN
	je .Lcase_164
	cmpq $-15, %rax	# case XSE_E2BIG
	je .Lcase_165
	cmpq $-16, %rax	# case XSE_EPERM
	je .Lcase_166
	cmpq $-18, %rax	# case XSE_PROTOCOL
	je .Lcase_167
	cmpq $-19, %rax	# case XSE_TIMEOUT
	je .Lcase_168
	jmp .Lcase_169
.Lcase_151:
	.loc 1 611 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring58(%rip), %rax	# "EINVAL"
	jmp .Lreturn_149
.Lcase_152:
	.loc 1 612 26
	# storeErrorName: return "EACCES";
	leaq .Lstring59(%rip), %rax	# "EACCES"
	jmp .Lreturn_149
.Lcase_153:
	.loc 1 613 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring60(%rip), %rax	# "EEXIST"
	jmp .Lreturn_149
.Lcase_154:
	.loc 1 614 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring61(%rip), %rax	# "EISDIR"
	jmp .Lreturn_149
.Lcase_155:
	.loc 1 615 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring62(%rip), %rax	# "ENOENT"
	jmp .Lreturn_149
.Lcase_156:
	.loc 1 616 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring63(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_149
.Lcase_157:
	.loc 1 617 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring64(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_149
.Lcase_158:
	.loc 1 618 23
	# storeErrorName: return "EIO";
	leaq .Lstring65(%rip), %rax	# "EIO"
	jmp .Lreturn_149
.Lcase_159:
	.loc 1 619 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring66(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_149
.Lcase_160:
	.loc 1 620 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring67(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_149
.Lcase_161:
	.loc 1 621 25
	# storeErrorName: return "EROFS";
	leaq .Lstring68(%rip), %rax	# "EROFS"
	jmp .Lreturn_149
.Lcase_162:
	.loc 1 622 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring69(%rip), %rax	# "EBUSY"
	jmp .Lreturn_149
.Lcase_163:
	.loc 1 623 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring70(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_149
.Lcase_164:
	.loc 1 624 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring71(%rip), %rax	# "EISCONN"
	jmp .Lreturn_149
.Lcase_165:
	.loc 1 625 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring72(%rip), %rax	# "E2BIG"
	jmp .Lreturn_149
.Lcase_166:
	.loc 1 626 25
	# storeErrorName: return "EPERM";
	leaq .Lstring73(%rip), %rax	# "EPERM"
	jmp .Lreturn_149
.Lcase_167:
	.loc 1 627 28
	# storeErrorName: return "protocol error";
	leaq .Lstring74(%rip), %rax	# "protocol error"
	jmp .Lreturn_149
.Lcase_168:
	.loc 1 628 27
	# storeErrorName: return "no reply";
	leaq .Lstring75(%rip), %rax	# "no reply"
	jmp .Lreturn_149
.Lcase_169:
	.loc 1 629 18
	# storeErrorName: return "unknown error";
	leaq .Lstring76(%rip), %rax	# "unknown error"
	jmp .Lreturn_149
.Lendswitch_150:
.Lreturn_149:
	leave
	ret
	.size fn.storeErrorName, .-fn.storeErrorName

# function storeErrorFromReply(address, length)
	.type fn.storeErrorFromReply,@function
fn.storeErrorFromReply:
	.loc 1 634 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 635 5
	# storeErrorFromReply: const nameLength = length > 0 && load8(address + length - 1) === 0 ? ...
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_171
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_173
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_173
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_173
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_173
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_173
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_173
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_171
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_174
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_174
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_174
	jmp .Lendcond_172
.Lelse_171:
	movq -16(%rbp), %rax	# length
.Lendcond_172:
	movq %rax, -24(%rbp)	# nameLength
	.loc 1 636 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_175:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_177
	.loc 1 637 9
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
	je .Lelse_178
	.loc 1 638 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_170
.Lelse_178:
.Lfornext_176:
	.loc 1 636 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_179
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_179
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_175
.Lendfor_177:
	.loc 1 641 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_170:
	leave
	ret
.Ltrap_173:
	leaq .Lstring77(%rip), %rdi	# trap: kernel.ts:635:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_174:
	leaq .Lstring78(%rip), %rdi	# trap: kernel.ts:635:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_179:
	leaq .Lstring79(%rip), %rdi	# trap: kernel.ts:636:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 661 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 662 5
	# requestBegin: store32(storeRequest, type);
	leaq buf.storeRequest(%rip), %rdi	# storeRequest
	movq -8(%rbp), %rax	# type
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 663 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 664 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_180:
	leave
	ret
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 667 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 668 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_182
	.loc 1 669 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 670 9
	# requestAppendByte: return;
	jmp .Lreturn_181
.Lelse_182:
	.loc 1 672 5
	# requestAppendByte: store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_183
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_183
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_183
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_183
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_183
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_183
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 673 5
	# requestAppendByte: storeRequestLength = storeRequestLength + 1;
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_184
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_184
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_184
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
.Lreturn_181:
	leave
	ret
.Ltrap_183:
	leaq .Lstring80(%rip), %rdi	# trap: kernel.ts:672:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_184:
	leaq .Lstring81(%rip), %rdi	# trap: kernel.ts:673:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendString(text)
	.type fn.requestAppendString,@function
fn.requestAppendString:
	.loc 1 677 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 678 5
	# requestAppendString: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_186:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_188
	.loc 1 679 9
	# requestAppendString: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_189
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_187:
	.loc 1 678 38
	# requestAppendString: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_190
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_190
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_186
.Lendfor_188:
	.loc 1 681 5
	# requestAppendString: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
.Lreturn_185:
	leave
	ret
.Ltrap_189:
	leaq .Lstring82(%rip), %rdi	# trap: kernel.ts:679:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_190:
	leaq .Lstring83(%rip), %rdi	# trap: kernel.ts:678:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendString, .-fn.requestAppendString

# function requestAppendBytes(address, length)
	.type fn.requestAppendBytes,@function
fn.requestAppendBytes:
	.loc 1 684 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 685 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_192:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_194
	.loc 1 686 9
	# requestAppendBytes: requestAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_195
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_195
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_195
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_193:
	.loc 1 685 33
	# requestAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_196
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_196
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_192
.Lendfor_194:
.Lreturn_191:
	leave
	ret
.Ltrap_195:
	leaq .Lstring84(%rip), %rdi	# trap: kernel.ts:686:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_196:
	leaq .Lstring85(%rip), %rdi	# trap: kernel.ts:685:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 691 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 692 5
	# storeRequestSpace: const consumer = load32(storeRing + XS_REQ_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2048, %rdi	# XS_REQ_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_198
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_198
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_198
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 693 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_199
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_199
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_199
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 694 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 695 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_200
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_200
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_200
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 696 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_201
	.loc 1 697 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring86(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 698 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 699 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring87(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 700 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 701 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring88(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 702 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_197
.Lelse_201:
	.loc 1 704 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	movq -24(%rbp), %rdi	# inFlight
	subq %rdi, %rax	# -
	jo .Ltrap_202
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_202
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_202
.Lreturn_197:
	leave
	ret
.Ltrap_198:
	leaq .Lstring89(%rip), %rdi	# trap: kernel.ts:692:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_199:
	leaq .Lstring90(%rip), %rdi	# trap: kernel.ts:693:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_200:
	leaq .Lstring91(%rip), %rdi	# trap: kernel.ts:695:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_202:
	leaq .Lstring92(%rip), %rdi	# trap: kernel.ts:704:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 708 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 709 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 710 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 711 5
	# storeWriteStream: while (sent < length) {
.Lwhile_204:
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_205
	.loc 1 712 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 713 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_206
	.loc 1 714 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_203
.Lelse_206:
	.loc 1 716 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_207
	.loc 1 717 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 718 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_208
	.loc 1 719 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_209
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_209
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_209
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 720 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_210
	.loc 1 721 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring93(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 722 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_203
.Lelse_210:
.Lelse_208:
	.loc 1 725 13
	# storeWriteStream: continue;
	jmp .Lwhile_204
.Lelse_207:
	.loc 1 727 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_211
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_211
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_211
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 728 9
	# storeWriteStream: const offset = producer & (XS_RING_SIZE - 1);
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_212
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_212
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_212
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, -56(%rbp)	# offset
	.loc 1 729 9
	# storeWriteStream: let chunk = XS_RING_SIZE - offset;
	movq $1024, %rax	# XS_RING_SIZE
	movq -56(%rbp), %rdi	# offset
	subq %rdi, %rax	# -
	jo .Ltrap_213
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_213
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_213
	movq %rax, -64(%rbp)	# chunk
	.loc 1 730 9
	# storeWriteStream: if (chunk > space) {
	movq -64(%rbp), %rax	# chunk
	movq -40(%rbp), %rdi	# space
	cmpq %rdi, %rax
	jle .Lelse_214
	.loc 1 731 13
	# storeWriteStream: chunk = space;
	movq -40(%rbp), %rax	# space
	movq %rax, -64(%rbp)	# chunk =
.Lelse_214:
	.loc 1 733 9
	# storeWriteStream: if (chunk > length - sent) {
	movq -64(%rbp), %rax	# chunk
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_216
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_216
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_216
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jle .Lelse_215
	.loc 1 734 13
	# storeWriteStream: chunk = length - sent;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_217
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_217
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_217
	movq %rax, -64(%rbp)	# chunk =
.Lelse_215:
	.loc 1 736 9
	# storeWriteStream: copyBytes(storeRing + XS_REQ + offset, source + sent, chunk);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $0, %rdi	# XS_REQ
	addq %rdi, %rax	# +
	jo .Ltrap_218
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_218
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_218
	movq -56(%rbp), %rdi	# offset
	addq %rdi, %rax	# +
	jo .Ltrap_218
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_218
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_218
	pushq %rax
	movq -8(%rbp), %rax	# source
	movq -24(%rbp), %rdi	# sent
	addq %rdi, %rax	# +
	jo .Ltrap_219
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_219
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_219
	movq %rax, %rsi
	popq %rdi
	movq -64(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 737 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 738 9
	# storeWriteStream: store32(storeRing + XS_REQ_PROD, (producer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_220
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_220
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_220
	pushq %rax
	movq -48(%rbp), %rax	# producer
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_221
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_221
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_221
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 739 9
	# storeWriteStream: sent = sent + chunk;
	movq -24(%rbp), %rax	# sent
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_222
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_222
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_222
	movq %rax, -24(%rbp)	# sent =
	.loc 1 740 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_223
	.loc 1 741 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_223:
	jmp .Lwhile_204
.Lendwhile_205:
	.loc 1 744 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 745 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_203:
	leave
	ret
.Ltrap_209:
	leaq .Lstring94(%rip), %rdi	# trap: kernel.ts:719:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_211:
	leaq .Lstring95(%rip), %rdi	# trap: kernel.ts:727:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_212:
	leaq .Lstring96(%rip), %rdi	# trap: kernel.ts:728:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_213:
	leaq .Lstring97(%rip), %rdi	# trap: kernel.ts:729:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_216:
	leaq .Lstring98(%rip), %rdi	# trap: kernel.ts:733:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_217:
	leaq .Lstring99(%rip), %rdi	# trap: kernel.ts:734:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_218:
	leaq .Lstring100(%rip), %rdi	# trap: kernel.ts:736:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_219:
	leaq .Lstring101(%rip), %rdi	# trap: kernel.ts:736:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_220:
	leaq .Lstring102(%rip), %rdi	# trap: kernel.ts:738:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_221:
	leaq .Lstring103(%rip), %rdi	# trap: kernel.ts:738:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_222:
	leaq .Lstring104(%rip), %rdi	# trap: kernel.ts:739:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 752 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 753 5
	# storeResynchronise: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_225
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_225
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_225
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 754 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 755 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_226
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_226
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_226
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 756 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_224:
	leave
	ret
.Ltrap_225:
	leaq .Lstring105(%rip), %rdi	# trap: kernel.ts:753:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_226:
	leaq .Lstring106(%rip), %rdi	# trap: kernel.ts:755:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 760 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 761 5
	# storeBytesAvailable: const consumer = load32(storeRing + XS_RSP_CONS);
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
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 762 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_229
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_229
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_229
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 763 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 764 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_230
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_230
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_230
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# available
	.loc 1 765 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_231
	.loc 1 766 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring107(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 767 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 768 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring87(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 769 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 770 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring108(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 771 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 772 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_227
.Lelse_231:
	.loc 1 774 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_227:
	leave
	ret
.Ltrap_228:
	leaq .Lstring109(%rip), %rdi	# trap: kernel.ts:761:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_229:
	leaq .Lstring110(%rip), %rdi	# trap: kernel.ts:762:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_230:
	leaq .Lstring111(%rip), %rdi	# trap: kernel.ts:764:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 778 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 779 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 780 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 781 5
	# storeReadStream: while (received < length) {
.Lwhile_233:
	movq -24(%rbp), %rax	# received
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_234
	.loc 1 782 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 783 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_235
	.loc 1 784 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_232
.Lelse_235:
	.loc 1 786 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_236
	.loc 1 787 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_237
	.loc 1 788 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_238
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_238
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_238
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 789 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_239
	.loc 1 790 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring112(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 791 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 792 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_232
.Lelse_239:
.Lelse_237:
	.loc 1 795 13
	# storeReadStream: continue;
	jmp .Lwhile_233
.Lelse_236:
	.loc 1 797 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_240
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_240
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_240
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 798 9
	# storeReadStream: const offset = consumer & (XS_RING_SIZE - 1);
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_241
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_241
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_241
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, -56(%rbp)	# offset
	.loc 1 799 9
	# storeReadStream: let chunk = XS_RING_SIZE - offset;
	movq $1024, %rax	# XS_RING_SIZE
	movq -56(%rbp), %rdi	# offset
	subq %rdi, %rax	# -
	jo .Ltrap_242
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_242
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_242
	movq %rax, -64(%rbp)	# chunk
	.loc 1 800 9
	# storeReadStream: if (chunk > available) {
	movq -64(%rbp), %rax	# chunk
	movq -40(%rbp), %rdi	# available
	cmpq %rdi, %rax
	jle .Lelse_243
	.loc 1 801 13
	# storeReadStream: chunk = available;
	movq -40(%rbp), %rax	# available
	movq %rax, -64(%rbp)	# chunk =
.Lelse_243:
	.loc 1 803 9
	# storeReadStream: if (chunk > length - received) {
	movq -64(%rbp), %rax	# chunk
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_245
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_245
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_245
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jle .Lelse_244
	.loc 1 804 13
	# storeReadStream: chunk = length - received;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_246
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_246
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_246
	movq %rax, -64(%rbp)	# chunk =
.Lelse_244:
	.loc 1 806 9
	# storeReadStream: copyBytes(destination + received, storeRing + XS_RSP + offset, chunk);
	movq -8(%rbp), %rax	# destination
	movq -24(%rbp), %rdi	# received
	addq %rdi, %rax	# +
	jo .Ltrap_247
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_247
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_247
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $1024, %rdi	# XS_RSP
	addq %rdi, %rax	# +
	jo .Ltrap_248
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_248
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_248
	movq -56(%rbp), %rdi	# offset
	addq %rdi, %rax	# +
	jo .Ltrap_248
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_248
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_248
	movq %rax, %rsi
	popq %rdi
	movq -64(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 807 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 808 9
	# storeReadStream: store32(storeRing + XS_RSP_CONS, (consumer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_249
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_249
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_249
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_250
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_250
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_250
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 809 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 810 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	movq -64(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_251
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_251
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_251
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_233
.Lendwhile_234:
	.loc 1 812 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_232:
	leave
	ret
.Ltrap_238:
	leaq .Lstring113(%rip), %rdi	# trap: kernel.ts:788:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_240:
	leaq .Lstring114(%rip), %rdi	# trap: kernel.ts:797:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_241:
	leaq .Lstring115(%rip), %rdi	# trap: kernel.ts:798:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_242:
	leaq .Lstring116(%rip), %rdi	# trap: kernel.ts:799:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_245:
	leaq .Lstring117(%rip), %rdi	# trap: kernel.ts:803:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_246:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:804:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_247:
	leaq .Lstring119(%rip), %rdi	# trap: kernel.ts:806:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_248:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:806:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_249:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:808:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_250:
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:808:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_251:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:810:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 816 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 817 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 818 5
	# noteWatchEvent: while (pathEnd < length && load8(payload + pathEnd) !== 0) {
.Lwhile_253:
	movq -24(%rbp), %rax	# pathEnd
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_254
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_255
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_255
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_255
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_254
	.loc 1 819 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_256
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_256
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_256
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_253
.Lendwhile_254:
	.loc 1 821 5
	# noteWatchEvent: const token = payload + pathEnd + 1;
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
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_257
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_257
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_257
	movq %rax, -32(%rbp)	# token
	.loc 1 822 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# pathEnd
	subq %rdi, %rax	# -
	jo .Ltrap_258
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_258
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_258
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_258
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_258
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_258
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 823 5
	# noteWatchEvent: if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_259
	movq -32(%rbp), %rax	# token
	movq -40(%rbp), %rdi	# tokenLength
	addq %rdi, %rax	# +
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
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_259
	.loc 1 824 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_261
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_261
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_261
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_259:
	.loc 1 826 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_262
	.loc 1 827 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_262:
	.loc 1 829 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring124(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_263
	.loc 1 830 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_264
.Lelse_263:
	.loc 1 831 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring125(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_265
	.loc 1 832 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_266
.Lelse_265:
	.loc 1 834 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring126(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 835 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 836 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_266:
.Lendif_264:
.Lreturn_252:
	leave
	ret
.Ltrap_255:
	leaq .Lstring127(%rip), %rdi	# trap: kernel.ts:818:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_256:
	leaq .Lstring128(%rip), %rdi	# trap: kernel.ts:819:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_257:
	leaq .Lstring129(%rip), %rdi	# trap: kernel.ts:821:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_258:
	leaq .Lstring130(%rip), %rdi	# trap: kernel.ts:822:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_260:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:823:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_261:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:824:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 842 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 843 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 844 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_268
	.loc 1 845 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_267
.Lelse_268:
	.loc 1 847 5
	# storeReceiveMessage: const length = load32(storeMessage + 12);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_269
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_269
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_269
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 848 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_270
	.loc 1 849 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring133(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 850 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 851 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring134(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 852 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 853 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_267
.Lelse_270:
	.loc 1 855 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_271
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_271
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_271
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 856 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_272
	.loc 1 857 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_267
.Lelse_272:
	.loc 1 859 5
	# storeReceiveMessage: if (load32(storeMessage) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_273
	.loc 1 860 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_274
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_274
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_274
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 861 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_267
.Lelse_273:
	.loc 1 863 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_267:
	leave
	ret
.Ltrap_269:
	leaq .Lstring135(%rip), %rdi	# trap: kernel.ts:847:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_271:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:855:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_274:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:860:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 868 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 869 5
	# storeTransact: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_276
	.loc 1 870 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_275
.Lelse_276:
	.loc 1 872 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 873 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_277
	movq $1, %rax
	jmp .Lendcond_278
.Lelse_277:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_279
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_279
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_279
.Lendcond_278:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 874 5
	# storeTransact: store32(storeRequest + 4, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_280
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_280
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_280
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 875 5
	# storeTransact: store32(storeRequest + 8, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_281
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_281
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_281
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 876 5
	# storeTransact: store32(storeRequest + 12, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $12, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_282
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_282
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_282
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 877 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_283
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_283
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_283
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 878 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_284
	.loc 1 879 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_275
.Lelse_284:
	.loc 1 881 5
	# storeTransact: while (true) {
.Lwhile_285:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_286
	.loc 1 882 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 883 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_287
	.loc 1 884 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_275
.Lelse_287:
	.loc 1 886 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_288
	.loc 1 887 13
	# storeTransact: continue;
	jmp .Lwhile_285
.Lelse_288:
	.loc 1 889 9
	# storeTransact: const length = load32(storeMessage + 12);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_289
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_289
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_289
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 890 9
	# storeTransact: if (load32(storeMessage + 4) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_291
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_291
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_291
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# requestId
	cmpq %rdi, %rax
	je .Lelse_290
	.loc 1 891 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring138(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 892 13
	# storeTransact: printDecimal(load32(storeMessage + 4));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_292
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_292
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_292
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 893 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring139(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 894 13
	# storeTransact: printDecimal(requestId);
	movq -8(%rbp), %rdi	# requestId
	call fn.printDecimal
	.loc 1 895 13
	# storeTransact: endLine();
	call fn.endLine
	.loc 1 896 13
	# storeTransact: continue;
	jmp .Lwhile_285
.Lelse_290:
	.loc 1 898 9
	# storeTransact: if (load32(storeMessage) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_293
	.loc 1 899 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_294
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_294
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_294
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_275
.Lelse_293:
	.loc 1 901 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_295
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_295
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_295
	movq %rax, %rsi
	popq %rdi
	movq -32(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 902 9
	# storeTransact: storeReplyLength = length;
	movq -32(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 903 9
	# storeTransact: return length;
	movq -32(%rbp), %rax	# length
	jmp .Lreturn_275
	jmp .Lwhile_285
.Lendwhile_286:
.Lreturn_275:
	leave
	ret
.Ltrap_279:
	leaq .Lstring140(%rip), %rdi	# trap: kernel.ts:873:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_280:
	leaq .Lstring141(%rip), %rdi	# trap: kernel.ts:874:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_281:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:875:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_282:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:876:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_283:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:877:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_289:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:889:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_291:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:890:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_292:
	leaq .Lstring147(%rip), %rdi	# trap: kernel.ts:892:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_294:
	leaq .Lstring148(%rip), %rdi	# trap: kernel.ts:899:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_295:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:901:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 909 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 910 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_297:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_298
	.loc 1 911 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 912 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_299
	.loc 1 913 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_296
.Lelse_299:
	.loc 1 915 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 916 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_300
	.loc 1 917 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_296
.Lelse_300:
	.loc 1 919 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_301
	.loc 1 920 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring150(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 921 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + 4));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_302
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_302
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_302
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 922 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_301:
	jmp .Lwhile_297
.Lendwhile_298:
.Lreturn_296:
	leave
	ret
.Ltrap_302:
	leaq .Lstring151(%rip), %rdi	# trap: kernel.ts:921:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 930 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 931 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 932 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 933 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_303:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 936 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 937 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 938 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 939 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 940 5
	# storeWrite: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -32(%rbp)	# result
	.loc 1 941 5
	# storeWrite: return result < 0 ? result : 0;
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_305
	movq -32(%rbp), %rax	# result
	jmp .Lendcond_306
.Lelse_305:
	movq $0, %rax
.Lendcond_306:
.Lreturn_304:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 944 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 945 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 946 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 947 5
	# storeWriteText: for (let i = 0; i < value.length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_308:
	movq -24(%rbp), %rax	# i
	pushq %rax
	movq -16(%rbp), %rax	# value
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_310
	.loc 1 948 9
	# storeWriteText: requestAppendByte(value.charCodeAt(i));
	movq -16(%rbp), %rax	# value
	movq -24(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_311
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_309:
	.loc 1 947 39
	# storeWriteText: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_312
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_312
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_308
.Lendfor_310:
	.loc 1 950 5
	# storeWriteText: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -32(%rbp)	# result
	.loc 1 951 5
	# storeWriteText: return result < 0 ? result : 0;
	movq -32(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_313
	movq -32(%rbp), %rax	# result
	jmp .Lendcond_314
.Lelse_313:
	movq $0, %rax
.Lendcond_314:
.Lreturn_307:
	leave
	ret
.Ltrap_311:
	leaq .Lstring152(%rip), %rdi	# trap: kernel.ts:948:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_312:
	leaq .Lstring153(%rip), %rdi	# trap: kernel.ts:947:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 954 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 955 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 956 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 957 5
	# storeRemove: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -16(%rbp)	# result
	.loc 1 958 5
	# storeRemove: return result < 0 ? result : 0;
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_316
	movq -16(%rbp), %rax	# result
	jmp .Lendcond_317
.Lelse_316:
	movq $0, %rax
.Lendcond_317:
.Lreturn_315:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 961 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 962 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 963 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 964 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 965 5
	# storeWatch: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -24(%rbp)	# result
	.loc 1 966 5
	# storeWatch: return result < 0 ? result : 0;
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_319
	movq -24(%rbp), %rax	# result
	jmp .Lendcond_320
.Lelse_319:
	movq $0, %rax
.Lendcond_320:
.Lreturn_318:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1001 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1002 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_323
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_324
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_325
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_326
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_327
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_328
	jmp .Lcase_329
.Lcase_323:
	.loc 1 1003 31
	# actionName: return "poweroff";
	leaq .Lstring154(%rip), %rax	# "poweroff"
	jmp .Lreturn_321
.Lcase_324:
	.loc 1 1004 29
	# actionName: return "reboot";
	leaq .Lstring155(%rip), %rax	# "reboot"
	jmp .Lreturn_321
.Lcase_325:
	.loc 1 1005 27
	# actionName: return "halt";
	leaq .Lstring156(%rip), %rax	# "halt"
	jmp .Lreturn_321
.Lcase_326:
	.loc 1 1006 28
	# actionName: return "crash";
	leaq .Lstring157(%rip), %rax	# "crash"
	jmp .Lreturn_321
.Lcase_327:
	.loc 1 1007 30
	# actionName: return "suspend";
	leaq .Lstring158(%rip), %rax	# "suspend"
	jmp .Lreturn_321
.Lcase_328:
	.loc 1 1008 29
	# actionName: return "ignore";
	leaq .Lstring159(%rip), %rax	# "ignore"
	jmp .Lreturn_321
.Lcase_329:
	.loc 1 1009 18
	# actionName: return "none";
	leaq .Lstring160(%rip), %rax	# "none"
	jmp .Lreturn_321
.Lendswitch_322:
.Lreturn_321:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1014 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1015 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_IGNORE; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_331:
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jg .Lendfor_333
	.loc 1 1016 9
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
	je .Lelse_334
	.loc 1 1017 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_330
.Lelse_334:
.Lfornext_332:
	.loc 1 1015 65
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_335
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_335
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_331
.Lendfor_333:
	.loc 1 1020 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_330:
	leave
	ret
.Ltrap_335:
	leaq .Lstring161(%rip), %rdi	# trap: kernel.ts:1015:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function alreadyHandled(guard, last, lastLength)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1051 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number, lastLength: num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	movq %rdx, -24(%rbp)	# parameter lastLength
	.loc 1 1052 5
	# alreadyHandled: if (guard && lastLength === commandLength && bytesMatch(commandValue,...
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_337
	movq -24(%rbp), %rax	# lastLength
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jne .Lelse_337
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq -16(%rbp), %rsi	# last
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.bytesMatch
	testq %rax, %rax
	je .Lelse_337
	.loc 1 1053 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring162(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1054 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_336
.Lelse_337:
	.loc 1 1056 5
	# alreadyHandled: copyBytes(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.copyBytes
	.loc 1 1057 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_336:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1066 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1067 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1068 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_339
	.loc 1 1069 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_338
.Lelse_339:
	.loc 1 1071 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_340
	.loc 1 1072 9
	# readControlKey: print("xenstore: cannot read ");
	leaq .Lstring163(%rip), %rdi	# "xenstore: cannot read "
	call fn.print
	.loc 1 1073 9
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1074 9
	# readControlKey: print(": ");
	leaq .Lstring164(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1075 9
	# readControlKey: log(storeErrorName(length));
	movq -16(%rbp), %rdi	# length
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
	.loc 1 1076 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_338
.Lelse_340:
	.loc 1 1078 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_341
	.loc 1 1079 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_338
.Lelse_341:
	.loc 1 1081 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1082 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1083 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1084 5
	# readControlKey: print(" = ");
	leaq .Lstring165(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1085 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1086 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1087 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_338:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function reportAckFailure(path, error)
	.type fn.reportAckFailure,@function
fn.reportAckFailure:
	.loc 1 1090 1
	# reportAckFailure: function reportAckFailure(path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter error
	.loc 1 1091 5
	# reportAckFailure: print("ack failed: ");
	leaq .Lstring166(%rip), %rdi	# "ack failed: "
	call fn.print
	.loc 1 1092 5
	# reportAckFailure: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1093 5
	# reportAckFailure: print(": ");
	leaq .Lstring164(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1094 5
	# reportAckFailure: log(storeErrorName(error));
	movq -16(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_342:
	leave
	ret
	.size fn.reportAckFailure, .-fn.reportAckFailure

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1097 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1098 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring167(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1099 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_344
	.loc 1 1100 9
	# acknowledge: reportAckFailure(path, result);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# result
	call fn.reportAckFailure
.Lelse_344:
.Lreturn_343:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1106 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1107 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1108 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1109 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_346
	.loc 1 1110 9
	# handleShutdownRequest: return;
	jmp .Lreturn_345
.Lelse_346:
	.loc 1 1112 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue, lastShutdownLength)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	movq var.lastShutdownLength(%rip), %rdx	# lastShutdownLength
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_347
	.loc 1 1113 9
	# handleShutdownRequest: return;
	jmp .Lreturn_345
.Lelse_347:
	.loc 1 1115 5
	# handleShutdownRequest: lastShutdownLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastShutdownLength(%rip)	# lastShutdownLength =
	.loc 1 1116 5
	# handleShutdownRequest: if (ownShutdownValueLength >= 0 && commandLength === ownShutdownValue...
	movq var.ownShutdownValueLength(%rip), %rax	# ownShutdownValueLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_348
	movq var.commandLength(%rip), %rax	# commandLength
	movq var.ownShutdownValueLength(%rip), %rdi	# ownShutdownValueLength
	cmpq %rdi, %rax
	jne .Lelse_348
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.ownShutdownValue(%rip), %rsi	# ownShutdownValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.bytesMatch
	testq %rax, %rax
	je .Lelse_348
	.loc 1 1118 9
	# handleShutdownRequest: ownShutdownValueLength = -1;
	movq $-1, %rax
	movq %rax, var.ownShutdownValueLength(%rip)	# ownShutdownValueLength =
	.loc 1 1119 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring169(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1120 9
	# handleShutdownRequest: return;
	jmp .Lreturn_345
.Lelse_348:
	.loc 1 1122 5
	# handleShutdownRequest: ownShutdownValueLength = -1;
	movq $-1, %rax
	movq %rax, var.ownShutdownValueLength(%rip)	# ownShutdownValueLength =
	.loc 1 1123 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_349
	.loc 1 1124 9
	# handleShutdownRequest: const action = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, -16(%rbp)	# action
	.loc 1 1125 9
	# handleShutdownRequest: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1126 9
	# handleShutdownRequest: print("override ");
	leaq .Lstring170(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1127 9
	# handleShutdownRequest: print(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1128 9
	# handleShutdownRequest: log(" replaces the request");
	leaq .Lstring171(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1129 9
	# handleShutdownRequest: acknowledgeShutdownPerOverride();
	call fn.acknowledgeShutdownPerOverride
	.loc 1 1130 9
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1131 9
	# handleShutdownRequest: return;
	jmp .Lreturn_345
.Lelse_349:
	.loc 1 1133 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1134 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1135 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_351
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_350
.Lskip_351:
	.loc 1 1136 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring172(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1137 9
	# handleShutdownRequest: return;
	jmp .Lreturn_345
.Lelse_350:
	.loc 1 1139 5
	# handleShutdownRequest: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_345:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function bytesMatch(first, second, length)
	.type fn.bytesMatch,@function
fn.bytesMatch:
	.loc 1 1142 1
	# bytesMatch: function bytesMatch(first: number, second: number, length: number): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter first
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1143 5
	# bytesMatch: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_353:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_355
	.loc 1 1144 9
	# bytesMatch: if (load8(first + i) !== load8(second + i)) {
	movq -8(%rbp), %rax	# first
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_357
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_357
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_357
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -16(%rbp), %rax	# second
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_358
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_358
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_358
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_356
	.loc 1 1145 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_352
.Lelse_356:
.Lfornext_354:
	.loc 1 1143 33
	# bytesMatch: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_359
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_359
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_353
.Lendfor_355:
	.loc 1 1148 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_352:
	leave
	ret
.Ltrap_357:
	leaq .Lstring173(%rip), %rdi	# trap: kernel.ts:1144:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_358:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1144:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_359:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1143:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesMatch, .-fn.bytesMatch

# function acknowledgeShutdownPerOverride()
	.type fn.acknowledgeShutdownPerOverride,@function
fn.acknowledgeShutdownPerOverride:
	.loc 1 1151 1
	# acknowledgeShutdownPerOverride: function acknowledgeShutdownPerOverride(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1152 5
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_OK) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_361
	.loc 1 1153 9
	# acknowledgeShutdownPerOverride: acknowledge("control/shutdown");
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_362
.Lelse_361:
	.loc 1 1154 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_NONE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_363
	.loc 1 1155 9
	# acknowledgeShutdownPerOverride: log("request left in place, as the override asked");
	leaq .Lstring176(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_364
.Lelse_363:
	.loc 1 1156 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_DELETE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_365
	.loc 1 1157 9
	# acknowledgeShutdownPerOverride: const result = storeRemove("control/shutdown");
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1158 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_366
	.loc 1 1159 13
	# acknowledgeShutdownPerOverride: reportAckFailure("control/shutdown", result);
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	movq -8(%rbp), %rsi	# result
	call fn.reportAckFailure
.Lelse_366:
	jmp .Lendif_367
.Lelse_365:
	.loc 1 1162 9
	# acknowledgeShutdownPerOverride: const result = storeWrite("control/shutdown", overrideAckText, overri...
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1163 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_368
	.loc 1 1164 13
	# acknowledgeShutdownPerOverride: reportAckFailure("control/shutdown", result);
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	movq -16(%rbp), %rsi	# result
	call fn.reportAckFailure
	jmp .Lendif_369
.Lelse_368:
	.loc 1 1166 13
	# acknowledgeShutdownPerOverride: copyBytes(ownShutdownValue, overrideAckText, overrideAckLength);
	leaq buf.ownShutdownValue(%rip), %rdi	# ownShutdownValue
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.copyBytes
	.loc 1 1167 13
	# acknowledgeShutdownPerOverride: ownShutdownValueLength = overrideAckLength;
	movq var.overrideAckLength(%rip), %rax	# overrideAckLength
	movq %rax, var.ownShutdownValueLength(%rip)	# ownShutdownValueLength =
.Lendif_369:
.Lendif_367:
.Lendif_364:
.Lendif_362:
.Lreturn_360:
	leave
	ret
	.size fn.acknowledgeShutdownPerOverride, .-fn.acknowledgeShutdownPerOverride

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 1187 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1188 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_372
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_373
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_374
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_375
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_376
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_377
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_378
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_379
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_380
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_381
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_382
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_383
	jmp .Lcase_384
.Lcase_372:
	.loc 1 1189 29
	# bogusReason: return "expected now:<action>, next:<action> or a JSON object";
	leaq .Lstring177(%rip), %rax	# "expected now:<action>, next:<action> or
	jmp .Lreturn_370
.Lcase_373:
	.loc 1 1190 36
	# bogusReason: return "unknown action";
	leaq .Lstring178(%rip), %rax	# "unknown action"
	jmp .Lreturn_370
.Lcase_374:
	.loc 1 1191 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring179(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_370
.Lcase_375:
	.loc 1 1192 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring180(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_370
.Lcase_376:
	.loc 1 1193 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring181(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_370
.Lcase_377:
	.loc 1 1194 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring182(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_370
.Lcase_378:
	.loc 1 1195 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring183(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_370
.Lcase_379:
	.loc 1 1196 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring184(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_370
.Lcase_380:
	.loc 1 1197 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring185(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_370
.Lcase_381:
	.loc 1 1198 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring186(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_370
.Lcase_382:
	.loc 1 1199 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring187(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_370
.Lcase_383:
	.loc 1 1200 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring188(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_370
.Lcase_384:
	.loc 1 1201 18
	# bogusReason: return "unreadable command";
	leaq .Lstring189(%rip), %rax	# "unreadable command"
	jmp .Lreturn_370
.Lendswitch_371:
.Lreturn_370:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 1205 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1206 5
	# reportBogus: print("bogus command: ");
	leaq .Lstring190(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1207 5
	# reportBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_385:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 1210 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1211 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1212 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1213 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring191(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_387
	.loc 1 1214 9
	# handleTestingCommand: return;
	jmp .Lreturn_386
.Lelse_387:
	.loc 1 1216 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue, lastTestingLength)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	movq var.lastTestingLength(%rip), %rdx	# lastTestingLength
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_388
	.loc 1 1217 9
	# handleTestingCommand: return;
	jmp .Lreturn_386
.Lelse_388:
	.loc 1 1219 5
	# handleTestingCommand: lastTestingLength = commandLength;
	movq var.commandLength(%rip), %rax	# commandLength
	movq %rax, var.lastTestingLength(%rip)	# lastTestingLength =
	.loc 1 1220 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring191(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1221 5
	# handleTestingCommand: let start = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# start
	.loc 1 1222 5
	# handleTestingCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_389:
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_390
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_391
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_391
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_391
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_390
	.loc 1 1223 9
	# handleTestingCommand: start = start + 1;
	movq -16(%rbp), %rax	# start
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_392
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_392
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_392
	movq %rax, -16(%rbp)	# start =
	jmp .Lwhile_389
.Lendwhile_390:
	.loc 1 1225 5
	# handleTestingCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lelse_393
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_394
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_394
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_394
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_393
	.loc 1 1226 9
	# handleTestingCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1227 9
	# handleTestingCommand: return;
	jmp .Lreturn_386
.Lelse_393:
	.loc 1 1229 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring192(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_395
	.loc 1 1230 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_396
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_396
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_396
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $4, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_397
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_397
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_397
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1231 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_398
	.loc 1 1232 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1233 13
	# handleTestingCommand: return;
	jmp .Lreturn_386
.Lelse_398:
	.loc 1 1235 9
	# handleTestingCommand: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1236 9
	# handleTestingCommand: return;
	jmp .Lreturn_386
.Lelse_395:
	.loc 1 1238 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring193(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_399
	.loc 1 1239 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $5, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_400
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_400
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_400
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_401
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_401
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_401
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -32(%rbp)	# action
	.loc 1 1240 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -32(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_402
	.loc 1 1241 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1242 13
	# handleTestingCommand: return;
	jmp .Lreturn_386
.Lelse_402:
	.loc 1 1244 9
	# handleTestingCommand: setOverride(action, ACK_OK, 0, 0);
	movq -32(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	call fn.setOverride
	.loc 1 1245 9
	# handleTestingCommand: return;
	jmp .Lreturn_386
.Lelse_399:
	.loc 1 1247 5
	# handleTestingCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_386:
	leave
	ret
.Ltrap_391:
	leaq .Lstring194(%rip), %rdi	# trap: kernel.ts:1222:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_392:
	leaq .Lstring195(%rip), %rdi	# trap: kernel.ts:1223:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_394:
	leaq .Lstring196(%rip), %rdi	# trap: kernel.ts:1225:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_396:
	leaq .Lstring197(%rip), %rdi	# trap: kernel.ts:1230:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_397:
	leaq .Lstring198(%rip), %rdi	# trap: kernel.ts:1230:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_400:
	leaq .Lstring199(%rip), %rdi	# trap: kernel.ts:1239:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_401:
	leaq .Lstring200(%rip), %rdi	# trap: kernel.ts:1239:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function setOverride(action, ackMode, ackText, ackLength)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1250 1
	# setOverride: function setOverride(action: number, ackMode: number, ackText: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter ackMode
	movq %rdx, -24(%rbp)	# parameter ackText
	movq %rcx, -32(%rbp)	# parameter ackLength
	.loc 1 1251 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1252 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1253 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1254 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1255 5
	# setOverride: print("override set: ");
	leaq .Lstring201(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1256 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lreturn_403:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 1277 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1278 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_407
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_407:
	testq %rax, %rax
	jne .Lendlogic_406
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_406:
	testq %rax, %rax
	jne .Lendlogic_405
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_405:
.Lreturn_404:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 1281 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1282 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_409
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_410
.Lelse_409:
	movq $-1, %rax
.Lendcond_410:
.Lreturn_408:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 1285 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1286 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_412:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_413
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_413
	.loc 1 1287 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_414
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_414
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_414
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_412
.Lendwhile_413:
.Lreturn_411:
	leave
	ret
.Ltrap_414:
	leaq .Lstring202(%rip), %rdi	# trap: kernel.ts:1287:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 1291 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1292 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_416
	.loc 1 1293 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_416:
	.loc 1 1295 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_415:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 1298 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1299 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_418
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_418
	.loc 1 1300 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_419
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_419
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_419
	jmp .Lreturn_417
.Lelse_418:
	.loc 1 1302 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_420
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_420
	.loc 1 1303 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	movq $87, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_421
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_421
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_421
	jmp .Lreturn_417
.Lelse_420:
	.loc 1 1305 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_422
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_422
	.loc 1 1306 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	movq $55, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_423
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_423
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_423
	jmp .Lreturn_417
.Lelse_422:
	.loc 1 1308 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_417:
	leave
	ret
.Ltrap_419:
	leaq .Lstring203(%rip), %rdi	# trap: kernel.ts:1300:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_421:
	leaq .Lstring204(%rip), %rdi	# trap: kernel.ts:1303:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_423:
	leaq .Lstring205(%rip), %rdi	# trap: kernel.ts:1306:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 1312 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1313 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_426
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_426
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_426
	cmpq $4, %rax	# compare with 4
	jge .Lelse_425
	.loc 1 1314 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_424
.Lelse_425:
	.loc 1 1316 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 1317 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_427:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_429
	.loc 1 1318 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_430
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_430
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_430
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 1319 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_431
	.loc 1 1320 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_424
.Lelse_431:
	.loc 1 1322 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	movq $16, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_432
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_432
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_432
	movq -24(%rbp), %rdi	# digit
	addq %rdi, %rax	# +
	jo .Ltrap_432
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_432
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_432
	movq %rax, -8(%rbp)	# value =
.Lfornext_428:
	.loc 1 1317 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_433
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_433
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_427
.Lendfor_429:
	.loc 1 1324 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_434
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_434
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_434
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1325 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_424:
	leave
	ret
.Ltrap_426:
	leaq .Lstring206(%rip), %rdi	# trap: kernel.ts:1313:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_430:
	leaq .Lstring207(%rip), %rdi	# trap: kernel.ts:1318:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_432:
	leaq .Lstring208(%rip), %rdi	# trap: kernel.ts:1322:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_433:
	leaq .Lstring209(%rip), %rdi	# trap: kernel.ts:1317:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_434:
	leaq .Lstring210(%rip), %rdi	# trap: kernel.ts:1324:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 1328 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 1329 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_436
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_436
	.loc 1 1330 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	movq var.jsonDecodedLength(%rip), %rdi	# jsonDecodedLength
	addq %rdi, %rax	# +
	jo .Ltrap_437
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_437
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_437
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_436:
	.loc 1 1332 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_438
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_438
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_438
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_435:
	leave
	ret
.Ltrap_437:
	leaq .Lstring211(%rip), %rdi	# trap: kernel.ts:1330:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_438:
	leaq .Lstring212(%rip), %rdi	# trap: kernel.ts:1332:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 1335 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 1336 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_440
	.loc 1 1337 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_441
.Lelse_440:
	.loc 1 1338 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_442
	.loc 1 1339 9
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
	jo .Ltrap_443
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_443
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_443
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1340 9
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
	jo .Ltrap_444
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_444
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_444
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_445
.Lelse_442:
	.loc 1 1341 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_446
	.loc 1 1342 9
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
	jo .Ltrap_447
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_447
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_447
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1343 9
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
	jo .Ltrap_448
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_448
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_448
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1344 9
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
	jmp .Lendif_450
.Lelse_446:
	.loc 1 1346 9
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
	.loc 1 1347 9
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
	jo .Ltrap_452
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_452
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_452
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1348 9
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
	.loc 1 1349 9
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
.Lendif_450:
.Lendif_445:
.Lendif_441:
.Lreturn_439:
	leave
	ret
.Ltrap_443:
	leaq .Lstring213(%rip), %rdi	# trap: kernel.ts:1339:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_444:
	leaq .Lstring214(%rip), %rdi	# trap: kernel.ts:1340:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_447:
	leaq .Lstring215(%rip), %rdi	# trap: kernel.ts:1342:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_448:
	leaq .Lstring216(%rip), %rdi	# trap: kernel.ts:1343:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_449:
	leaq .Lstring217(%rip), %rdi	# trap: kernel.ts:1344:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_451:
	leaq .Lstring218(%rip), %rdi	# trap: kernel.ts:1346:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_452:
	leaq .Lstring219(%rip), %rdi	# trap: kernel.ts:1347:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_453:
	leaq .Lstring220(%rip), %rdi	# trap: kernel.ts:1348:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_454:
	leaq .Lstring221(%rip), %rdi	# trap: kernel.ts:1349:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 1355 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 1356 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_456
	.loc 1 1357 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_455
.Lelse_456:
	.loc 1 1359 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_457
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_457
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_457
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1360 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 1361 5
	# jsonString: while (true) {
.Lwhile_458:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_459
	.loc 1 1362 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_460
	.loc 1 1363 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_455
.Lelse_460:
	.loc 1 1365 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 1366 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_461
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_461
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_461
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1367 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_462
	.loc 1 1368 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_455
.Lelse_462:
	.loc 1 1370 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_463
	.loc 1 1371 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_455
.Lelse_463:
	.loc 1 1373 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_464
	.loc 1 1374 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 1375 13
	# jsonString: continue;
	jmp .Lwhile_458
.Lelse_464:
	.loc 1 1377 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_465
	.loc 1 1378 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_455
.Lelse_465:
	.loc 1 1380 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 1381 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_466
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_466
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_466
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1382 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_468
	cmpq $92, %rax	# case 92
	je .Lcase_469
	cmpq $47, %rax	# case 47
	je .Lcase_470
	cmpq $98, %rax	# case 98
	je .Lcase_471
	cmpq $102, %rax	# case 102
	je .Lcase_472
	cmpq $110, %rax	# case 110
	je .Lcase_473
	cmpq $114, %rax	# case 114
	je .Lcase_474
	cmpq $116, %rax	# case 116
	je .Lcase_475
	cmpq $117, %rax	# case 117
	je .Lcase_476
	jmp .Lcase_477
.Lcase_468:
	.loc 1 1383 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 1383 49
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_469:
	.loc 1 1384 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 1384 49
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_470:
	.loc 1 1385 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 1385 49
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_471:
	.loc 1 1386 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 1386 48
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_472:
	.loc 1 1387 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 1387 50
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_473:
	.loc 1 1388 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 1388 50
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_474:
	.loc 1 1389 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 1389 50
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_475:
	.loc 1 1390 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 1390 49
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_476:
	.loc 1 1392 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 1393 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_478
	.loc 1 1394 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_455
.Lelse_478:
	.loc 1 1397 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_479
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_479
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_480
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_480
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_480
	cmpq $6, %rax	# compare with 6
	jl .Lelse_479
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_479
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_481
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_481
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_481
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_479
	.loc 1 1399 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 1400 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_482
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_482
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_482
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1401 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 1402 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_483
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_483
	.loc 1 1403 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq $65536, %rax
	pushq %rax
	movq -32(%rbp), %rax	# codePoint
	movq $55296, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_484
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_484
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_484
	movq $1024, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_485
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_485
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_485
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_486
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_486
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_486
	pushq %rax
	movq -48(%rbp), %rax	# low
	movq $56320, %rdi
	subq %rdi, %rax	# -
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
	jo .Ltrap_486
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_486
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_486
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_488
.Lelse_483:
	.loc 1 1405 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_488:
.Lelse_479:
	.loc 1 1408 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 1409 17
	# jsonString: break;
	jmp .Lendswitch_467
.Lcase_477:
	.loc 1 1412 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_455
.Lendswitch_467:
	jmp .Lwhile_458
.Lendwhile_459:
.Lreturn_455:
	leave
	ret
.Ltrap_457:
	leaq .Lstring222(%rip), %rdi	# trap: kernel.ts:1359:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_461:
	leaq .Lstring223(%rip), %rdi	# trap: kernel.ts:1366:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_466:
	leaq .Lstring224(%rip), %rdi	# trap: kernel.ts:1381:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_480:
	leaq .Lstring225(%rip), %rdi	# trap: kernel.ts:1397:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_481:
	leaq .Lstring226(%rip), %rdi	# trap: kernel.ts:1398:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_482:
	leaq .Lstring227(%rip), %rdi	# trap: kernel.ts:1400:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_484:
	leaq .Lstring228(%rip), %rdi	# trap: kernel.ts:1403:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_485:
	leaq .Lstring229(%rip), %rdi	# trap: kernel.ts:1403:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_486:
	leaq .Lstring230(%rip), %rdi	# trap: kernel.ts:1403:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_487:
	leaq .Lstring231(%rip), %rdi	# trap: kernel.ts:1403:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 1417 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1418 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 1419 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_490:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_491
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_491
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_491
	.loc 1 1420 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_492
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_492
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_492
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1421 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_493
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_493
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_493
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_490
.Lendwhile_491:
	.loc 1 1423 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_489:
	leave
	ret
.Ltrap_492:
	leaq .Lstring232(%rip), %rdi	# trap: kernel.ts:1420:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_493:
	leaq .Lstring233(%rip), %rdi	# trap: kernel.ts:1421:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 1427 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1428 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_495
	.loc 1 1429 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_496
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_496
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_496
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_495:
	.loc 1 1431 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_497
	.loc 1 1432 9
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
	jmp .Lendif_499
.Lelse_497:
	.loc 1 1433 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_500
	.loc 1 1434 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_494
.Lelse_500:
.Lendif_499:
	.loc 1 1436 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_501
	.loc 1 1437 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_502
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_502
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_502
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1438 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_503
	.loc 1 1439 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_494
.Lelse_503:
.Lelse_501:
	.loc 1 1442 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_505
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_504
.Lskip_505:
	.loc 1 1443 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_506
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_506
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_506
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1444 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_508
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_507
.Lskip_508:
	.loc 1 1445 13
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_509
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_509
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_509
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_507:
	.loc 1 1447 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_510
	.loc 1 1448 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_494
.Lelse_510:
.Lelse_504:
	.loc 1 1451 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_494:
	leave
	ret
.Ltrap_496:
	leaq .Lstring234(%rip), %rdi	# trap: kernel.ts:1429:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_498:
	leaq .Lstring235(%rip), %rdi	# trap: kernel.ts:1432:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_502:
	leaq .Lstring236(%rip), %rdi	# trap: kernel.ts:1437:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_506:
	leaq .Lstring237(%rip), %rdi	# trap: kernel.ts:1443:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_509:
	leaq .Lstring238(%rip), %rdi	# trap: kernel.ts:1445:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 1454 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 1455 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_514
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_514
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_514
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_513
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_512
.Lskip_513:
	.loc 1 1456 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_511
.Lelse_512:
	.loc 1 1458 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_515
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_515
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_515
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1459 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_511:
	leave
	ret
.Ltrap_514:
	leaq .Lstring239(%rip), %rdi	# trap: kernel.ts:1455:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_515:
	leaq .Lstring240(%rip), %rdi	# trap: kernel.ts:1458:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 1463 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 1464 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_517
	.loc 1 1465 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_516
.Lelse_517:
	.loc 1 1467 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1468 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 1469 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_518
	.loc 1 1470 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_516
.Lelse_518:
	.loc 1 1472 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_520
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_519
.Lskip_520:
	.loc 1 1473 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_521
	movq $125, %rax
	jmp .Lendcond_522
.Lelse_521:
	movq $93, %rax
.Lendcond_522:
	movq %rax, -24(%rbp)	# closer
	.loc 1 1474 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_523
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_523
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_523
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1475 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1476 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_524
	.loc 1 1477 13
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
	.loc 1 1478 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_516
.Lelse_524:
	.loc 1 1480 9
	# jsonSkipValue: while (true) {
.Lwhile_526:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_527
	.loc 1 1481 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_528
	.loc 1 1482 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1483 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_529
	.loc 1 1484 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_516
.Lelse_529:
	.loc 1 1486 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1487 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_530
	.loc 1 1488 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_516
.Lelse_530:
	.loc 1 1490 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_531
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_531
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_531
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_528:
	.loc 1 1492 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_533
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_533
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_533
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_532
	.loc 1 1493 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_516
.Lelse_532:
	.loc 1 1495 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1496 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 1497 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_534
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_534
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_534
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1498 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_535
	.loc 1 1499 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_516
.Lelse_535:
	.loc 1 1501 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_536
	.loc 1 1502 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_516
.Lelse_536:
	jmp .Lwhile_526
.Lendwhile_527:
.Lelse_519:
	.loc 1 1506 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_537
	.loc 1 1507 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring241(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_516
.Lelse_537:
	.loc 1 1509 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_538
	.loc 1 1510 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring242(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_516
.Lelse_538:
	.loc 1 1512 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_539
	.loc 1 1513 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring243(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_516
.Lelse_539:
	.loc 1 1515 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_516:
	leave
	ret
.Ltrap_523:
	leaq .Lstring244(%rip), %rdi	# trap: kernel.ts:1474:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_525:
	leaq .Lstring245(%rip), %rdi	# trap: kernel.ts:1477:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_531:
	leaq .Lstring246(%rip), %rdi	# trap: kernel.ts:1490:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_533:
	leaq .Lstring247(%rip), %rdi	# trap: kernel.ts:1492:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_534:
	leaq .Lstring248(%rip), %rdi	# trap: kernel.ts:1497:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 1519 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 1520 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1521 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_541
	.loc 1 1522 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_542
	.loc 1 1523 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_540
.Lelse_542:
	.loc 1 1525 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 1526 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_540
.Lelse_541:
	.loc 1 1528 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_543
	.loc 1 1529 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_540
.Lelse_543:
	.loc 1 1531 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_540:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 1534 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 7 local slot(s)
	.loc 1 1535 5
	# handleJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1536 5
	# handleJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq var.commandLength(%rip), %rdi	# commandLength
	addq %rdi, %rax	# +
	jo .Ltrap_545
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_545
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_545
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 1537 5
	# handleJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 1538 5
	# handleJsonCommand: let whenLength = -1;
	movq $-1, %rax
	movq %rax, -8(%rbp)	# whenLength
	.loc 1 1539 5
	# handleJsonCommand: let ackLength = -1;
	movq $-1, %rax
	movq %rax, -16(%rbp)	# ackLength
	.loc 1 1540 5
	# handleJsonCommand: let actionLength = -1;
	movq $-1, %rax
	movq %rax, -24(%rbp)	# actionLength
	.loc 1 1541 5
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1542 5
	# handleJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_546
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_546
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_546
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1543 5
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1544 5
	# handleJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_547
	.loc 1 1545 9
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
	jmp .Lendif_549
.Lelse_547:
	.loc 1 1547 9
	# handleJsonCommand: while (jsonError === 0) {
.Lwhile_550:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_551
	.loc 1 1548 13
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1549 13
	# handleJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_552
	.loc 1 1550 17
	# handleJsonCommand: break;
	jmp .Lendwhile_551
.Lelse_552:
	.loc 1 1552 13
	# handleJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -32(%rbp)	# keyLength
	.loc 1 1553 13
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1554 13
	# handleJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_553
	.loc 1 1555 17
	# handleJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 1556 17
	# handleJsonCommand: break;
	jmp .Lendwhile_551
.Lelse_553:
	.loc 1 1558 13
	# handleJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_554
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_554
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_554
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1559 13
	# handleJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -32(%rbp), %rsi	# keyLength
	leaq .Lstring249(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_555
	.loc 1 1560 17
	# handleJsonCommand: whenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, -8(%rbp)	# whenLength =
	jmp .Lendif_556
.Lelse_555:
	.loc 1 1561 20
	# handleJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -32(%rbp), %rsi	# keyLength
	leaq .Lstring250(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_557
	.loc 1 1562 17
	# handleJsonCommand: ackLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, -16(%rbp)	# ackLength =
	jmp .Lendif_558
.Lelse_557:
	.loc 1 1563 20
	# handleJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -32(%rbp), %rsi	# keyLength
	leaq .Lstring251(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_559
	.loc 1 1564 17
	# handleJsonCommand: actionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRING);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, -24(%rbp)	# actionLength =
	jmp .Lendif_560
.Lelse_559:
	.loc 1 1566 17
	# handleJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_560:
.Lendif_558:
.Lendif_556:
	.loc 1 1568 13
	# handleJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_561
	.loc 1 1569 17
	# handleJsonCommand: break;
	jmp .Lendwhile_551
.Lelse_561:
	.loc 1 1571 13
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1572 13
	# handleJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -40(%rbp)	# next
	.loc 1 1573 13
	# handleJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_562
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_562
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_562
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1574 13
	# handleJsonCommand: if (next === 125) {
	movq -40(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_563
	.loc 1 1575 17
	# handleJsonCommand: break;
	jmp .Lendwhile_551
.Lelse_563:
	.loc 1 1577 13
	# handleJsonCommand: if (next !== 44) {
	movq -40(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_564
	.loc 1 1578 17
	# handleJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_564:
	jmp .Lwhile_550
.Lendwhile_551:
.Lendif_549:
	.loc 1 1582 5
	# handleJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_565
	.loc 1 1583 9
	# handleJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1584 9
	# handleJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_566
	.loc 1 1585 13
	# handleJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_566:
.Lelse_565:
	.loc 1 1588 5
	# handleJsonCommand: if (jsonError === 0 && whenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_567
	movq -8(%rbp), %rax	# whenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_567
	.loc 1 1589 9
	# handleJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_567:
	.loc 1 1591 5
	# handleJsonCommand: if (jsonError === 0 && ackLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_568
	movq -16(%rbp), %rax	# ackLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_568
	.loc 1 1592 9
	# handleJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_568:
	.loc 1 1594 5
	# handleJsonCommand: if (jsonError === 0 && actionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_569
	movq -24(%rbp), %rax	# actionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_569
	.loc 1 1595 9
	# handleJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_569:
	.loc 1 1597 5
	# handleJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_570
	.loc 1 1598 9
	# handleJsonCommand: reportBogus(jsonError);
	movq var.jsonError(%rip), %rdi	# jsonError
	call fn.reportBogus
	.loc 1 1599 9
	# handleJsonCommand: return;
	jmp .Lreturn_544
.Lelse_570:
	.loc 1 1601 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, actionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq -24(%rbp), %rsi	# actionLength
	call fn.actionFromBytes
	movq %rax, -48(%rbp)	# action
	.loc 1 1602 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -48(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_571
	.loc 1 1603 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1604 9
	# handleJsonCommand: return;
	jmp .Lreturn_544
.Lelse_571:
	.loc 1 1606 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, whenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq -8(%rbp), %rsi	# whenLength
	leaq .Lstring252(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_572
	.loc 1 1607 9
	# handleJsonCommand: performAction(action);
	movq -48(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1608 9
	# handleJsonCommand: return;
	jmp .Lreturn_544
.Lelse_572:
	.loc 1 1610 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, whenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq -8(%rbp), %rsi	# whenLength
	leaq .Lstring253(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_573
	.loc 1 1611 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 1612 9
	# handleJsonCommand: return;
	jmp .Lreturn_544
.Lelse_573:
	.loc 1 1614 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -56(%rbp)	# ackMode
	.loc 1 1615 5
	# handleJsonCommand: if (bytesEqual(jsonAck, ackLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq -16(%rbp), %rsi	# ackLength
	leaq .Lstring254(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_574
	.loc 1 1616 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -56(%rbp)	# ackMode =
	jmp .Lendif_575
.Lelse_574:
	.loc 1 1617 12
	# handleJsonCommand: if (bytesEqual(jsonAck, ackLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq -16(%rbp), %rsi	# ackLength
	leaq .Lstring160(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_576
	.loc 1 1618 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -56(%rbp)	# ackMode =
	jmp .Lendif_577
.Lelse_576:
	.loc 1 1619 12
	# handleJsonCommand: if (bytesEqual(jsonAck, ackLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq -16(%rbp), %rsi	# ackLength
	leaq .Lstring255(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_578
	.loc 1 1620 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -56(%rbp)	# ackMode =
.Lelse_578:
.Lendif_577:
.Lendif_575:
	.loc 1 1622 5
	# handleJsonCommand: setOverride(action, ackMode, jsonAck, ackLength);
	movq -48(%rbp), %rdi	# action
	movq -56(%rbp), %rsi	# ackMode
	leaq buf.jsonAck(%rip), %rdx	# jsonAck
	movq -16(%rbp), %rcx	# ackLength
	call fn.setOverride
.Lreturn_544:
	leave
	ret
.Ltrap_545:
	leaq .Lstring256(%rip), %rdi	# trap: kernel.ts:1536:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_546:
	leaq .Lstring257(%rip), %rdi	# trap: kernel.ts:1542:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_548:
	leaq .Lstring258(%rip), %rdi	# trap: kernel.ts:1545:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_554:
	leaq .Lstring259(%rip), %rdi	# trap: kernel.ts:1558:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_562:
	leaq .Lstring260(%rip), %rdi	# trap: kernel.ts:1573:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 1656 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 1657 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_580:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_582
	.loc 1 1658 9
	# clearWords: store64(address + i * 8, 0);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_583
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_583
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_583
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_584
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_584
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_584
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_581:
	.loc 1 1657 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_585
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_585
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_580
.Lendfor_582:
.Lreturn_579:
	leave
	ret
.Ltrap_583:
	leaq .Lstring261(%rip), %rdi	# trap: kernel.ts:1658:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_584:
	leaq .Lstring262(%rip), %rdi	# trap: kernel.ts:1658:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_585:
	leaq .Lstring263(%rip), %rdi	# trap: kernel.ts:1657:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 1664 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1665 5
	# publishFrameListTree: const p2mPages = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - 1) ...
	movq var.domainPages(%rip), %rax	# domainPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_588
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_588
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_588
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_588
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_588
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_588
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_587
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_587
	subq $1, %rax	# then the floor is one below
.Lfloored_587:
	movq %rax, -8(%rbp)	# p2mPages
	.loc 1 1666 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -8(%rbp), %rax	# p2mPages
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
	movq %rax, -16(%rbp)	# frameListCount
	.loc 1 1667 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -16(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_591
	.loc 1 1668 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring264(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 1669 9
	# publishFrameListTree: printDecimal(domainPages);
	movq var.domainPages(%rip), %rdi	# domainPages
	call fn.printDecimal
	.loc 1 1670 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring265(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 1671 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_586
.Lelse_591:
	.loc 1 1673 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 1674 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -16(%rbp), %rax	# frameListCount
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_592
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_592
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_592
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 1675 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# page
.Lfor_593:
	movq -24(%rbp), %rax	# page
	movq -8(%rbp), %rdi	# p2mPages
	cmpq %rdi, %rax
	jge .Lendfor_595
	.loc 1 1676 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(mfnList + page * PAGE_S...
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_596
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_596
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_596
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_597
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_597
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_597
	pushq %rax
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $4096, %rdi	# PAGE_SIZE
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
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_594:
	.loc 1 1675 41
	# publishFrameListTree: page++
	movq -24(%rbp), %rax	# page
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_600
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_600
	movq %rax, -24(%rbp)	# page =
	jmp .Lfor_593
.Lendfor_595:
	.loc 1 1678 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# list
.Lfor_601:
	movq -32(%rbp), %rax	# list
	movq -16(%rbp), %rdi	# frameListCount
	cmpq %rdi, %rax
	jge .Lendfor_603
	.loc 1 1679 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	leaq buf.frameListList(%rip), %rax	# frameListList
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_604
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_604
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_604
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_605
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_605
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_605
	pushq %rax
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $4096, %rdi	# PAGE_SIZE
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
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_602:
	.loc 1 1678 47
	# publishFrameListTree: list++
	movq -32(%rbp), %rax	# list
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_608
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_608
	movq %rax, -32(%rbp)	# list =
	jmp .Lfor_601
.Lendfor_603:
	.loc 1 1681 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, domainPages);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3088, %rdi	# SHARED_INFO_ARCH_MAX_PFN
	addq %rdi, %rax	# +
	jo .Ltrap_609
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_609
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_609
	movq %rax, %rdi
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1682 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1683 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3096, %rdi	# SHARED_INFO_ARCH_FRAME_LIST_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_610
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_610
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_610
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1684 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_586:
	leave
	ret
.Ltrap_588:
	leaq .Lstring266(%rip), %rdi	# trap: kernel.ts:1665:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_590:
	leaq .Lstring267(%rip), %rdi	# trap: kernel.ts:1666:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_592:
	leaq .Lstring268(%rip), %rdi	# trap: kernel.ts:1674:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_596:
	leaq .Lstring269(%rip), %rdi	# trap: kernel.ts:1676:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_597:
	leaq .Lstring270(%rip), %rdi	# trap: kernel.ts:1676:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_598:
	leaq .Lstring271(%rip), %rdi	# trap: kernel.ts:1676:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_599:
	leaq .Lstring272(%rip), %rdi	# trap: kernel.ts:1676:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_600:
	leaq .Lstring273(%rip), %rdi	# trap: kernel.ts:1675:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_604:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:1679:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_605:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:1679:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_606:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:1679:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_607:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:1679:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_608:
	leaq .Lstring278(%rip), %rdi	# trap: kernel.ts:1678:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_609:
	leaq .Lstring279(%rip), %rdi	# trap: kernel.ts:1681:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_610:
	leaq .Lstring280(%rip), %rdi	# trap: kernel.ts:1683:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 1687 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1688 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 1689 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_612
	.loc 1 1690 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_612:
	.loc 1 1692 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_611:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 1695 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1696 5
	# suspendDomain: if (!publishFrameListTree()) {
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_614
	.loc 1 1697 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring281(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 1698 9
	# suspendDomain: return;
	jmp .Lreturn_613
.Lelse_614:
	.loc 1 1700 5
	# suspendDomain: log("suspending");
	leaq .Lstring282(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 1701 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 1704 5
	# suspendDomain: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 1705 5
	# suspendDomain: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_615
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_615
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_615
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_616
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_616
	subq $1, %rax	# then the floor is one below
.Lfloored_616:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1706 5
	# suspendDomain: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_617
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_617
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_617
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
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
	.loc 1 1707 5
	# suspendDomain: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 1708 5
	# suspendDomain: let result = unmapResult;
	movq -16(%rbp), %rax	# unmapResult
	movq %rax, -24(%rbp)	# result
	.loc 1 1709 5
	# suspendDomain: if (unmapResult === 0) {
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_619
	.loc 1 1710 9
	# suspendDomain: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1711 9
	# suspendDomain: result = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArg...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	movq %rax, -24(%rbp)	# result =
.Lelse_619:
	.loc 1 1713 5
	# suspendDomain: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_620
	.loc 1 1714 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 1715 9
	# suspendDomain: return;
	jmp .Lreturn_613
.Lelse_620:
	.loc 1 1718 5
	# suspendDomain: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_621
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_621
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_621
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1719 5
	# suspendDomain: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_622
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_622
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_622
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1720 5
	# suspendDomain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_623
	.loc 1 1721 9
	# suspendDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_623:
	.loc 1 1723 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 1724 5
	# suspendDomain: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 1725 5
	# suspendDomain: if (result === 1) {
	movq -24(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_624
	.loc 1 1726 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring283(%rip), %rdi	# "suspend cancelled"
	call fn.log
	jmp .Lendif_625
.Lelse_624:
	.loc 1 1728 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring284(%rip), %rdi	# "suspend failed: error "
	movq -24(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_625:
.Lreturn_613:
	leave
	ret
.Ltrap_615:
	leaq .Lstring285(%rip), %rdi	# trap: kernel.ts:1705:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_617:
	leaq .Lstring286(%rip), %rdi	# trap: kernel.ts:1706:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_621:
	leaq .Lstring287(%rip), %rdi	# trap: kernel.ts:1718:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_622:
	leaq .Lstring288(%rip), %rdi	# trap: kernel.ts:1719:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 1732 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1733 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 1734 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_627
	.loc 1 1735 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring289(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 1736 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 1737 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_627:
	.loc 1 1739 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $1, %rdi	# VCPU0_UPCALL_MASK
	addq %rdi, %rax	# +
	jo .Ltrap_628
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_628
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_628
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_626:
	leave
	ret
.Ltrap_628:
	leaq .Lstring290(%rip), %rdi	# trap: kernel.ts:1739:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 1742 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1743 5
	# resumeInNewDomain: domainPages = load64(startInfo + START_INFO_NR_PAGES);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $32, %rdi	# START_INFO_NR_PAGES
	addq %rdi, %rax	# +
	jo .Ltrap_630
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_630
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_630
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_631
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_631
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 1744 5
	# resumeInNewDomain: consoleRing = virtualAddressOfFrame(load64(startInfo + START_INFO_CON...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
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
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 1745 5
	# resumeInNewDomain: consolePort = load32(startInfo + START_INFO_CONSOLE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $80, %rdi	# START_INFO_CONSOLE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_634
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_634
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_634
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 1746 5
	# resumeInNewDomain: storeRing = virtualAddressOfFrame(load64(startInfo + START_INFO_STORE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_635
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_635
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_635
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_636
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_636
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 1747 5
	# resumeInNewDomain: storePort = load32(startInfo + START_INFO_STORE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $64, %rdi	# START_INFO_STORE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_637
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_637
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_637
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.storePort(%rip)	# storePort =
	.loc 1 1748 5
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 1749 5
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 1750 5
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 1751 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1752 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 1753 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 1754 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1755 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1756 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring291(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 1757 5
	# resumeInNewDomain: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	leaq .Lstring124(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 1758 5
	# resumeInNewDomain: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring191(%rip), %rdi	# "control/testing"
	leaq .Lstring125(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 1759 5
	# resumeInNewDomain: advertise("control/feature-poweroff");
	leaq .Lstring292(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 1760 5
	# resumeInNewDomain: advertise("control/feature-reboot");
	leaq .Lstring293(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 1761 5
	# resumeInNewDomain: advertise("control/feature-suspend");
	leaq .Lstring294(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_629:
	leave
	ret
.Ltrap_630:
	leaq .Lstring295(%rip), %rdi	# trap: kernel.ts:1743:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_631:
	leaq .Lstring296(%rip), %rdi	# trap: kernel.ts:1743:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_632:
	leaq .Lstring297(%rip), %rdi	# trap: kernel.ts:1744:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_633:
	leaq .Lstring298(%rip), %rdi	# trap: kernel.ts:1744:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_634:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:1745:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_635:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:1746:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_636:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:1746:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_637:
	leaq .Lstring302(%rip), %rdi	# trap: kernel.ts:1747:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 1772 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1773 5
	# performAction: print("action: ");
	leaq .Lstring303(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 1774 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 1775 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_640
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_641
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_642
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_643
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_644
	jmp .Lcase_645
.Lcase_640:
.Lcase_641:
	.loc 1 1778 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 1779 13
	# performAction: shutdownForever(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.shutdownForever
	.loc 1 1780 13
	# performAction: break;
	jmp .Lendswitch_639
.Lcase_642:
	.loc 1 1782 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 1783 13
	# performAction: shutdownForever(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.shutdownForever
	.loc 1 1784 13
	# performAction: break;
	jmp .Lendswitch_639
.Lcase_643:
	.loc 1 1786 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 1787 13
	# performAction: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
	.loc 1 1788 13
	# performAction: break;
	jmp .Lendswitch_639
.Lcase_644:
	.loc 1 1790 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 1791 13
	# performAction: break;
	jmp .Lendswitch_639
.Lcase_645:
	.loc 1 1793 13
	# performAction: break;
	jmp .Lendswitch_639
.Lendswitch_639:
.Lreturn_638:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function decimalFromBytes(address, length)
	.type fn.decimalFromBytes,@function
fn.decimalFromBytes:
	.loc 1 1817 1
	# decimalFromBytes: function decimalFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1818 5
	# decimalFromBytes: if (length === 0 || length > 9) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_648
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_647
.Lskip_648:
	.loc 1 1819 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_646
.Lelse_647:
	.loc 1 1821 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 1822 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_649:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_651
	.loc 1 1823 9
	# decimalFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_652
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_652
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_652
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 1824 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_654
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_653
.Lskip_654:
	.loc 1 1825 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_646
.Lelse_653:
	.loc 1 1827 9
	# decimalFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	movq $10, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_655
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_655
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_655
	pushq %rax
	movq -40(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_656
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_656
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_656
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
	movq %rax, -24(%rbp)	# value =
.Lfornext_650:
	.loc 1 1822 33
	# decimalFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_657
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_657
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_649
.Lendfor_651:
	.loc 1 1829 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_646:
	leave
	ret
.Ltrap_652:
	leaq .Lstring304(%rip), %rdi	# trap: kernel.ts:1823:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_655:
	leaq .Lstring305(%rip), %rdi	# trap: kernel.ts:1827:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_656:
	leaq .Lstring306(%rip), %rdi	# trap: kernel.ts:1827:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_657:
	leaq .Lstring307(%rip), %rdi	# trap: kernel.ts:1822:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalFromBytes, .-fn.decimalFromBytes

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 1832 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	.loc 1 1833 5
	# printBanner: const domidLength = storeRead("domid");
	leaq .Lstring308(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# domidLength
	.loc 1 1834 5
	# printBanner: if (domidLength >= 0) {
	movq -8(%rbp), %rax	# domidLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_659
	.loc 1 1835 9
	# printBanner: domainId = decimalFromBytes(storeReply, domidLength);
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# domidLength
	call fn.decimalFromBytes
	movq %rax, var.domainId(%rip)	# domainId =
.Lelse_659:
	.loc 1 1837 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring309(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 1838 5
	# printBanner: print(KERNEL_VERSION);
	leaq .Lstring310(%rip), %rdi	# KERNEL_VERSION
	call fn.print
	.loc 1 1839 5
	# printBanner: print(", domid ");
	leaq .Lstring311(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 1840 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_660
	.loc 1 1841 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_661
.Lelse_660:
	.loc 1 1843 9
	# printBanner: print("unknown");
	leaq .Lstring312(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_661:
	.loc 1 1845 5
	# printBanner: print(", memory ");
	leaq .Lstring313(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 1846 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	movq $256, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_662
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_662
	subq $1, %rax	# then the floor is one below
.Lfloored_662:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1847 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring314(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 1848 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -16(%rbp)	# version
	.loc 1 1849 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -16(%rbp), %rax	# version
	movq $65536, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_663
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_663
	subq $1, %rax	# then the floor is one below
.Lfloored_663:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1850 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 1851 5
	# printBanner: printDecimal(version & 0xffff);
	movq -16(%rbp), %rax	# version
	movq $65535, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1852 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_664:
	movq -24(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_666
	.loc 1 1853 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_667
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_667
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_667
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_665:
	.loc 1 1852 56
	# printBanner: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_668
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_668
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_664
.Lendfor_666:
	.loc 1 1855 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_669
	.loc 1 1856 9
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_670:
	movq -32(%rbp), %rax	# i
	cmpq $16, %rax	# compare with XENVER_EXTRAVERSION_BYTES
	jge .Lendfor_672
	.loc 1 1857 13
	# printBanner: const byte = load8(xenExtraVersion + i);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_673
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_673
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_673
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 1858 13
	# printBanner: if (byte === 0) {
	movq -40(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_674
	.loc 1 1859 17
	# printBanner: break;
	jmp .Lendfor_672
.Lelse_674:
	.loc 1 1861 13
	# printBanner: printEscapedByte(byte);
	movq -40(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_671:
	.loc 1 1856 56
	# printBanner: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_675
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_675
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_670
.Lendfor_672:
.Lelse_669:
	.loc 1 1864 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_658:
	leave
	ret
.Ltrap_667:
	leaq .Lstring315(%rip), %rdi	# trap: kernel.ts:1853:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_668:
	leaq .Lstring316(%rip), %rdi	# trap: kernel.ts:1852:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_673:
	leaq .Lstring317(%rip), %rdi	# trap: kernel.ts:1857:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_675:
	leaq .Lstring318(%rip), %rdi	# trap: kernel.ts:1856:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function advertise(path)
	.type fn.advertise,@function
fn.advertise:
	.loc 1 1867 1
	# advertise: function advertise(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1868 5
	# advertise: const result = storeWriteText(path, "1");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring319(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1869 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_677
	.loc 1 1870 9
	# advertise: print("xenstore: cannot write ");
	leaq .Lstring320(%rip), %rdi	# "xenstore: cannot write "
	call fn.print
	.loc 1 1871 9
	# advertise: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1872 9
	# advertise: print(": ");
	leaq .Lstring164(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1873 9
	# advertise: log(storeErrorName(result));
	movq -16(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lelse_677:
.Lreturn_676:
	leave
	ret
	.size fn.advertise, .-fn.advertise

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 1877 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1878 5
	# watch: const result = storeWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.storeWatch
	movq %rax, -24(%rbp)	# result
	.loc 1 1879 5
	# watch: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_679
	.loc 1 1880 9
	# watch: print("xenstore: cannot watch ");
	leaq .Lstring321(%rip), %rdi	# "xenstore: cannot watch "
	call fn.print
	.loc 1 1881 9
	# watch: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1882 9
	# watch: print(": ");
	leaq .Lstring164(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1883 9
	# watch: log(storeErrorName(result));
	movq -24(%rbp), %rdi	# result
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lelse_679:
.Lreturn_678:
	leave
	ret
	.size fn.watch, .-fn.watch

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 1887 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1888 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_681
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_681
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_681
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 1889 5
	# tick: print("domain ");
	leaq .Lstring322(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 1890 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 1891 5
	# tick: print(" tick ");
	leaq .Lstring323(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 1892 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 1893 5
	# tick: endLine();
	call fn.endLine
	.loc 1 1894 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_682
	.loc 1 1895 9
	# tick: print("override ");
	leaq .Lstring170(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1896 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1897 9
	# tick: log(" is active");
	leaq .Lstring324(%rip), %rdi	# " is active"
	call fn.log
.Lelse_682:
.Lreturn_680:
	leave
	ret
.Ltrap_681:
	leaq .Lstring325(%rip), %rdi	# trap: kernel.ts:1888:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 1903 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1904 5
	# mainLoop: while (true) {
.Lwhile_684:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_685
	.loc 1 1905 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 1906 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 1907 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired) {
.Lwhile_686:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_688
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lendwhile_687
.Lskip_688:
	.loc 1 1908 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 1909 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_689
	.loc 1 1910 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 1911 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_689:
	.loc 1 1913 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_690
	.loc 1 1914 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 1915 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_690:
	jmp .Lwhile_686
.Lendwhile_687:
	.loc 1 1918 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_691
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_691
	.loc 1 1919 13
	# mainLoop: print("console: ");
	leaq .Lstring326(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 1920 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 1921 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring327(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 1922 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_691:
	.loc 1 1924 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_692:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_693
	.loc 1 1925 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_694
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_694
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_694
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 1926 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 1927 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_692
.Lendwhile_693:
	.loc 1 1929 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_695
	.loc 1 1930 13
	# mainLoop: continue;
	jmp .Lwhile_684
.Lelse_695:
	.loc 1 1932 9
	# mainLoop: waitOnPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	jmp .Lwhile_684
.Lendwhile_685:
.Lreturn_683:
	leave
	ret
.Ltrap_694:
	leaq .Lstring328(%rip), %rdi	# trap: kernel.ts:1925:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(startInfoAddress), exported
	.globl main
	.type main,@function
main:
	.loc 1 1936 1
	# main: export function main(startInfoAddress: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoAddress
	.loc 1 1937 5
	# main: startInfo = startInfoAddress;
	movq -8(%rbp), %rax	# startInfoAddress
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 1938 5
	# main: domainPages = load64(startInfo + START_INFO_NR_PAGES);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $32, %rdi	# START_INFO_NR_PAGES
	addq %rdi, %rax	# +
	jo .Ltrap_697
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_697
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_697
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_698
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_698
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 1939 5
	# main: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $104, %rdi	# START_INFO_MFN_LIST
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
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 1940 5
	# main: consoleRing = virtualAddressOfFrame(load64(startInfo + START_INFO_CON...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
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
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 1941 5
	# main: consolePort = load32(startInfo + START_INFO_CONSOLE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $80, %rdi	# START_INFO_CONSOLE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_703
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_703
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_703
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 1942 5
	# main: if (load8(addressOf("hypercall_page")) === RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	jne .Lelse_704
	.loc 1 1945 9
	# main: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 1946 9
	# main: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring329(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 1947 9
	# main: while (true) {
.Lwhile_705:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_706
	.loc 1 1948 13
	# main: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_705
.Lendwhile_706:
.Lelse_704:
	.loc 1 1951 5
	# main: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $0, %rdi	# START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_708
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_708
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_708
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring330(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_707
	.loc 1 1952 9
	# main: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring331(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_707:
	.loc 1 1954 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 1955 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 1956 5
	# main: storeRing = virtualAddressOfFrame(load64(startInfo + START_INFO_STORE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_709
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_709
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_709
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_710
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_710
	movq %rax, %rdi
	call fn.virtualAddressOfFrame
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 1957 5
	# main: storePort = load32(startInfo + START_INFO_STORE_EVTCHN);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $64, %rdi	# START_INFO_STORE_EVTCHN
	addq %rdi, %rax	# +
	jo .Ltrap_711
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_711
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_711
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.storePort(%rip)	# storePort =
	.loc 1 1958 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 1959 5
	# main: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 1960 5
	# main: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring168(%rip), %rdi	# "control/shutdown"
	leaq .Lstring124(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 1961 5
	# main: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring191(%rip), %rdi	# "control/testing"
	leaq .Lstring125(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 1962 5
	# main: advertise("control/feature-poweroff");
	leaq .Lstring292(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 1963 5
	# main: advertise("control/feature-reboot");
	leaq .Lstring293(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 1964 5
	# main: advertise("control/feature-suspend");
	leaq .Lstring294(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
	.loc 1 1965 5
	# main: log("ready");
	leaq .Lstring332(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 1966 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_696:
	leave
	ret
.Ltrap_697:
	leaq .Lstring333(%rip), %rdi	# trap: kernel.ts:1938:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_698:
	leaq .Lstring334(%rip), %rdi	# trap: kernel.ts:1938:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_699:
	leaq .Lstring335(%rip), %rdi	# trap: kernel.ts:1939:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_700:
	leaq .Lstring336(%rip), %rdi	# trap: kernel.ts:1939:15: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_701:
	leaq .Lstring337(%rip), %rdi	# trap: kernel.ts:1940:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_702:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:1940:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_703:
	leaq .Lstring339(%rip), %rdi	# trap: kernel.ts:1941:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_708:
	leaq .Lstring340(%rip), %rdi	# trap: kernel.ts:1951:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_709:
	leaq .Lstring341(%rip), %rdi	# trap: kernel.ts:1956:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_710:
	leaq .Lstring342(%rip), %rdi	# trap: kernel.ts:1956:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_711:
	leaq .Lstring343(%rip), %rdi	# trap: kernel.ts:1957:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 1974 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 1975 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_713
	.loc 1 1976 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 1977 9
	# trap: print("trap: ");
	leaq .Lstring344(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 1978 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 1979 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_713:
	.loc 1 1981 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_712:
	leave
	ret
	.size trap, .-trap

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "kernel.ts:108:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:108:29: integer result outside the exact range"
	.balign 8
.Lstring1:	# "kernel.ts:108:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:108:19: integer result outside the exact range"
	.balign 8
.Lstring2:	# "kernel.ts:108:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:108:12: load64 value outside the exact range"
	.balign 8
.Lstring3:	# "kernel.ts:114:12: machineToPhys value outside the exact range"
	.quad 61
	.ascii "kernel.ts:114:12: machineToPhys value outside the exact range"
	.balign 8
.Lstring4:	# "kernel.ts:114:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:114:12: integer result outside the exact range"
	.balign 8
.Lstring5:	# "kernel.ts:179:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:179:13: integer result outside the exact range"
	.balign 8
.Lstring6:	# "kernel.ts:180:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:180:13: integer result outside the exact range"
	.balign 8
.Lstring7:	# "kernel.ts:181:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:181:13: integer result outside the exact range"
	.balign 8
.Lstring8:	# "kernel.ts:187:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:187:9: integer result outside the exact range"
	.balign 8
.Lstring9:	# "kernel.ts:207:51: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:207:51: integer result outside the exact range"
	.balign 8
.Lstring10:	# "kernel.ts:207:44: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:207:44: load64 value outside the exact range"
	.balign 8
.Lstring11:	# "kernel.ts:236:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:236:28: integer result outside the exact range"
	.balign 8
.Lstring12:	# "kernel.ts:241:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:241:24: integer result outside the exact range"
	.balign 8
.Lstring13:	# "kernel.ts:264:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:264:17: integer result outside the exact range"
	.balign 8
.Lstring14:	# "kernel.ts:300:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:300:32: integer result outside the exact range"
	.balign 8
.Lstring15:	# "kernel.ts:302:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:302:32: integer result outside the exact range"
	.balign 8
.Lstring16:	# "kernel.ts:303:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:303:33: integer result outside the exact range"
	.balign 8
.Lstring17:	# "kernel.ts:305:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:305:43: integer result outside the exact range"
	.balign 8
.Lstring18:	# "kernel.ts:314:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:314:23: integer result outside the exact range"
	.balign 8
.Lstring19:	# "kernel.ts:316:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:316:27: integer result outside the exact range"
	.balign 8
.Lstring20:	# "kernel.ts:317:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:317:28: integer result outside the exact range"
	.balign 8
.Lstring21:	# "kernel.ts:327:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:327:23: integer result outside the exact range"
	.balign 8
.Lstring22:	# "kernel.ts:329:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:329:27: integer result outside the exact range"
	.balign 8
.Lstring23:	# "kernel.ts:330:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:330:28: integer result outside the exact range"
	.balign 8
.Lstring24:	# "kernel.ts:335:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:335:24: integer result outside the exact range"
	.balign 8
.Lstring25:	# "kernel.ts:337:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:337:9: integer result outside the exact range"
	.balign 8
.Lstring26:	# "kernel.ts:337:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:337:40: integer result outside the exact range"
	.balign 8
.Lstring27:	# "kernel.ts:368:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:368:29: integer result outside the exact range"
	.balign 8
.Lstring28:	# "kernel.ts:369:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:369:29: integer result outside the exact range"
	.balign 8
.Lstring29:	# "kernel.ts:371:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:371:21: integer result outside the exact range"
	.balign 8
.Lstring30:	# "kernel.ts:386:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:386:35: integer result outside the exact range"
	.balign 8
.Lstring31:	# "kernel.ts:390:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:390:37: integer result outside the exact range"
	.balign 8
.Lstring32:	# "kernel.ts:391:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:391:20: integer result outside the exact range"
	.balign 8
.Lstring33:	# "kernel.ts:391:61: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:391:61: integer result outside the exact range"
	.balign 8
.Lstring34:	# "kernel.ts:393:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:393:21: integer result outside the exact range"
	.balign 8
.Lstring35:	# "kernel.ts:393:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:393:54: integer result outside the exact range"
	.balign 8
.Lstring36:	# "kernel.ts:398:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:398:35: integer result outside the exact range"
	.balign 8
.Lstring37:	# "kernel.ts:403:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:403:26: integer result outside the exact range"
	.balign 8
.Lstring38:	# "kernel.ts:437:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:437:26: integer result outside the exact range"
	.balign 8
.Lstring39:	# "kernel.ts:455:20: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:455:20: charCodeAt index out of range"
	.balign 8
.Lstring40:	# "kernel.ts:454:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:454:38: integer result outside the exact range"
	.balign 8
.Lstring41:	# "kernel.ts:473:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:473:16: integer result outside the exact range"
	.balign 8
.Lstring42:	# "kernel.ts:477:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:477:26: integer result outside the exact range"
	.balign 8
.Lstring43:	# "kernel.ts:477:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:477:40: integer result outside the exact range"
	.balign 8
.Lstring44:	# "\\n"
	.quad 2
	.ascii "\\n"
	.balign 8
.Lstring45:	# "\\r"
	.quad 2
	.ascii "\\r"
	.balign 8
.Lstring46:	# "\\t"
	.quad 2
	.ascii "\\t"
	.balign 8
.Lstring47:	# "\\x"
	.quad 2
	.ascii "\\x"
	.balign 8
.Lstring48:	# "...\" ("
	.quad 6
	.ascii "...\" ("
	.balign 8
.Lstring49:	# " bytes)"
	.quad 7
	.ascii " bytes)"
	.balign 8
.Lstring50:	# "kernel.ts:504:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:504:32: integer result outside the exact range"
	.balign 8
.Lstring51:	# "kernel.ts:503:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:503:32: integer result outside the exact range"
	.balign 8
.Lstring52:	# "kernel.ts:523:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:523:16: integer result outside the exact range"
	.balign 8
.Lstring53:	# "kernel.ts:523:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:523:39: integer result outside the exact range"
	.balign 8
.Lstring54:	# "kernel.ts:522:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:522:33: integer result outside the exact range"
	.balign 8
.Lstring55:	# "kernel.ts:533:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:533:19: integer result outside the exact range"
	.balign 8
.Lstring56:	# "kernel.ts:533:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:533:36: charCodeAt index out of range"
	.balign 8
.Lstring57:	# "kernel.ts:532:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:532:33: integer result outside the exact range"
	.balign 8
.Lstring58:	# "EINVAL"
	.quad 6
	.ascii "EINVAL"
	.balign 8
.Lstring59:	# "EACCES"
	.quad 6
	.ascii "EACCES"
	.balign 8
.Lstring60:	# "EEXIST"
	.quad 6
	.ascii "EEXIST"
	.balign 8
.Lstring61:	# "EISDIR"
	.quad 6
	.ascii "EISDIR"
	.balign 8
.Lstring62:	# "ENOENT"
	.quad 6
	.ascii "ENOENT"
	.balign 8
.Lstring63:	# "ENOMEM"
	.quad 6
	.ascii "ENOMEM"
	.balign 8
.Lstring64:	# "ENOSPC"
	.quad 6
	.ascii "ENOSPC"
	.balign 8
.Lstring65:	# "EIO"
	.quad 3
	.ascii "EIO"
	.balign 8
.Lstring66:	# "ENOTEMPTY"
	.quad 9
	.ascii "ENOTEMPTY"
	.balign 8
.Lstring67:	# "ENOSYS"
	.quad 6
	.ascii "ENOSYS"
	.balign 8
.Lstring68:	# "EROFS"
	.quad 5
	.ascii "EROFS"
	.balign 8
.Lstring69:	# "EBUSY"
	.quad 5
	.ascii "EBUSY"
	.balign 8
.Lstring70:	# "EAGAIN"
	.quad 6
	.ascii "EAGAIN"
	.balign 8
.Lstring71:	# "EISCONN"
	.quad 7
	.ascii "EISCONN"
	.balign 8
.Lstring72:	# "E2BIG"
	.quad 5
	.ascii "E2BIG"
	.balign 8
.Lstring73:	# "EPERM"
	.quad 5
	.ascii "EPERM"
	.balign 8
.Lstring74:	# "protocol error"
	.quad 14
	.ascii "protocol error"
	.balign 8
.Lstring75:	# "no reply"
	.quad 8
	.ascii "no reply"
	.balign 8
.Lstring76:	# "unknown error"
	.quad 13
	.ascii "unknown error"
	.balign 8
.Lstring77:	# "kernel.ts:635:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:635:44: integer result outside the exact range"
	.balign 8
.Lstring78:	# "kernel.ts:635:74: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:635:74: integer result outside the exact range"
	.balign 8
.Lstring79:	# "kernel.ts:636:52: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:636:52: integer result outside the exact range"
	.balign 8
.Lstring80:	# "kernel.ts:672:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:672:12: integer result outside the exact range"
	.balign 8
.Lstring81:	# "kernel.ts:673:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:673:26: integer result outside the exact range"
	.balign 8
.Lstring82:	# "kernel.ts:679:27: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:679:27: charCodeAt index out of range"
	.balign 8
.Lstring83:	# "kernel.ts:678:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:678:38: integer result outside the exact range"
	.balign 8
.Lstring84:	# "kernel.ts:686:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:686:33: integer result outside the exact range"
	.balign 8
.Lstring85:	# "kernel.ts:685:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:685:33: integer result outside the exact range"
	.balign 8
.Lstring86:	# "xenstore: request ring indexes make no sense (prod "
	.quad 51
	.ascii "xenstore: request ring indexes make no sense (prod "
	.balign 8
.Lstring87:	# ", cons "
	.quad 7
	.ascii ", cons "
	.balign 8
.Lstring88:	# "); request dropped"
	.quad 18
	.ascii "); request dropped"
	.balign 8
.Lstring89:	# "kernel.ts:692:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:692:29: integer result outside the exact range"
	.balign 8
.Lstring90:	# "kernel.ts:693:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:693:29: integer result outside the exact range"
	.balign 8
.Lstring91:	# "kernel.ts:695:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:695:23: integer result outside the exact range"
	.balign 8
.Lstring92:	# "kernel.ts:704:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:704:12: integer result outside the exact range"
	.balign 8
.Lstring93:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring94:	# "kernel.ts:719:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:719:31: integer result outside the exact range"
	.balign 8
.Lstring95:	# "kernel.ts:727:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:727:33: integer result outside the exact range"
	.balign 8
.Lstring96:	# "kernel.ts:728:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:728:36: integer result outside the exact range"
	.balign 8
.Lstring97:	# "kernel.ts:729:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:729:21: integer result outside the exact range"
	.balign 8
.Lstring98:	# "kernel.ts:733:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:733:21: integer result outside the exact range"
	.balign 8
.Lstring99:	# "kernel.ts:734:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:734:21: integer result outside the exact range"
	.balign 8
.Lstring100:	# "kernel.ts:736:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:736:19: integer result outside the exact range"
	.balign 8
.Lstring101:	# "kernel.ts:736:48: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:736:48: integer result outside the exact range"
	.balign 8
.Lstring102:	# "kernel.ts:738:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:738:17: integer result outside the exact range"
	.balign 8
.Lstring103:	# "kernel.ts:738:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:738:43: integer result outside the exact range"
	.balign 8
.Lstring104:	# "kernel.ts:739:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:739:16: integer result outside the exact range"
	.balign 8
.Lstring105:	# "kernel.ts:753:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:753:29: integer result outside the exact range"
	.balign 8
.Lstring106:	# "kernel.ts:755:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:755:13: integer result outside the exact range"
	.balign 8
.Lstring107:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring108:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring109:	# "kernel.ts:761:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:761:29: integer result outside the exact range"
	.balign 8
.Lstring110:	# "kernel.ts:762:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:762:29: integer result outside the exact range"
	.balign 8
.Lstring111:	# "kernel.ts:764:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:764:24: integer result outside the exact range"
	.balign 8
.Lstring112:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring113:	# "kernel.ts:788:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:788:31: integer result outside the exact range"
	.balign 8
.Lstring114:	# "kernel.ts:797:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:797:33: integer result outside the exact range"
	.balign 8
.Lstring115:	# "kernel.ts:798:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:798:36: integer result outside the exact range"
	.balign 8
.Lstring116:	# "kernel.ts:799:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:799:21: integer result outside the exact range"
	.balign 8
.Lstring117:	# "kernel.ts:803:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:803:21: integer result outside the exact range"
	.balign 8
.Lstring118:	# "kernel.ts:804:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:804:21: integer result outside the exact range"
	.balign 8
.Lstring119:	# "kernel.ts:806:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:806:19: integer result outside the exact range"
	.balign 8
.Lstring120:	# "kernel.ts:806:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:806:43: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:808:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:808:17: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:808:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:808:43: integer result outside the exact range"
	.balign 8
.Lstring123:	# "kernel.ts:810:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:810:20: integer result outside the exact range"
	.balign 8
.Lstring124:	# "shutdown-watch"
	.quad 14
	.ascii "shutdown-watch"
	.balign 8
.Lstring125:	# "testing-watch"
	.quad 13
	.ascii "testing-watch"
	.balign 8
.Lstring126:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring127:	# "kernel.ts:818:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:818:38: integer result outside the exact range"
	.balign 8
.Lstring128:	# "kernel.ts:819:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:819:19: integer result outside the exact range"
	.balign 8
.Lstring129:	# "kernel.ts:821:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:821:19: integer result outside the exact range"
	.balign 8
.Lstring130:	# "kernel.ts:822:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:822:23: integer result outside the exact range"
	.balign 8
.Lstring131:	# "kernel.ts:823:34: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:823:34: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:824:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:824:23: integer result outside the exact range"
	.balign 8
.Lstring133:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring134:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring135:	# "kernel.ts:847:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:847:27: integer result outside the exact range"
	.balign 8
.Lstring136:	# "kernel.ts:855:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:855:43: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:860:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:860:24: integer result outside the exact range"
	.balign 8
.Lstring138:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring139:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring140:	# "kernel.ts:873:65: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:873:65: integer result outside the exact range"
	.balign 8
.Lstring141:	# "kernel.ts:874:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:874:13: integer result outside the exact range"
	.balign 8
.Lstring142:	# "kernel.ts:875:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:875:13: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:876:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:876:13: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:877:55: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:877:55: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:889:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:889:31: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:890:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:890:20: integer result outside the exact range"
	.balign 8
.Lstring147:	# "kernel.ts:892:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:892:33: integer result outside the exact range"
	.balign 8
.Lstring148:	# "kernel.ts:899:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:899:40: integer result outside the exact range"
	.balign 8
.Lstring149:	# "kernel.ts:901:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:901:31: integer result outside the exact range"
	.balign 8
.Lstring150:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring151:	# "kernel.ts:921:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:921:33: integer result outside the exact range"
	.balign 8
.Lstring152:	# "kernel.ts:948:27: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:948:27: charCodeAt index out of range"
	.balign 8
.Lstring153:	# "kernel.ts:947:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:947:39: integer result outside the exact range"
	.balign 8
.Lstring154:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring155:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring156:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring157:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring158:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring159:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring160:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring161:	# "kernel.ts:1015:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1015:65: integer result outside the exact range"
	.balign 8
.Lstring162:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring163:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring164:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring165:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring166:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring167:	# ""
	.quad 0
	.balign 8
.Lstring168:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring169:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring170:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring171:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring172:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring173:	# "kernel.ts:1144:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1144:19: integer result outside the exact range"
	.balign 8
.Lstring174:	# "kernel.ts:1144:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1144:40: integer result outside the exact range"
	.balign 8
.Lstring175:	# "kernel.ts:1143:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1143:33: integer result outside the exact range"
	.balign 8
.Lstring176:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring177:	# "expected now:<action>, next:<action> or a JSON object"
	.quad 53
	.ascii "expected now:<action>, next:<action> or a JSON object"
	.balign 8
.Lstring178:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring179:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring180:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring181:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring182:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring183:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring184:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring185:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring186:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring187:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring188:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring189:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring190:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring191:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring192:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring193:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring194:	# "kernel.ts:1222:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1222:55: integer result outside the exact range"
	.balign 8
.Lstring195:	# "kernel.ts:1223:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1223:17: integer result outside the exact range"
	.balign 8
.Lstring196:	# "kernel.ts:1225:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1225:40: integer result outside the exact range"
	.balign 8
.Lstring197:	# "kernel.ts:1230:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1230:40: integer result outside the exact range"
	.balign 8
.Lstring198:	# "kernel.ts:1230:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1230:58: integer result outside the exact range"
	.balign 8
.Lstring199:	# "kernel.ts:1239:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1239:40: integer result outside the exact range"
	.balign 8
.Lstring200:	# "kernel.ts:1239:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1239:58: integer result outside the exact range"
	.balign 8
.Lstring201:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring202:	# "kernel.ts:1287:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1287:18: integer result outside the exact range"
	.balign 8
.Lstring203:	# "kernel.ts:1300:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1300:16: integer result outside the exact range"
	.balign 8
.Lstring204:	# "kernel.ts:1303:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1303:16: integer result outside the exact range"
	.balign 8
.Lstring205:	# "kernel.ts:1306:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1306:16: integer result outside the exact range"
	.balign 8
.Lstring206:	# "kernel.ts:1313:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1313:9: integer result outside the exact range"
	.balign 8
.Lstring207:	# "kernel.ts:1318:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1318:38: integer result outside the exact range"
	.balign 8
.Lstring208:	# "kernel.ts:1322:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1322:17: integer result outside the exact range"
	.balign 8
.Lstring209:	# "kernel.ts:1317:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1317:28: integer result outside the exact range"
	.balign 8
.Lstring210:	# "kernel.ts:1324:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1324:14: integer result outside the exact range"
	.balign 8
.Lstring211:	# "kernel.ts:1330:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1330:16: integer result outside the exact range"
	.balign 8
.Lstring212:	# "kernel.ts:1332:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1332:25: integer result outside the exact range"
	.balign 8
.Lstring213:	# "kernel.ts:1339:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1339:31: integer result outside the exact range"
	.balign 8
.Lstring214:	# "kernel.ts:1340:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1340:31: integer result outside the exact range"
	.balign 8
.Lstring215:	# "kernel.ts:1342:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1342:31: integer result outside the exact range"
	.balign 8
.Lstring216:	# "kernel.ts:1343:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1343:31: integer result outside the exact range"
	.balign 8
.Lstring217:	# "kernel.ts:1344:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1344:31: integer result outside the exact range"
	.balign 8
.Lstring218:	# "kernel.ts:1346:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1346:31: integer result outside the exact range"
	.balign 8
.Lstring219:	# "kernel.ts:1347:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1347:31: integer result outside the exact range"
	.balign 8
.Lstring220:	# "kernel.ts:1348:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1348:31: integer result outside the exact range"
	.balign 8
.Lstring221:	# "kernel.ts:1349:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1349:31: integer result outside the exact range"
	.balign 8
.Lstring222:	# "kernel.ts:1359:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1359:14: integer result outside the exact range"
	.balign 8
.Lstring223:	# "kernel.ts:1366:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1366:18: integer result outside the exact range"
	.balign 8
.Lstring224:	# "kernel.ts:1381:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1381:18: integer result outside the exact range"
	.balign 8
.Lstring225:	# "kernel.ts:1397:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1397:66: integer result outside the exact range"
	.balign 8
.Lstring226:	# "kernel.ts:1398:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1398:51: integer result outside the exact range"
	.balign 8
.Lstring227:	# "kernel.ts:1400:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1400:30: integer result outside the exact range"
	.balign 8
.Lstring228:	# "kernel.ts:1403:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1403:48: integer result outside the exact range"
	.balign 8
.Lstring229:	# "kernel.ts:1403:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1403:47: integer result outside the exact range"
	.balign 8
.Lstring230:	# "kernel.ts:1403:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1403:37: integer result outside the exact range"
	.balign 8
.Lstring231:	# "kernel.ts:1403:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1403:78: integer result outside the exact range"
	.balign 8
.Lstring232:	# "kernel.ts:1420:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1420:18: integer result outside the exact range"
	.balign 8
.Lstring233:	# "kernel.ts:1421:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1421:17: integer result outside the exact range"
	.balign 8
.Lstring234:	# "kernel.ts:1429:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1429:18: integer result outside the exact range"
	.balign 8
.Lstring235:	# "kernel.ts:1432:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1432:18: integer result outside the exact range"
	.balign 8
.Lstring236:	# "kernel.ts:1437:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1437:18: integer result outside the exact range"
	.balign 8
.Lstring237:	# "kernel.ts:1443:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1443:18: integer result outside the exact range"
	.balign 8
.Lstring238:	# "kernel.ts:1445:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1445:22: integer result outside the exact range"
	.balign 8
.Lstring239:	# "kernel.ts:1455:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1455:9: integer result outside the exact range"
	.balign 8
.Lstring240:	# "kernel.ts:1458:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1458:14: integer result outside the exact range"
	.balign 8
.Lstring241:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring242:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring243:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring244:	# "kernel.ts:1474:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1474:18: integer result outside the exact range"
	.balign 8
.Lstring245:	# "kernel.ts:1477:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1477:22: integer result outside the exact range"
	.balign 8
.Lstring246:	# "kernel.ts:1490:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1490:26: integer result outside the exact range"
	.balign 8
.Lstring247:	# "kernel.ts:1492:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1492:32: integer result outside the exact range"
	.balign 8
.Lstring248:	# "kernel.ts:1497:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1497:22: integer result outside the exact range"
	.balign 8
.Lstring249:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring250:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring251:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring252:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring253:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring254:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring255:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring256:	# "kernel.ts:1536:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1536:15: integer result outside the exact range"
	.balign 8
.Lstring257:	# "kernel.ts:1542:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1542:14: integer result outside the exact range"
	.balign 8
.Lstring258:	# "kernel.ts:1545:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1545:18: integer result outside the exact range"
	.balign 8
.Lstring259:	# "kernel.ts:1558:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1558:22: integer result outside the exact range"
	.balign 8
.Lstring260:	# "kernel.ts:1573:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1573:22: integer result outside the exact range"
	.balign 8
.Lstring261:	# "kernel.ts:1658:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1658:27: integer result outside the exact range"
	.balign 8
.Lstring262:	# "kernel.ts:1658:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1658:17: integer result outside the exact range"
	.balign 8
.Lstring263:	# "kernel.ts:1657:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1657:32: integer result outside the exact range"
	.balign 8
.Lstring264:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring265:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring266:	# "kernel.ts:1665:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1665:34: integer result outside the exact range"
	.balign 8
.Lstring267:	# "kernel.ts:1666:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1666:40: integer result outside the exact range"
	.balign 8
.Lstring268:	# "kernel.ts:1674:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1674:28: integer result outside the exact range"
	.balign 8
.Lstring269:	# "kernel.ts:1676:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1676:30: integer result outside the exact range"
	.balign 8
.Lstring270:	# "kernel.ts:1676:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1676:17: integer result outside the exact range"
	.balign 8
.Lstring271:	# "kernel.ts:1676:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1676:65: integer result outside the exact range"
	.balign 8
.Lstring272:	# "kernel.ts:1676:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1676:55: integer result outside the exact range"
	.balign 8
.Lstring273:	# "kernel.ts:1675:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1675:41: integer result outside the exact range"
	.balign 8
.Lstring274:	# "kernel.ts:1679:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1679:33: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:1679:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1679:17: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:1679:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1679:71: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:1679:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1679:58: integer result outside the exact range"
	.balign 8
.Lstring278:	# "kernel.ts:1678:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1678:47: integer result outside the exact range"
	.balign 8
.Lstring279:	# "kernel.ts:1681:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1681:13: integer result outside the exact range"
	.balign 8
.Lstring280:	# "kernel.ts:1683:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1683:13: integer result outside the exact range"
	.balign 8
.Lstring281:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring282:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring283:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring284:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring285:	# "kernel.ts:1705:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1705:13: integer result outside the exact range"
	.balign 8
.Lstring286:	# "kernel.ts:1706:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1706:13: integer result outside the exact range"
	.balign 8
.Lstring287:	# "kernel.ts:1718:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1718:13: integer result outside the exact range"
	.balign 8
.Lstring288:	# "kernel.ts:1719:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1719:13: integer result outside the exact range"
	.balign 8
.Lstring289:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring290:	# "kernel.ts:1739:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1739:12: integer result outside the exact range"
	.balign 8
.Lstring291:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring292:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring293:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring294:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring295:	# "kernel.ts:1743:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1743:26: integer result outside the exact range"
	.balign 8
.Lstring296:	# "kernel.ts:1743:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1743:19: load64 value outside the exact range"
	.balign 8
.Lstring297:	# "kernel.ts:1744:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1744:48: integer result outside the exact range"
	.balign 8
.Lstring298:	# "kernel.ts:1744:41: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1744:41: load64 value outside the exact range"
	.balign 8
.Lstring299:	# "kernel.ts:1745:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1745:26: integer result outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:1746:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1746:46: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:1746:39: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1746:39: load64 value outside the exact range"
	.balign 8
.Lstring302:	# "kernel.ts:1747:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1747:24: integer result outside the exact range"
	.balign 8
.Lstring303:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring304:	# "kernel.ts:1823:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1823:28: integer result outside the exact range"
	.balign 8
.Lstring305:	# "kernel.ts:1827:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1827:17: integer result outside the exact range"
	.balign 8
.Lstring306:	# "kernel.ts:1827:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1827:31: integer result outside the exact range"
	.balign 8
.Lstring307:	# "kernel.ts:1822:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1822:33: integer result outside the exact range"
	.balign 8
.Lstring308:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring309:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring310:	# "0.2.0"
	.quad 5
	.ascii "0.2.0"
	.balign 8
.Lstring311:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring312:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring313:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring314:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring315:	# "kernel.ts:1853:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1853:16: integer result outside the exact range"
	.balign 8
.Lstring316:	# "kernel.ts:1852:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1852:56: integer result outside the exact range"
	.balign 8
.Lstring317:	# "kernel.ts:1857:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1857:32: integer result outside the exact range"
	.balign 8
.Lstring318:	# "kernel.ts:1856:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1856:56: integer result outside the exact range"
	.balign 8
.Lstring319:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring320:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring321:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring322:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring323:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring324:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring325:	# "kernel.ts:1888:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1888:17: integer result outside the exact range"
	.balign 8
.Lstring326:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring327:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring328:	# "kernel.ts:1925:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1925:25: integer result outside the exact range"
	.balign 8
.Lstring329:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring330:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring331:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring332:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring333:	# "kernel.ts:1938:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1938:26: integer result outside the exact range"
	.balign 8
.Lstring334:	# "kernel.ts:1938:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1938:19: load64 value outside the exact range"
	.balign 8
.Lstring335:	# "kernel.ts:1939:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1939:22: integer result outside the exact range"
	.balign 8
.Lstring336:	# "kernel.ts:1939:15: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1939:15: load64 value outside the exact range"
	.balign 8
.Lstring337:	# "kernel.ts:1940:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1940:48: integer result outside the exact range"
	.balign 8
.Lstring338:	# "kernel.ts:1940:41: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1940:41: load64 value outside the exact range"
	.balign 8
.Lstring339:	# "kernel.ts:1941:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1941:26: integer result outside the exact range"
	.balign 8
.Lstring340:	# "kernel.ts:1951:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1951:25: integer result outside the exact range"
	.balign 8
.Lstring341:	# "kernel.ts:1956:46: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1956:46: integer result outside the exact range"
	.balign 8
.Lstring342:	# "kernel.ts:1956:39: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1956:39: load64 value outside the exact range"
	.balign 8
.Lstring343:	# "kernel.ts:1957:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1957:24: integer result outside the exact range"
	.balign 8
.Lstring344:	# "trap: "
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

# kernel.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "kernel.ts"
	.file 1 "kernel.ts"
	.text

# function machineFrameOf(virtualAddress)
	.type fn.machineFrameOf,@function
fn.machineFrameOf:
	.loc 1 162 1
	# machineFrameOf: function machineFrameOf(virtualAddress: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	.loc 1 163 5
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
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:163:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:163:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_4:
	leaq .Lstring2(%rip), %rdi	# trap: kernel.ts:163:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.machineFrameOf, .-fn.machineFrameOf

# function virtualAddressOfFrame(mfn)
	.type fn.virtualAddressOfFrame,@function
fn.virtualAddressOfFrame:
	.loc 1 168 1
	# virtualAddressOfFrame: function virtualAddressOfFrame(mfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mfn
	.loc 1 169 5
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
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:169:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
	leaq .Lstring4(%rip), %rdi	# trap: kernel.ts:169:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.virtualAddressOfFrame, .-fn.virtualAddressOfFrame

# function readStartInfo()
	.type fn.readStartInfo,@function
fn.readStartInfo:
	.loc 1 174 1
	# readStartInfo: function readStartInfo(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 175 5
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
	.loc 1 176 5
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
	.loc 1 177 5
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
	.loc 1 178 5
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
	.loc 1 179 5
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
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:175:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_10:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:175:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_11:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:176:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_12:
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:176:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_13:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:177:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_14:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:178:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:178:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_16:
	leaq .Lstring12(%rip), %rdi	# trap: kernel.ts:179:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readStartInfo, .-fn.readStartInfo

# function shutdownForever(reason)
	.type fn.shutdownForever,@function
fn.shutdownForever:
	.loc 1 220 1
	# shutdownForever: function shutdownForever(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 221 5
	# shutdownForever: while (true) {
.Lwhile_18:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_19
	.loc 1 222 9
	# shutdownForever: store32(hypercallArguments, reason);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# reason
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 223 9
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
	.loc 1 227 1
	# yieldCpu: function yieldCpu(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 228 5
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
	.loc 1 232 1
	# notifyPort: function notifyPort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 233 5
	# notifyPort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 234 5
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

# function pollPort(port, deadlineHigh, deadlineLow)
	.type fn.pollPort,@function
fn.pollPort:
	.loc 1 242 1
	# pollPort: function pollPort(port: number, deadlineHigh: number, deadlineLow: nu...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter deadlineHigh
	movq %rdx, -24(%rbp)	# parameter deadlineLow
	.loc 1 243 5
	# pollPort: store32(pollPortList, port);
	leaq buf.pollPortList(%rip), %rdi	# pollPortList
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 244 5
	# pollPort: store64(hypercallArguments, pollPortList);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 245 5
	# pollPort: store32(hypercallArguments + 8, 1);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_23
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_23
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_23
	movq %rax, %rdi
	movq $1, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 246 5
	# pollPort: store32(hypercallArguments + 16, deadlineLow);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_24
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_24
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_24
	movq %rax, %rdi
	movq -24(%rbp), %rax	# deadlineLow
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 247 5
	# pollPort: store32(hypercallArguments + 20, deadlineHigh);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $20, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_25
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_25
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_25
	movq %rax, %rdi
	movq -16(%rbp), %rax	# deadlineHigh
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 248 5
	# pollPort: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_POLL, hypercallArguments...
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
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:245:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_24:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:246:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_25:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:247:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pollPort, .-fn.pollPort

# function mapPage(virtualAddress, machineAddress)
	.type fn.mapPage,@function
fn.mapPage:
	.loc 1 251 1
	# mapPage: function mapPage(virtualAddress: number, machineAddress: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	movq %rsi, -16(%rbp)	# parameter machineAddress
	.loc 1 252 5
	# mapPage: return hypercall(HYPERCALL_UPDATE_VA_MAPPING, virtualAddress,
	movq -8(%rbp), %rax	# virtualAddress
	pushq %rax
	movq -16(%rbp), %rax	# machineAddress
	movq $3, %rdi	# PTE_PRESENT_WRITABLE
	addq %rdi, %rax	# +
	jo .Ltrap_27
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_27
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_27
	movq %rax, %rsi
	popq %rdi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
.Lreturn_26:
	leave
	ret
.Ltrap_27:
	leaq .Lstring16(%rip), %rdi	# trap: kernel.ts:253:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapPage, .-fn.mapPage

# function mapSharedInfo()
	.type fn.mapSharedInfo,@function
fn.mapSharedInfo:
	.loc 1 274 1
	# mapSharedInfo: function mapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 275 5
	# mapSharedInfo: const result = mapPage(sharedInfoPage, load64(startInfo + START_INFO_...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	movq $40, %rdi	# START_INFO_SHARED_INFO
	addq %rdi, %rax	# +
	jo .Ltrap_29
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_29
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_29
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_30
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_30
	movq %rax, %rsi
	popq %rdi
	call fn.mapPage
	movq %rax, -8(%rbp)	# result
	.loc 1 276 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_31
	.loc 1 277 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_31:
	.loc 1 279 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_28:
	leave
	ret
.Ltrap_29:
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:275:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_30:
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:275:44: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapSharedInfo, .-fn.mapSharedInfo

# function readSystemTime()
	.type fn.readSystemTime,@function
fn.readSystemTime:
	.loc 1 313 1
	# readSystemTime: function readSystemTime(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 314 5
	# readSystemTime: while (true) {
.Lwhile_33:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_34
	.loc 1 315 9
	# readSystemTime: const version = load32(sharedInfoPage + VCPU0_TIME_VERSION);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_35
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_35
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_35
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# version
	.loc 1 316 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 317 9
	# readSystemTime: systemTimeLow = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $48, %rdi	# VCPU0_TIME_SYSTEM_TIME
	addq %rdi, %rax	# +
	jo .Ltrap_36
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_36
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_36
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeLow(%rip)	# systemTimeLow =
	.loc 1 318 9
	# readSystemTime: systemTimeHigh = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME + 4);
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
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_37
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_37
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_37
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeHigh(%rip)	# systemTimeHigh =
	.loc 1 319 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 320 9
	# readSystemTime: if ((version & 1) === 0 && load32(sharedInfoPage + VCPU0_TIME_VERSION...
	movq -8(%rbp), %rax	# version
	movq $1, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_38
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_39
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_39
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_39
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# version
	cmpq %rdi, %rax
	jne .Lelse_38
	.loc 1 321 13
	# readSystemTime: return;
	jmp .Lreturn_32
.Lelse_38:
	jmp .Lwhile_33
.Lendwhile_34:
.Lreturn_32:
	leave
	ret
.Ltrap_35:
	leaq .Lstring19(%rip), %rdi	# trap: kernel.ts:315:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_36:
	leaq .Lstring20(%rip), %rdi	# trap: kernel.ts:317:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_37:
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:318:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_39:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:320:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readSystemTime, .-fn.readSystemTime

# function addToTickDeadline(nanoseconds)
	.type fn.addToTickDeadline,@function
fn.addToTickDeadline:
	.loc 1 327 1
	# addToTickDeadline: function addToTickDeadline(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 328 5
	# addToTickDeadline: tickDeadlineLow = tickDeadlineLow + nanoseconds;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movq -8(%rbp), %rdi	# nanoseconds
	addq %rdi, %rax	# +
	jo .Ltrap_41
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_41
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_41
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 329 5
	# addToTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_42
	.loc 1 330 9
	# addToTickDeadline: tickDeadlineLow = tickDeadlineLow - UINT32_MODULUS;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	subq %rdi, %rax	# -
	jo .Ltrap_43
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_43
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_43
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 331 9
	# addToTickDeadline: tickDeadlineHigh = tickDeadlineHigh + 1;
	movq var.tickDeadlineHigh(%rip), %rax	# tickDeadlineHigh
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_44
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_44
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_44
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
.Lelse_42:
.Lreturn_40:
	leave
	ret
.Ltrap_41:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:328:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_43:
	leaq .Lstring24(%rip), %rdi	# trap: kernel.ts:330:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_44:
	leaq .Lstring25(%rip), %rdi	# trap: kernel.ts:331:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.addToTickDeadline, .-fn.addToTickDeadline

# function setTickDeadlineAfterSystemTime(nanoseconds)
	.type fn.setTickDeadlineAfterSystemTime,@function
fn.setTickDeadlineAfterSystemTime:
	.loc 1 336 1
	# setTickDeadlineAfterSystemTime: function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 337 5
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = systemTimeHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
	.loc 1 338 5
	# setTickDeadlineAfterSystemTime: tickDeadlineLow = systemTimeLow;
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 339 5
	# setTickDeadlineAfterSystemTime: addToTickDeadline(nanoseconds);
	movq -8(%rbp), %rdi	# nanoseconds
	call fn.addToTickDeadline
.Lreturn_45:
	leave
	ret
	.size fn.setTickDeadlineAfterSystemTime, .-fn.setTickDeadlineAfterSystemTime

# function startTicking()
	.type fn.startTicking,@function
fn.startTicking:
	.loc 1 342 1
	# startTicking: function startTicking(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 343 5
	# startTicking: readSystemTime();
	call fn.readSystemTime
	.loc 1 344 5
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
	.loc 1 348 1
	# advanceTickDeadline: function advanceTickDeadline(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 349 5
	# advanceTickDeadline: addToTickDeadline(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.addToTickDeadline
	.loc 1 352 5
	# advanceTickDeadline: readSystemTime();
	call fn.readSystemTime
	.loc 1 353 5
	# advanceTickDeadline: const behindHigh = systemTimeHigh - tickDeadlineHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq var.tickDeadlineHigh(%rip), %rdi	# tickDeadlineHigh
	subq %rdi, %rax	# -
	jo .Ltrap_48
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_48
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_48
	movq %rax, -8(%rbp)	# behindHigh
	.loc 1 354 5
	# advanceTickDeadline: if (behindHigh > 1 || (behindHigh >= 0 &&
	movq -8(%rbp), %rax	# behindHigh
	cmpq $1, %rax	# compare with 1
	jg .Lskip_50
	movq -8(%rbp), %rax	# behindHigh
	cmpq $0, %rax	# compare with 0
	jl .Lelse_49
	movq -8(%rbp), %rax	# behindHigh
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	imulq %rdi, %rax	# *
	jo .Ltrap_51
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_51
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_51
	pushq %rax
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq var.tickDeadlineLow(%rip), %rdi	# tickDeadlineLow
	subq %rdi, %rax	# -
	jo .Ltrap_52
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_52
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_52
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_51
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_51
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_51
	cmpq $1000000000, %rax	# compare with TICK_PERIOD_NS
	jle .Lelse_49
.Lskip_50:
	.loc 1 356 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_49:
.Lreturn_47:
	leave
	ret
.Ltrap_48:
	leaq .Lstring26(%rip), %rdi	# trap: kernel.ts:353:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_51:
	leaq .Lstring27(%rip), %rdi	# trap: kernel.ts:355:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_52:
	leaq .Lstring28(%rip), %rdi	# trap: kernel.ts:355:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.advanceTickDeadline, .-fn.advanceTickDeadline

# function portPending(port)
	.type fn.portPending,@function
fn.portPending:
	.loc 1 379 1
	# portPending: function portPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 380 5
	# portPending: return testAndClearBit(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING, p...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_54
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_54
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_54
	movq %rax, %rdi
	movq -8(%rbp), %rax	# port
	lock btrq %rax, (%rdi)	# testAndClearBit: atomically clear the bit, old value in CF
	setc %al
	movzbl %al, %eax
.Lreturn_53:
	leave
	ret
.Ltrap_54:
	leaq .Lstring29(%rip), %rdi	# trap: kernel.ts:380:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portPending, .-fn.portPending

# function portStillPending(port)
	.type fn.portStillPending,@function
fn.portStillPending:
	.loc 1 384 1
	# portStillPending: function portStillPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 385 5
	# portStillPending: const byte = load8(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING + (por...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_56
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_56
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_56
	pushq %rax
	movq -8(%rbp), %rax	# port
	movq $3, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_56
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_56
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_56
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 386 5
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
.Lreturn_55:
	leave
	ret
.Ltrap_56:
	leaq .Lstring30(%rip), %rdi	# trap: kernel.ts:385:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portStillPending, .-fn.portStillPending

# function waitOnPort(port)
	.type fn.waitOnPort,@function
fn.waitOnPort:
	.loc 1 392 1
	# waitOnPort: function waitOnPort(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 396 5
	# waitOnPort: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_58
	.loc 1 397 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 398 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_57
.Lelse_58:
	.loc 1 403 5
	# waitOnPort: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_59
	.loc 1 404 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_57
.Lelse_59:
	.loc 1 406 5
	# waitOnPort: if (pollPort(port, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq var.tickDeadlineHigh(%rip), %rsi	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rdx	# tickDeadlineLow
	call fn.pollPort
	cmpq $0, %rax	# compare with 0
	jge .Lelse_60
	.loc 1 407 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 408 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_57
.Lelse_60:
	.loc 1 413 5
	# waitOnPort: if (portStillPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portStillPending
	testq %rax, %rax
	je .Lelse_61
	.loc 1 414 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_57
.Lelse_61:
	.loc 1 417 5
	# waitOnPort: ticksOwed = ticksOwed + 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_62
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_62
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_62
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 418 5
	# waitOnPort: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 419 5
	# waitOnPort: return true;
	movq $1, %rax	# true
.Lreturn_57:
	leave
	ret
.Ltrap_62:
	leaq .Lstring31(%rip), %rdi	# trap: kernel.ts:417:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.waitOnPort, .-fn.waitOnPort

# function consoleBytesQueued()
	.type fn.consoleBytesQueued,@function
fn.consoleBytesQueued:
	.loc 1 463 1
	# consoleBytesQueued: function consoleBytesQueued(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 464 5
	# consoleBytesQueued: const consumer = load32(consoleRing + CONSOLE_OUT_CONS);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3080, %rdi	# CONSOLE_OUT_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_64
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_64
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_64
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 465 5
	# consoleBytesQueued: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_65
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_65
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_65
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 466 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 467 5
	# consoleBytesQueued: const queued = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_66
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_66
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_66
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# queued
	.loc 1 468 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_67
	.loc 1 469 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_63
.Lelse_67:
	.loc 1 471 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_63:
	leave
	ret
.Ltrap_64:
	leaq .Lstring32(%rip), %rdi	# trap: kernel.ts:464:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_65:
	leaq .Lstring33(%rip), %rdi	# trap: kernel.ts:465:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_66:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:467:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleBytesQueued, .-fn.consoleBytesQueued

# function consolePutRaw(byte)
	.type fn.consolePutRaw,@function
fn.consolePutRaw:
	.loc 1 478 1
	# consolePutRaw: function consolePutRaw(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 479 5
	# consolePutRaw: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_69
	.loc 1 480 9
	# consolePutRaw: return;
	jmp .Lreturn_68
.Lelse_69:
	.loc 1 482 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 483 5
	# consolePutRaw: while (true) {
.Lwhile_70:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_71
	.loc 1 484 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 485 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_72
	.loc 1 486 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_73
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_73
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_73
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 487 13
	# consolePutRaw: return;
	jmp .Lreturn_68
.Lelse_72:
	.loc 1 489 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_74
	.loc 1 490 13
	# consolePutRaw: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_75
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_75
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_75
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# producer
	.loc 1 491 13
	# consolePutRaw: store8(consoleRing + CONSOLE_OUT + (producer & (CONSOLE_OUT_SIZE - 1)...
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $1024, %rdi	# CONSOLE_OUT
	addq %rdi, %rax	# +
	jo .Ltrap_76
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_76
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_76
	pushq %rax
	movq -32(%rbp), %rax	# producer
	pushq %rax
	movq $2048, %rax	# CONSOLE_OUT_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_77
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_77
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_77
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_76
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_76
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_76
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 492 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 493 13
	# consolePutRaw: store32(consoleRing + CONSOLE_OUT_PROD, (producer + 1) >>> 0);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_78
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_78
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_78
	pushq %rax
	movq -32(%rbp), %rax	# producer
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_79
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_79
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_79
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 494 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 495 13
	# consolePutRaw: return;
	jmp .Lreturn_68
.Lelse_74:
	.loc 1 497 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_81
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_80
.Lskip_81:
	.loc 1 498 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_82
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_82
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_82
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 499 13
	# consolePutRaw: return;
	jmp .Lreturn_68
.Lelse_80:
	.loc 1 501 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 502 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_83
	.loc 1 503 13
	# consolePutRaw: stallTicks = stallTicks + 1;
	movq -16(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_84
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_84
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_84
	movq %rax, -16(%rbp)	# stallTicks =
	.loc 1 504 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_85
	.loc 1 505 17
	# consolePutRaw: consoleStalled = true;
	movq $1, %rax	# true
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
.Lelse_85:
.Lelse_83:
	jmp .Lwhile_70
.Lendwhile_71:
.Lreturn_68:
	leave
	ret
.Ltrap_73:
	leaq .Lstring35(%rip), %rdi	# trap: kernel.ts:486:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_75:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:490:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_76:
	leaq .Lstring37(%rip), %rdi	# trap: kernel.ts:491:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_77:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:491:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_78:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:493:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_79:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:493:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_82:
	leaq .Lstring41(%rip), %rdi	# trap: kernel.ts:498:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_84:
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:503:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consolePutRaw, .-fn.consolePutRaw

# function consolePut(byte)
	.type fn.consolePut,@function
fn.consolePut:
	.loc 1 512 1
	# consolePut: function consolePut(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 513 5
	# consolePut: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_87
	.loc 1 514 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_87:
	.loc 1 516 5
	# consolePut: consolePutRaw(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePutRaw
.Lreturn_86:
	leave
	ret
	.size fn.consolePut, .-fn.consolePut

# function endLine()
	.type fn.endLine,@function
fn.endLine:
	.loc 1 520 1
	# endLine: function endLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 521 5
	# endLine: consolePut(10);
	movq $10, %rdi
	call fn.consolePut
	.loc 1 522 5
	# endLine: if (consoleRing !== 0 && consolePort !== 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lelse_89
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_89
	.loc 1 523 9
	# endLine: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
.Lelse_89:
.Lreturn_88:
	leave
	ret
	.size fn.endLine, .-fn.endLine

# function consoleDrain()
	.type fn.consoleDrain,@function
fn.consoleDrain:
	.loc 1 532 1
	# consoleDrain: function consoleDrain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 533 5
	# consoleDrain: if (consoleRing === 0 || consolePort === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lskip_92
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_91
.Lskip_92:
	.loc 1 534 9
	# consoleDrain: return;
	jmp .Lreturn_90
.Lelse_91:
	.loc 1 536 5
	# consoleDrain: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 537 5
	# consoleDrain: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# stallTicks
	.loc 1 538 5
	# consoleDrain: let blindWaits = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# blindWaits
	.loc 1 539 5
	# consoleDrain: while (consoleBytesQueued() > 0 && stallTicks < CONSOLE_STALL_TICKS &&
.Lwhile_93:
	call fn.consoleBytesQueued
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_94
	movq -8(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jge .Lendwhile_94
	movq -16(%rbp), %rax	# blindWaits
	cmpq $100000, %rax	# compare with CONSOLE_BLIND_WAITS
	jge .Lendwhile_94
	.loc 1 541 9
	# consoleDrain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_95
	.loc 1 542 13
	# consoleDrain: blindWaits = blindWaits + 1;
	movq -16(%rbp), %rax	# blindWaits
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_96
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_96
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_96
	movq %rax, -16(%rbp)	# blindWaits =
.Lelse_95:
	.loc 1 544 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_97
	.loc 1 545 13
	# consoleDrain: stallTicks = stallTicks + 1;
	movq -8(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_98
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_98
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_98
	movq %rax, -8(%rbp)	# stallTicks =
.Lelse_97:
	jmp .Lwhile_93
.Lendwhile_94:
.Lreturn_90:
	leave
	ret
.Ltrap_96:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:542:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_98:
	leaq .Lstring44(%rip), %rdi	# trap: kernel.ts:545:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleDrain, .-fn.consoleDrain

# function print(text)
	.type fn.print,@function
fn.print:
	.loc 1 562 1
	# print: function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 563 5
	# print: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_100:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_102
	.loc 1 564 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_103
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_101:
	.loc 1 563 38
	# print: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_104
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_104
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_100
.Lendfor_102:
.Lreturn_99:
	leave
	ret
.Ltrap_103:
	leaq .Lstring45(%rip), %rdi	# trap: kernel.ts:564:20: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_104:
	leaq .Lstring46(%rip), %rdi	# trap: kernel.ts:563:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.print, .-fn.print

# function log(text)
	.type fn.log,@function
fn.log:
	.loc 1 568 1
	# log: function log(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 569 5
	# log: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 570 5
	# log: endLine();
	call fn.endLine
.Lreturn_105:
	leave
	ret
	.size fn.log, .-fn.log

# function printDecimal(value)
	.type fn.printDecimal,@function
fn.printDecimal:
	.loc 1 573 1
	# printDecimal: function printDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 574 5
	# printDecimal: if (value < 0) {
	movq -8(%rbp), %rax	# value
	cmpq $0, %rax	# compare with 0
	jge .Lelse_107
	.loc 1 575 9
	# printDecimal: consolePut(45);
	movq $45, %rdi
	call fn.consolePut
	.loc 1 576 9
	# printDecimal: printDecimal(-value);
	movq -8(%rbp), %rax	# value
	negq %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 577 9
	# printDecimal: return;
	jmp .Lreturn_106
.Lelse_107:
	.loc 1 579 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_108
	.loc 1 580 9
	# printDecimal: printDecimal(Math.floor(value / 10));
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_109
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_109
	subq $1, %rax	# then the floor is one below
.Lfloored_109:
	movq %rax, %rdi
	call fn.printDecimal
.Lelse_108:
	.loc 1 582 5
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
	jo .Ltrap_110
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_110
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_110
	movq %rax, %rdi
	call fn.consolePut
.Lreturn_106:
	leave
	ret
.Ltrap_110:
	leaq .Lstring47(%rip), %rdi	# trap: kernel.ts:582:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printDecimal, .-fn.printDecimal

# function hexDigit(nibble)
	.type fn.hexDigit,@function
fn.hexDigit:
	.loc 1 585 1
	# hexDigit: function hexDigit(nibble: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nibble
	.loc 1 586 5
	# hexDigit: return nibble < 10 ? 48 + nibble : 87 + nibble;
	movq -8(%rbp), %rax	# nibble
	cmpq $10, %rax	# compare with 10
	jge .Lelse_112
	movq $48, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_114
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_114
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_114
	jmp .Lendcond_113
.Lelse_112:
	movq $87, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_115
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_115
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_115
.Lendcond_113:
.Lreturn_111:
	leave
	ret
.Ltrap_114:
	leaq .Lstring48(%rip), %rdi	# trap: kernel.ts:586:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_115:
	leaq .Lstring49(%rip), %rdi	# trap: kernel.ts:586:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexDigit, .-fn.hexDigit

# function printEscapedByte(byte)
	.type fn.printEscapedByte,@function
fn.printEscapedByte:
	.loc 1 589 1
	# printEscapedByte: function printEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 590 5
	# printEscapedByte: if (byte === 34 || byte === 92) {            // '"' and '\'
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_118
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_117
.Lskip_118:
	.loc 1 591 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 592 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_119
.Lelse_117:
	.loc 1 593 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_120
	.loc 1 594 9
	# printEscapedByte: print("\\n");
	leaq .Lstring50(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_121
.Lelse_120:
	.loc 1 595 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_122
	.loc 1 596 9
	# printEscapedByte: print("\\r");
	leaq .Lstring51(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_123
.Lelse_122:
	.loc 1 597 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_124
	.loc 1 598 9
	# printEscapedByte: print("\\t");
	leaq .Lstring52(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_125
.Lelse_124:
	.loc 1 599 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_126
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_126
	.loc 1 600 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_127
.Lelse_126:
	.loc 1 602 9
	# printEscapedByte: print("\\x");
	leaq .Lstring53(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 603 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 604 9
	# printEscapedByte: consolePut(hexDigit(byte & 15));
	movq -8(%rbp), %rax	# byte
	movq $15, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
.Lendif_127:
.Lendif_125:
.Lendif_123:
.Lendif_121:
.Lendif_119:
.Lreturn_116:
	leave
	ret
	.size fn.printEscapedByte, .-fn.printEscapedByte

# function printQuoted(address, length)
	.type fn.printQuoted,@function
fn.printQuoted:
	.loc 1 609 1
	# printQuoted: function printQuoted(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 610 5
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
	.loc 1 611 5
	# printQuoted: const shown = length > DISPLAY_LIMIT ? DISPLAY_LIMIT : length;
	movq -16(%rbp), %rax	# length
	cmpq $120, %rax	# compare with DISPLAY_LIMIT
	jle .Lelse_129
	movq $120, %rax	# DISPLAY_LIMIT
	jmp .Lendcond_130
.Lelse_129:
	movq -16(%rbp), %rax	# length
.Lendcond_130:
	movq %rax, -24(%rbp)	# shown
	.loc 1 612 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_131:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_133
	.loc 1 613 9
	# printQuoted: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_134
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_134
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_134
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printEscapedByte
.Lfornext_132:
	.loc 1 612 32
	# printQuoted: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_135
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_135
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_131
.Lendfor_133:
	.loc 1 615 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_136
	.loc 1 616 9
	# printQuoted: print("...\" (");
	leaq .Lstring54(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 617 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 618 9
	# printQuoted: print(" bytes)");
	leaq .Lstring55(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_137
.Lelse_136:
	.loc 1 620 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_137:
.Lreturn_128:
	leave
	ret
.Ltrap_134:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:613:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_135:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:612:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printQuoted, .-fn.printQuoted

# function logErrno(text, errno)
	.type fn.logErrno,@function
fn.logErrno:
	.loc 1 624 1
	# logErrno: function logErrno(text: string, errno: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	movq %rsi, -16(%rbp)	# parameter errno
	.loc 1 625 5
	# logErrno: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 626 5
	# logErrno: printDecimal(errno);
	movq -16(%rbp), %rdi	# errno
	call fn.printDecimal
	.loc 1 627 5
	# logErrno: endLine();
	call fn.endLine
.Lreturn_138:
	leave
	ret
	.size fn.logErrno, .-fn.logErrno

# function copyBytes(destination, source, length)
	.type fn.copyBytes,@function
fn.copyBytes:
	.loc 1 630 1
	# copyBytes: function copyBytes(destination: number, source: number, length: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter source
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 631 5
	# copyBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_140:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_142
	.loc 1 632 9
	# copyBytes: store8(destination + i, load8(source + i));
	movq -8(%rbp), %rax	# destination
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_143
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_143
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_143
	pushq %rax
	movq -16(%rbp), %rax	# source
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
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_141:
	.loc 1 631 33
	# copyBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_145
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_145
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_140
.Lendfor_142:
.Lreturn_139:
	leave
	ret
.Ltrap_143:
	leaq .Lstring58(%rip), %rdi	# trap: kernel.ts:632:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_144:
	leaq .Lstring59(%rip), %rdi	# trap: kernel.ts:632:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_145:
	leaq .Lstring60(%rip), %rdi	# trap: kernel.ts:631:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.copyBytes, .-fn.copyBytes

# function bytesEqual(address, length, word)
	.type fn.bytesEqual,@function
fn.bytesEqual:
	.loc 1 637 1
	# bytesEqual: function bytesEqual(address: number, length: number, word: string): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter word
	.loc 1 638 5
	# bytesEqual: if (length !== word.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_147
	.loc 1 639 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_146
.Lelse_147:
	.loc 1 641 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_148:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_150
	.loc 1 642 9
	# bytesEqual: if (load8(address + i) !== word.charCodeAt(i)) {
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_152
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_152
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_152
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq -32(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_153
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_151
	.loc 1 643 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_146
.Lelse_151:
.Lfornext_149:
	.loc 1 641 33
	# bytesEqual: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_154
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_154
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_148
.Lendfor_150:
	.loc 1 646 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_146:
	leave
	ret
.Ltrap_152:
	leaq .Lstring61(%rip), %rdi	# trap: kernel.ts:642:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_153:
	leaq .Lstring62(%rip), %rdi	# trap: kernel.ts:642:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_154:
	leaq .Lstring63(%rip), %rdi	# trap: kernel.ts:641:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesEqual, .-fn.bytesEqual

# function bytesMatch(first, second, length)
	.type fn.bytesMatch,@function
fn.bytesMatch:
	.loc 1 650 1
	# bytesMatch: function bytesMatch(first: number, second: number, length: number): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter first
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 651 5
	# bytesMatch: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_156:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_158
	.loc 1 652 9
	# bytesMatch: if (load8(first + i) !== load8(second + i)) {
	movq -8(%rbp), %rax	# first
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_160
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_160
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_160
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -16(%rbp), %rax	# second
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_161
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_161
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_161
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_159
	.loc 1 653 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_155
.Lelse_159:
.Lfornext_157:
	.loc 1 651 33
	# bytesMatch: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_162
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_162
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_156
.Lendfor_158:
	.loc 1 656 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_155:
	leave
	ret
.Ltrap_160:
	leaq .Lstring64(%rip), %rdi	# trap: kernel.ts:652:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_161:
	leaq .Lstring65(%rip), %rdi	# trap: kernel.ts:652:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_162:
	leaq .Lstring66(%rip), %rdi	# trap: kernel.ts:651:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesMatch, .-fn.bytesMatch

# function bytesStartWith(address, length, prefix)
	.type fn.bytesStartWith,@function
fn.bytesStartWith:
	.loc 1 659 1
	# bytesStartWith: function bytesStartWith(address: number, length: number, prefix: stri...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter prefix
	.loc 1 660 5
	# bytesStartWith: if (length < prefix.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lelse_164
	.loc 1 661 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_163
.Lelse_164:
	.loc 1 663 5
	# bytesStartWith: return bytesEqual(address, prefix.length, prefix);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -24(%rbp), %rdx	# prefix
	call fn.bytesEqual
.Lreturn_163:
	leave
	ret
	.size fn.bytesStartWith, .-fn.bytesStartWith

# function storeErrorName(code)
	.type fn.storeErrorName,@function
fn.storeErrorName:
	.loc 1 756 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 757 5
	# storeErrorName: switch (code) {
	movq -8(%rbp), %rax	# code
	cmpq $-1, %rax	# case XSE_EINVAL
	je .Lcase_167
	cmpq $-2, %rax	# case XSE_EACCES
	je .Lcase_168
	cmpq $-3, %rax	# case XSE_EEXIST
	je .Lcase_169
	cmpq $-4, %rax	# case XSE_EISDIR
	je .Lcase_170
	cmpq $-5, %rax	# case XSE_ENOENT
	je .Lcase_171
	cmpq $-6, %rax	# case XSE_ENOMEM
	je .Lcase_172
	cmpq $-7, %rax	# case XSE_ENOSPC
	je .Lcase_173
	cmpq $-8, %rax	# case XSE_EIO
	je .Lcase_174
	cmpq $-9, %rax	# case XSE_ENOTEMPTY
	je .Lcase_175
	cmpq $-10, %rax	# case XSE_ENOSYS
	je .Lcase_176
	cmpq $-11, %rax	# case XSE_EROFS
	je .Lcase_177
	cmpq $-12, %rax	# case XSE_EBUSY
	je .Lcase_178
	cmpq $-13, %rax	# case XSE_EAGAIN
	je .Lcase_179
	cmpq $-14, %rax	# case XSE_EISCONN
	je .Lcase_180
	cmpq $-15, %rax	# case XSE_E2BIG
	je .Lcase_181
	cmpq $-16, %rax	# case XSE_EPERM
	je .Lcase_182
	cmpq $-18, %rax	# case XSE_PROTOCOL
	je .Lcase_183
	cmpq $-19, %rax	# case XSE_TIMEOUT
	je .Lcase_184
	jmp .Lcase_185
.Lcase_167:
	.loc 1 758 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring67(%rip), %rax	# "EINVAL"
	jmp .Lreturn_165
.Lcase_168:
	.loc 1 759 26
	# storeErrorName: return "EACCES";
	leaq .Lstring68(%rip), %rax	# "EACCES"
	jmp .Lreturn_165
.Lcase_169:
	.loc 1 760 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring69(%rip), %rax	# "EEXIST"
	jmp .Lreturn_165
.Lcase_170:
	.loc 1 761 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring70(%rip), %rax	# "EISDIR"
	jmp .Lreturn_165
.Lcase_171:
	.loc 1 762 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring71(%rip), %rax	# "ENOENT"
	jmp .Lreturn_165
.Lcase_172:
	.loc 1 763 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring72(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_165
.Lcase_173:
	.loc 1 764 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring73(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_165
.Lcase_174:
	.loc 1 765 23
	# storeErrorName: return "EIO";
	leaq .Lstring74(%rip), %rax	# "EIO"
	jmp .Lreturn_165
.Lcase_175:
	.loc 1 766 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring75(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_165
.Lcase_176:
	.loc 1 767 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring76(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_165
.Lcase_177:
	.loc 1 768 25
	# storeErrorName: return "EROFS";
	leaq .Lstring77(%rip), %rax	# "EROFS"
	jmp .Lreturn_165
.Lcase_178:
	.loc 1 769 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring78(%rip), %rax	# "EBUSY"
	jmp .Lreturn_165
.Lcase_179:
	.loc 1 770 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring79(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_165
.Lcase_180:
	.loc 1 771 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring80(%rip), %rax	# "EISCONN"
	jmp .Lreturn_165
.Lcase_181:
	.loc 1 772 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring81(%rip), %rax	# "E2BIG"
	jmp .Lreturn_165
.Lcase_182:
	.loc 1 773 25
	# storeErrorName: return "EPERM";
	leaq .Lstring82(%rip), %rax	# "EPERM"
	jmp .Lreturn_165
.Lcase_183:
	.loc 1 774 28
	# storeErrorName: return "protocol error";
	leaq .Lstring83(%rip), %rax	# "protocol error"
	jmp .Lreturn_165
.Lcase_184:
	.loc 1 775 27
	# storeErrorName: return "no reply";
	leaq .Lstring84(%rip), %rax	# "no reply"
	jmp .Lreturn_165
.Lcase_185:
	.loc 1 776 18
	# storeErrorName: return "unknown error";
	leaq .Lstring85(%rip), %rax	# "unknown error"
	jmp .Lreturn_165
.Lendswitch_166:
.Lreturn_165:
	leave
	ret
	.size fn.storeErrorName, .-fn.storeErrorName

# function storeErrorFromReply(address, length)
	.type fn.storeErrorFromReply,@function
fn.storeErrorFromReply:
	.loc 1 781 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 782 5
	# storeErrorFromReply: const nameLength = length > 0 && load8(address + length - 1) === 0 ? ...
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_187
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_189
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_189
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_189
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_189
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_189
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_189
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_187
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_190
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_190
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_190
	jmp .Lendcond_188
.Lelse_187:
	movq -16(%rbp), %rax	# length
.Lendcond_188:
	movq %rax, -24(%rbp)	# nameLength
	.loc 1 783 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_191:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_193
	.loc 1 784 9
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
	je .Lelse_194
	.loc 1 785 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_186
.Lelse_194:
.Lfornext_192:
	.loc 1 783 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_195
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_195
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_191
.Lendfor_193:
	.loc 1 788 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_186:
	leave
	ret
.Ltrap_189:
	leaq .Lstring86(%rip), %rdi	# trap: kernel.ts:782:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_190:
	leaq .Lstring87(%rip), %rdi	# trap: kernel.ts:782:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_195:
	leaq .Lstring88(%rip), %rdi	# trap: kernel.ts:783:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 810 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 811 5
	# requestBegin: store32(storeRequest + XS_HEADER_TYPE, type);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_197
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_197
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_197
	movq %rax, %rdi
	movq -8(%rbp), %rax	# type
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 812 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 813 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_196:
	leave
	ret
.Ltrap_197:
	leaq .Lstring89(%rip), %rdi	# trap: kernel.ts:811:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 816 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 817 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_199
	.loc 1 818 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 819 9
	# requestAppendByte: return;
	jmp .Lreturn_198
.Lelse_199:
	.loc 1 821 5
	# requestAppendByte: store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_200
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_200
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_200
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_200
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_200
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_200
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 822 5
	# requestAppendByte: storeRequestLength = storeRequestLength + 1;
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_201
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_201
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_201
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
.Lreturn_198:
	leave
	ret
.Ltrap_200:
	leaq .Lstring90(%rip), %rdi	# trap: kernel.ts:821:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_201:
	leaq .Lstring91(%rip), %rdi	# trap: kernel.ts:822:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendText(text)
	.type fn.requestAppendText,@function
fn.requestAppendText:
	.loc 1 826 1
	# requestAppendText: function requestAppendText(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 827 5
	# requestAppendText: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_203:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_205
	.loc 1 828 9
	# requestAppendText: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_206
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_204:
	.loc 1 827 38
	# requestAppendText: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_207
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_207
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_203
.Lendfor_205:
.Lreturn_202:
	leave
	ret
.Ltrap_206:
	leaq .Lstring92(%rip), %rdi	# trap: kernel.ts:828:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_207:
	leaq .Lstring93(%rip), %rdi	# trap: kernel.ts:827:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendText, .-fn.requestAppendText

# function requestAppendString(text)
	.type fn.requestAppendString,@function
fn.requestAppendString:
	.loc 1 833 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 834 5
	# requestAppendString: requestAppendText(text);
	movq -8(%rbp), %rdi	# text
	call fn.requestAppendText
	.loc 1 835 5
	# requestAppendString: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
.Lreturn_208:
	leave
	ret
	.size fn.requestAppendString, .-fn.requestAppendString

# function requestAppendBytes(address, length)
	.type fn.requestAppendBytes,@function
fn.requestAppendBytes:
	.loc 1 838 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 839 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_210:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_212
	.loc 1 840 9
	# requestAppendBytes: requestAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_213
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_213
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_213
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_211:
	.loc 1 839 33
	# requestAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_214
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_214
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_210
.Lendfor_212:
.Lreturn_209:
	leave
	ret
.Ltrap_213:
	leaq .Lstring94(%rip), %rdi	# trap: kernel.ts:840:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_214:
	leaq .Lstring95(%rip), %rdi	# trap: kernel.ts:839:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 845 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 846 5
	# storeRequestSpace: const consumer = load32(storeRing + XS_REQ_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2048, %rdi	# XS_REQ_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_216
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_216
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_216
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 847 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_217
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_217
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_217
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 848 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 849 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_218
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_218
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_218
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 850 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_219
	.loc 1 851 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring96(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 852 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 853 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring97(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 854 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 855 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring98(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 856 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_215
.Lelse_219:
	.loc 1 858 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	movq -24(%rbp), %rdi	# inFlight
	subq %rdi, %rax	# -
	jo .Ltrap_220
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_220
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_220
.Lreturn_215:
	leave
	ret
.Ltrap_216:
	leaq .Lstring99(%rip), %rdi	# trap: kernel.ts:846:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_217:
	leaq .Lstring100(%rip), %rdi	# trap: kernel.ts:847:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_218:
	leaq .Lstring101(%rip), %rdi	# trap: kernel.ts:849:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_220:
	leaq .Lstring102(%rip), %rdi	# trap: kernel.ts:858:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function ringChunk(index, ready, wanted)
	.type fn.ringChunk,@function
fn.ringChunk:
	.loc 1 864 1
	# ringChunk: function ringChunk(index: number, ready: number, wanted: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	movq %rsi, -16(%rbp)	# parameter ready
	movq %rdx, -24(%rbp)	# parameter wanted
	.loc 1 865 5
	# ringChunk: let chunk = XS_RING_SIZE - (index & (XS_RING_SIZE - 1));
	movq $1024, %rax	# XS_RING_SIZE
	pushq %rax
	movq -8(%rbp), %rax	# index
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_222
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_222
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_222
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_223
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_223
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_223
	movq %rax, -32(%rbp)	# chunk
	.loc 1 866 5
	# ringChunk: if (chunk > ready) {
	movq -32(%rbp), %rax	# chunk
	movq -16(%rbp), %rdi	# ready
	cmpq %rdi, %rax
	jle .Lelse_224
	.loc 1 867 9
	# ringChunk: chunk = ready;
	movq -16(%rbp), %rax	# ready
	movq %rax, -32(%rbp)	# chunk =
.Lelse_224:
	.loc 1 869 5
	# ringChunk: if (chunk > wanted) {
	movq -32(%rbp), %rax	# chunk
	movq -24(%rbp), %rdi	# wanted
	cmpq %rdi, %rax
	jle .Lelse_225
	.loc 1 870 9
	# ringChunk: chunk = wanted;
	movq -24(%rbp), %rax	# wanted
	movq %rax, -32(%rbp)	# chunk =
.Lelse_225:
	.loc 1 872 5
	# ringChunk: return chunk;
	movq -32(%rbp), %rax	# chunk
.Lreturn_221:
	leave
	ret
.Ltrap_222:
	leaq .Lstring103(%rip), %rdi	# trap: kernel.ts:865:42: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_223:
	leaq .Lstring104(%rip), %rdi	# trap: kernel.ts:865:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.ringChunk, .-fn.ringChunk

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 878 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 879 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 880 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 881 5
	# storeWriteStream: while (sent < length) {
.Lwhile_227:
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_228
	.loc 1 882 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 883 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_229
	.loc 1 884 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_226
.Lelse_229:
	.loc 1 886 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_230
	.loc 1 887 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 888 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_231
	.loc 1 889 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_232
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_232
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_232
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 890 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_233
	.loc 1 891 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring105(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 892 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_226
.Lelse_233:
.Lelse_231:
	.loc 1 895 13
	# storeWriteStream: continue;
	jmp .Lwhile_227
.Lelse_230:
	.loc 1 897 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_234
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_234
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_234
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 898 9
	# storeWriteStream: const chunk = ringChunk(producer, space, length - sent);
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq -40(%rbp), %rax	# space
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_235
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_235
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_235
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 899 9
	# storeWriteStream: const to = storeRing + XS_REQ + (producer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $0, %rdi	# XS_REQ
	addq %rdi, %rax	# +
	jo .Ltrap_236
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_236
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_236
	pushq %rax
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_237
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_237
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_237
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_236
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_236
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_236
	movq %rax, -64(%rbp)	# to
	.loc 1 900 9
	# storeWriteStream: copyBytes(to, source + sent, chunk);
	movq -64(%rbp), %rax	# to
	pushq %rax
	movq -8(%rbp), %rax	# source
	movq -24(%rbp), %rdi	# sent
	addq %rdi, %rax	# +
	jo .Ltrap_238
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_238
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_238
	movq %rax, %rsi
	popq %rdi
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 901 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 902 9
	# storeWriteStream: store32(storeRing + XS_REQ_PROD, (producer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_239
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_239
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_239
	pushq %rax
	movq -48(%rbp), %rax	# producer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_240
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_240
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_240
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 903 9
	# storeWriteStream: sent = sent + chunk;
	movq -24(%rbp), %rax	# sent
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_241
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_241
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_241
	movq %rax, -24(%rbp)	# sent =
	.loc 1 904 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_242
	.loc 1 905 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_242:
	jmp .Lwhile_227
.Lendwhile_228:
	.loc 1 908 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 909 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_226:
	leave
	ret
.Ltrap_232:
	leaq .Lstring106(%rip), %rdi	# trap: kernel.ts:889:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_234:
	leaq .Lstring107(%rip), %rdi	# trap: kernel.ts:897:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_235:
	leaq .Lstring108(%rip), %rdi	# trap: kernel.ts:898:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_236:
	leaq .Lstring109(%rip), %rdi	# trap: kernel.ts:899:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_237:
	leaq .Lstring110(%rip), %rdi	# trap: kernel.ts:899:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_238:
	leaq .Lstring111(%rip), %rdi	# trap: kernel.ts:900:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_239:
	leaq .Lstring112(%rip), %rdi	# trap: kernel.ts:902:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_240:
	leaq .Lstring113(%rip), %rdi	# trap: kernel.ts:902:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_241:
	leaq .Lstring114(%rip), %rdi	# trap: kernel.ts:903:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 917 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 918 5
	# storeResynchronise: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_244
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_244
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_244
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 919 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 920 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_245
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_245
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_245
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 921 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_243:
	leave
	ret
.Ltrap_244:
	leaq .Lstring115(%rip), %rdi	# trap: kernel.ts:918:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_245:
	leaq .Lstring116(%rip), %rdi	# trap: kernel.ts:920:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 925 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 926 5
	# storeBytesAvailable: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_247
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_247
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_247
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 927 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_248
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_248
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_248
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 928 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 929 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_249
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_249
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_249
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# available
	.loc 1 930 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_250
	.loc 1 931 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring117(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 932 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 933 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring97(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 934 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 935 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring118(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 936 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 937 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_246
.Lelse_250:
	.loc 1 939 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_246:
	leave
	ret
.Ltrap_247:
	leaq .Lstring119(%rip), %rdi	# trap: kernel.ts:926:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_248:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:927:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_249:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:929:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 943 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 944 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 945 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 946 5
	# storeReadStream: while (received < length) {
.Lwhile_252:
	movq -24(%rbp), %rax	# received
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_253
	.loc 1 947 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 948 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_254
	.loc 1 949 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_251
.Lelse_254:
	.loc 1 951 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_255
	.loc 1 952 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_256
	.loc 1 953 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_257
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_257
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_257
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 954 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_258
	.loc 1 955 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring122(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 956 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 957 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_251
.Lelse_258:
.Lelse_256:
	.loc 1 960 13
	# storeReadStream: continue;
	jmp .Lwhile_252
.Lelse_255:
	.loc 1 962 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_259
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_259
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_259
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 963 9
	# storeReadStream: const chunk = ringChunk(consumer, available, length - received);
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq -40(%rbp), %rax	# available
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_260
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_260
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_260
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 964 9
	# storeReadStream: const from = storeRing + XS_RSP + (consumer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $1024, %rdi	# XS_RSP
	addq %rdi, %rax	# +
	jo .Ltrap_261
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_261
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_261
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_262
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_262
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_262
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_261
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_261
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_261
	movq %rax, -64(%rbp)	# from
	.loc 1 965 9
	# storeReadStream: copyBytes(destination + received, from, chunk);
	movq -8(%rbp), %rax	# destination
	movq -24(%rbp), %rdi	# received
	addq %rdi, %rax	# +
	jo .Ltrap_263
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_263
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_263
	movq %rax, %rdi
	movq -64(%rbp), %rsi	# from
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 966 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 967 9
	# storeReadStream: store32(storeRing + XS_RSP_CONS, (consumer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_264
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_264
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_264
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_265
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_265
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_265
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 968 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 969 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_266
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_266
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_266
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_252
.Lendwhile_253:
	.loc 1 971 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_251:
	leave
	ret
.Ltrap_257:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:953:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_259:
	leaq .Lstring124(%rip), %rdi	# trap: kernel.ts:962:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_260:
	leaq .Lstring125(%rip), %rdi	# trap: kernel.ts:963:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_261:
	leaq .Lstring126(%rip), %rdi	# trap: kernel.ts:964:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_262:
	leaq .Lstring127(%rip), %rdi	# trap: kernel.ts:964:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_263:
	leaq .Lstring128(%rip), %rdi	# trap: kernel.ts:965:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_264:
	leaq .Lstring129(%rip), %rdi	# trap: kernel.ts:967:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_265:
	leaq .Lstring130(%rip), %rdi	# trap: kernel.ts:967:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_266:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:969:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 975 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 976 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 977 5
	# noteWatchEvent: while (pathEnd < length && load8(payload + pathEnd) !== 0) {
.Lwhile_268:
	movq -24(%rbp), %rax	# pathEnd
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_269
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_270
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_270
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_270
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_269
	.loc 1 978 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_271
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_271
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_271
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_268
.Lendwhile_269:
	.loc 1 980 5
	# noteWatchEvent: const token = payload + pathEnd + 1;
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_272
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_272
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_272
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_272
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_272
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_272
	movq %rax, -32(%rbp)	# token
	.loc 1 981 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# pathEnd
	subq %rdi, %rax	# -
	jo .Ltrap_273
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_273
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_273
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_273
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_273
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_273
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 982 5
	# noteWatchEvent: if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_274
	movq -32(%rbp), %rax	# token
	movq -40(%rbp), %rdi	# tokenLength
	addq %rdi, %rax	# +
	jo .Ltrap_275
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_275
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_275
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_275
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_275
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_275
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_274
	.loc 1 983 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_276
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_276
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_276
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_274:
	.loc 1 985 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_277
	.loc 1 986 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_277:
	.loc 1 988 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring132(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_278
	.loc 1 989 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_279
.Lelse_278:
	.loc 1 990 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring133(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_280
	.loc 1 991 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_281
.Lelse_280:
	.loc 1 993 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring134(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 994 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 995 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_281:
.Lendif_279:
.Lreturn_267:
	leave
	ret
.Ltrap_270:
	leaq .Lstring135(%rip), %rdi	# trap: kernel.ts:977:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_271:
	leaq .Lstring136(%rip), %rdi	# trap: kernel.ts:978:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_272:
	leaq .Lstring137(%rip), %rdi	# trap: kernel.ts:980:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_273:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:981:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_275:
	leaq .Lstring139(%rip), %rdi	# trap: kernel.ts:982:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_276:
	leaq .Lstring140(%rip), %rdi	# trap: kernel.ts:983:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 1001 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1002 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 1003 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_283
	.loc 1 1004 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_282
.Lelse_283:
	.loc 1 1006 5
	# storeReceiveMessage: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_284
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_284
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_284
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 1007 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_285
	.loc 1 1008 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring141(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 1009 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 1010 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring142(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 1011 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1012 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_282
.Lelse_285:
	.loc 1 1014 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_286
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_286
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_286
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 1015 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_287
	.loc 1 1016 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_282
.Lelse_287:
	.loc 1 1018 5
	# storeReceiveMessage: if (load32(storeMessage + XS_HEADER_TYPE) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_289
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_289
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_289
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_288
	.loc 1 1019 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_290
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_290
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_290
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 1020 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_282
.Lelse_288:
	.loc 1 1022 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_282:
	leave
	ret
.Ltrap_284:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:1006:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_286:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:1014:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_289:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:1018:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_290:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:1019:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 1029 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1030 5
	# storeTransact: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_292
	.loc 1 1031 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_291
.Lelse_292:
	.loc 1 1033 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 1034 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_293
	movq $1, %rax
	jmp .Lendcond_294
.Lelse_293:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_295
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_295
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_295
.Lendcond_294:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 1035 5
	# storeTransact: store32(storeRequest + XS_HEADER_REQ_ID, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_296
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_296
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_296
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1036 5
	# storeTransact: store32(storeRequest + XS_HEADER_TX_ID, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $8, %rdi	# XS_HEADER_TX_ID
	addq %rdi, %rax	# +
	jo .Ltrap_297
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_297
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_297
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1037 5
	# storeTransact: store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_298
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_298
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_298
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1038 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_299
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_299
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_299
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 1039 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_300
	.loc 1 1040 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_291
.Lelse_300:
	.loc 1 1042 5
	# storeTransact: while (true) {
.Lwhile_301:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_302
	.loc 1 1043 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 1044 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_303
	.loc 1 1045 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_291
.Lelse_303:
	.loc 1 1047 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_304
	.loc 1 1048 13
	# storeTransact: continue;
	jmp .Lwhile_301
.Lelse_304:
	.loc 1 1050 9
	# storeTransact: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_305
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_305
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_305
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 1051 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_REQ_ID) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_307
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_307
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_307
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# requestId
	cmpq %rdi, %rax
	je .Lelse_306
	.loc 1 1052 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring147(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 1053 13
	# storeTransact: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_308
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_308
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_308
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1054 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring148(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 1055 13
	# storeTransact: printDecimal(requestId);
	movq -8(%rbp), %rdi	# requestId
	call fn.printDecimal
	.loc 1 1056 13
	# storeTransact: endLine();
	call fn.endLine
	.loc 1 1057 13
	# storeTransact: continue;
	jmp .Lwhile_301
.Lelse_306:
	.loc 1 1059 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_310
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_310
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_310
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_309
	.loc 1 1060 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_311
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_311
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_311
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_291
.Lelse_309:
	.loc 1 1062 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
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
	movq -32(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1063 9
	# storeTransact: storeReplyLength = length;
	movq -32(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 1064 9
	# storeTransact: return length;
	movq -32(%rbp), %rax	# length
	jmp .Lreturn_291
	jmp .Lwhile_301
.Lendwhile_302:
.Lreturn_291:
	leave
	ret
.Ltrap_295:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:1034:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_296:
	leaq .Lstring150(%rip), %rdi	# trap: kernel.ts:1035:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_297:
	leaq .Lstring151(%rip), %rdi	# trap: kernel.ts:1036:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_298:
	leaq .Lstring152(%rip), %rdi	# trap: kernel.ts:1037:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_299:
	leaq .Lstring153(%rip), %rdi	# trap: kernel.ts:1038:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_305:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:1050:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_307:
	leaq .Lstring155(%rip), %rdi	# trap: kernel.ts:1051:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_308:
	leaq .Lstring156(%rip), %rdi	# trap: kernel.ts:1053:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_310:
	leaq .Lstring157(%rip), %rdi	# trap: kernel.ts:1059:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_311:
	leaq .Lstring158(%rip), %rdi	# trap: kernel.ts:1060:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_312:
	leaq .Lstring159(%rip), %rdi	# trap: kernel.ts:1062:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 1070 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1071 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_314:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_315
	.loc 1 1072 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 1073 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_316
	.loc 1 1074 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_313
.Lelse_316:
	.loc 1 1076 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1077 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_317
	.loc 1 1078 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_313
.Lelse_317:
	.loc 1 1080 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_318
	.loc 1 1081 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring160(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 1082 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_319
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_319
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_319
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1083 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_318:
	jmp .Lwhile_314
.Lendwhile_315:
.Lreturn_313:
	leave
	ret
.Ltrap_319:
	leaq .Lstring161(%rip), %rdi	# trap: kernel.ts:1082:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeTransactStatus()
	.type fn.storeTransactStatus,@function
fn.storeTransactStatus:
	.loc 1 1095 1
	# storeTransactStatus: function storeTransactStatus(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1096 5
	# storeTransactStatus: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -8(%rbp)	# result
	.loc 1 1097 5
	# storeTransactStatus: return result < 0 ? result : 0;
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_321
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_322
.Lelse_321:
	movq $0, %rax
.Lendcond_322:
.Lreturn_320:
	leave
	ret
	.size fn.storeTransactStatus, .-fn.storeTransactStatus

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 1100 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1101 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 1102 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1103 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_323:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 1107 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 1108 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1109 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1110 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 1111 5
	# storeWrite: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_324:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 1115 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 1116 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1117 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1118 5
	# storeWriteText: requestAppendText(value);
	movq -16(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1119 5
	# storeWriteText: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_325:
	leave
	ret
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 1122 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1123 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1124 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1125 5
	# storeRemove: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_326:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 1128 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1129 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1130 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1131 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1132 5
	# storeWatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_327:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function logPathError(what, path, error)
	.type fn.logPathError,@function
fn.logPathError:
	.loc 1 1136 1
	# logPathError: function logPathError(what: string, path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter path
	movq %rdx, -24(%rbp)	# parameter error
	.loc 1 1137 5
	# logPathError: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 1138 5
	# logPathError: print(path);
	movq -16(%rbp), %rdi	# path
	call fn.print
	.loc 1 1139 5
	# logPathError: print(": ");
	leaq .Lstring162(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1140 5
	# logPathError: log(storeErrorName(error));
	movq -24(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_328:
	leave
	ret
	.size fn.logPathError, .-fn.logPathError

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1214 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1215 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_331
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_332
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_333
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_334
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_335
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_336
	jmp .Lcase_337
.Lcase_331:
	.loc 1 1216 31
	# actionName: return "poweroff";
	leaq .Lstring163(%rip), %rax	# "poweroff"
	jmp .Lreturn_329
.Lcase_332:
	.loc 1 1217 29
	# actionName: return "reboot";
	leaq .Lstring164(%rip), %rax	# "reboot"
	jmp .Lreturn_329
.Lcase_333:
	.loc 1 1218 27
	# actionName: return "halt";
	leaq .Lstring165(%rip), %rax	# "halt"
	jmp .Lreturn_329
.Lcase_334:
	.loc 1 1219 28
	# actionName: return "crash";
	leaq .Lstring166(%rip), %rax	# "crash"
	jmp .Lreturn_329
.Lcase_335:
	.loc 1 1220 30
	# actionName: return "suspend";
	leaq .Lstring167(%rip), %rax	# "suspend"
	jmp .Lreturn_329
.Lcase_336:
	.loc 1 1221 29
	# actionName: return "ignore";
	leaq .Lstring168(%rip), %rax	# "ignore"
	jmp .Lreturn_329
.Lcase_337:
	.loc 1 1222 18
	# actionName: return "none";
	leaq .Lstring169(%rip), %rax	# "none"
	jmp .Lreturn_329
.Lendswitch_330:
.Lreturn_329:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1227 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1228 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_IGNORE; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_339:
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jg .Lendfor_341
	.loc 1 1229 9
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
	je .Lelse_342
	.loc 1 1230 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_338
.Lelse_342:
.Lfornext_340:
	.loc 1 1228 65
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_343
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_343
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_339
.Lendfor_341:
	.loc 1 1233 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_338:
	leave
	ret
.Ltrap_343:
	leaq .Lstring170(%rip), %rdi	# trap: kernel.ts:1228:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function setOverride(action, ackMode, ackText, ackLength)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1248 1
	# setOverride: function setOverride(action: number, ackMode: number, ackText: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter ackMode
	movq %rdx, -24(%rbp)	# parameter ackText
	movq %rcx, -32(%rbp)	# parameter ackLength
	.loc 1 1249 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1250 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1251 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1252 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1253 5
	# setOverride: print("override set: ");
	leaq .Lstring171(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1254 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lreturn_344:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function remember(record, address, length)
	.type fn.remember,@function
fn.remember:
	.loc 1 1265 1
	# remember: function remember(record: number, address: number, length: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1266 5
	# remember: store64(record, length);
	movq -8(%rbp), %rdi	# record
	movq -24(%rbp), %rax	# length
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1267 5
	# remember: copyBytes(record + 8, address, length);
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_346
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_346
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_346
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
.Lreturn_345:
	leave
	ret
.Ltrap_346:
	leaq .Lstring172(%rip), %rdi	# trap: kernel.ts:1267:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remember, .-fn.remember

# function forget(record)
	.type fn.forget,@function
fn.forget:
	.loc 1 1270 1
	# forget: function forget(record: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	.loc 1 1271 5
	# forget: store64(record, 0);
	movq -8(%rbp), %rdi	# record
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lreturn_347:
	leave
	ret
	.size fn.forget, .-fn.forget

# function isRemembered(record, address, length)
	.type fn.isRemembered,@function
fn.isRemembered:
	.loc 1 1274 1
	# isRemembered: function isRemembered(record: number, address: number, length: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1275 5
	# isRemembered: return length > 0 && load64(record) === length && bytesMatch(record +...
	movq -24(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	setg %al	# >
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_350
	movq -8(%rbp), %rax	# record
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_351
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_351
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_350:
	testq %rax, %rax
	je .Lendlogic_349
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_352
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_352
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_352
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.bytesMatch
.Lendlogic_349:
.Lreturn_348:
	leave
	ret
.Ltrap_351:
	leaq .Lstring173(%rip), %rdi	# trap: kernel.ts:1275:26: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_352:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1275:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.isRemembered, .-fn.isRemembered

# function alreadyHandled(guard, last)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1290 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	.loc 1 1291 5
	# alreadyHandled: if (guard && isRemembered(last, commandValue, commandLength)) {
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_354
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_354
	.loc 1 1292 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring175(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1293 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_353
.Lelse_354:
	.loc 1 1295 5
	# alreadyHandled: remember(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.remember
	.loc 1 1296 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_353:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1301 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1302 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1303 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_356
	.loc 1 1304 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_355
.Lelse_356:
	.loc 1 1306 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_357
	.loc 1 1307 9
	# readControlKey: logPathError("xenstore: cannot read ", path, length);
	leaq .Lstring176(%rip), %rdi	# "xenstore: cannot read "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# length
	call fn.logPathError
	.loc 1 1308 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_355
.Lelse_357:
	.loc 1 1310 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_358
	.loc 1 1311 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_355
.Lelse_358:
	.loc 1 1313 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1314 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1315 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1316 5
	# readControlKey: print(" = ");
	leaq .Lstring177(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1317 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1318 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1319 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_355:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1322 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1323 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring178(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1324 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_360
	.loc 1 1325 9
	# acknowledge: logPathError("ack failed: ", path, result);
	leaq .Lstring179(%rip), %rdi	# "ack failed: "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_360:
.Lreturn_359:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1331 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1332 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1333 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1334 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_362
	.loc 1 1335 9
	# handleShutdownRequest: return;
	jmp .Lreturn_361
.Lelse_362:
	.loc 1 1337 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_363
	.loc 1 1338 9
	# handleShutdownRequest: return;
	jmp .Lreturn_361
.Lelse_363:
	.loc 1 1340 5
	# handleShutdownRequest: if (isRemembered(ownShutdownAck, commandValue, commandLength)) {
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_364
	.loc 1 1341 9
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1342 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring181(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1343 9
	# handleShutdownRequest: return;
	jmp .Lreturn_361
.Lelse_364:
	.loc 1 1345 5
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1346 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_365
	.loc 1 1347 9
	# handleShutdownRequest: const action = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, -16(%rbp)	# action
	.loc 1 1348 9
	# handleShutdownRequest: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1349 9
	# handleShutdownRequest: print("override ");
	leaq .Lstring182(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1350 9
	# handleShutdownRequest: print(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1351 9
	# handleShutdownRequest: log(" replaces the request");
	leaq .Lstring183(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1352 9
	# handleShutdownRequest: acknowledgeShutdownPerOverride();
	call fn.acknowledgeShutdownPerOverride
	.loc 1 1353 9
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1354 9
	# handleShutdownRequest: return;
	jmp .Lreturn_361
.Lelse_365:
	.loc 1 1356 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1357 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1358 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_367
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_366
.Lskip_367:
	.loc 1 1359 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring184(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1360 9
	# handleShutdownRequest: return;
	jmp .Lreturn_361
.Lelse_366:
	.loc 1 1362 5
	# handleShutdownRequest: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_361:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function acknowledgeShutdownPerOverride()
	.type fn.acknowledgeShutdownPerOverride,@function
fn.acknowledgeShutdownPerOverride:
	.loc 1 1365 1
	# acknowledgeShutdownPerOverride: function acknowledgeShutdownPerOverride(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1366 5
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_OK) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_369
	.loc 1 1367 9
	# acknowledgeShutdownPerOverride: acknowledge("control/shutdown");
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_370
.Lelse_369:
	.loc 1 1368 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_NONE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_371
	.loc 1 1369 9
	# acknowledgeShutdownPerOverride: log("request left in place, as the override asked");
	leaq .Lstring185(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_372
.Lelse_371:
	.loc 1 1370 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_DELETE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_373
	.loc 1 1371 9
	# acknowledgeShutdownPerOverride: const result = storeRemove("control/shutdown");
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1372 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_374
	.loc 1 1373 13
	# acknowledgeShutdownPerOverride: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring179(%rip), %rdi	# "ack failed: "
	leaq .Lstring180(%rip), %rsi	# "control/shutdown"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_374:
	jmp .Lendif_375
.Lelse_373:
	.loc 1 1376 9
	# acknowledgeShutdownPerOverride: const result = storeWrite("control/shutdown", overrideAckText, overri...
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1377 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_376
	.loc 1 1378 13
	# acknowledgeShutdownPerOverride: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring179(%rip), %rdi	# "ack failed: "
	leaq .Lstring180(%rip), %rsi	# "control/shutdown"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
	jmp .Lendif_377
.Lelse_376:
	.loc 1 1380 13
	# acknowledgeShutdownPerOverride: remember(ownShutdownAck, overrideAckText, overrideAckLength);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.remember
.Lendif_377:
.Lendif_375:
.Lendif_372:
.Lendif_370:
.Lreturn_368:
	leave
	ret
	.size fn.acknowledgeShutdownPerOverride, .-fn.acknowledgeShutdownPerOverride

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 1400 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1401 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_380
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_381
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_382
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_383
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_384
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_385
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_386
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_387
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_388
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_389
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_390
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_391
	jmp .Lcase_392
.Lcase_380:
	.loc 1 1402 29
	# bogusReason: return "expected now:<action>, next:<action> or a JSON object";
	leaq .Lstring186(%rip), %rax	# "expected now:<action>, next:<action> or
	jmp .Lreturn_378
.Lcase_381:
	.loc 1 1403 36
	# bogusReason: return "unknown action";
	leaq .Lstring187(%rip), %rax	# "unknown action"
	jmp .Lreturn_378
.Lcase_382:
	.loc 1 1404 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring188(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_378
.Lcase_383:
	.loc 1 1405 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring189(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_378
.Lcase_384:
	.loc 1 1406 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring190(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_378
.Lcase_385:
	.loc 1 1407 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring191(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_378
.Lcase_386:
	.loc 1 1408 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring192(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_378
.Lcase_387:
	.loc 1 1409 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring193(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_378
.Lcase_388:
	.loc 1 1410 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring194(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_378
.Lcase_389:
	.loc 1 1411 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring195(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_378
.Lcase_390:
	.loc 1 1412 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring196(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_378
.Lcase_391:
	.loc 1 1413 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring197(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_378
.Lcase_392:
	.loc 1 1414 18
	# bogusReason: return "unreadable command";
	leaq .Lstring198(%rip), %rax	# "unreadable command"
	jmp .Lreturn_378
.Lendswitch_379:
.Lreturn_378:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 1418 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1419 5
	# reportBogus: print("bogus command: ");
	leaq .Lstring199(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1420 5
	# reportBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_393:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 1423 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1424 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1425 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1426 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring200(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_395
	.loc 1 1427 9
	# handleTestingCommand: return;
	jmp .Lreturn_394
.Lelse_395:
	.loc 1 1429 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_396
	.loc 1 1430 9
	# handleTestingCommand: return;
	jmp .Lreturn_394
.Lelse_396:
	.loc 1 1432 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring200(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1434 5
	# handleTestingCommand: let start = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# start
	.loc 1 1435 5
	# handleTestingCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_397:
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_398
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_399
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_399
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_399
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_398
	.loc 1 1436 9
	# handleTestingCommand: start = start + 1;
	movq -16(%rbp), %rax	# start
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_400
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_400
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_400
	movq %rax, -16(%rbp)	# start =
	jmp .Lwhile_397
.Lendwhile_398:
	.loc 1 1438 5
	# handleTestingCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lelse_401
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_402
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_402
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_402
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_401
	.loc 1 1439 9
	# handleTestingCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1440 9
	# handleTestingCommand: return;
	jmp .Lreturn_394
.Lelse_401:
	.loc 1 1442 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring201(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_403
	.loc 1 1443 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_404
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_404
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_404
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $4, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_405
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_405
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_405
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1444 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_406
	.loc 1 1445 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1446 13
	# handleTestingCommand: return;
	jmp .Lreturn_394
.Lelse_406:
	.loc 1 1448 9
	# handleTestingCommand: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1449 9
	# handleTestingCommand: return;
	jmp .Lreturn_394
.Lelse_403:
	.loc 1 1451 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring202(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_407
	.loc 1 1452 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $5, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_408
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_408
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_408
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_409
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_409
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_409
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -32(%rbp)	# action
	.loc 1 1453 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -32(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_410
	.loc 1 1454 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1455 13
	# handleTestingCommand: return;
	jmp .Lreturn_394
.Lelse_410:
	.loc 1 1457 9
	# handleTestingCommand: setOverride(action, ACK_OK, 0, 0);
	movq -32(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	call fn.setOverride
	.loc 1 1458 9
	# handleTestingCommand: return;
	jmp .Lreturn_394
.Lelse_407:
	.loc 1 1460 5
	# handleTestingCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_394:
	leave
	ret
.Ltrap_399:
	leaq .Lstring203(%rip), %rdi	# trap: kernel.ts:1435:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_400:
	leaq .Lstring204(%rip), %rdi	# trap: kernel.ts:1436:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_402:
	leaq .Lstring205(%rip), %rdi	# trap: kernel.ts:1438:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_404:
	leaq .Lstring206(%rip), %rdi	# trap: kernel.ts:1443:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_405:
	leaq .Lstring207(%rip), %rdi	# trap: kernel.ts:1443:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_408:
	leaq .Lstring208(%rip), %rdi	# trap: kernel.ts:1452:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_409:
	leaq .Lstring209(%rip), %rdi	# trap: kernel.ts:1452:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 1465 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1466 5
	# handleJsonCommand: const refusal = readJsonCommand();
	call fn.readJsonCommand
	movq %rax, -8(%rbp)	# refusal
	.loc 1 1467 5
	# handleJsonCommand: if (refusal !== 0) {
	movq -8(%rbp), %rax	# refusal
	cmpq $0, %rax	# compare with 0
	je .Lelse_412
	.loc 1 1468 9
	# handleJsonCommand: reportBogus(refusal);
	movq -8(%rbp), %rdi	# refusal
	call fn.reportBogus
	.loc 1 1469 9
	# handleJsonCommand: return;
	jmp .Lreturn_411
.Lelse_412:
	.loc 1 1471 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, jsonActionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq var.jsonActionLength(%rip), %rsi	# jsonActionLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1472 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_413
	.loc 1 1473 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1474 9
	# handleJsonCommand: return;
	jmp .Lreturn_411
.Lelse_413:
	.loc 1 1476 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring210(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_414
	.loc 1 1477 9
	# handleJsonCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1478 9
	# handleJsonCommand: return;
	jmp .Lreturn_411
.Lelse_414:
	.loc 1 1480 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring211(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_415
	.loc 1 1481 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 1482 9
	# handleJsonCommand: return;
	jmp .Lreturn_411
.Lelse_415:
	.loc 1 1484 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -24(%rbp)	# ackMode
	.loc 1 1485 5
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring212(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_416
	.loc 1 1486 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -24(%rbp)	# ackMode =
	jmp .Lendif_417
.Lelse_416:
	.loc 1 1487 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring169(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_418
	.loc 1 1488 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -24(%rbp)	# ackMode =
	jmp .Lendif_419
.Lelse_418:
	.loc 1 1489 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring213(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_420
	.loc 1 1490 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -24(%rbp)	# ackMode =
.Lelse_420:
.Lendif_419:
.Lendif_417:
	.loc 1 1492 5
	# handleJsonCommand: setOverride(action, ackMode, jsonAck, jsonAckLength);
	movq -16(%rbp), %rdi	# action
	movq -24(%rbp), %rsi	# ackMode
	leaq buf.jsonAck(%rip), %rdx	# jsonAck
	movq var.jsonAckLength(%rip), %rcx	# jsonAckLength
	call fn.setOverride
.Lreturn_411:
	leave
	ret
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 1502 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1503 5
	# watch: const result = storeWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.storeWatch
	movq %rax, -24(%rbp)	# result
	.loc 1 1504 5
	# watch: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_422
	.loc 1 1505 9
	# watch: logPathError("xenstore: cannot watch ", path, result);
	leaq .Lstring214(%rip), %rdi	# "xenstore: cannot watch "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_422:
.Lreturn_421:
	leave
	ret
	.size fn.watch, .-fn.watch

# function advertise(path)
	.type fn.advertise,@function
fn.advertise:
	.loc 1 1509 1
	# advertise: function advertise(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1510 5
	# advertise: const result = storeWriteText(path, "1");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring215(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1511 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_424
	.loc 1 1512 9
	# advertise: logPathError("xenstore: cannot write ", path, result);
	leaq .Lstring216(%rip), %rdi	# "xenstore: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_424:
.Lreturn_423:
	leave
	ret
	.size fn.advertise, .-fn.advertise

# function connectControlKeys()
	.type fn.connectControlKeys,@function
fn.connectControlKeys:
	.loc 1 1516 1
	# connectControlKeys: function connectControlKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1517 5
	# connectControlKeys: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring180(%rip), %rdi	# "control/shutdown"
	leaq .Lstring132(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 1518 5
	# connectControlKeys: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring200(%rip), %rdi	# "control/testing"
	leaq .Lstring133(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 1519 5
	# connectControlKeys: advertise("control/feature-poweroff");
	leaq .Lstring217(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 1520 5
	# connectControlKeys: advertise("control/feature-reboot");
	leaq .Lstring218(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 1521 5
	# connectControlKeys: advertise("control/feature-suspend");
	leaq .Lstring219(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_425:
	leave
	ret
	.size fn.connectControlKeys, .-fn.connectControlKeys

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 1554 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1555 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_429
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_429:
	testq %rax, %rax
	jne .Lendlogic_428
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_428:
	testq %rax, %rax
	jne .Lendlogic_427
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_427:
.Lreturn_426:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 1558 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1559 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_431
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_432
.Lelse_431:
	movq $-1, %rax
.Lendcond_432:
.Lreturn_430:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 1562 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1563 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_434:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_435
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_435
	.loc 1 1564 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_436
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_436
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_436
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_434
.Lendwhile_435:
.Lreturn_433:
	leave
	ret
.Ltrap_436:
	leaq .Lstring220(%rip), %rdi	# trap: kernel.ts:1564:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 1568 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1569 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_438
	.loc 1 1570 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_438:
	.loc 1 1572 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_437:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 1575 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1576 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_440
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_440
	.loc 1 1577 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_441
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_441
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_441
	jmp .Lreturn_439
.Lelse_440:
	.loc 1 1579 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_442
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_442
	.loc 1 1580 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	movq $87, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_443
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_443
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_443
	jmp .Lreturn_439
.Lelse_442:
	.loc 1 1582 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_444
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_444
	.loc 1 1583 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	movq $55, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_445
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_445
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_445
	jmp .Lreturn_439
.Lelse_444:
	.loc 1 1585 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_439:
	leave
	ret
.Ltrap_441:
	leaq .Lstring221(%rip), %rdi	# trap: kernel.ts:1577:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_443:
	leaq .Lstring222(%rip), %rdi	# trap: kernel.ts:1580:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_445:
	leaq .Lstring223(%rip), %rdi	# trap: kernel.ts:1583:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 1589 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1590 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_448
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_448
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_448
	cmpq $4, %rax	# compare with 4
	jge .Lelse_447
	.loc 1 1591 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_446
.Lelse_447:
	.loc 1 1593 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 1594 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_449:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_451
	.loc 1 1595 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_452
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_452
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_452
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 1596 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_453
	.loc 1 1597 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_446
.Lelse_453:
	.loc 1 1599 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	movq $16, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_454
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_454
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_454
	movq -24(%rbp), %rdi	# digit
	addq %rdi, %rax	# +
	jo .Ltrap_454
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_454
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_454
	movq %rax, -8(%rbp)	# value =
.Lfornext_450:
	.loc 1 1594 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_455
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_455
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_449
.Lendfor_451:
	.loc 1 1601 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_456
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_456
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_456
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1602 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_446:
	leave
	ret
.Ltrap_448:
	leaq .Lstring224(%rip), %rdi	# trap: kernel.ts:1590:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_452:
	leaq .Lstring225(%rip), %rdi	# trap: kernel.ts:1595:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_454:
	leaq .Lstring226(%rip), %rdi	# trap: kernel.ts:1599:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_455:
	leaq .Lstring227(%rip), %rdi	# trap: kernel.ts:1594:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_456:
	leaq .Lstring228(%rip), %rdi	# trap: kernel.ts:1601:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 1605 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 1606 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_458
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_458
	.loc 1 1607 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	movq var.jsonDecodedLength(%rip), %rdi	# jsonDecodedLength
	addq %rdi, %rax	# +
	jo .Ltrap_459
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_459
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_459
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_458:
	.loc 1 1609 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_460
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_460
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_460
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_457:
	leave
	ret
.Ltrap_459:
	leaq .Lstring229(%rip), %rdi	# trap: kernel.ts:1607:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_460:
	leaq .Lstring230(%rip), %rdi	# trap: kernel.ts:1609:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 1612 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 1613 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_462
	.loc 1 1614 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_463
.Lelse_462:
	.loc 1 1615 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_464
	.loc 1 1616 9
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
	jo .Ltrap_465
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_465
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_465
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1617 9
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
	jo .Ltrap_466
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_466
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_466
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_467
.Lelse_464:
	.loc 1 1618 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_468
	.loc 1 1619 9
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
	jo .Ltrap_469
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_469
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_469
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1620 9
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
	jo .Ltrap_470
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_470
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_470
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1621 9
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
	jo .Ltrap_471
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_471
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_471
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_472
.Lelse_468:
	.loc 1 1623 9
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
	jo .Ltrap_473
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_473
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_473
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1624 9
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
	jo .Ltrap_474
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_474
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_474
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1625 9
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
	jo .Ltrap_475
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_475
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_475
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1626 9
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
	jo .Ltrap_476
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_476
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_476
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
.Lendif_472:
.Lendif_467:
.Lendif_463:
.Lreturn_461:
	leave
	ret
.Ltrap_465:
	leaq .Lstring231(%rip), %rdi	# trap: kernel.ts:1616:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_466:
	leaq .Lstring232(%rip), %rdi	# trap: kernel.ts:1617:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_469:
	leaq .Lstring233(%rip), %rdi	# trap: kernel.ts:1619:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_470:
	leaq .Lstring234(%rip), %rdi	# trap: kernel.ts:1620:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_471:
	leaq .Lstring235(%rip), %rdi	# trap: kernel.ts:1621:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_473:
	leaq .Lstring236(%rip), %rdi	# trap: kernel.ts:1623:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_474:
	leaq .Lstring237(%rip), %rdi	# trap: kernel.ts:1624:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_475:
	leaq .Lstring238(%rip), %rdi	# trap: kernel.ts:1625:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_476:
	leaq .Lstring239(%rip), %rdi	# trap: kernel.ts:1626:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 1632 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 1633 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_478
	.loc 1 1634 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_477
.Lelse_478:
	.loc 1 1636 5
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_479
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_479
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_479
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1637 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 1638 5
	# jsonString: while (true) {
.Lwhile_480:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_481
	.loc 1 1639 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_482
	.loc 1 1640 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_477
.Lelse_482:
	.loc 1 1642 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 1643 9
	# jsonString: jsonAt = jsonAt + 1;
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
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1644 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_484
	.loc 1 1645 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_477
.Lelse_484:
	.loc 1 1647 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_485
	.loc 1 1648 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_477
.Lelse_485:
	.loc 1 1650 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_486
	.loc 1 1651 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 1652 13
	# jsonString: continue;
	jmp .Lwhile_480
.Lelse_486:
	.loc 1 1654 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_487
	.loc 1 1655 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_477
.Lelse_487:
	.loc 1 1657 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 1658 9
	# jsonString: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_488
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_488
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_488
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1659 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_490
	cmpq $92, %rax	# case 92
	je .Lcase_491
	cmpq $47, %rax	# case 47
	je .Lcase_492
	cmpq $98, %rax	# case 98
	je .Lcase_493
	cmpq $102, %rax	# case 102
	je .Lcase_494
	cmpq $110, %rax	# case 110
	je .Lcase_495
	cmpq $114, %rax	# case 114
	je .Lcase_496
	cmpq $116, %rax	# case 116
	je .Lcase_497
	cmpq $117, %rax	# case 117
	je .Lcase_498
	jmp .Lcase_499
.Lcase_490:
	.loc 1 1660 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 1660 49
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_491:
	.loc 1 1661 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 1661 49
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_492:
	.loc 1 1662 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 1662 49
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_493:
	.loc 1 1663 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 1663 48
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_494:
	.loc 1 1664 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 1664 50
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_495:
	.loc 1 1665 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 1665 50
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_496:
	.loc 1 1666 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 1666 50
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_497:
	.loc 1 1667 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 1667 49
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_498:
	.loc 1 1669 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 1670 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_500
	.loc 1 1671 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_477
.Lelse_500:
	.loc 1 1674 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_501
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_501
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_502
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_502
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_502
	cmpq $6, %rax	# compare with 6
	jl .Lelse_501
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_501
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_503
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_503
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_503
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_501
	.loc 1 1676 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 1677 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_504
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_504
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_504
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1678 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 1679 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_505
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_505
	.loc 1 1680 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq $65536, %rax
	pushq %rax
	movq -32(%rbp), %rax	# codePoint
	movq $55296, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_506
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_506
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_506
	movq $1024, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_507
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_507
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_507
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_508
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_508
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_508
	pushq %rax
	movq -48(%rbp), %rax	# low
	movq $56320, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_509
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_509
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_509
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_508
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_508
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_508
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_510
.Lelse_505:
	.loc 1 1682 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_510:
.Lelse_501:
	.loc 1 1685 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 1686 17
	# jsonString: break;
	jmp .Lendswitch_489
.Lcase_499:
	.loc 1 1689 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_477
.Lendswitch_489:
	jmp .Lwhile_480
.Lendwhile_481:
.Lreturn_477:
	leave
	ret
.Ltrap_479:
	leaq .Lstring240(%rip), %rdi	# trap: kernel.ts:1636:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_483:
	leaq .Lstring241(%rip), %rdi	# trap: kernel.ts:1643:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_488:
	leaq .Lstring242(%rip), %rdi	# trap: kernel.ts:1658:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_502:
	leaq .Lstring243(%rip), %rdi	# trap: kernel.ts:1674:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_503:
	leaq .Lstring244(%rip), %rdi	# trap: kernel.ts:1675:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_504:
	leaq .Lstring245(%rip), %rdi	# trap: kernel.ts:1677:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_506:
	leaq .Lstring246(%rip), %rdi	# trap: kernel.ts:1680:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_507:
	leaq .Lstring247(%rip), %rdi	# trap: kernel.ts:1680:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_508:
	leaq .Lstring248(%rip), %rdi	# trap: kernel.ts:1680:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_509:
	leaq .Lstring249(%rip), %rdi	# trap: kernel.ts:1680:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 1694 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1695 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 1696 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_512:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_513
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_513
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_513
	.loc 1 1697 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_514
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_514
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_514
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1698 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_515
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_515
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_515
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_512
.Lendwhile_513:
	.loc 1 1700 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_511:
	leave
	ret
.Ltrap_514:
	leaq .Lstring250(%rip), %rdi	# trap: kernel.ts:1697:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_515:
	leaq .Lstring251(%rip), %rdi	# trap: kernel.ts:1698:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 1704 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1705 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_517
	.loc 1 1706 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_518
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_518
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_518
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_517:
	.loc 1 1708 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_519
	.loc 1 1709 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_520
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_520
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_520
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_521
.Lelse_519:
	.loc 1 1710 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_522
	.loc 1 1711 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_516
.Lelse_522:
.Lendif_521:
	.loc 1 1713 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_523
	.loc 1 1714 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_524
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_524
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_524
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1715 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_525
	.loc 1 1716 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_516
.Lelse_525:
.Lelse_523:
	.loc 1 1719 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_527
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_526
.Lskip_527:
	.loc 1 1720 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_528
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_528
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_528
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1721 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_530
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_529
.Lskip_530:
	.loc 1 1722 13
	# jsonNumber: jsonAt = jsonAt + 1;
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
.Lelse_529:
	.loc 1 1724 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_532
	.loc 1 1725 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_516
.Lelse_532:
.Lelse_526:
	.loc 1 1728 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_516:
	leave
	ret
.Ltrap_518:
	leaq .Lstring252(%rip), %rdi	# trap: kernel.ts:1706:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_520:
	leaq .Lstring253(%rip), %rdi	# trap: kernel.ts:1709:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_524:
	leaq .Lstring254(%rip), %rdi	# trap: kernel.ts:1714:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_528:
	leaq .Lstring255(%rip), %rdi	# trap: kernel.ts:1720:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_531:
	leaq .Lstring256(%rip), %rdi	# trap: kernel.ts:1722:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 1731 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 1732 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_536
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_536
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_536
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_535
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_534
.Lskip_535:
	.loc 1 1733 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_533
.Lelse_534:
	.loc 1 1735 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_537
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_537
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_537
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1736 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_533:
	leave
	ret
.Ltrap_536:
	leaq .Lstring257(%rip), %rdi	# trap: kernel.ts:1732:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_537:
	leaq .Lstring258(%rip), %rdi	# trap: kernel.ts:1735:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 1740 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 1741 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_539
	.loc 1 1742 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_538
.Lelse_539:
	.loc 1 1744 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1745 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 1746 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_540
	.loc 1 1747 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_538
.Lelse_540:
	.loc 1 1749 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_542
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_541
.Lskip_542:
	.loc 1 1750 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_543
	movq $125, %rax
	jmp .Lendcond_544
.Lelse_543:
	movq $93, %rax
.Lendcond_544:
	movq %rax, -24(%rbp)	# closer
	.loc 1 1751 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_545
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_545
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_545
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1752 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1753 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_546
	.loc 1 1754 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_547
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_547
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_547
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1755 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_538
.Lelse_546:
	.loc 1 1757 9
	# jsonSkipValue: while (true) {
.Lwhile_548:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_549
	.loc 1 1758 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_550
	.loc 1 1759 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1760 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_551
	.loc 1 1761 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_538
.Lelse_551:
	.loc 1 1763 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1764 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_552
	.loc 1 1765 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_538
.Lelse_552:
	.loc 1 1767 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_553
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_553
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_553
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_550:
	.loc 1 1769 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_555
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_555
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_555
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_554
	.loc 1 1770 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_538
.Lelse_554:
	.loc 1 1772 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1773 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 1774 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
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
	.loc 1 1775 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_557
	.loc 1 1776 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_538
.Lelse_557:
	.loc 1 1778 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_558
	.loc 1 1779 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_538
.Lelse_558:
	jmp .Lwhile_548
.Lendwhile_549:
.Lelse_541:
	.loc 1 1783 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_559
	.loc 1 1784 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring259(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_538
.Lelse_559:
	.loc 1 1786 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_560
	.loc 1 1787 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring260(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_538
.Lelse_560:
	.loc 1 1789 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_561
	.loc 1 1790 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring261(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_538
.Lelse_561:
	.loc 1 1792 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_538:
	leave
	ret
.Ltrap_545:
	leaq .Lstring262(%rip), %rdi	# trap: kernel.ts:1751:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_547:
	leaq .Lstring263(%rip), %rdi	# trap: kernel.ts:1754:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_553:
	leaq .Lstring264(%rip), %rdi	# trap: kernel.ts:1767:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_555:
	leaq .Lstring265(%rip), %rdi	# trap: kernel.ts:1769:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_556:
	leaq .Lstring266(%rip), %rdi	# trap: kernel.ts:1774:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 1796 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 1797 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1798 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_563
	.loc 1 1799 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_564
	.loc 1 1800 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_562
.Lelse_564:
	.loc 1 1802 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 1803 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_562
.Lelse_563:
	.loc 1 1805 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_565
	.loc 1 1806 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_562
.Lelse_565:
	.loc 1 1808 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_562:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function readJsonCommand()
	.type fn.readJsonCommand,@function
fn.readJsonCommand:
	.loc 1 1813 1
	# readJsonCommand: function readJsonCommand(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1814 5
	# readJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1815 5
	# readJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq var.commandLength(%rip), %rdi	# commandLength
	addq %rdi, %rax	# +
	jo .Ltrap_567
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_567
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_567
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 1816 5
	# readJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 1817 5
	# readJsonCommand: jsonWhenLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	.loc 1 1818 5
	# readJsonCommand: jsonAckLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	.loc 1 1819 5
	# readJsonCommand: jsonActionLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	.loc 1 1820 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1821 5
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_568
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_568
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_568
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1822 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1823 5
	# readJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_569
	.loc 1 1824 9
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_570
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_570
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_570
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_571
.Lelse_569:
	.loc 1 1826 9
	# readJsonCommand: while (jsonError === 0) {
.Lwhile_572:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_573
	.loc 1 1827 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1828 13
	# readJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_574
	.loc 1 1829 17
	# readJsonCommand: break;
	jmp .Lendwhile_573
.Lelse_574:
	.loc 1 1831 13
	# readJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -8(%rbp)	# keyLength
	.loc 1 1832 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1833 13
	# readJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_575
	.loc 1 1834 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 1835 17
	# readJsonCommand: break;
	jmp .Lendwhile_573
.Lelse_575:
	.loc 1 1837 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_576
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_576
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_576
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1838 13
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring267(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_577
	.loc 1 1839 17
	# readJsonCommand: jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	jmp .Lendif_578
.Lelse_577:
	.loc 1 1840 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring268(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_579
	.loc 1 1841 17
	# readJsonCommand: jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	jmp .Lendif_580
.Lelse_579:
	.loc 1 1842 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring269(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_581
	.loc 1 1843 17
	# readJsonCommand: jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRI...
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	jmp .Lendif_582
.Lelse_581:
	.loc 1 1845 17
	# readJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_582:
.Lendif_580:
.Lendif_578:
	.loc 1 1847 13
	# readJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_583
	.loc 1 1848 17
	# readJsonCommand: break;
	jmp .Lendwhile_573
.Lelse_583:
	.loc 1 1850 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1851 13
	# readJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# next
	.loc 1 1852 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_584
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_584
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_584
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1853 13
	# readJsonCommand: if (next === 125) {
	movq -16(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_585
	.loc 1 1854 17
	# readJsonCommand: break;
	jmp .Lendwhile_573
.Lelse_585:
	.loc 1 1856 13
	# readJsonCommand: if (next !== 44) {
	movq -16(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_586
	.loc 1 1857 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_586:
	jmp .Lwhile_572
.Lendwhile_573:
.Lendif_571:
	.loc 1 1861 5
	# readJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_587
	.loc 1 1862 9
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1863 9
	# readJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_588
	.loc 1 1864 13
	# readJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_588:
.Lelse_587:
	.loc 1 1867 5
	# readJsonCommand: if (jsonError === 0 && jsonWhenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_589
	movq var.jsonWhenLength(%rip), %rax	# jsonWhenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_589
	.loc 1 1868 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_589:
	.loc 1 1870 5
	# readJsonCommand: if (jsonError === 0 && jsonAckLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_590
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_590
	.loc 1 1871 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_590:
	.loc 1 1873 5
	# readJsonCommand: if (jsonError === 0 && jsonActionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_591
	movq var.jsonActionLength(%rip), %rax	# jsonActionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_591
	.loc 1 1874 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_591:
	.loc 1 1876 5
	# readJsonCommand: return jsonError;
	movq var.jsonError(%rip), %rax	# jsonError
.Lreturn_566:
	leave
	ret
.Ltrap_567:
	leaq .Lstring270(%rip), %rdi	# trap: kernel.ts:1815:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_568:
	leaq .Lstring271(%rip), %rdi	# trap: kernel.ts:1821:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_570:
	leaq .Lstring272(%rip), %rdi	# trap: kernel.ts:1824:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_576:
	leaq .Lstring273(%rip), %rdi	# trap: kernel.ts:1837:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_584:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:1852:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readJsonCommand, .-fn.readJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 1933 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 1934 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_593:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_595
	.loc 1 1935 9
	# clearWords: store64(address + i * 8, 0);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# i
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
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_594:
	.loc 1 1934 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_598
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_598
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_593
.Lendfor_595:
.Lreturn_592:
	leave
	ret
.Ltrap_596:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:1935:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_597:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:1935:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_598:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:1934:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 1941 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1942 5
	# publishFrameListTree: const p2mPages = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - 1) ...
	movq var.domainPages(%rip), %rax	# domainPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_601
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_601
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_601
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_601
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_601
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_601
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_600
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_600
	subq $1, %rax	# then the floor is one below
.Lfloored_600:
	movq %rax, -8(%rbp)	# p2mPages
	.loc 1 1943 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -8(%rbp), %rax	# p2mPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_603
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_603
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_603
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_603
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_603
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_603
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_602
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_602
	subq $1, %rax	# then the floor is one below
.Lfloored_602:
	movq %rax, -16(%rbp)	# frameListCount
	.loc 1 1944 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -16(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_604
	.loc 1 1945 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring278(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 1946 9
	# publishFrameListTree: printDecimal(domainPages);
	movq var.domainPages(%rip), %rdi	# domainPages
	call fn.printDecimal
	.loc 1 1947 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring279(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 1948 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_599
.Lelse_604:
	.loc 1 1950 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 1951 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -16(%rbp), %rax	# frameListCount
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_605
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_605
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_605
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 1952 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# page
.Lfor_606:
	movq -24(%rbp), %rax	# page
	movq -8(%rbp), %rdi	# p2mPages
	cmpq %rdi, %rax
	jge .Lendfor_608
	.loc 1 1953 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(mfnList + page * PAGE_S...
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_609
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_609
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_609
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_610
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_610
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_610
	pushq %rax
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_611
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_611
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_611
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_612
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_612
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_612
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_607:
	.loc 1 1952 41
	# publishFrameListTree: page++
	movq -24(%rbp), %rax	# page
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_613
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_613
	movq %rax, -24(%rbp)	# page =
	jmp .Lfor_606
.Lendfor_608:
	.loc 1 1955 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# list
.Lfor_614:
	movq -32(%rbp), %rax	# list
	movq -16(%rbp), %rdi	# frameListCount
	cmpq %rdi, %rax
	jge .Lendfor_616
	.loc 1 1956 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	leaq buf.frameListList(%rip), %rax	# frameListList
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_617
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_617
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_617
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_618
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_618
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_618
	pushq %rax
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_619
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_619
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_619
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_620
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_620
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_620
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_615:
	.loc 1 1955 47
	# publishFrameListTree: list++
	movq -32(%rbp), %rax	# list
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_621
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_621
	movq %rax, -32(%rbp)	# list =
	jmp .Lfor_614
.Lendfor_616:
	.loc 1 1958 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, domainPages);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3088, %rdi	# SHARED_INFO_ARCH_MAX_PFN
	addq %rdi, %rax	# +
	jo .Ltrap_622
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_622
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_622
	movq %rax, %rdi
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1959 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1960 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3096, %rdi	# SHARED_INFO_ARCH_FRAME_LIST_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_623
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_623
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_623
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1961 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_599:
	leave
	ret
.Ltrap_601:
	leaq .Lstring280(%rip), %rdi	# trap: kernel.ts:1942:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_603:
	leaq .Lstring281(%rip), %rdi	# trap: kernel.ts:1943:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_605:
	leaq .Lstring282(%rip), %rdi	# trap: kernel.ts:1951:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_609:
	leaq .Lstring283(%rip), %rdi	# trap: kernel.ts:1953:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_610:
	leaq .Lstring284(%rip), %rdi	# trap: kernel.ts:1953:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_611:
	leaq .Lstring285(%rip), %rdi	# trap: kernel.ts:1953:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_612:
	leaq .Lstring286(%rip), %rdi	# trap: kernel.ts:1953:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_613:
	leaq .Lstring287(%rip), %rdi	# trap: kernel.ts:1952:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_617:
	leaq .Lstring288(%rip), %rdi	# trap: kernel.ts:1956:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_618:
	leaq .Lstring289(%rip), %rdi	# trap: kernel.ts:1956:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_619:
	leaq .Lstring290(%rip), %rdi	# trap: kernel.ts:1956:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_620:
	leaq .Lstring291(%rip), %rdi	# trap: kernel.ts:1956:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_621:
	leaq .Lstring292(%rip), %rdi	# trap: kernel.ts:1955:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_622:
	leaq .Lstring293(%rip), %rdi	# trap: kernel.ts:1958:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_623:
	leaq .Lstring294(%rip), %rdi	# trap: kernel.ts:1960:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 1964 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1965 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 1966 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_625
	.loc 1 1967 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_625:
	.loc 1 1969 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_624:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 1972 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1973 5
	# suspendDomain: if (!publishFrameListTree()) {
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_627
	.loc 1 1974 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring295(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 1975 9
	# suspendDomain: return;
	jmp .Lreturn_626
.Lelse_627:
	.loc 1 1977 5
	# suspendDomain: log("suspending");
	leaq .Lstring296(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 1978 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 1981 5
	# suspendDomain: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 1982 5
	# suspendDomain: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_628
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_628
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_628
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_629
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_629
	subq $1, %rax	# then the floor is one below
.Lfloored_629:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1983 5
	# suspendDomain: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_630
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_630
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_630
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_631
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_631
	subq $1, %rax	# then the floor is one below
.Lfloored_631:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1984 5
	# suspendDomain: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 1985 5
	# suspendDomain: let result = unmapResult;
	movq -16(%rbp), %rax	# unmapResult
	movq %rax, -24(%rbp)	# result
	.loc 1 1986 5
	# suspendDomain: if (unmapResult === 0) {
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_632
	.loc 1 1987 9
	# suspendDomain: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1988 9
	# suspendDomain: result = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArg...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
	movq %rax, -24(%rbp)	# result =
.Lelse_632:
	.loc 1 1990 5
	# suspendDomain: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_633
	.loc 1 1991 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 1992 9
	# suspendDomain: return;
	jmp .Lreturn_626
.Lelse_633:
	.loc 1 1997 5
	# suspendDomain: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_634
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_634
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_634
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1998 5
	# suspendDomain: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_635
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_635
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_635
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1999 5
	# suspendDomain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_636
	.loc 1 2000 9
	# suspendDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_636:
	.loc 1 2002 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 2003 5
	# suspendDomain: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2004 5
	# suspendDomain: if (result === 1) {
	movq -24(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_637
	.loc 1 2005 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring297(%rip), %rdi	# "suspend cancelled"
	call fn.log
	jmp .Lendif_638
.Lelse_637:
	.loc 1 2007 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring298(%rip), %rdi	# "suspend failed: error "
	movq -24(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_638:
.Lreturn_626:
	leave
	ret
.Ltrap_628:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:1982:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_630:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:1983:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_634:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:1997:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_635:
	leaq .Lstring302(%rip), %rdi	# trap: kernel.ts:1998:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 2016 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2017 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 2018 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_640
	.loc 1 2019 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring303(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 2020 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 2021 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_640:
	.loc 1 2023 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $1, %rdi	# VCPU0_UPCALL_MASK
	addq %rdi, %rax	# +
	jo .Ltrap_641
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_641
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_641
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_639:
	leave
	ret
.Ltrap_641:
	leaq .Lstring304(%rip), %rdi	# trap: kernel.ts:2023:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 2026 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2027 5
	# resumeInNewDomain: readStartInfo();
	call fn.readStartInfo
	.loc 1 2028 5
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2029 5
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 2030 5
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2031 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 2034 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2035 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2036 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 2037 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 2038 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring305(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 2039 5
	# resumeInNewDomain: connectControlKeys();
	call fn.connectControlKeys
.Lreturn_642:
	leave
	ret
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 2051 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 2052 5
	# performAction: print("action: ");
	leaq .Lstring306(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 2053 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2054 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_645
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_646
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_647
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_648
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_649
	jmp .Lcase_650
.Lcase_645:
.Lcase_646:
	.loc 1 2057 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2058 13
	# performAction: shutdownForever(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.shutdownForever
	.loc 1 2059 13
	# performAction: break;
	jmp .Lendswitch_644
.Lcase_647:
	.loc 1 2061 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2062 13
	# performAction: shutdownForever(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.shutdownForever
	.loc 1 2063 13
	# performAction: break;
	jmp .Lendswitch_644
.Lcase_648:
	.loc 1 2065 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2066 13
	# performAction: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
	.loc 1 2067 13
	# performAction: break;
	jmp .Lendswitch_644
.Lcase_649:
	.loc 1 2069 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 2070 13
	# performAction: break;
	jmp .Lendswitch_644
.Lcase_650:
	.loc 1 2072 13
	# performAction: break;
	jmp .Lendswitch_644
.Lendswitch_644:
.Lreturn_643:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function checkHypercallPage()
	.type fn.checkHypercallPage,@function
fn.checkHypercallPage:
	.loc 1 2106 1
	# checkHypercallPage: function checkHypercallPage(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2107 5
	# checkHypercallPage: if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	je .Lelse_652
	.loc 1 2108 9
	# checkHypercallPage: return;
	jmp .Lreturn_651
.Lelse_652:
	.loc 1 2110 5
	# checkHypercallPage: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 2111 5
	# checkHypercallPage: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring307(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 2112 5
	# checkHypercallPage: while (true) {
.Lwhile_653:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_654
	.loc 1 2113 9
	# checkHypercallPage: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_653
.Lendwhile_654:
.Lreturn_651:
	leave
	ret
	.size fn.checkHypercallPage, .-fn.checkHypercallPage

# function checkStartInfoMagic()
	.type fn.checkStartInfoMagic,@function
fn.checkStartInfoMagic:
	.loc 1 2117 1
	# checkStartInfoMagic: function checkStartInfoMagic(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2118 5
	# checkStartInfoMagic: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $0, %rdi	# START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_657
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_657
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_657
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring308(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_656
	.loc 1 2119 9
	# checkStartInfoMagic: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring309(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_656:
.Lreturn_655:
	leave
	ret
.Ltrap_657:
	leaq .Lstring310(%rip), %rdi	# trap: kernel.ts:2118:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.checkStartInfoMagic, .-fn.checkStartInfoMagic

# function decimalFromBytes(address, length)
	.type fn.decimalFromBytes,@function
fn.decimalFromBytes:
	.loc 1 2124 1
	# decimalFromBytes: function decimalFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 2125 5
	# decimalFromBytes: if (length === 0 || length > 9) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_660
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_659
.Lskip_660:
	.loc 1 2126 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_658
.Lelse_659:
	.loc 1 2128 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 2129 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_661:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_663
	.loc 1 2130 9
	# decimalFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_664
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_664
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_664
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 2131 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_666
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_665
.Lskip_666:
	.loc 1 2132 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_658
.Lelse_665:
	.loc 1 2134 9
	# decimalFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	movq $10, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_667
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_667
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_667
	pushq %rax
	movq -40(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_668
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_668
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_668
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_667
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_667
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_667
	movq %rax, -24(%rbp)	# value =
.Lfornext_662:
	.loc 1 2129 33
	# decimalFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_669
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_669
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_661
.Lendfor_663:
	.loc 1 2136 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_658:
	leave
	ret
.Ltrap_664:
	leaq .Lstring311(%rip), %rdi	# trap: kernel.ts:2130:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_667:
	leaq .Lstring312(%rip), %rdi	# trap: kernel.ts:2134:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_668:
	leaq .Lstring313(%rip), %rdi	# trap: kernel.ts:2134:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_669:
	leaq .Lstring314(%rip), %rdi	# trap: kernel.ts:2129:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalFromBytes, .-fn.decimalFromBytes

# function printTerminated(address, limit)
	.type fn.printTerminated,@function
fn.printTerminated:
	.loc 1 2140 1
	# printTerminated: function printTerminated(address: number, limit: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter limit
	.loc 1 2141 5
	# printTerminated: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_671:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# limit
	cmpq %rdi, %rax
	jge .Lendfor_673
	.loc 1 2142 9
	# printTerminated: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_674
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_674
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_674
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -32(%rbp)	# byte
	.loc 1 2143 9
	# printTerminated: if (byte === 0) {
	movq -32(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_675
	.loc 1 2144 13
	# printTerminated: return;
	jmp .Lreturn_670
.Lelse_675:
	.loc 1 2146 9
	# printTerminated: printEscapedByte(byte);
	movq -32(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_672:
	.loc 1 2141 32
	# printTerminated: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_676
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_676
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_671
.Lendfor_673:
.Lreturn_670:
	leave
	ret
.Ltrap_674:
	leaq .Lstring315(%rip), %rdi	# trap: kernel.ts:2142:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_676:
	leaq .Lstring316(%rip), %rdi	# trap: kernel.ts:2141:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printTerminated, .-fn.printTerminated

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 2154 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2155 5
	# printBanner: const domidLength = storeRead("domid");
	leaq .Lstring317(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# domidLength
	.loc 1 2156 5
	# printBanner: if (domidLength >= 0) {
	movq -8(%rbp), %rax	# domidLength
	cmpq $0, %rax	# compare with 0
	jl .Lelse_678
	.loc 1 2157 9
	# printBanner: domainId = decimalFromBytes(storeReply, domidLength);
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# domidLength
	call fn.decimalFromBytes
	movq %rax, var.domainId(%rip)	# domainId =
.Lelse_678:
	.loc 1 2159 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring318(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 2160 5
	# printBanner: printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rdi
	movq $32, %rsi	# VERSION_BYTES_MAX
	call fn.printTerminated
	.loc 1 2161 5
	# printBanner: print(", domid ");
	leaq .Lstring319(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 2162 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_679
	.loc 1 2163 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_680
.Lelse_679:
	.loc 1 2165 9
	# printBanner: print("unknown");
	leaq .Lstring320(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_680:
	.loc 1 2167 5
	# printBanner: print(", memory ");
	leaq .Lstring321(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 2168 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	movq $256, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_681
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_681
	subq $1, %rax	# then the floor is one below
.Lfloored_681:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 2169 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring322(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 2170 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -16(%rbp)	# version
	.loc 1 2171 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -16(%rbp), %rax	# version
	movq $65536, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_682
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_682
	subq $1, %rax	# then the floor is one below
.Lfloored_682:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 2172 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 2173 5
	# printBanner: printDecimal(version & 0xffff);
	movq -16(%rbp), %rax	# version
	movq $65535, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 2174 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_683:
	movq -24(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_685
	.loc 1 2175 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_686
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_686
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_686
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_684:
	.loc 1 2174 56
	# printBanner: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_687
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_687
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_683
.Lendfor_685:
	.loc 1 2177 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_688
	.loc 1 2178 9
	# printBanner: printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
	leaq buf.xenExtraVersion(%rip), %rdi	# xenExtraVersion
	movq $16, %rsi	# XENVER_EXTRAVERSION_BYTES
	call fn.printTerminated
.Lelse_688:
	.loc 1 2180 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_677:
	leave
	ret
.Ltrap_686:
	leaq .Lstring323(%rip), %rdi	# trap: kernel.ts:2175:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_687:
	leaq .Lstring324(%rip), %rdi	# trap: kernel.ts:2174:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 2183 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2184 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_690
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_690
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_690
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 2185 5
	# tick: print("domain ");
	leaq .Lstring325(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 2186 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 2187 5
	# tick: print(" tick ");
	leaq .Lstring326(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 2188 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 2189 5
	# tick: endLine();
	call fn.endLine
	.loc 1 2190 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_691
	.loc 1 2191 9
	# tick: print("override ");
	leaq .Lstring182(%rip), %rdi	# "override "
	call fn.print
	.loc 1 2192 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 2193 9
	# tick: log(" is active");
	leaq .Lstring327(%rip), %rdi	# " is active"
	call fn.log
.Lelse_691:
.Lreturn_689:
	leave
	ret
.Ltrap_690:
	leaq .Lstring328(%rip), %rdi	# trap: kernel.ts:2184:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 2201 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2202 5
	# mainLoop: while (true) {
.Lwhile_693:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_694
	.loc 1 2203 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 2204 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 2205 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired) {
.Lwhile_695:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_697
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lendwhile_696
.Lskip_697:
	.loc 1 2206 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 2207 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_698
	.loc 1 2208 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2209 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_698:
	.loc 1 2211 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_699
	.loc 1 2212 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2213 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_699:
	jmp .Lwhile_695
.Lendwhile_696:
	.loc 1 2216 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_700
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_700
	.loc 1 2217 13
	# mainLoop: print("console: ");
	leaq .Lstring329(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 2218 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 2219 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring330(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 2220 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_700:
	.loc 1 2222 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_701:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_702
	.loc 1 2223 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_703
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_703
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_703
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 2224 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 2225 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_701
.Lendwhile_702:
	.loc 1 2227 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_704
	.loc 1 2228 13
	# mainLoop: continue;
	jmp .Lwhile_693
.Lelse_704:
	.loc 1 2230 9
	# mainLoop: waitOnPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	jmp .Lwhile_693
.Lendwhile_694:
.Lreturn_692:
	leave
	ret
.Ltrap_703:
	leaq .Lstring331(%rip), %rdi	# trap: kernel.ts:2223:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(startInfoAddress), exported
	.globl main
	.type main,@function
main:
	.loc 1 2234 1
	# main: export function main(startInfoAddress: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoAddress
	.loc 1 2235 5
	# main: startInfo = startInfoAddress;
	movq -8(%rbp), %rax	# startInfoAddress
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 2236 5
	# main: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $104, %rdi	# START_INFO_MFN_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_706
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_706
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_706
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_707
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_707
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 2237 5
	# main: readStartInfo();
	call fn.readStartInfo
	.loc 1 2238 5
	# main: checkHypercallPage();
	call fn.checkHypercallPage
	.loc 1 2239 5
	# main: checkStartInfoMagic();
	call fn.checkStartInfoMagic
	.loc 1 2240 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2241 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 2242 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 2243 5
	# main: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2244 5
	# main: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 2245 5
	# main: log("ready");
	leaq .Lstring332(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 2246 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_705:
	leave
	ret
.Ltrap_706:
	leaq .Lstring333(%rip), %rdi	# trap: kernel.ts:2236:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_707:
	leaq .Lstring334(%rip), %rdi	# trap: kernel.ts:2236:15: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 2254 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 2255 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_709
	.loc 1 2256 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 2257 9
	# trap: print("trap: ");
	leaq .Lstring335(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 2258 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 2259 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_709:
	.loc 1 2261 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_708:
	leave
	ret
	.size trap, .-trap

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "kernel.ts:163:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:163:29: integer result outside the exact range"
	.balign 8
.Lstring1:	# "kernel.ts:163:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:163:19: integer result outside the exact range"
	.balign 8
.Lstring2:	# "kernel.ts:163:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:163:12: load64 value outside the exact range"
	.balign 8
.Lstring3:	# "kernel.ts:169:12: machineToPhys value outside the exact range"
	.quad 61
	.ascii "kernel.ts:169:12: machineToPhys value outside the exact range"
	.balign 8
.Lstring4:	# "kernel.ts:169:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:169:12: integer result outside the exact range"
	.balign 8
.Lstring5:	# "kernel.ts:175:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:175:26: integer result outside the exact range"
	.balign 8
.Lstring6:	# "kernel.ts:175:19: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:175:19: load64 value outside the exact range"
	.balign 8
.Lstring7:	# "kernel.ts:176:48: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:176:48: integer result outside the exact range"
	.balign 8
.Lstring8:	# "kernel.ts:176:41: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:176:41: load64 value outside the exact range"
	.balign 8
.Lstring9:	# "kernel.ts:177:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:177:26: integer result outside the exact range"
	.balign 8
.Lstring10:	# "kernel.ts:178:46: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:178:46: integer result outside the exact range"
	.balign 8
.Lstring11:	# "kernel.ts:178:39: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:178:39: load64 value outside the exact range"
	.balign 8
.Lstring12:	# "kernel.ts:179:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:179:24: integer result outside the exact range"
	.balign 8
.Lstring13:	# "kernel.ts:245:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:245:13: integer result outside the exact range"
	.balign 8
.Lstring14:	# "kernel.ts:246:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:246:13: integer result outside the exact range"
	.balign 8
.Lstring15:	# "kernel.ts:247:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:247:13: integer result outside the exact range"
	.balign 8
.Lstring16:	# "kernel.ts:253:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:253:9: integer result outside the exact range"
	.balign 8
.Lstring17:	# "kernel.ts:275:51: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:275:51: integer result outside the exact range"
	.balign 8
.Lstring18:	# "kernel.ts:275:44: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:275:44: load64 value outside the exact range"
	.balign 8
.Lstring19:	# "kernel.ts:315:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:315:32: integer result outside the exact range"
	.balign 8
.Lstring20:	# "kernel.ts:317:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:317:32: integer result outside the exact range"
	.balign 8
.Lstring21:	# "kernel.ts:318:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:318:33: integer result outside the exact range"
	.balign 8
.Lstring22:	# "kernel.ts:320:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:320:43: integer result outside the exact range"
	.balign 8
.Lstring23:	# "kernel.ts:328:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:328:23: integer result outside the exact range"
	.balign 8
.Lstring24:	# "kernel.ts:330:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:330:27: integer result outside the exact range"
	.balign 8
.Lstring25:	# "kernel.ts:331:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:331:28: integer result outside the exact range"
	.balign 8
.Lstring26:	# "kernel.ts:353:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:353:24: integer result outside the exact range"
	.balign 8
.Lstring27:	# "kernel.ts:355:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:355:9: integer result outside the exact range"
	.balign 8
.Lstring28:	# "kernel.ts:355:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:355:40: integer result outside the exact range"
	.balign 8
.Lstring29:	# "kernel.ts:380:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:380:28: integer result outside the exact range"
	.balign 8
.Lstring30:	# "kernel.ts:385:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:385:24: integer result outside the exact range"
	.balign 8
.Lstring31:	# "kernel.ts:417:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:417:17: integer result outside the exact range"
	.balign 8
.Lstring32:	# "kernel.ts:464:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:464:29: integer result outside the exact range"
	.balign 8
.Lstring33:	# "kernel.ts:465:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:465:29: integer result outside the exact range"
	.balign 8
.Lstring34:	# "kernel.ts:467:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:467:21: integer result outside the exact range"
	.balign 8
.Lstring35:	# "kernel.ts:486:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:486:35: integer result outside the exact range"
	.balign 8
.Lstring36:	# "kernel.ts:490:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:490:37: integer result outside the exact range"
	.balign 8
.Lstring37:	# "kernel.ts:491:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:491:20: integer result outside the exact range"
	.balign 8
.Lstring38:	# "kernel.ts:491:61: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:491:61: integer result outside the exact range"
	.balign 8
.Lstring39:	# "kernel.ts:493:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:493:21: integer result outside the exact range"
	.balign 8
.Lstring40:	# "kernel.ts:493:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:493:54: integer result outside the exact range"
	.balign 8
.Lstring41:	# "kernel.ts:498:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:498:35: integer result outside the exact range"
	.balign 8
.Lstring42:	# "kernel.ts:503:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:503:26: integer result outside the exact range"
	.balign 8
.Lstring43:	# "kernel.ts:542:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:542:26: integer result outside the exact range"
	.balign 8
.Lstring44:	# "kernel.ts:545:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:545:26: integer result outside the exact range"
	.balign 8
.Lstring45:	# "kernel.ts:564:20: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:564:20: charCodeAt index out of range"
	.balign 8
.Lstring46:	# "kernel.ts:563:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:563:38: integer result outside the exact range"
	.balign 8
.Lstring47:	# "kernel.ts:582:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:582:16: integer result outside the exact range"
	.balign 8
.Lstring48:	# "kernel.ts:586:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:586:26: integer result outside the exact range"
	.balign 8
.Lstring49:	# "kernel.ts:586:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:586:40: integer result outside the exact range"
	.balign 8
.Lstring50:	# "\\n"
	.quad 2
	.ascii "\\n"
	.balign 8
.Lstring51:	# "\\r"
	.quad 2
	.ascii "\\r"
	.balign 8
.Lstring52:	# "\\t"
	.quad 2
	.ascii "\\t"
	.balign 8
.Lstring53:	# "\\x"
	.quad 2
	.ascii "\\x"
	.balign 8
.Lstring54:	# "...\" ("
	.quad 6
	.ascii "...\" ("
	.balign 8
.Lstring55:	# " bytes)"
	.quad 7
	.ascii " bytes)"
	.balign 8
.Lstring56:	# "kernel.ts:613:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:613:32: integer result outside the exact range"
	.balign 8
.Lstring57:	# "kernel.ts:612:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:612:32: integer result outside the exact range"
	.balign 8
.Lstring58:	# "kernel.ts:632:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:632:16: integer result outside the exact range"
	.balign 8
.Lstring59:	# "kernel.ts:632:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:632:39: integer result outside the exact range"
	.balign 8
.Lstring60:	# "kernel.ts:631:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:631:33: integer result outside the exact range"
	.balign 8
.Lstring61:	# "kernel.ts:642:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:642:19: integer result outside the exact range"
	.balign 8
.Lstring62:	# "kernel.ts:642:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:642:36: charCodeAt index out of range"
	.balign 8
.Lstring63:	# "kernel.ts:641:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:641:33: integer result outside the exact range"
	.balign 8
.Lstring64:	# "kernel.ts:652:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:652:19: integer result outside the exact range"
	.balign 8
.Lstring65:	# "kernel.ts:652:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:652:40: integer result outside the exact range"
	.balign 8
.Lstring66:	# "kernel.ts:651:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:651:33: integer result outside the exact range"
	.balign 8
.Lstring67:	# "EINVAL"
	.quad 6
	.ascii "EINVAL"
	.balign 8
.Lstring68:	# "EACCES"
	.quad 6
	.ascii "EACCES"
	.balign 8
.Lstring69:	# "EEXIST"
	.quad 6
	.ascii "EEXIST"
	.balign 8
.Lstring70:	# "EISDIR"
	.quad 6
	.ascii "EISDIR"
	.balign 8
.Lstring71:	# "ENOENT"
	.quad 6
	.ascii "ENOENT"
	.balign 8
.Lstring72:	# "ENOMEM"
	.quad 6
	.ascii "ENOMEM"
	.balign 8
.Lstring73:	# "ENOSPC"
	.quad 6
	.ascii "ENOSPC"
	.balign 8
.Lstring74:	# "EIO"
	.quad 3
	.ascii "EIO"
	.balign 8
.Lstring75:	# "ENOTEMPTY"
	.quad 9
	.ascii "ENOTEMPTY"
	.balign 8
.Lstring76:	# "ENOSYS"
	.quad 6
	.ascii "ENOSYS"
	.balign 8
.Lstring77:	# "EROFS"
	.quad 5
	.ascii "EROFS"
	.balign 8
.Lstring78:	# "EBUSY"
	.quad 5
	.ascii "EBUSY"
	.balign 8
.Lstring79:	# "EAGAIN"
	.quad 6
	.ascii "EAGAIN"
	.balign 8
.Lstring80:	# "EISCONN"
	.quad 7
	.ascii "EISCONN"
	.balign 8
.Lstring81:	# "E2BIG"
	.quad 5
	.ascii "E2BIG"
	.balign 8
.Lstring82:	# "EPERM"
	.quad 5
	.ascii "EPERM"
	.balign 8
.Lstring83:	# "protocol error"
	.quad 14
	.ascii "protocol error"
	.balign 8
.Lstring84:	# "no reply"
	.quad 8
	.ascii "no reply"
	.balign 8
.Lstring85:	# "unknown error"
	.quad 13
	.ascii "unknown error"
	.balign 8
.Lstring86:	# "kernel.ts:782:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:782:44: integer result outside the exact range"
	.balign 8
.Lstring87:	# "kernel.ts:782:74: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:782:74: integer result outside the exact range"
	.balign 8
.Lstring88:	# "kernel.ts:783:52: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:783:52: integer result outside the exact range"
	.balign 8
.Lstring89:	# "kernel.ts:811:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:811:13: integer result outside the exact range"
	.balign 8
.Lstring90:	# "kernel.ts:821:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:821:12: integer result outside the exact range"
	.balign 8
.Lstring91:	# "kernel.ts:822:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:822:26: integer result outside the exact range"
	.balign 8
.Lstring92:	# "kernel.ts:828:27: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:828:27: charCodeAt index out of range"
	.balign 8
.Lstring93:	# "kernel.ts:827:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:827:38: integer result outside the exact range"
	.balign 8
.Lstring94:	# "kernel.ts:840:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:840:33: integer result outside the exact range"
	.balign 8
.Lstring95:	# "kernel.ts:839:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:839:33: integer result outside the exact range"
	.balign 8
.Lstring96:	# "xenstore: request ring indexes make no sense (prod "
	.quad 51
	.ascii "xenstore: request ring indexes make no sense (prod "
	.balign 8
.Lstring97:	# ", cons "
	.quad 7
	.ascii ", cons "
	.balign 8
.Lstring98:	# "); request dropped"
	.quad 18
	.ascii "); request dropped"
	.balign 8
.Lstring99:	# "kernel.ts:846:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:846:29: integer result outside the exact range"
	.balign 8
.Lstring100:	# "kernel.ts:847:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:847:29: integer result outside the exact range"
	.balign 8
.Lstring101:	# "kernel.ts:849:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:849:23: integer result outside the exact range"
	.balign 8
.Lstring102:	# "kernel.ts:858:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:858:12: integer result outside the exact range"
	.balign 8
.Lstring103:	# "kernel.ts:865:42: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:865:42: integer result outside the exact range"
	.balign 8
.Lstring104:	# "kernel.ts:865:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:865:17: integer result outside the exact range"
	.balign 8
.Lstring105:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring106:	# "kernel.ts:889:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:889:31: integer result outside the exact range"
	.balign 8
.Lstring107:	# "kernel.ts:897:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:897:33: integer result outside the exact range"
	.balign 8
.Lstring108:	# "kernel.ts:898:50: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:898:50: integer result outside the exact range"
	.balign 8
.Lstring109:	# "kernel.ts:899:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:899:20: integer result outside the exact range"
	.balign 8
.Lstring110:	# "kernel.ts:899:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:899:54: integer result outside the exact range"
	.balign 8
.Lstring111:	# "kernel.ts:900:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:900:23: integer result outside the exact range"
	.balign 8
.Lstring112:	# "kernel.ts:902:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:902:17: integer result outside the exact range"
	.balign 8
.Lstring113:	# "kernel.ts:902:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:902:43: integer result outside the exact range"
	.balign 8
.Lstring114:	# "kernel.ts:903:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:903:16: integer result outside the exact range"
	.balign 8
.Lstring115:	# "kernel.ts:918:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:918:29: integer result outside the exact range"
	.balign 8
.Lstring116:	# "kernel.ts:920:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:920:13: integer result outside the exact range"
	.balign 8
.Lstring117:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring118:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring119:	# "kernel.ts:926:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:926:29: integer result outside the exact range"
	.balign 8
.Lstring120:	# "kernel.ts:927:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:927:29: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:929:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:929:24: integer result outside the exact range"
	.balign 8
.Lstring122:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring123:	# "kernel.ts:953:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:953:31: integer result outside the exact range"
	.balign 8
.Lstring124:	# "kernel.ts:962:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:962:33: integer result outside the exact range"
	.balign 8
.Lstring125:	# "kernel.ts:963:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:963:54: integer result outside the exact range"
	.balign 8
.Lstring126:	# "kernel.ts:964:22: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:964:22: integer result outside the exact range"
	.balign 8
.Lstring127:	# "kernel.ts:964:56: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:964:56: integer result outside the exact range"
	.balign 8
.Lstring128:	# "kernel.ts:965:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:965:19: integer result outside the exact range"
	.balign 8
.Lstring129:	# "kernel.ts:967:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:967:17: integer result outside the exact range"
	.balign 8
.Lstring130:	# "kernel.ts:967:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:967:43: integer result outside the exact range"
	.balign 8
.Lstring131:	# "kernel.ts:969:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:969:20: integer result outside the exact range"
	.balign 8
.Lstring132:	# "shutdown-watch"
	.quad 14
	.ascii "shutdown-watch"
	.balign 8
.Lstring133:	# "testing-watch"
	.quad 13
	.ascii "testing-watch"
	.balign 8
.Lstring134:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring135:	# "kernel.ts:977:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:977:38: integer result outside the exact range"
	.balign 8
.Lstring136:	# "kernel.ts:978:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:978:19: integer result outside the exact range"
	.balign 8
.Lstring137:	# "kernel.ts:980:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:980:19: integer result outside the exact range"
	.balign 8
.Lstring138:	# "kernel.ts:981:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:981:23: integer result outside the exact range"
	.balign 8
.Lstring139:	# "kernel.ts:982:34: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:982:34: integer result outside the exact range"
	.balign 8
.Lstring140:	# "kernel.ts:983:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:983:23: integer result outside the exact range"
	.balign 8
.Lstring141:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring142:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring143:	# "kernel.ts:1006:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1006:27: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:1014:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1014:43: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:1018:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1018:16: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:1019:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1019:24: integer result outside the exact range"
	.balign 8
.Lstring147:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring148:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring149:	# "kernel.ts:1034:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1034:65: integer result outside the exact range"
	.balign 8
.Lstring150:	# "kernel.ts:1035:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1035:13: integer result outside the exact range"
	.balign 8
.Lstring151:	# "kernel.ts:1036:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1036:13: integer result outside the exact range"
	.balign 8
.Lstring152:	# "kernel.ts:1037:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1037:13: integer result outside the exact range"
	.balign 8
.Lstring153:	# "kernel.ts:1038:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1038:55: integer result outside the exact range"
	.balign 8
.Lstring154:	# "kernel.ts:1050:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1050:31: integer result outside the exact range"
	.balign 8
.Lstring155:	# "kernel.ts:1051:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1051:20: integer result outside the exact range"
	.balign 8
.Lstring156:	# "kernel.ts:1053:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1053:33: integer result outside the exact range"
	.balign 8
.Lstring157:	# "kernel.ts:1059:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1059:20: integer result outside the exact range"
	.balign 8
.Lstring158:	# "kernel.ts:1060:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1060:40: integer result outside the exact range"
	.balign 8
.Lstring159:	# "kernel.ts:1062:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1062:31: integer result outside the exact range"
	.balign 8
.Lstring160:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring161:	# "kernel.ts:1082:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1082:33: integer result outside the exact range"
	.balign 8
.Lstring162:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring163:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring164:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring165:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring166:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring167:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring168:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring169:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring170:	# "kernel.ts:1228:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1228:65: integer result outside the exact range"
	.balign 8
.Lstring171:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring172:	# "kernel.ts:1267:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1267:15: integer result outside the exact range"
	.balign 8
.Lstring173:	# "kernel.ts:1275:26: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1275:26: load64 value outside the exact range"
	.balign 8
.Lstring174:	# "kernel.ts:1275:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1275:66: integer result outside the exact range"
	.balign 8
.Lstring175:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring176:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring177:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring178:	# ""
	.quad 0
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
.Lstring182:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring183:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring184:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring185:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring186:	# "expected now:<action>, next:<action> or a JSON object"
	.quad 53
	.ascii "expected now:<action>, next:<action> or a JSON object"
	.balign 8
.Lstring187:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring188:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring189:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring190:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring191:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring192:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring193:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring194:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring195:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring196:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring197:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring198:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring199:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring200:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring201:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring202:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring203:	# "kernel.ts:1435:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1435:55: integer result outside the exact range"
	.balign 8
.Lstring204:	# "kernel.ts:1436:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1436:17: integer result outside the exact range"
	.balign 8
.Lstring205:	# "kernel.ts:1438:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1438:40: integer result outside the exact range"
	.balign 8
.Lstring206:	# "kernel.ts:1443:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1443:40: integer result outside the exact range"
	.balign 8
.Lstring207:	# "kernel.ts:1443:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1443:58: integer result outside the exact range"
	.balign 8
.Lstring208:	# "kernel.ts:1452:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1452:40: integer result outside the exact range"
	.balign 8
.Lstring209:	# "kernel.ts:1452:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1452:58: integer result outside the exact range"
	.balign 8
.Lstring210:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring211:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring212:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring213:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring214:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring215:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring216:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring217:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring218:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring219:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring220:	# "kernel.ts:1564:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1564:18: integer result outside the exact range"
	.balign 8
.Lstring221:	# "kernel.ts:1577:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1577:16: integer result outside the exact range"
	.balign 8
.Lstring222:	# "kernel.ts:1580:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1580:16: integer result outside the exact range"
	.balign 8
.Lstring223:	# "kernel.ts:1583:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1583:16: integer result outside the exact range"
	.balign 8
.Lstring224:	# "kernel.ts:1590:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1590:9: integer result outside the exact range"
	.balign 8
.Lstring225:	# "kernel.ts:1595:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1595:38: integer result outside the exact range"
	.balign 8
.Lstring226:	# "kernel.ts:1599:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1599:17: integer result outside the exact range"
	.balign 8
.Lstring227:	# "kernel.ts:1594:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1594:28: integer result outside the exact range"
	.balign 8
.Lstring228:	# "kernel.ts:1601:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1601:14: integer result outside the exact range"
	.balign 8
.Lstring229:	# "kernel.ts:1607:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1607:16: integer result outside the exact range"
	.balign 8
.Lstring230:	# "kernel.ts:1609:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1609:25: integer result outside the exact range"
	.balign 8
.Lstring231:	# "kernel.ts:1616:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1616:31: integer result outside the exact range"
	.balign 8
.Lstring232:	# "kernel.ts:1617:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1617:31: integer result outside the exact range"
	.balign 8
.Lstring233:	# "kernel.ts:1619:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1619:31: integer result outside the exact range"
	.balign 8
.Lstring234:	# "kernel.ts:1620:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1620:31: integer result outside the exact range"
	.balign 8
.Lstring235:	# "kernel.ts:1621:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1621:31: integer result outside the exact range"
	.balign 8
.Lstring236:	# "kernel.ts:1623:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1623:31: integer result outside the exact range"
	.balign 8
.Lstring237:	# "kernel.ts:1624:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1624:31: integer result outside the exact range"
	.balign 8
.Lstring238:	# "kernel.ts:1625:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1625:31: integer result outside the exact range"
	.balign 8
.Lstring239:	# "kernel.ts:1626:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1626:31: integer result outside the exact range"
	.balign 8
.Lstring240:	# "kernel.ts:1636:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1636:14: integer result outside the exact range"
	.balign 8
.Lstring241:	# "kernel.ts:1643:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1643:18: integer result outside the exact range"
	.balign 8
.Lstring242:	# "kernel.ts:1658:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1658:18: integer result outside the exact range"
	.balign 8
.Lstring243:	# "kernel.ts:1674:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1674:66: integer result outside the exact range"
	.balign 8
.Lstring244:	# "kernel.ts:1675:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1675:51: integer result outside the exact range"
	.balign 8
.Lstring245:	# "kernel.ts:1677:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1677:30: integer result outside the exact range"
	.balign 8
.Lstring246:	# "kernel.ts:1680:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1680:48: integer result outside the exact range"
	.balign 8
.Lstring247:	# "kernel.ts:1680:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1680:47: integer result outside the exact range"
	.balign 8
.Lstring248:	# "kernel.ts:1680:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1680:37: integer result outside the exact range"
	.balign 8
.Lstring249:	# "kernel.ts:1680:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1680:78: integer result outside the exact range"
	.balign 8
.Lstring250:	# "kernel.ts:1697:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1697:18: integer result outside the exact range"
	.balign 8
.Lstring251:	# "kernel.ts:1698:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1698:17: integer result outside the exact range"
	.balign 8
.Lstring252:	# "kernel.ts:1706:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1706:18: integer result outside the exact range"
	.balign 8
.Lstring253:	# "kernel.ts:1709:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1709:18: integer result outside the exact range"
	.balign 8
.Lstring254:	# "kernel.ts:1714:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1714:18: integer result outside the exact range"
	.balign 8
.Lstring255:	# "kernel.ts:1720:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1720:18: integer result outside the exact range"
	.balign 8
.Lstring256:	# "kernel.ts:1722:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1722:22: integer result outside the exact range"
	.balign 8
.Lstring257:	# "kernel.ts:1732:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1732:9: integer result outside the exact range"
	.balign 8
.Lstring258:	# "kernel.ts:1735:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1735:14: integer result outside the exact range"
	.balign 8
.Lstring259:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring260:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring261:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring262:	# "kernel.ts:1751:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1751:18: integer result outside the exact range"
	.balign 8
.Lstring263:	# "kernel.ts:1754:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1754:22: integer result outside the exact range"
	.balign 8
.Lstring264:	# "kernel.ts:1767:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1767:26: integer result outside the exact range"
	.balign 8
.Lstring265:	# "kernel.ts:1769:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1769:32: integer result outside the exact range"
	.balign 8
.Lstring266:	# "kernel.ts:1774:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1774:22: integer result outside the exact range"
	.balign 8
.Lstring267:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring268:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring269:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring270:	# "kernel.ts:1815:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1815:15: integer result outside the exact range"
	.balign 8
.Lstring271:	# "kernel.ts:1821:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1821:14: integer result outside the exact range"
	.balign 8
.Lstring272:	# "kernel.ts:1824:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1824:18: integer result outside the exact range"
	.balign 8
.Lstring273:	# "kernel.ts:1837:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1837:22: integer result outside the exact range"
	.balign 8
.Lstring274:	# "kernel.ts:1852:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1852:22: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:1935:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1935:27: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:1935:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1935:17: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:1934:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1934:32: integer result outside the exact range"
	.balign 8
.Lstring278:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring279:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring280:	# "kernel.ts:1942:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1942:34: integer result outside the exact range"
	.balign 8
.Lstring281:	# "kernel.ts:1943:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1943:40: integer result outside the exact range"
	.balign 8
.Lstring282:	# "kernel.ts:1951:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1951:28: integer result outside the exact range"
	.balign 8
.Lstring283:	# "kernel.ts:1953:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1953:30: integer result outside the exact range"
	.balign 8
.Lstring284:	# "kernel.ts:1953:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1953:17: integer result outside the exact range"
	.balign 8
.Lstring285:	# "kernel.ts:1953:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1953:65: integer result outside the exact range"
	.balign 8
.Lstring286:	# "kernel.ts:1953:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1953:55: integer result outside the exact range"
	.balign 8
.Lstring287:	# "kernel.ts:1952:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1952:41: integer result outside the exact range"
	.balign 8
.Lstring288:	# "kernel.ts:1956:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1956:33: integer result outside the exact range"
	.balign 8
.Lstring289:	# "kernel.ts:1956:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1956:17: integer result outside the exact range"
	.balign 8
.Lstring290:	# "kernel.ts:1956:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1956:71: integer result outside the exact range"
	.balign 8
.Lstring291:	# "kernel.ts:1956:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1956:58: integer result outside the exact range"
	.balign 8
.Lstring292:	# "kernel.ts:1955:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1955:47: integer result outside the exact range"
	.balign 8
.Lstring293:	# "kernel.ts:1958:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1958:13: integer result outside the exact range"
	.balign 8
.Lstring294:	# "kernel.ts:1960:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1960:13: integer result outside the exact range"
	.balign 8
.Lstring295:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring296:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring297:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring298:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring299:	# "kernel.ts:1982:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1982:13: integer result outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:1983:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1983:13: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:1997:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1997:13: integer result outside the exact range"
	.balign 8
.Lstring302:	# "kernel.ts:1998:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1998:13: integer result outside the exact range"
	.balign 8
.Lstring303:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring304:	# "kernel.ts:2023:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2023:12: integer result outside the exact range"
	.balign 8
.Lstring305:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring306:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring307:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring308:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring309:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring310:	# "kernel.ts:2118:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2118:25: integer result outside the exact range"
	.balign 8
.Lstring311:	# "kernel.ts:2130:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2130:28: integer result outside the exact range"
	.balign 8
.Lstring312:	# "kernel.ts:2134:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2134:17: integer result outside the exact range"
	.balign 8
.Lstring313:	# "kernel.ts:2134:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2134:31: integer result outside the exact range"
	.balign 8
.Lstring314:	# "kernel.ts:2129:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2129:33: integer result outside the exact range"
	.balign 8
.Lstring315:	# "kernel.ts:2142:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2142:28: integer result outside the exact range"
	.balign 8
.Lstring316:	# "kernel.ts:2141:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2141:32: integer result outside the exact range"
	.balign 8
.Lstring317:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring318:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring319:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring320:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring321:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring322:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring323:	# "kernel.ts:2175:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2175:16: integer result outside the exact range"
	.balign 8
.Lstring324:	# "kernel.ts:2174:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2174:56: integer result outside the exact range"
	.balign 8
.Lstring325:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring326:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring327:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring328:	# "kernel.ts:2184:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2184:17: integer result outside the exact range"
	.balign 8
.Lstring329:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring330:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring331:	# "kernel.ts:2223:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2223:25: integer result outside the exact range"
	.balign 8
.Lstring332:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring333:	# "kernel.ts:2236:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2236:22: integer result outside the exact range"
	.balign 8
.Lstring334:	# "kernel.ts:2236:15: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2236:15: load64 value outside the exact range"
	.balign 8
.Lstring335:	# "trap: "
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

# kernel.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "kernel.ts"
	.file 1 "kernel.ts"
	.text

# function machineFrameOf(virtualAddress)
	.type fn.machineFrameOf,@function
fn.machineFrameOf:
	.loc 1 167 1
	# machineFrameOf: function machineFrameOf(virtualAddress: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	.loc 1 168 5
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
	leaq .Lstring0(%rip), %rdi	# trap: kernel.ts:168:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring1(%rip), %rdi	# trap: kernel.ts:168:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_4:
	leaq .Lstring2(%rip), %rdi	# trap: kernel.ts:168:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.machineFrameOf, .-fn.machineFrameOf

# function virtualAddressOfFrame(mfn)
	.type fn.virtualAddressOfFrame,@function
fn.virtualAddressOfFrame:
	.loc 1 173 1
	# virtualAddressOfFrame: function virtualAddressOfFrame(mfn: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter mfn
	.loc 1 174 5
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
	leaq .Lstring3(%rip), %rdi	# trap: kernel.ts:174:12: machineToPhys value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
	leaq .Lstring4(%rip), %rdi	# trap: kernel.ts:174:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.virtualAddressOfFrame, .-fn.virtualAddressOfFrame

# function readStartInfo()
	.type fn.readStartInfo,@function
fn.readStartInfo:
	.loc 1 179 1
	# readStartInfo: function readStartInfo(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 180 5
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
	.loc 1 181 5
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
	.loc 1 182 5
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
	.loc 1 183 5
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
	.loc 1 184 5
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
	leaq .Lstring5(%rip), %rdi	# trap: kernel.ts:180:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_10:
	leaq .Lstring6(%rip), %rdi	# trap: kernel.ts:180:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_11:
	leaq .Lstring7(%rip), %rdi	# trap: kernel.ts:181:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_12:
	leaq .Lstring8(%rip), %rdi	# trap: kernel.ts:181:41: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_13:
	leaq .Lstring9(%rip), %rdi	# trap: kernel.ts:182:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_14:
	leaq .Lstring10(%rip), %rdi	# trap: kernel.ts:183:46: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_15:
	leaq .Lstring11(%rip), %rdi	# trap: kernel.ts:183:39: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_16:
	leaq .Lstring12(%rip), %rdi	# trap: kernel.ts:184:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readStartInfo, .-fn.readStartInfo

# function shutdownForever(reason)
	.type fn.shutdownForever,@function
fn.shutdownForever:
	.loc 1 225 1
	# shutdownForever: function shutdownForever(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 226 5
	# shutdownForever: while (true) {
.Lwhile_18:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_19
	.loc 1 227 9
	# shutdownForever: store32(hypercallArguments, reason);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# reason
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 228 9
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
	.loc 1 232 1
	# yieldCpu: function yieldCpu(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 233 5
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
	.loc 1 237 1
	# notifyPort: function notifyPort(port: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 238 5
	# notifyPort: store32(hypercallArguments, port);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 239 5
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
	.loc 1 247 1
	# pollPort: function pollPort(port: number, deadlineHigh: number, deadlineLow: nu...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter deadlineHigh
	movq %rdx, -24(%rbp)	# parameter deadlineLow
	.loc 1 248 5
	# pollPort: store32(pollPortList, port);
	leaq buf.pollPortList(%rip), %rdi	# pollPortList
	movq -8(%rbp), %rax	# port
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 249 5
	# pollPort: store64(hypercallArguments, pollPortList);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	leaq buf.pollPortList(%rip), %rax	# pollPortList
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 250 5
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
	.loc 1 251 5
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
	.loc 1 252 5
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
	.loc 1 253 5
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
	leaq .Lstring13(%rip), %rdi	# trap: kernel.ts:250:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_24:
	leaq .Lstring14(%rip), %rdi	# trap: kernel.ts:251:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_25:
	leaq .Lstring15(%rip), %rdi	# trap: kernel.ts:252:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.pollPort, .-fn.pollPort

# function mapPage(virtualAddress, machineAddress)
	.type fn.mapPage,@function
fn.mapPage:
	.loc 1 256 1
	# mapPage: function mapPage(virtualAddress: number, machineAddress: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter virtualAddress
	movq %rsi, -16(%rbp)	# parameter machineAddress
	.loc 1 257 5
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
	leaq .Lstring16(%rip), %rdi	# trap: kernel.ts:258:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapPage, .-fn.mapPage

# function hvmParam(index)
	.type fn.hvmParam,@function
fn.hvmParam:
	.loc 1 324 1
	# hvmParam: function hvmParam(index: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	.loc 1 325 5
	# hvmParam: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 326 5
	# hvmParam: store32(hypercallArguments + 4, index);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_29
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_29
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_29
	movq %rax, %rdi
	movq -8(%rbp), %rax	# index
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 327 5
	# hvmParam: store64(hypercallArguments + 8, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
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
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 328 5
	# hvmParam: const result = hypercall(HYPERCALL_HVM_OP, HVMOP_GET_PARAM, hypercall...
	movq $1, %rdi	# HVMOP_GET_PARAM
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1088
	movq %rax, -16(%rbp)	# result
	.loc 1 329 5
	# hvmParam: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_31
	.loc 1 330 9
	# hvmParam: return result;
	movq -16(%rbp), %rax	# result
	jmp .Lreturn_28
.Lelse_31:
	.loc 1 332 5
	# hvmParam: return load64(hypercallArguments + 8);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_32
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_32
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_32
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_33
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_33
.Lreturn_28:
	leave
	ret
.Ltrap_29:
	leaq .Lstring17(%rip), %rdi	# trap: kernel.ts:326:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_30:
	leaq .Lstring18(%rip), %rdi	# trap: kernel.ts:327:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_32:
	leaq .Lstring19(%rip), %rdi	# trap: kernel.ts:332:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_33:
	leaq .Lstring20(%rip), %rdi	# trap: kernel.ts:332:12: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hvmParam, .-fn.hvmParam

# function placeSharedInfo(address)
	.type fn.placeSharedInfo,@function
fn.placeSharedInfo:
	.loc 1 337 1
	# placeSharedInfo: function placeSharedInfo(address: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	.loc 1 338 5
	# placeSharedInfo: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 339 5
	# placeSharedInfo: store16(hypercallArguments + 2, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_35
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_35
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_35
	movq %rax, %rdi
	movq $0, %rax
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 340 5
	# placeSharedInfo: store32(hypercallArguments + 4, XENMAPSPACE_SHARED_INFO);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_36
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_36
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_36
	movq %rax, %rdi
	movq $0, %rax	# XENMAPSPACE_SHARED_INFO
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 341 5
	# placeSharedInfo: store64(hypercallArguments + 8, 0);
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_37
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_37
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_37
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 342 5
	# placeSharedInfo: store64(hypercallArguments + 16, Math.floor(address / PAGE_SIZE));
	leaq buf.hypercallArguments(%rip), %rax	# hypercallArguments
	movq $16, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_38
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_38
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_38
	pushq %rax
	movq -8(%rbp), %rax	# address
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_39
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_39
	subq $1, %rax	# then the floor is one below
.Lfloored_39:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 343 5
	# placeSharedInfo: return hypercall(HYPERCALL_MEMORY_OP, XENMEM_ADD_TO_PHYSMAP, hypercal...
	movq $7, %rdi	# XENMEM_ADD_TO_PHYSMAP
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lreturn_34:
	leave
	ret
.Ltrap_35:
	leaq .Lstring21(%rip), %rdi	# trap: kernel.ts:339:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_36:
	leaq .Lstring22(%rip), %rdi	# trap: kernel.ts:340:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_37:
	leaq .Lstring23(%rip), %rdi	# trap: kernel.ts:341:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_38:
	leaq .Lstring24(%rip), %rdi	# trap: kernel.ts:342:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.placeSharedInfo, .-fn.placeSharedInfo

# function currentReservation()
	.type fn.currentReservation,@function
fn.currentReservation:
	.loc 1 346 1
	# currentReservation: function currentReservation(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 347 5
	# currentReservation: store16(hypercallArguments, DOMID_SELF);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $32752, %rax	# DOMID_SELF
	movw %ax, (%rdi)	# store16: write the value's low bits at the address in %rdi
	.loc 1 348 5
	# currentReservation: return hypercall(HYPERCALL_MEMORY_OP, XENMEM_CURRENT_RESERVATION, hyp...
	movq $3, %rdi	# XENMEM_CURRENT_RESERVATION
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+384
.Lreturn_40:
	leave
	ret
	.size fn.currentReservation, .-fn.currentReservation

# function readHvmParams()
	.type fn.readHvmParams,@function
fn.readHvmParams:
	.loc 1 354 1
	# readHvmParams: function readHvmParams(): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 355 5
	# readHvmParams: domainPages = currentReservation();
	call fn.currentReservation
	movq %rax, var.domainPages(%rip)	# domainPages =
	.loc 1 356 5
	# readHvmParams: const consolePfn = hvmParam(HVM_PARAM_CONSOLE_PFN);
	movq $17, %rdi	# HVM_PARAM_CONSOLE_PFN
	call fn.hvmParam
	movq %rax, -8(%rbp)	# consolePfn
	.loc 1 357 5
	# readHvmParams: const consoleEvtchn = hvmParam(HVM_PARAM_CONSOLE_EVTCHN);
	movq $18, %rdi	# HVM_PARAM_CONSOLE_EVTCHN
	call fn.hvmParam
	movq %rax, -16(%rbp)	# consoleEvtchn
	.loc 1 358 5
	# readHvmParams: const storePfn = hvmParam(HVM_PARAM_STORE_PFN);
	movq $1, %rdi	# HVM_PARAM_STORE_PFN
	call fn.hvmParam
	movq %rax, -24(%rbp)	# storePfn
	.loc 1 359 5
	# readHvmParams: const storeEvtchn = hvmParam(HVM_PARAM_STORE_EVTCHN);
	movq $2, %rdi	# HVM_PARAM_STORE_EVTCHN
	call fn.hvmParam
	movq %rax, -32(%rbp)	# storeEvtchn
	.loc 1 360 5
	# readHvmParams: consoleRing = consolePfn > 0 ? consolePfn * PAGE_SIZE : 0;
	movq -8(%rbp), %rax	# consolePfn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_42
	movq -8(%rbp), %rax	# consolePfn
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_44
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_44
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_44
	jmp .Lendcond_43
.Lelse_42:
	movq $0, %rax
.Lendcond_43:
	movq %rax, var.consoleRing(%rip)	# consoleRing =
	.loc 1 361 5
	# readHvmParams: consolePort = consoleEvtchn > 0 ? consoleEvtchn : 0;
	movq -16(%rbp), %rax	# consoleEvtchn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_45
	movq -16(%rbp), %rax	# consoleEvtchn
	jmp .Lendcond_46
.Lelse_45:
	movq $0, %rax
.Lendcond_46:
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 362 5
	# readHvmParams: storeRing = storePfn > 0 ? storePfn * PAGE_SIZE : 0;
	movq -24(%rbp), %rax	# storePfn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_47
	movq -24(%rbp), %rax	# storePfn
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_49
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_49
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_49
	jmp .Lendcond_48
.Lelse_47:
	movq $0, %rax
.Lendcond_48:
	movq %rax, var.storeRing(%rip)	# storeRing =
	.loc 1 363 5
	# readHvmParams: storePort = storeEvtchn > 0 ? storeEvtchn : 0;
	movq -32(%rbp), %rax	# storeEvtchn
	cmpq $0, %rax	# compare with 0
	jle .Lelse_50
	movq -32(%rbp), %rax	# storeEvtchn
	jmp .Lendcond_51
.Lelse_50:
	movq $0, %rax
.Lendcond_51:
	movq %rax, var.storePort(%rip)	# storePort =
	.loc 1 364 5
	# readHvmParams: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_52
	.loc 1 365 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_PFN";
	leaq .Lstring25(%rip), %rax	# "HVM_PARAM_CONSOLE_PFN"
	jmp .Lreturn_41
.Lelse_52:
	.loc 1 367 5
	# readHvmParams: if (consolePort === 0) {
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_53
	.loc 1 368 9
	# readHvmParams: return "HVM_PARAM_CONSOLE_EVTCHN";
	leaq .Lstring26(%rip), %rax	# "HVM_PARAM_CONSOLE_EVTCHN"
	jmp .Lreturn_41
.Lelse_53:
	.loc 1 370 5
	# readHvmParams: if (storeRing === 0) {
	movq var.storeRing(%rip), %rax	# storeRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_54
	.loc 1 371 9
	# readHvmParams: return "HVM_PARAM_STORE_PFN";
	leaq .Lstring27(%rip), %rax	# "HVM_PARAM_STORE_PFN"
	jmp .Lreturn_41
.Lelse_54:
	.loc 1 373 5
	# readHvmParams: if (storePort === 0) {
	movq var.storePort(%rip), %rax	# storePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_55
	.loc 1 374 9
	# readHvmParams: return "HVM_PARAM_STORE_EVTCHN";
	leaq .Lstring28(%rip), %rax	# "HVM_PARAM_STORE_EVTCHN"
	jmp .Lreturn_41
.Lelse_55:
	.loc 1 376 5
	# readHvmParams: return "";
	leaq .Lstring29(%rip), %rax	# ""
.Lreturn_41:
	leave
	ret
.Ltrap_44:
	leaq .Lstring30(%rip), %rdi	# trap: kernel.ts:360:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_49:
	leaq .Lstring31(%rip), %rdi	# trap: kernel.ts:362:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readHvmParams, .-fn.readHvmParams

# function mapSharedInfo()
	.type fn.mapSharedInfo,@function
fn.mapSharedInfo:
	.loc 1 398 1
	# mapSharedInfo: function mapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 399 5
	# mapSharedInfo: const result = bootMode === BOOT_MODE_PVH ? placeSharedInfo(sharedInf...
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_57
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	call fn.placeSharedInfo
	jmp .Lendcond_58
.Lelse_57:
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	pushq %rax
	movq var.startInfo(%rip), %rax	# startInfo
	movq $40, %rdi	# START_INFO_SHARED_INFO
	addq %rdi, %rax	# +
	jo .Ltrap_59
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_59
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_59
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_60
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_60
	movq %rax, %rsi
	popq %rdi
	call fn.mapPage
.Lendcond_58:
	movq %rax, -8(%rbp)	# result
	.loc 1 401 5
	# mapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_61
	.loc 1 402 9
	# mapSharedInfo: sharedInfoMapped = true;
	movq $1, %rax	# true
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_61:
	.loc 1 404 5
	# mapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_56:
	leave
	ret
.Ltrap_59:
	leaq .Lstring32(%rip), %rdi	# trap: kernel.ts:400:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_60:
	leaq .Lstring33(%rip), %rdi	# trap: kernel.ts:400:33: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mapSharedInfo, .-fn.mapSharedInfo

# function readSystemTime()
	.type fn.readSystemTime,@function
fn.readSystemTime:
	.loc 1 438 1
	# readSystemTime: function readSystemTime(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 439 5
	# readSystemTime: while (true) {
.Lwhile_63:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_64
	.loc 1 440 9
	# readSystemTime: const version = load32(sharedInfoPage + VCPU0_TIME_VERSION);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_65
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_65
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_65
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# version
	.loc 1 441 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 442 9
	# readSystemTime: systemTimeLow = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $48, %rdi	# VCPU0_TIME_SYSTEM_TIME
	addq %rdi, %rax	# +
	jo .Ltrap_66
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_66
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_66
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeLow(%rip)	# systemTimeLow =
	.loc 1 443 9
	# readSystemTime: systemTimeHigh = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME + 4);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $48, %rdi	# VCPU0_TIME_SYSTEM_TIME
	addq %rdi, %rax	# +
	jo .Ltrap_67
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_67
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_67
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_67
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_67
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_67
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, var.systemTimeHigh(%rip)	# systemTimeHigh =
	.loc 1 444 9
	# readSystemTime: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 445 9
	# readSystemTime: if ((version & 1) === 0 && load32(sharedInfoPage + VCPU0_TIME_VERSION...
	movq -8(%rbp), %rax	# version
	movq $1, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_68
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $32, %rdi	# VCPU0_TIME_VERSION
	addq %rdi, %rax	# +
	jo .Ltrap_69
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_69
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_69
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# version
	cmpq %rdi, %rax
	jne .Lelse_68
	.loc 1 446 13
	# readSystemTime: return;
	jmp .Lreturn_62
.Lelse_68:
	jmp .Lwhile_63
.Lendwhile_64:
.Lreturn_62:
	leave
	ret
.Ltrap_65:
	leaq .Lstring34(%rip), %rdi	# trap: kernel.ts:440:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_66:
	leaq .Lstring35(%rip), %rdi	# trap: kernel.ts:442:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_67:
	leaq .Lstring36(%rip), %rdi	# trap: kernel.ts:443:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_69:
	leaq .Lstring37(%rip), %rdi	# trap: kernel.ts:445:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readSystemTime, .-fn.readSystemTime

# function addToTickDeadline(nanoseconds)
	.type fn.addToTickDeadline,@function
fn.addToTickDeadline:
	.loc 1 452 1
	# addToTickDeadline: function addToTickDeadline(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 453 5
	# addToTickDeadline: tickDeadlineLow = tickDeadlineLow + nanoseconds;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movq -8(%rbp), %rdi	# nanoseconds
	addq %rdi, %rax	# +
	jo .Ltrap_71
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_71
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_71
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 454 5
	# addToTickDeadline: if (tickDeadlineLow >= UINT32_MODULUS) {
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	cmpq %rdi, %rax
	jl .Lelse_72
	.loc 1 455 9
	# addToTickDeadline: tickDeadlineLow = tickDeadlineLow - UINT32_MODULUS;
	movq var.tickDeadlineLow(%rip), %rax	# tickDeadlineLow
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	subq %rdi, %rax	# -
	jo .Ltrap_73
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_73
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_73
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 456 9
	# addToTickDeadline: tickDeadlineHigh = tickDeadlineHigh + 1;
	movq var.tickDeadlineHigh(%rip), %rax	# tickDeadlineHigh
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_74
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_74
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_74
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
.Lelse_72:
.Lreturn_70:
	leave
	ret
.Ltrap_71:
	leaq .Lstring38(%rip), %rdi	# trap: kernel.ts:453:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_73:
	leaq .Lstring39(%rip), %rdi	# trap: kernel.ts:455:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_74:
	leaq .Lstring40(%rip), %rdi	# trap: kernel.ts:456:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.addToTickDeadline, .-fn.addToTickDeadline

# function setTickDeadlineAfterSystemTime(nanoseconds)
	.type fn.setTickDeadlineAfterSystemTime,@function
fn.setTickDeadlineAfterSystemTime:
	.loc 1 461 1
	# setTickDeadlineAfterSystemTime: function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nanoseconds
	.loc 1 462 5
	# setTickDeadlineAfterSystemTime: tickDeadlineHigh = systemTimeHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq %rax, var.tickDeadlineHigh(%rip)	# tickDeadlineHigh =
	.loc 1 463 5
	# setTickDeadlineAfterSystemTime: tickDeadlineLow = systemTimeLow;
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq %rax, var.tickDeadlineLow(%rip)	# tickDeadlineLow =
	.loc 1 464 5
	# setTickDeadlineAfterSystemTime: addToTickDeadline(nanoseconds);
	movq -8(%rbp), %rdi	# nanoseconds
	call fn.addToTickDeadline
.Lreturn_75:
	leave
	ret
	.size fn.setTickDeadlineAfterSystemTime, .-fn.setTickDeadlineAfterSystemTime

# function startTicking()
	.type fn.startTicking,@function
fn.startTicking:
	.loc 1 467 1
	# startTicking: function startTicking(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 468 5
	# startTicking: readSystemTime();
	call fn.readSystemTime
	.loc 1 469 5
	# startTicking: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lreturn_76:
	leave
	ret
	.size fn.startTicking, .-fn.startTicking

# function advanceTickDeadline()
	.type fn.advanceTickDeadline,@function
fn.advanceTickDeadline:
	.loc 1 473 1
	# advanceTickDeadline: function advanceTickDeadline(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 474 5
	# advanceTickDeadline: addToTickDeadline(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.addToTickDeadline
	.loc 1 477 5
	# advanceTickDeadline: readSystemTime();
	call fn.readSystemTime
	.loc 1 478 5
	# advanceTickDeadline: const behindHigh = systemTimeHigh - tickDeadlineHigh;
	movq var.systemTimeHigh(%rip), %rax	# systemTimeHigh
	movq var.tickDeadlineHigh(%rip), %rdi	# tickDeadlineHigh
	subq %rdi, %rax	# -
	jo .Ltrap_78
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_78
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_78
	movq %rax, -8(%rbp)	# behindHigh
	.loc 1 479 5
	# advanceTickDeadline: if (behindHigh > 1 || (behindHigh >= 0 &&
	movq -8(%rbp), %rax	# behindHigh
	cmpq $1, %rax	# compare with 1
	jg .Lskip_80
	movq -8(%rbp), %rax	# behindHigh
	cmpq $0, %rax	# compare with 0
	jl .Lelse_79
	movq -8(%rbp), %rax	# behindHigh
	movabsq $4294967296, %rdi	# UINT32_MODULUS
	imulq %rdi, %rax	# *
	jo .Ltrap_81
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_81
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_81
	pushq %rax
	movq var.systemTimeLow(%rip), %rax	# systemTimeLow
	movq var.tickDeadlineLow(%rip), %rdi	# tickDeadlineLow
	subq %rdi, %rax	# -
	jo .Ltrap_82
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_82
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_82
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_81
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_81
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_81
	cmpq $1000000000, %rax	# compare with TICK_PERIOD_NS
	jle .Lelse_79
.Lskip_80:
	.loc 1 481 9
	# advanceTickDeadline: setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
	movq $1000000000, %rdi	# TICK_PERIOD_NS
	call fn.setTickDeadlineAfterSystemTime
.Lelse_79:
.Lreturn_77:
	leave
	ret
.Ltrap_78:
	leaq .Lstring41(%rip), %rdi	# trap: kernel.ts:478:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_81:
	leaq .Lstring42(%rip), %rdi	# trap: kernel.ts:480:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_82:
	leaq .Lstring43(%rip), %rdi	# trap: kernel.ts:480:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.advanceTickDeadline, .-fn.advanceTickDeadline

# function portPending(port)
	.type fn.portPending,@function
fn.portPending:
	.loc 1 505 1
	# portPending: function portPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 506 5
	# portPending: return testAndClearBit(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING, p...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_84
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_84
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_84
	movq %rax, %rdi
	movq -8(%rbp), %rax	# port
	lock btrq %rax, (%rdi)	# testAndClearBit: atomically clear the bit, old value in CF
	setc %al
	movzbl %al, %eax
.Lreturn_83:
	leave
	ret
.Ltrap_84:
	leaq .Lstring44(%rip), %rdi	# trap: kernel.ts:506:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portPending, .-fn.portPending

# function portStillPending(port)
	.type fn.portStillPending,@function
fn.portStillPending:
	.loc 1 510 1
	# portStillPending: function portStillPending(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 511 5
	# portStillPending: const byte = load8(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING + (por...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $2048, %rdi	# SHARED_INFO_EVTCHN_PENDING
	addq %rdi, %rax	# +
	jo .Ltrap_86
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_86
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_86
	pushq %rax
	movq -8(%rbp), %rax	# port
	movq $3, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_86
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_86
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_86
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 512 5
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
.Lreturn_85:
	leave
	ret
.Ltrap_86:
	leaq .Lstring45(%rip), %rdi	# trap: kernel.ts:511:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.portStillPending, .-fn.portStillPending

# function waitOnPort(port)
	.type fn.waitOnPort,@function
fn.waitOnPort:
	.loc 1 518 1
	# waitOnPort: function waitOnPort(port: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	.loc 1 522 5
	# waitOnPort: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_88
	.loc 1 523 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 524 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_87
.Lelse_88:
	.loc 1 529 5
	# waitOnPort: if (portPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portPending
	testq %rax, %rax
	je .Lelse_89
	.loc 1 530 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_87
.Lelse_89:
	.loc 1 532 5
	# waitOnPort: if (pollPort(port, tickDeadlineHigh, tickDeadlineLow) < 0) {
	movq -8(%rbp), %rdi	# port
	movq var.tickDeadlineHigh(%rip), %rsi	# tickDeadlineHigh
	movq var.tickDeadlineLow(%rip), %rdx	# tickDeadlineLow
	call fn.pollPort
	cmpq $0, %rax	# compare with 0
	jge .Lelse_90
	.loc 1 533 9
	# waitOnPort: yieldCpu();
	call fn.yieldCpu
	.loc 1 534 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_87
.Lelse_90:
	.loc 1 539 5
	# waitOnPort: if (portStillPending(port)) {
	movq -8(%rbp), %rdi	# port
	call fn.portStillPending
	testq %rax, %rax
	je .Lelse_91
	.loc 1 540 9
	# waitOnPort: return false;
	movq $0, %rax	# false
	jmp .Lreturn_87
.Lelse_91:
	.loc 1 543 5
	# waitOnPort: ticksOwed = ticksOwed + 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_92
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_92
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_92
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 544 5
	# waitOnPort: advanceTickDeadline();
	call fn.advanceTickDeadline
	.loc 1 545 5
	# waitOnPort: return true;
	movq $1, %rax	# true
.Lreturn_87:
	leave
	ret
.Ltrap_92:
	leaq .Lstring46(%rip), %rdi	# trap: kernel.ts:543:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.waitOnPort, .-fn.waitOnPort

# function consoleBytesQueued()
	.type fn.consoleBytesQueued,@function
fn.consoleBytesQueued:
	.loc 1 589 1
	# consoleBytesQueued: function consoleBytesQueued(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 590 5
	# consoleBytesQueued: const consumer = load32(consoleRing + CONSOLE_OUT_CONS);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3080, %rdi	# CONSOLE_OUT_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_94
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_94
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_94
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 591 5
	# consoleBytesQueued: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_95
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_95
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_95
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 592 5
	# consoleBytesQueued: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 593 5
	# consoleBytesQueued: const queued = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_96
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_96
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_96
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# queued
	.loc 1 594 5
	# consoleBytesQueued: if (queued > CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jle .Lelse_97
	.loc 1 595 9
	# consoleBytesQueued: return -1;
	movq $-1, %rax
	jmp .Lreturn_93
.Lelse_97:
	.loc 1 597 5
	# consoleBytesQueued: return queued;
	movq -24(%rbp), %rax	# queued
.Lreturn_93:
	leave
	ret
.Ltrap_94:
	leaq .Lstring47(%rip), %rdi	# trap: kernel.ts:590:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_95:
	leaq .Lstring48(%rip), %rdi	# trap: kernel.ts:591:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_96:
	leaq .Lstring49(%rip), %rdi	# trap: kernel.ts:593:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleBytesQueued, .-fn.consoleBytesQueued

# function consolePutRaw(byte)
	.type fn.consolePutRaw,@function
fn.consolePutRaw:
	.loc 1 604 1
	# consolePutRaw: function consolePutRaw(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 605 5
	# consolePutRaw: if (consoleRing === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	jne .Lelse_99
	.loc 1 606 9
	# consolePutRaw: return;
	jmp .Lreturn_98
.Lelse_99:
	.loc 1 608 5
	# consolePutRaw: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# stallTicks
	.loc 1 609 5
	# consolePutRaw: while (true) {
.Lwhile_100:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_101
	.loc 1 610 9
	# consolePutRaw: const queued = consoleBytesQueued();
	call fn.consoleBytesQueued
	movq %rax, -24(%rbp)	# queued
	.loc 1 611 9
	# consolePutRaw: if (queued < 0) {
	movq -24(%rbp), %rax	# queued
	cmpq $0, %rax	# compare with 0
	jge .Lelse_102
	.loc 1 612 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_103
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_103
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_103
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 613 13
	# consolePutRaw: return;
	jmp .Lreturn_98
.Lelse_102:
	.loc 1 615 9
	# consolePutRaw: if (queued < CONSOLE_OUT_SIZE) {
	movq -24(%rbp), %rax	# queued
	cmpq $2048, %rax	# compare with CONSOLE_OUT_SIZE
	jge .Lelse_104
	.loc 1 616 13
	# consolePutRaw: const producer = load32(consoleRing + CONSOLE_OUT_PROD);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_105
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_105
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_105
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# producer
	.loc 1 617 13
	# consolePutRaw: store8(consoleRing + CONSOLE_OUT + (producer & (CONSOLE_OUT_SIZE - 1)...
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $1024, %rdi	# CONSOLE_OUT
	addq %rdi, %rax	# +
	jo .Ltrap_106
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_106
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_106
	pushq %rax
	movq -32(%rbp), %rax	# producer
	pushq %rax
	movq $2048, %rax	# CONSOLE_OUT_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_107
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_107
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_107
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_106
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_106
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_106
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 618 13
	# consolePutRaw: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 619 13
	# consolePutRaw: store32(consoleRing + CONSOLE_OUT_PROD, (producer + 1) >>> 0);
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $3084, %rdi	# CONSOLE_OUT_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_108
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_108
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_108
	pushq %rax
	movq -32(%rbp), %rax	# producer
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_109
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_109
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_109
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 620 13
	# consolePutRaw: consoleStalled = false;
	movq $0, %rax	# false
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
	.loc 1 621 13
	# consolePutRaw: return;
	jmp .Lreturn_98
.Lelse_104:
	.loc 1 623 9
	# consolePutRaw: if (consoleStalled || consolePort === 0) {
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lskip_111
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_110
.Lskip_111:
	.loc 1 624 13
	# consolePutRaw: consoleDroppedBytes = consoleDroppedBytes + 1;
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_112
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_112
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_112
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
	.loc 1 625 13
	# consolePutRaw: return;
	jmp .Lreturn_98
.Lelse_110:
	.loc 1 627 9
	# consolePutRaw: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 628 9
	# consolePutRaw: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_113
	.loc 1 629 13
	# consolePutRaw: stallTicks = stallTicks + 1;
	movq -16(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_114
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_114
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_114
	movq %rax, -16(%rbp)	# stallTicks =
	.loc 1 630 13
	# consolePutRaw: if (stallTicks >= CONSOLE_STALL_TICKS) {
	movq -16(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jl .Lelse_115
	.loc 1 631 17
	# consolePutRaw: consoleStalled = true;
	movq $1, %rax	# true
	movq %rax, var.consoleStalled(%rip)	# consoleStalled =
.Lelse_115:
.Lelse_113:
	jmp .Lwhile_100
.Lendwhile_101:
.Lreturn_98:
	leave
	ret
.Ltrap_103:
	leaq .Lstring50(%rip), %rdi	# trap: kernel.ts:612:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_105:
	leaq .Lstring51(%rip), %rdi	# trap: kernel.ts:616:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_106:
	leaq .Lstring52(%rip), %rdi	# trap: kernel.ts:617:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_107:
	leaq .Lstring53(%rip), %rdi	# trap: kernel.ts:617:61: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_108:
	leaq .Lstring54(%rip), %rdi	# trap: kernel.ts:619:21: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_109:
	leaq .Lstring55(%rip), %rdi	# trap: kernel.ts:619:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_112:
	leaq .Lstring56(%rip), %rdi	# trap: kernel.ts:624:35: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_114:
	leaq .Lstring57(%rip), %rdi	# trap: kernel.ts:629:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consolePutRaw, .-fn.consolePutRaw

# function consolePut(byte)
	.type fn.consolePut,@function
fn.consolePut:
	.loc 1 638 1
	# consolePut: function consolePut(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 639 5
	# consolePut: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_117
	.loc 1 640 9
	# consolePut: consolePutRaw(13);
	movq $13, %rdi
	call fn.consolePutRaw
.Lelse_117:
	.loc 1 642 5
	# consolePut: consolePutRaw(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePutRaw
.Lreturn_116:
	leave
	ret
	.size fn.consolePut, .-fn.consolePut

# function endLine()
	.type fn.endLine,@function
fn.endLine:
	.loc 1 646 1
	# endLine: function endLine(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 647 5
	# endLine: consolePut(10);
	movq $10, %rdi
	call fn.consolePut
	.loc 1 648 5
	# endLine: if (consoleRing !== 0 && consolePort !== 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lelse_119
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	je .Lelse_119
	.loc 1 649 9
	# endLine: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
.Lelse_119:
.Lreturn_118:
	leave
	ret
	.size fn.endLine, .-fn.endLine

# function consoleDrain()
	.type fn.consoleDrain,@function
fn.consoleDrain:
	.loc 1 658 1
	# consoleDrain: function consoleDrain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 659 5
	# consoleDrain: if (consoleRing === 0 || consolePort === 0) {
	movq var.consoleRing(%rip), %rax	# consoleRing
	cmpq $0, %rax	# compare with 0
	je .Lskip_122
	movq var.consolePort(%rip), %rax	# consolePort
	cmpq $0, %rax	# compare with 0
	jne .Lelse_121
.Lskip_122:
	.loc 1 660 9
	# consoleDrain: return;
	jmp .Lreturn_120
.Lelse_121:
	.loc 1 662 5
	# consoleDrain: notifyPort(consolePort);
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.notifyPort
	.loc 1 663 5
	# consoleDrain: let stallTicks = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# stallTicks
	.loc 1 664 5
	# consoleDrain: let blindWaits = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# blindWaits
	.loc 1 665 5
	# consoleDrain: while (consoleBytesQueued() > 0 && stallTicks < CONSOLE_STALL_TICKS &&
.Lwhile_123:
	call fn.consoleBytesQueued
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_124
	movq -8(%rbp), %rax	# stallTicks
	cmpq $3, %rax	# compare with CONSOLE_STALL_TICKS
	jge .Lendwhile_124
	movq -16(%rbp), %rax	# blindWaits
	cmpq $100000, %rax	# compare with CONSOLE_BLIND_WAITS
	jge .Lendwhile_124
	.loc 1 667 9
	# consoleDrain: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_125
	.loc 1 668 13
	# consoleDrain: blindWaits = blindWaits + 1;
	movq -16(%rbp), %rax	# blindWaits
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_126
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_126
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_126
	movq %rax, -16(%rbp)	# blindWaits =
.Lelse_125:
	.loc 1 670 9
	# consoleDrain: if (waitOnPort(consolePort)) {
	movq var.consolePort(%rip), %rdi	# consolePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_127
	.loc 1 671 13
	# consoleDrain: stallTicks = stallTicks + 1;
	movq -8(%rbp), %rax	# stallTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_128
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_128
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_128
	movq %rax, -8(%rbp)	# stallTicks =
.Lelse_127:
	jmp .Lwhile_123
.Lendwhile_124:
.Lreturn_120:
	leave
	ret
.Ltrap_126:
	leaq .Lstring58(%rip), %rdi	# trap: kernel.ts:668:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_128:
	leaq .Lstring59(%rip), %rdi	# trap: kernel.ts:671:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.consoleDrain, .-fn.consoleDrain

# function print(text)
	.type fn.print,@function
fn.print:
	.loc 1 688 1
	# print: function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 689 5
	# print: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_130:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_132
	.loc 1 690 9
	# print: consolePut(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_133
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.consolePut
.Lfornext_131:
	.loc 1 689 38
	# print: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_134
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_134
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_130
.Lendfor_132:
.Lreturn_129:
	leave
	ret
.Ltrap_133:
	leaq .Lstring60(%rip), %rdi	# trap: kernel.ts:690:20: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_134:
	leaq .Lstring61(%rip), %rdi	# trap: kernel.ts:689:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.print, .-fn.print

# function log(text)
	.type fn.log,@function
fn.log:
	.loc 1 694 1
	# log: function log(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 695 5
	# log: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 696 5
	# log: endLine();
	call fn.endLine
.Lreturn_135:
	leave
	ret
	.size fn.log, .-fn.log

# function printDecimal(value)
	.type fn.printDecimal,@function
fn.printDecimal:
	.loc 1 699 1
	# printDecimal: function printDecimal(value: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter value
	.loc 1 700 5
	# printDecimal: if (value < 0) {
	movq -8(%rbp), %rax	# value
	cmpq $0, %rax	# compare with 0
	jge .Lelse_137
	.loc 1 701 9
	# printDecimal: consolePut(45);
	movq $45, %rdi
	call fn.consolePut
	.loc 1 702 9
	# printDecimal: printDecimal(-value);
	movq -8(%rbp), %rax	# value
	negq %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 703 9
	# printDecimal: return;
	jmp .Lreturn_136
.Lelse_137:
	.loc 1 705 5
	# printDecimal: if (value >= 10) {
	movq -8(%rbp), %rax	# value
	cmpq $10, %rax	# compare with 10
	jl .Lelse_138
	.loc 1 706 9
	# printDecimal: printDecimal(Math.floor(value / 10));
	movq -8(%rbp), %rax	# value
	movq $10, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_139
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_139
	subq $1, %rax	# then the floor is one below
.Lfloored_139:
	movq %rax, %rdi
	call fn.printDecimal
.Lelse_138:
	.loc 1 708 5
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
	jo .Ltrap_140
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_140
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_140
	movq %rax, %rdi
	call fn.consolePut
.Lreturn_136:
	leave
	ret
.Ltrap_140:
	leaq .Lstring62(%rip), %rdi	# trap: kernel.ts:708:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printDecimal, .-fn.printDecimal

# function hexDigit(nibble)
	.type fn.hexDigit,@function
fn.hexDigit:
	.loc 1 711 1
	# hexDigit: function hexDigit(nibble: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter nibble
	.loc 1 712 5
	# hexDigit: return nibble < 10 ? 48 + nibble : 87 + nibble;
	movq -8(%rbp), %rax	# nibble
	cmpq $10, %rax	# compare with 10
	jge .Lelse_142
	movq $48, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_144
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_144
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_144
	jmp .Lendcond_143
.Lelse_142:
	movq $87, %rax
	movq -8(%rbp), %rdi	# nibble
	addq %rdi, %rax	# +
	jo .Ltrap_145
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_145
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_145
.Lendcond_143:
.Lreturn_141:
	leave
	ret
.Ltrap_144:
	leaq .Lstring63(%rip), %rdi	# trap: kernel.ts:712:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_145:
	leaq .Lstring64(%rip), %rdi	# trap: kernel.ts:712:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexDigit, .-fn.hexDigit

# function printEscapedByte(byte)
	.type fn.printEscapedByte,@function
fn.printEscapedByte:
	.loc 1 715 1
	# printEscapedByte: function printEscapedByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 716 5
	# printEscapedByte: if (byte === 34 || byte === 92) {            // '"' and '\'
	movq -8(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	je .Lskip_148
	movq -8(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	jne .Lelse_147
.Lskip_148:
	.loc 1 717 9
	# printEscapedByte: consolePut(92);
	movq $92, %rdi
	call fn.consolePut
	.loc 1 718 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_149
.Lelse_147:
	.loc 1 719 12
	# printEscapedByte: if (byte === 10) {
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	jne .Lelse_150
	.loc 1 720 9
	# printEscapedByte: print("\\n");
	leaq .Lstring65(%rip), %rdi	# "\\n"
	call fn.print
	jmp .Lendif_151
.Lelse_150:
	.loc 1 721 12
	# printEscapedByte: if (byte === 13) {
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	jne .Lelse_152
	.loc 1 722 9
	# printEscapedByte: print("\\r");
	leaq .Lstring66(%rip), %rdi	# "\\r"
	call fn.print
	jmp .Lendif_153
.Lelse_152:
	.loc 1 723 12
	# printEscapedByte: if (byte === 9) {
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	jne .Lelse_154
	.loc 1 724 9
	# printEscapedByte: print("\\t");
	leaq .Lstring67(%rip), %rdi	# "\\t"
	call fn.print
	jmp .Lendif_155
.Lelse_154:
	.loc 1 725 12
	# printEscapedByte: if (byte >= 32 && byte < 127) {
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jl .Lelse_156
	movq -8(%rbp), %rax	# byte
	cmpq $127, %rax	# compare with 127
	jge .Lelse_156
	.loc 1 726 9
	# printEscapedByte: consolePut(byte);
	movq -8(%rbp), %rdi	# byte
	call fn.consolePut
	jmp .Lendif_157
.Lelse_156:
	.loc 1 728 9
	# printEscapedByte: print("\\x");
	leaq .Lstring68(%rip), %rdi	# "\\x"
	call fn.print
	.loc 1 729 9
	# printEscapedByte: consolePut(hexDigit(byte >>> 4));
	movq -8(%rbp), %rax	# byte
	movq $4, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, %rdi
	call fn.hexDigit
	movq %rax, %rdi
	call fn.consolePut
	.loc 1 730 9
	# printEscapedByte: consolePut(hexDigit(byte & 15));
	movq -8(%rbp), %rax	# byte
	movq $15, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
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
	.loc 1 735 1
	# printQuoted: function printQuoted(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 736 5
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
	.loc 1 737 5
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
	.loc 1 738 5
	# printQuoted: for (let i = 0; i < shown; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_161:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# shown
	cmpq %rdi, %rax
	jge .Lendfor_163
	.loc 1 739 9
	# printQuoted: printEscapedByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_164
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
	.loc 1 738 32
	# printQuoted: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_165
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_165
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_161
.Lendfor_163:
	.loc 1 741 5
	# printQuoted: if (shown < length) {
	movq -24(%rbp), %rax	# shown
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_166
	.loc 1 742 9
	# printQuoted: print("...\" (");
	leaq .Lstring69(%rip), %rdi	# "...\" ("
	call fn.print
	.loc 1 743 9
	# printQuoted: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 744 9
	# printQuoted: print(" bytes)");
	leaq .Lstring70(%rip), %rdi	# " bytes)"
	call fn.print
	jmp .Lendif_167
.Lelse_166:
	.loc 1 746 9
	# printQuoted: consolePut(34);
	movq $34, %rdi
	call fn.consolePut
.Lendif_167:
.Lreturn_158:
	leave
	ret
.Ltrap_164:
	leaq .Lstring71(%rip), %rdi	# trap: kernel.ts:739:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_165:
	leaq .Lstring72(%rip), %rdi	# trap: kernel.ts:738:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printQuoted, .-fn.printQuoted

# function logErrno(text, errno)
	.type fn.logErrno,@function
fn.logErrno:
	.loc 1 750 1
	# logErrno: function logErrno(text: string, errno: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	movq %rsi, -16(%rbp)	# parameter errno
	.loc 1 751 5
	# logErrno: print(text);
	movq -8(%rbp), %rdi	# text
	call fn.print
	.loc 1 752 5
	# logErrno: printDecimal(errno);
	movq -16(%rbp), %rdi	# errno
	call fn.printDecimal
	.loc 1 753 5
	# logErrno: endLine();
	call fn.endLine
.Lreturn_168:
	leave
	ret
	.size fn.logErrno, .-fn.logErrno

# function copyBytes(destination, source, length)
	.type fn.copyBytes,@function
fn.copyBytes:
	.loc 1 756 1
	# copyBytes: function copyBytes(destination: number, source: number, length: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter source
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 757 5
	# copyBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_170:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_172
	.loc 1 758 9
	# copyBytes: store8(destination + i, load8(source + i));
	movq -8(%rbp), %rax	# destination
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_173
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_173
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_173
	pushq %rax
	movq -16(%rbp), %rax	# source
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_174
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_174
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_174
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	popq %rdi
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_171:
	.loc 1 757 33
	# copyBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_175
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_175
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_170
.Lendfor_172:
.Lreturn_169:
	leave
	ret
.Ltrap_173:
	leaq .Lstring73(%rip), %rdi	# trap: kernel.ts:758:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_174:
	leaq .Lstring74(%rip), %rdi	# trap: kernel.ts:758:39: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_175:
	leaq .Lstring75(%rip), %rdi	# trap: kernel.ts:757:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.copyBytes, .-fn.copyBytes

# function bytesEqual(address, length, word)
	.type fn.bytesEqual,@function
fn.bytesEqual:
	.loc 1 763 1
	# bytesEqual: function bytesEqual(address: number, length: number, word: string): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter word
	.loc 1 764 5
	# bytesEqual: if (length !== word.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_177
	.loc 1 765 9
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_176
.Lelse_177:
	.loc 1 767 5
	# bytesEqual: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_178:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_180
	.loc 1 768 9
	# bytesEqual: if (load8(address + i) !== word.charCodeAt(i)) {
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_182
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_182
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_182
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -24(%rbp), %rax	# word
	movq -32(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_183
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_181
	.loc 1 769 13
	# bytesEqual: return false;
	movq $0, %rax	# false
	jmp .Lreturn_176
.Lelse_181:
.Lfornext_179:
	.loc 1 767 33
	# bytesEqual: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_184
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_184
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_178
.Lendfor_180:
	.loc 1 772 5
	# bytesEqual: return true;
	movq $1, %rax	# true
.Lreturn_176:
	leave
	ret
.Ltrap_182:
	leaq .Lstring76(%rip), %rdi	# trap: kernel.ts:768:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_183:
	leaq .Lstring77(%rip), %rdi	# trap: kernel.ts:768:36: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_184:
	leaq .Lstring78(%rip), %rdi	# trap: kernel.ts:767:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesEqual, .-fn.bytesEqual

# function bytesMatch(first, second, length)
	.type fn.bytesMatch,@function
fn.bytesMatch:
	.loc 1 776 1
	# bytesMatch: function bytesMatch(first: number, second: number, length: number): b...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter first
	movq %rsi, -16(%rbp)	# parameter second
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 777 5
	# bytesMatch: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_186:
	movq -32(%rbp), %rax	# i
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_188
	.loc 1 778 9
	# bytesMatch: if (load8(first + i) !== load8(second + i)) {
	movq -8(%rbp), %rax	# first
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_190
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_190
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_190
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	pushq %rax
	movq -16(%rbp), %rax	# second
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_191
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_191
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_191
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	je .Lelse_189
	.loc 1 779 13
	# bytesMatch: return false;
	movq $0, %rax	# false
	jmp .Lreturn_185
.Lelse_189:
.Lfornext_187:
	.loc 1 777 33
	# bytesMatch: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_192
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_192
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_186
.Lendfor_188:
	.loc 1 782 5
	# bytesMatch: return true;
	movq $1, %rax	# true
.Lreturn_185:
	leave
	ret
.Ltrap_190:
	leaq .Lstring79(%rip), %rdi	# trap: kernel.ts:778:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_191:
	leaq .Lstring80(%rip), %rdi	# trap: kernel.ts:778:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_192:
	leaq .Lstring81(%rip), %rdi	# trap: kernel.ts:777:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.bytesMatch, .-fn.bytesMatch

# function decimalFromBytes(address, length)
	.type fn.decimalFromBytes,@function
fn.decimalFromBytes:
	.loc 1 786 1
	# decimalFromBytes: function decimalFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 787 5
	# decimalFromBytes: if (length === 0 || length > 9) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	je .Lskip_195
	movq -16(%rbp), %rax	# length
	cmpq $9, %rax	# compare with 9
	jle .Lelse_194
.Lskip_195:
	.loc 1 788 9
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_193
.Lelse_194:
	.loc 1 790 5
	# decimalFromBytes: let value = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# value
	.loc 1 791 5
	# decimalFromBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# i
.Lfor_196:
	movq -32(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_198
	.loc 1 792 9
	# decimalFromBytes: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -32(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_199
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_199
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_199
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -40(%rbp)	# byte
	.loc 1 793 9
	# decimalFromBytes: if (byte < 48 || byte > 57) {
	movq -40(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lskip_201
	movq -40(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jle .Lelse_200
.Lskip_201:
	.loc 1 794 13
	# decimalFromBytes: return -1;
	movq $-1, %rax
	jmp .Lreturn_193
.Lelse_200:
	.loc 1 796 9
	# decimalFromBytes: value = value * 10 + (byte - 48);
	movq -24(%rbp), %rax	# value
	movq $10, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_202
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_202
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_202
	pushq %rax
	movq -40(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_203
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_203
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_203
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_202
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_202
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_202
	movq %rax, -24(%rbp)	# value =
.Lfornext_197:
	.loc 1 791 33
	# decimalFromBytes: i++
	movq -32(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_204
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_204
	movq %rax, -32(%rbp)	# i =
	jmp .Lfor_196
.Lendfor_198:
	.loc 1 798 5
	# decimalFromBytes: return value;
	movq -24(%rbp), %rax	# value
.Lreturn_193:
	leave
	ret
.Ltrap_199:
	leaq .Lstring82(%rip), %rdi	# trap: kernel.ts:792:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_202:
	leaq .Lstring83(%rip), %rdi	# trap: kernel.ts:796:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_203:
	leaq .Lstring84(%rip), %rdi	# trap: kernel.ts:796:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_204:
	leaq .Lstring85(%rip), %rdi	# trap: kernel.ts:791:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.decimalFromBytes, .-fn.decimalFromBytes

# function bytesStartWith(address, length, prefix)
	.type fn.bytesStartWith,@function
fn.bytesStartWith:
	.loc 1 801 1
	# bytesStartWith: function bytesStartWith(address: number, length: number, prefix: stri...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	movq %rdx, -24(%rbp)	# parameter prefix
	.loc 1 802 5
	# bytesStartWith: if (length < prefix.length) {
	movq -16(%rbp), %rax	# length
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lelse_206
	.loc 1 803 9
	# bytesStartWith: return false;
	movq $0, %rax	# false
	jmp .Lreturn_205
.Lelse_206:
	.loc 1 805 5
	# bytesStartWith: return bytesEqual(address, prefix.length, prefix);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# prefix
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -24(%rbp), %rdx	# prefix
	call fn.bytesEqual
.Lreturn_205:
	leave
	ret
	.size fn.bytesStartWith, .-fn.bytesStartWith

# function storeErrorName(code)
	.type fn.storeErrorName,@function
fn.storeErrorName:
	.loc 1 898 1
	# storeErrorName: function storeErrorName(code: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 899 5
	# storeErrorName: switch (code) {
	movq -8(%rbp), %rax	# code
	cmpq $-1, %rax	# case XSE_EINVAL
	je .Lcase_209
	cmpq $-2, %rax	# case XSE_EACCES
	je .Lcase_210
	cmpq $-3, %rax	# case XSE_EEXIST
	je .Lcase_211
	cmpq $-4, %rax	# case XSE_EISDIR
	je .Lcase_212
	cmpq $-5, %rax	# case XSE_ENOENT
	je .Lcase_213
	cmpq $-6, %rax	# case XSE_ENOMEM
	je .Lcase_214
	cmpq $-7, %rax	# case XSE_ENOSPC
	je .Lcase_215
	cmpq $-8, %rax	# case XSE_EIO
	je .Lcase_216
	cmpq $-9, %rax	# case XSE_ENOTEMPTY
	je .Lcase_217
	cmpq $-10, %rax	# case XSE_ENOSYS
	je .Lcase_218
	cmpq $-11, %rax	# case XSE_EROFS
	je .Lcase_219
	cmpq $-12, %rax	# case XSE_EBUSY
	je .Lcase_220
	cmpq $-13, %rax	# case XSE_EAGAIN
	je .Lcase_221
	cmpq $-14, %rax	# case XSE_EISCONN
	je .Lcase_222
	cmpq $-15, %rax	# case XSE_E2BIG
	je .Lcase_223
	cmpq $-16, %rax	# case XSE_EPERM
	je .Lcase_224
	cmpq $-18, %rax	# case XSE_PROTOCOL
	je .Lcase_225
	cmpq $-19, %rax	# case XSE_TIMEOUT
	je .Lcase_226
	jmp .Lcase_227
.Lcase_209:
	.loc 1 900 26
	# storeErrorName: return "EINVAL";
	leaq .Lstring86(%rip), %rax	# "EINVAL"
	jmp .Lreturn_207
.Lcase_210:
	.loc 1 901 26
	# storeErrorName: return "EACCES";
	leaq .Lstring87(%rip), %rax	# "EACCES"
	jmp .Lreturn_207
.Lcase_211:
	.loc 1 902 26
	# storeErrorName: return "EEXIST";
	leaq .Lstring88(%rip), %rax	# "EEXIST"
	jmp .Lreturn_207
.Lcase_212:
	.loc 1 903 26
	# storeErrorName: return "EISDIR";
	leaq .Lstring89(%rip), %rax	# "EISDIR"
	jmp .Lreturn_207
.Lcase_213:
	.loc 1 904 26
	# storeErrorName: return "ENOENT";
	leaq .Lstring90(%rip), %rax	# "ENOENT"
	jmp .Lreturn_207
.Lcase_214:
	.loc 1 905 26
	# storeErrorName: return "ENOMEM";
	leaq .Lstring91(%rip), %rax	# "ENOMEM"
	jmp .Lreturn_207
.Lcase_215:
	.loc 1 906 26
	# storeErrorName: return "ENOSPC";
	leaq .Lstring92(%rip), %rax	# "ENOSPC"
	jmp .Lreturn_207
.Lcase_216:
	.loc 1 907 23
	# storeErrorName: return "EIO";
	leaq .Lstring93(%rip), %rax	# "EIO"
	jmp .Lreturn_207
.Lcase_217:
	.loc 1 908 29
	# storeErrorName: return "ENOTEMPTY";
	leaq .Lstring94(%rip), %rax	# "ENOTEMPTY"
	jmp .Lreturn_207
.Lcase_218:
	.loc 1 909 26
	# storeErrorName: return "ENOSYS";
	leaq .Lstring95(%rip), %rax	# "ENOSYS"
	jmp .Lreturn_207
.Lcase_219:
	.loc 1 910 25
	# storeErrorName: return "EROFS";
	leaq .Lstring96(%rip), %rax	# "EROFS"
	jmp .Lreturn_207
.Lcase_220:
	.loc 1 911 25
	# storeErrorName: return "EBUSY";
	leaq .Lstring97(%rip), %rax	# "EBUSY"
	jmp .Lreturn_207
.Lcase_221:
	.loc 1 912 26
	# storeErrorName: return "EAGAIN";
	leaq .Lstring98(%rip), %rax	# "EAGAIN"
	jmp .Lreturn_207
.Lcase_222:
	.loc 1 913 27
	# storeErrorName: return "EISCONN";
	leaq .Lstring99(%rip), %rax	# "EISCONN"
	jmp .Lreturn_207
.Lcase_223:
	.loc 1 914 25
	# storeErrorName: return "E2BIG";
	leaq .Lstring100(%rip), %rax	# "E2BIG"
	jmp .Lreturn_207
.Lcase_224:
	.loc 1 915 25
	# storeErrorName: return "EPERM";
	leaq .Lstring101(%rip), %rax	# "EPERM"
	jmp .Lreturn_207
.Lcase_225:
	.loc 1 916 28
	# storeErrorName: return "protocol error";
	leaq .Lstring102(%rip), %rax	# "protocol error"
	jmp .Lreturn_207
.Lcase_226:
	.loc 1 917 27
	# storeErrorName: return "no reply";
	leaq .Lstring103(%rip), %rax	# "no reply"
	jmp .Lreturn_207
.Lcase_227:
	.loc 1 918 18
	# storeErrorName: return "unknown error";
	leaq .Lstring104(%rip), %rax	# "unknown error"
	jmp .Lreturn_207
.Lendswitch_208:
.Lreturn_207:
	leave
	ret
	.size fn.storeErrorName, .-fn.storeErrorName

# function storeErrorFromReply(address, length)
	.type fn.storeErrorFromReply,@function
fn.storeErrorFromReply:
	.loc 1 923 1
	# storeErrorFromReply: function storeErrorFromReply(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 924 5
	# storeErrorFromReply: const nameLength = length > 0 && load8(address + length - 1) === 0 ? ...
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_229
	movq -8(%rbp), %rax	# address
	movq -16(%rbp), %rdi	# length
	addq %rdi, %rax	# +
	jo .Ltrap_231
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_231
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_231
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_231
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_231
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_231
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_229
	movq -16(%rbp), %rax	# length
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_232
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_232
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_232
	jmp .Lendcond_230
.Lelse_229:
	movq -16(%rbp), %rax	# length
.Lendcond_230:
	movq %rax, -24(%rbp)	# nameLength
	.loc 1 925 5
	# storeErrorFromReply: for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
	movq $-1, %rax	# XSE_EINVAL
	movq %rax, -32(%rbp)	# code
.Lfor_233:
	movq -32(%rbp), %rax	# code
	cmpq $-16, %rax	# compare with XSE_EPERM
	jl .Lendfor_235
	.loc 1 926 9
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
	je .Lelse_236
	.loc 1 927 13
	# storeErrorFromReply: return code;
	movq -32(%rbp), %rax	# code
	jmp .Lreturn_228
.Lelse_236:
.Lfornext_234:
	.loc 1 925 52
	# storeErrorFromReply: code--
	movq -32(%rbp), %rax	# code
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_237
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_237
	movq %rax, -32(%rbp)	# code =
	jmp .Lfor_233
.Lendfor_235:
	.loc 1 930 5
	# storeErrorFromReply: return XSE_UNKNOWN;
	movq $-17, %rax	# XSE_UNKNOWN
.Lreturn_228:
	leave
	ret
.Ltrap_231:
	leaq .Lstring105(%rip), %rdi	# trap: kernel.ts:924:44: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_232:
	leaq .Lstring106(%rip), %rdi	# trap: kernel.ts:924:74: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_237:
	leaq .Lstring107(%rip), %rdi	# trap: kernel.ts:925:52: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeErrorFromReply, .-fn.storeErrorFromReply

# function requestBegin(type)
	.type fn.requestBegin,@function
fn.requestBegin:
	.loc 1 952 1
	# requestBegin: function requestBegin(type: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter type
	.loc 1 953 5
	# requestBegin: store32(storeRequest + XS_HEADER_TYPE, type);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_239
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_239
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_239
	movq %rax, %rdi
	movq -8(%rbp), %rax	# type
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 954 5
	# requestBegin: storeRequestLength = 0;
	movq $0, %rax
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
	.loc 1 955 5
	# requestBegin: storeRequestTooLong = false;
	movq $0, %rax	# false
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
.Lreturn_238:
	leave
	ret
.Ltrap_239:
	leaq .Lstring108(%rip), %rdi	# trap: kernel.ts:953:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestBegin, .-fn.requestBegin

# function requestAppendByte(byte)
	.type fn.requestAppendByte,@function
fn.requestAppendByte:
	.loc 1 958 1
	# requestAppendByte: function requestAppendByte(byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 959 5
	# requestAppendByte: if (storeRequestLength >= XS_PAYLOAD_MAX) {
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jl .Lelse_241
	.loc 1 960 9
	# requestAppendByte: storeRequestTooLong = true;
	movq $1, %rax	# true
	movq %rax, var.storeRequestTooLong(%rip)	# storeRequestTooLong =
	.loc 1 961 9
	# requestAppendByte: return;
	jmp .Lreturn_240
.Lelse_241:
	.loc 1 963 5
	# requestAppendByte: store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_242
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_242
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_242
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_242
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_242
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_242
	movq %rax, %rdi
	movq -8(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
	.loc 1 964 5
	# requestAppendByte: storeRequestLength = storeRequestLength + 1;
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_243
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_243
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_243
	movq %rax, var.storeRequestLength(%rip)	# storeRequestLength =
.Lreturn_240:
	leave
	ret
.Ltrap_242:
	leaq .Lstring109(%rip), %rdi	# trap: kernel.ts:963:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_243:
	leaq .Lstring110(%rip), %rdi	# trap: kernel.ts:964:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendByte, .-fn.requestAppendByte

# function requestAppendText(text)
	.type fn.requestAppendText,@function
fn.requestAppendText:
	.loc 1 968 1
	# requestAppendText: function requestAppendText(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 969 5
	# requestAppendText: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_245:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_247
	.loc 1 970 9
	# requestAppendText: requestAppendByte(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_248
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_246:
	.loc 1 969 38
	# requestAppendText: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_249
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_249
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_245
.Lendfor_247:
.Lreturn_244:
	leave
	ret
.Ltrap_248:
	leaq .Lstring111(%rip), %rdi	# trap: kernel.ts:970:27: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_249:
	leaq .Lstring112(%rip), %rdi	# trap: kernel.ts:969:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendText, .-fn.requestAppendText

# function requestAppendString(text)
	.type fn.requestAppendString,@function
fn.requestAppendString:
	.loc 1 975 1
	# requestAppendString: function requestAppendString(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 976 5
	# requestAppendString: requestAppendText(text);
	movq -8(%rbp), %rdi	# text
	call fn.requestAppendText
	.loc 1 977 5
	# requestAppendString: requestAppendByte(0);
	movq $0, %rdi
	call fn.requestAppendByte
.Lreturn_250:
	leave
	ret
	.size fn.requestAppendString, .-fn.requestAppendString

# function requestAppendBytes(address, length)
	.type fn.requestAppendBytes,@function
fn.requestAppendBytes:
	.loc 1 980 1
	# requestAppendBytes: function requestAppendBytes(address: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 981 5
	# requestAppendBytes: for (let i = 0; i < length; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_252:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendfor_254
	.loc 1 982 9
	# requestAppendBytes: requestAppendByte(load8(address + i));
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_255
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_255
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_255
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.requestAppendByte
.Lfornext_253:
	.loc 1 981 33
	# requestAppendBytes: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_256
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_256
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_252
.Lendfor_254:
.Lreturn_251:
	leave
	ret
.Ltrap_255:
	leaq .Lstring113(%rip), %rdi	# trap: kernel.ts:982:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_256:
	leaq .Lstring114(%rip), %rdi	# trap: kernel.ts:981:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.requestAppendBytes, .-fn.requestAppendBytes

# function storeRequestSpace()
	.type fn.storeRequestSpace,@function
fn.storeRequestSpace:
	.loc 1 987 1
	# storeRequestSpace: function storeRequestSpace(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 988 5
	# storeRequestSpace: const consumer = load32(storeRing + XS_REQ_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2048, %rdi	# XS_REQ_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_258
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_258
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_258
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 989 5
	# storeRequestSpace: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_259
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_259
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_259
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 990 5
	# storeRequestSpace: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 991 5
	# storeRequestSpace: const inFlight = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_260
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_260
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_260
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# inFlight
	.loc 1 992 5
	# storeRequestSpace: if (inFlight > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# inFlight
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_261
	.loc 1 993 9
	# storeRequestSpace: print("xenstore: request ring indexes make no sense (prod ");
	leaq .Lstring115(%rip), %rdi	# "xenstore: request ring indexes make no 
	call fn.print
	.loc 1 994 9
	# storeRequestSpace: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 995 9
	# storeRequestSpace: print(", cons ");
	leaq .Lstring116(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 996 9
	# storeRequestSpace: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 997 9
	# storeRequestSpace: log("); request dropped");
	leaq .Lstring117(%rip), %rdi	# "); request dropped"
	call fn.log
	.loc 1 998 9
	# storeRequestSpace: return -1;
	movq $-1, %rax
	jmp .Lreturn_257
.Lelse_261:
	.loc 1 1000 5
	# storeRequestSpace: return XS_RING_SIZE - inFlight;
	movq $1024, %rax	# XS_RING_SIZE
	movq -24(%rbp), %rdi	# inFlight
	subq %rdi, %rax	# -
	jo .Ltrap_262
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_262
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_262
.Lreturn_257:
	leave
	ret
.Ltrap_258:
	leaq .Lstring118(%rip), %rdi	# trap: kernel.ts:988:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_259:
	leaq .Lstring119(%rip), %rdi	# trap: kernel.ts:989:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_260:
	leaq .Lstring120(%rip), %rdi	# trap: kernel.ts:991:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_262:
	leaq .Lstring121(%rip), %rdi	# trap: kernel.ts:1000:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeRequestSpace, .-fn.storeRequestSpace

# function ringChunk(index, ready, wanted)
	.type fn.ringChunk,@function
fn.ringChunk:
	.loc 1 1006 1
	# ringChunk: function ringChunk(index: number, ready: number, wanted: number): num...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter index
	movq %rsi, -16(%rbp)	# parameter ready
	movq %rdx, -24(%rbp)	# parameter wanted
	.loc 1 1007 5
	# ringChunk: let chunk = XS_RING_SIZE - (index & (XS_RING_SIZE - 1));
	movq $1024, %rax	# XS_RING_SIZE
	pushq %rax
	movq -8(%rbp), %rax	# index
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_264
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_264
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_264
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	jo .Ltrap_265
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_265
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_265
	movq %rax, -32(%rbp)	# chunk
	.loc 1 1008 5
	# ringChunk: if (chunk > ready) {
	movq -32(%rbp), %rax	# chunk
	movq -16(%rbp), %rdi	# ready
	cmpq %rdi, %rax
	jle .Lelse_266
	.loc 1 1009 9
	# ringChunk: chunk = ready;
	movq -16(%rbp), %rax	# ready
	movq %rax, -32(%rbp)	# chunk =
.Lelse_266:
	.loc 1 1011 5
	# ringChunk: if (chunk > wanted) {
	movq -32(%rbp), %rax	# chunk
	movq -24(%rbp), %rdi	# wanted
	cmpq %rdi, %rax
	jle .Lelse_267
	.loc 1 1012 9
	# ringChunk: chunk = wanted;
	movq -24(%rbp), %rax	# wanted
	movq %rax, -32(%rbp)	# chunk =
.Lelse_267:
	.loc 1 1014 5
	# ringChunk: return chunk;
	movq -32(%rbp), %rax	# chunk
.Lreturn_263:
	leave
	ret
.Ltrap_264:
	leaq .Lstring122(%rip), %rdi	# trap: kernel.ts:1007:42: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_265:
	leaq .Lstring123(%rip), %rdi	# trap: kernel.ts:1007:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.ringChunk, .-fn.ringChunk

# function storeWriteStream(source, length)
	.type fn.storeWriteStream,@function
fn.storeWriteStream:
	.loc 1 1020 1
	# storeWriteStream: function storeWriteStream(source: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter source
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1021 5
	# storeWriteStream: let sent = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# sent
	.loc 1 1022 5
	# storeWriteStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1023 5
	# storeWriteStream: while (sent < length) {
.Lwhile_269:
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_270
	.loc 1 1024 9
	# storeWriteStream: const space = storeRequestSpace();
	call fn.storeRequestSpace
	movq %rax, -40(%rbp)	# space
	.loc 1 1025 9
	# storeWriteStream: if (space < 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jge .Lelse_271
	.loc 1 1026 13
	# storeWriteStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_268
.Lelse_271:
	.loc 1 1028 9
	# storeWriteStream: if (space === 0) {
	movq -40(%rbp), %rax	# space
	cmpq $0, %rax	# compare with 0
	jne .Lelse_272
	.loc 1 1029 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1030 13
	# storeWriteStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_273
	.loc 1 1031 17
	# storeWriteStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_274
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_274
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_274
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1032 17
	# storeWriteStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_275
	.loc 1 1033 21
	# storeWriteStream: log("xenstore: request ring stayed full; request abandoned");
	leaq .Lstring124(%rip), %rdi	# "xenstore: request ring stayed full; req
	call fn.log
	.loc 1 1034 21
	# storeWriteStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_268
.Lelse_275:
.Lelse_273:
	.loc 1 1037 13
	# storeWriteStream: continue;
	jmp .Lwhile_269
.Lelse_272:
	.loc 1 1039 9
	# storeWriteStream: const producer = load32(storeRing + XS_REQ_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_276
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_276
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_276
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# producer
	.loc 1 1040 9
	# storeWriteStream: const chunk = ringChunk(producer, space, length - sent);
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq -40(%rbp), %rax	# space
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# sent
	subq %rdi, %rax	# -
	jo .Ltrap_277
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_277
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_277
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1041 9
	# storeWriteStream: const to = storeRing + XS_REQ + (producer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $0, %rdi	# XS_REQ
	addq %rdi, %rax	# +
	jo .Ltrap_278
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_278
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_278
	pushq %rax
	movq -48(%rbp), %rax	# producer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_279
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_279
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_279
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_278
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_278
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_278
	movq %rax, -64(%rbp)	# to
	.loc 1 1042 9
	# storeWriteStream: copyBytes(to, source + sent, chunk);
	movq -64(%rbp), %rax	# to
	pushq %rax
	movq -8(%rbp), %rax	# source
	movq -24(%rbp), %rdi	# sent
	addq %rdi, %rax	# +
	jo .Ltrap_280
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_280
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_280
	movq %rax, %rsi
	popq %rdi
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 1043 9
	# storeWriteStream: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1044 9
	# storeWriteStream: store32(storeRing + XS_REQ_PROD, (producer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2052, %rdi	# XS_REQ_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_281
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_281
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_281
	pushq %rax
	movq -48(%rbp), %rax	# producer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_282
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_282
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_282
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1045 9
	# storeWriteStream: sent = sent + chunk;
	movq -24(%rbp), %rax	# sent
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_283
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_283
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_283
	movq %rax, -24(%rbp)	# sent =
	.loc 1 1046 9
	# storeWriteStream: if (sent < length) {
	movq -24(%rbp), %rax	# sent
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lelse_284
	.loc 1 1047 13
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lelse_284:
	jmp .Lwhile_269
.Lendwhile_270:
	.loc 1 1050 5
	# storeWriteStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1051 5
	# storeWriteStream: return 0;
	movq $0, %rax
.Lreturn_268:
	leave
	ret
.Ltrap_274:
	leaq .Lstring125(%rip), %rdi	# trap: kernel.ts:1031:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_276:
	leaq .Lstring126(%rip), %rdi	# trap: kernel.ts:1039:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_277:
	leaq .Lstring127(%rip), %rdi	# trap: kernel.ts:1040:50: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_278:
	leaq .Lstring128(%rip), %rdi	# trap: kernel.ts:1041:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_279:
	leaq .Lstring129(%rip), %rdi	# trap: kernel.ts:1041:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_280:
	leaq .Lstring130(%rip), %rdi	# trap: kernel.ts:1042:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_281:
	leaq .Lstring131(%rip), %rdi	# trap: kernel.ts:1044:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_282:
	leaq .Lstring132(%rip), %rdi	# trap: kernel.ts:1044:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_283:
	leaq .Lstring133(%rip), %rdi	# trap: kernel.ts:1045:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeWriteStream, .-fn.storeWriteStream

# function storeResynchronise()
	.type fn.storeResynchronise,@function
fn.storeResynchronise:
	.loc 1 1059 1
	# storeResynchronise: function storeResynchronise(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1060 5
	# storeResynchronise: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_286
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_286
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_286
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# producer
	.loc 1 1061 5
	# storeResynchronise: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1062 5
	# storeResynchronise: store32(storeRing + XS_RSP_CONS, producer);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_287
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_287
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_287
	movq %rax, %rdi
	movq -8(%rbp), %rax	# producer
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1063 5
	# storeResynchronise: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
.Lreturn_285:
	leave
	ret
.Ltrap_286:
	leaq .Lstring134(%rip), %rdi	# trap: kernel.ts:1060:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_287:
	leaq .Lstring135(%rip), %rdi	# trap: kernel.ts:1062:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeResynchronise, .-fn.storeResynchronise

# function storeBytesAvailable()
	.type fn.storeBytesAvailable,@function
fn.storeBytesAvailable:
	.loc 1 1067 1
	# storeBytesAvailable: function storeBytesAvailable(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1068 5
	# storeBytesAvailable: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_289
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_289
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_289
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -8(%rbp)	# consumer
	.loc 1 1069 5
	# storeBytesAvailable: const producer = load32(storeRing + XS_RSP_PROD);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2060, %rdi	# XS_RSP_PROD
	addq %rdi, %rax	# +
	jo .Ltrap_290
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_290
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_290
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# producer
	.loc 1 1070 5
	# storeBytesAvailable: readBarrier();
	# readBarrier: compiler barrier only; every access already happens in program order
	.loc 1 1071 5
	# storeBytesAvailable: const available = (producer - consumer) >>> 0;
	movq -16(%rbp), %rax	# producer
	movq -8(%rbp), %rdi	# consumer
	subq %rdi, %rax	# -
	jo .Ltrap_291
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_291
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_291
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	movq %rax, -24(%rbp)	# available
	.loc 1 1072 5
	# storeBytesAvailable: if (available > XS_RING_SIZE) {
	movq -24(%rbp), %rax	# available
	cmpq $1024, %rax	# compare with XS_RING_SIZE
	jle .Lelse_292
	.loc 1 1073 9
	# storeBytesAvailable: print("xenstore: reply ring indexes make no sense (prod ");
	leaq .Lstring136(%rip), %rdi	# "xenstore: reply ring indexes make no se
	call fn.print
	.loc 1 1074 9
	# storeBytesAvailable: printDecimal(producer);
	movq -16(%rbp), %rdi	# producer
	call fn.printDecimal
	.loc 1 1075 9
	# storeBytesAvailable: print(", cons ");
	leaq .Lstring116(%rip), %rdi	# ", cons "
	call fn.print
	.loc 1 1076 9
	# storeBytesAvailable: printDecimal(consumer);
	movq -8(%rbp), %rdi	# consumer
	call fn.printDecimal
	.loc 1 1077 9
	# storeBytesAvailable: log("); resynchronising");
	leaq .Lstring137(%rip), %rdi	# "); resynchronising"
	call fn.log
	.loc 1 1078 9
	# storeBytesAvailable: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1079 9
	# storeBytesAvailable: return -1;
	movq $-1, %rax
	jmp .Lreturn_288
.Lelse_292:
	.loc 1 1081 5
	# storeBytesAvailable: return available;
	movq -24(%rbp), %rax	# available
.Lreturn_288:
	leave
	ret
.Ltrap_289:
	leaq .Lstring138(%rip), %rdi	# trap: kernel.ts:1068:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_290:
	leaq .Lstring139(%rip), %rdi	# trap: kernel.ts:1069:29: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_291:
	leaq .Lstring140(%rip), %rdi	# trap: kernel.ts:1071:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeBytesAvailable, .-fn.storeBytesAvailable

# function storeReadStream(destination, length)
	.type fn.storeReadStream,@function
fn.storeReadStream:
	.loc 1 1085 1
	# storeReadStream: function storeReadStream(destination: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $64, %rsp	# 8 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1086 5
	# storeReadStream: let received = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# received
	.loc 1 1087 5
	# storeReadStream: let waitedTicks = 0;
	movq $0, %rax
	movq %rax, -32(%rbp)	# waitedTicks
	.loc 1 1088 5
	# storeReadStream: while (received < length) {
.Lwhile_294:
	movq -24(%rbp), %rax	# received
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_295
	.loc 1 1089 9
	# storeReadStream: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -40(%rbp)	# available
	.loc 1 1090 9
	# storeReadStream: if (available < 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jge .Lelse_296
	.loc 1 1091 13
	# storeReadStream: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_293
.Lelse_296:
	.loc 1 1093 9
	# storeReadStream: if (available === 0) {
	movq -40(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jne .Lelse_297
	.loc 1 1094 13
	# storeReadStream: if (waitOnPort(storePort)) {
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	testq %rax, %rax
	je .Lelse_298
	.loc 1 1095 17
	# storeReadStream: waitedTicks = waitedTicks + 1;
	movq -32(%rbp), %rax	# waitedTicks
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_299
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_299
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_299
	movq %rax, -32(%rbp)	# waitedTicks =
	.loc 1 1096 17
	# storeReadStream: if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
	movq -32(%rbp), %rax	# waitedTicks
	cmpq $10, %rax	# compare with XS_REPLY_TIMEOUT_TICKS
	jl .Lelse_300
	.loc 1 1097 21
	# storeReadStream: log("xenstore: no reply from xenstored; giving up on this request");
	leaq .Lstring141(%rip), %rdi	# "xenstore: no reply from xenstored; givi
	call fn.log
	.loc 1 1098 21
	# storeReadStream: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1099 21
	# storeReadStream: return XSE_TIMEOUT;
	movq $-19, %rax	# XSE_TIMEOUT
	jmp .Lreturn_293
.Lelse_300:
.Lelse_298:
	.loc 1 1102 13
	# storeReadStream: continue;
	jmp .Lwhile_294
.Lelse_297:
	.loc 1 1104 9
	# storeReadStream: const consumer = load32(storeRing + XS_RSP_CONS);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_301
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_301
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_301
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -48(%rbp)	# consumer
	.loc 1 1105 9
	# storeReadStream: const chunk = ringChunk(consumer, available, length - received);
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq -40(%rbp), %rax	# available
	pushq %rax
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# received
	subq %rdi, %rax	# -
	jo .Ltrap_302
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_302
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_302
	movq %rax, %rdx
	popq %rsi
	popq %rdi
	call fn.ringChunk
	movq %rax, -56(%rbp)	# chunk
	.loc 1 1106 9
	# storeReadStream: const from = storeRing + XS_RSP + (consumer & (XS_RING_SIZE - 1));
	movq var.storeRing(%rip), %rax	# storeRing
	movq $1024, %rdi	# XS_RSP
	addq %rdi, %rax	# +
	jo .Ltrap_303
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_303
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_303
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	pushq %rax
	movq $1024, %rax	# XS_RING_SIZE
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_304
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_304
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_304
	movq %rax, %rdi
	popq %rax
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_303
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_303
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_303
	movq %rax, -64(%rbp)	# from
	.loc 1 1107 9
	# storeReadStream: copyBytes(destination + received, from, chunk);
	movq -8(%rbp), %rax	# destination
	movq -24(%rbp), %rdi	# received
	addq %rdi, %rax	# +
	jo .Ltrap_305
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_305
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_305
	movq %rax, %rdi
	movq -64(%rbp), %rsi	# from
	movq -56(%rbp), %rdx	# chunk
	call fn.copyBytes
	.loc 1 1108 9
	# storeReadStream: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 1109 9
	# storeReadStream: store32(storeRing + XS_RSP_CONS, (consumer + chunk) >>> 0);
	movq var.storeRing(%rip), %rax	# storeRing
	movq $2056, %rdi	# XS_RSP_CONS
	addq %rdi, %rax	# +
	jo .Ltrap_306
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_306
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_306
	pushq %rax
	movq -48(%rbp), %rax	# consumer
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_307
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_307
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_307
	movq $0, %rdi
	movl %edi, %ecx	# >>> (count mod 32)
	shrl %cl, %eax	# 32-bit result, zero-extended: a uint32
	popq %rdi
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1110 9
	# storeReadStream: notifyPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.notifyPort
	.loc 1 1111 9
	# storeReadStream: received = received + chunk;
	movq -24(%rbp), %rax	# received
	movq -56(%rbp), %rdi	# chunk
	addq %rdi, %rax	# +
	jo .Ltrap_308
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_308
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_308
	movq %rax, -24(%rbp)	# received =
	jmp .Lwhile_294
.Lendwhile_295:
	.loc 1 1113 5
	# storeReadStream: return 0;
	movq $0, %rax
.Lreturn_293:
	leave
	ret
.Ltrap_299:
	leaq .Lstring142(%rip), %rdi	# trap: kernel.ts:1095:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_301:
	leaq .Lstring143(%rip), %rdi	# trap: kernel.ts:1104:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_302:
	leaq .Lstring144(%rip), %rdi	# trap: kernel.ts:1105:54: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_303:
	leaq .Lstring145(%rip), %rdi	# trap: kernel.ts:1106:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_304:
	leaq .Lstring146(%rip), %rdi	# trap: kernel.ts:1106:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_305:
	leaq .Lstring147(%rip), %rdi	# trap: kernel.ts:1107:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_306:
	leaq .Lstring148(%rip), %rdi	# trap: kernel.ts:1109:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_307:
	leaq .Lstring149(%rip), %rdi	# trap: kernel.ts:1109:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_308:
	leaq .Lstring150(%rip), %rdi	# trap: kernel.ts:1111:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReadStream, .-fn.storeReadStream

# function noteWatchEvent(payload, length)
	.type fn.noteWatchEvent,@function
fn.noteWatchEvent:
	.loc 1 1117 1
	# noteWatchEvent: function noteWatchEvent(payload: number, length: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 5 local slot(s)
	movq %rdi, -8(%rbp)	# parameter payload
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1118 5
	# noteWatchEvent: let pathEnd = 0;
	movq $0, %rax
	movq %rax, -24(%rbp)	# pathEnd
	.loc 1 1119 5
	# noteWatchEvent: while (pathEnd < length && load8(payload + pathEnd) !== 0) {
.Lwhile_310:
	movq -24(%rbp), %rax	# pathEnd
	movq -16(%rbp), %rdi	# length
	cmpq %rdi, %rax
	jge .Lendwhile_311
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_312
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_312
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_312
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	je .Lendwhile_311
	.loc 1 1120 9
	# noteWatchEvent: pathEnd = pathEnd + 1;
	movq -24(%rbp), %rax	# pathEnd
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_313
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_313
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_313
	movq %rax, -24(%rbp)	# pathEnd =
	jmp .Lwhile_310
.Lendwhile_311:
	.loc 1 1122 5
	# noteWatchEvent: const token = payload + pathEnd + 1;
	movq -8(%rbp), %rax	# payload
	movq -24(%rbp), %rdi	# pathEnd
	addq %rdi, %rax	# +
	jo .Ltrap_314
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_314
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_314
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_314
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_314
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_314
	movq %rax, -32(%rbp)	# token
	.loc 1 1123 5
	# noteWatchEvent: let tokenLength = length - pathEnd - 1;
	movq -16(%rbp), %rax	# length
	movq -24(%rbp), %rdi	# pathEnd
	subq %rdi, %rax	# -
	jo .Ltrap_315
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_315
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_315
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_315
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_315
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_315
	movq %rax, -40(%rbp)	# tokenLength
	.loc 1 1124 5
	# noteWatchEvent: if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jle .Lelse_316
	movq -32(%rbp), %rax	# token
	movq -40(%rbp), %rdi	# tokenLength
	addq %rdi, %rax	# +
	jo .Ltrap_317
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_317
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_317
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_317
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_317
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_317
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $0, %rax	# compare with 0
	jne .Lelse_316
	.loc 1 1125 9
	# noteWatchEvent: tokenLength = tokenLength - 1;
	movq -40(%rbp), %rax	# tokenLength
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_318
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_318
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_318
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_316:
	.loc 1 1127 5
	# noteWatchEvent: if (tokenLength < 0) {
	movq -40(%rbp), %rax	# tokenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_319
	.loc 1 1128 9
	# noteWatchEvent: tokenLength = 0;
	movq $0, %rax
	movq %rax, -40(%rbp)	# tokenLength =
.Lelse_319:
	.loc 1 1130 5
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring151(%rip), %rdx	# WATCH_TOKEN_SHUTDOWN
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_320
	.loc 1 1131 9
	# noteWatchEvent: shutdownWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	jmp .Lendif_321
.Lelse_320:
	.loc 1 1132 12
	# noteWatchEvent: if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	leaq .Lstring152(%rip), %rdx	# WATCH_TOKEN_TESTING
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_322
	.loc 1 1133 9
	# noteWatchEvent: testingWatchFired = true;
	movq $1, %rax	# true
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	jmp .Lendif_323
.Lelse_322:
	.loc 1 1135 9
	# noteWatchEvent: print("xenstore: watch event with an unknown token ");
	leaq .Lstring153(%rip), %rdi	# "xenstore: watch event with an unknown t
	call fn.print
	.loc 1 1136 9
	# noteWatchEvent: printQuoted(token, tokenLength);
	movq -32(%rbp), %rdi	# token
	movq -40(%rbp), %rsi	# tokenLength
	call fn.printQuoted
	.loc 1 1137 9
	# noteWatchEvent: endLine();
	call fn.endLine
.Lendif_323:
.Lendif_321:
.Lreturn_309:
	leave
	ret
.Ltrap_312:
	leaq .Lstring154(%rip), %rdi	# trap: kernel.ts:1119:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_313:
	leaq .Lstring155(%rip), %rdi	# trap: kernel.ts:1120:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_314:
	leaq .Lstring156(%rip), %rdi	# trap: kernel.ts:1122:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_315:
	leaq .Lstring157(%rip), %rdi	# trap: kernel.ts:1123:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_317:
	leaq .Lstring158(%rip), %rdi	# trap: kernel.ts:1124:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_318:
	leaq .Lstring159(%rip), %rdi	# trap: kernel.ts:1125:23: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.noteWatchEvent, .-fn.noteWatchEvent

# function storeReceiveMessage()
	.type fn.storeReceiveMessage,@function
fn.storeReceiveMessage:
	.loc 1 1143 1
	# storeReceiveMessage: function storeReceiveMessage(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1144 5
	# storeReceiveMessage: const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
	leaq buf.storeMessage(%rip), %rdi	# storeMessage
	movq $16, %rsi	# XS_HEADER_BYTES
	call fn.storeReadStream
	movq %rax, -8(%rbp)	# headerResult
	.loc 1 1145 5
	# storeReceiveMessage: if (headerResult < 0) {
	movq -8(%rbp), %rax	# headerResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_325
	.loc 1 1146 9
	# storeReceiveMessage: return headerResult;
	movq -8(%rbp), %rax	# headerResult
	jmp .Lreturn_324
.Lelse_325:
	.loc 1 1148 5
	# storeReceiveMessage: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_326
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_326
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_326
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -16(%rbp)	# length
	.loc 1 1149 5
	# storeReceiveMessage: if (length > XS_PAYLOAD_MAX) {
	movq -16(%rbp), %rax	# length
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jle .Lelse_327
	.loc 1 1150 9
	# storeReceiveMessage: print("xenstore: message of ");
	leaq .Lstring160(%rip), %rdi	# "xenstore: message of "
	call fn.print
	.loc 1 1151 9
	# storeReceiveMessage: printDecimal(length);
	movq -16(%rbp), %rdi	# length
	call fn.printDecimal
	.loc 1 1152 9
	# storeReceiveMessage: log(" bytes exceeds the 4096-byte limit; resynchronising");
	leaq .Lstring161(%rip), %rdi	# " bytes exceeds the 4096-byte limit; res
	call fn.log
	.loc 1 1153 9
	# storeReceiveMessage: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 1154 9
	# storeReceiveMessage: return XSE_PROTOCOL;
	movq $-18, %rax	# XSE_PROTOCOL
	jmp .Lreturn_324
.Lelse_327:
	.loc 1 1156 5
	# storeReceiveMessage: const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES,...
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_328
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_328
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_328
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.storeReadStream
	movq %rax, -24(%rbp)	# payloadResult
	.loc 1 1157 5
	# storeReceiveMessage: if (payloadResult < 0) {
	movq -24(%rbp), %rax	# payloadResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_329
	.loc 1 1158 9
	# storeReceiveMessage: return payloadResult;
	movq -24(%rbp), %rax	# payloadResult
	jmp .Lreturn_324
.Lelse_329:
	.loc 1 1160 5
	# storeReceiveMessage: if (load32(storeMessage + XS_HEADER_TYPE) === XS_WATCH_EVENT) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_331
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_331
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_331
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $15, %rax	# compare with XS_WATCH_EVENT
	jne .Lelse_330
	.loc 1 1161 9
	# storeReceiveMessage: noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_332
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_332
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_332
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# length
	call fn.noteWatchEvent
	.loc 1 1162 9
	# storeReceiveMessage: return 0;
	movq $0, %rax
	jmp .Lreturn_324
.Lelse_330:
	.loc 1 1164 5
	# storeReceiveMessage: return 1;
	movq $1, %rax
.Lreturn_324:
	leave
	ret
.Ltrap_326:
	leaq .Lstring162(%rip), %rdi	# trap: kernel.ts:1148:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_328:
	leaq .Lstring163(%rip), %rdi	# trap: kernel.ts:1156:43: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_331:
	leaq .Lstring164(%rip), %rdi	# trap: kernel.ts:1160:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_332:
	leaq .Lstring165(%rip), %rdi	# trap: kernel.ts:1161:24: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveMessage, .-fn.storeReceiveMessage

# function storeTransact()
	.type fn.storeTransact,@function
fn.storeTransact:
	.loc 1 1171 1
	# storeTransact: function storeTransact(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1172 5
	# storeTransact: if (storeRequestTooLong) {
	movq var.storeRequestTooLong(%rip), %rax	# storeRequestTooLong
	testq %rax, %rax
	je .Lelse_334
	.loc 1 1173 9
	# storeTransact: return XSE_E2BIG;
	movq $-15, %rax	# XSE_E2BIG
	jmp .Lreturn_333
.Lelse_334:
	.loc 1 1175 5
	# storeTransact: const requestId = storeNextRequestId;
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq %rax, -8(%rbp)	# requestId
	.loc 1 1176 5
	# storeTransact: storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNext...
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	cmpq $2147483647, %rax	# compare with 2147483647
	jl .Lelse_335
	movq $1, %rax
	jmp .Lendcond_336
.Lelse_335:
	movq var.storeNextRequestId(%rip), %rax	# storeNextRequestId
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_337
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_337
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_337
.Lendcond_336:
	movq %rax, var.storeNextRequestId(%rip)	# storeNextRequestId =
	.loc 1 1177 5
	# storeTransact: store32(storeRequest + XS_HEADER_REQ_ID, requestId);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_338
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_338
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_338
	movq %rax, %rdi
	movq -8(%rbp), %rax	# requestId
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1178 5
	# storeTransact: store32(storeRequest + XS_HEADER_TX_ID, 0);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $8, %rdi	# XS_HEADER_TX_ID
	addq %rdi, %rax	# +
	jo .Ltrap_339
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_339
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_339
	movq %rax, %rdi
	movq $0, %rax
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1179 5
	# storeTransact: store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_340
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_340
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_340
	movq %rax, %rdi
	movq var.storeRequestLength(%rip), %rax	# storeRequestLength
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 1180 5
	# storeTransact: const sendResult = storeWriteStream(storeRequest, XS_HEADER_BYTES + s...
	leaq buf.storeRequest(%rip), %rax	# storeRequest
	pushq %rax
	movq $16, %rax	# XS_HEADER_BYTES
	movq var.storeRequestLength(%rip), %rdi	# storeRequestLength
	addq %rdi, %rax	# +
	jo .Ltrap_341
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_341
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_341
	movq %rax, %rsi
	popq %rdi
	call fn.storeWriteStream
	movq %rax, -16(%rbp)	# sendResult
	.loc 1 1181 5
	# storeTransact: if (sendResult < 0) {
	movq -16(%rbp), %rax	# sendResult
	cmpq $0, %rax	# compare with 0
	jge .Lelse_342
	.loc 1 1182 9
	# storeTransact: return sendResult;
	movq -16(%rbp), %rax	# sendResult
	jmp .Lreturn_333
.Lelse_342:
	.loc 1 1184 5
	# storeTransact: while (true) {
.Lwhile_343:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_344
	.loc 1 1185 9
	# storeTransact: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -24(%rbp)	# kind
	.loc 1 1186 9
	# storeTransact: if (kind < 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_345
	.loc 1 1187 13
	# storeTransact: return kind;
	movq -24(%rbp), %rax	# kind
	jmp .Lreturn_333
.Lelse_345:
	.loc 1 1189 9
	# storeTransact: if (kind === 0) {
	movq -24(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jne .Lelse_346
	.loc 1 1190 13
	# storeTransact: continue;
	jmp .Lwhile_343
.Lelse_346:
	.loc 1 1192 9
	# storeTransact: const length = load32(storeMessage + XS_HEADER_LEN);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $12, %rdi	# XS_HEADER_LEN
	addq %rdi, %rax	# +
	jo .Ltrap_347
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_347
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_347
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, -32(%rbp)	# length
	.loc 1 1193 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_REQ_ID) !== requestId) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_349
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_349
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_349
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq -8(%rbp), %rdi	# requestId
	cmpq %rdi, %rax
	je .Lelse_348
	.loc 1 1194 13
	# storeTransact: print("xenstore: dropped a reply to request ");
	leaq .Lstring166(%rip), %rdi	# "xenstore: dropped a reply to request "
	call fn.print
	.loc 1 1195 13
	# storeTransact: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_350
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_350
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_350
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1196 13
	# storeTransact: print(" while waiting for ");
	leaq .Lstring167(%rip), %rdi	# " while waiting for "
	call fn.print
	.loc 1 1197 13
	# storeTransact: printDecimal(requestId);
	movq -8(%rbp), %rdi	# requestId
	call fn.printDecimal
	.loc 1 1198 13
	# storeTransact: endLine();
	call fn.endLine
	.loc 1 1199 13
	# storeTransact: continue;
	jmp .Lwhile_343
.Lelse_348:
	.loc 1 1201 9
	# storeTransact: if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $0, %rdi	# XS_HEADER_TYPE
	addq %rdi, %rax	# +
	jo .Ltrap_352
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_352
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_352
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $16, %rax	# compare with XS_ERROR
	jne .Lelse_351
	.loc 1 1202 13
	# storeTransact: return storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_353
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_353
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_353
	movq %rax, %rdi
	movq -32(%rbp), %rsi	# length
	call fn.storeErrorFromReply
	jmp .Lreturn_333
.Lelse_351:
	.loc 1 1204 9
	# storeTransact: copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
	leaq buf.storeReply(%rip), %rax	# storeReply
	pushq %rax
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $16, %rdi	# XS_HEADER_BYTES
	addq %rdi, %rax	# +
	jo .Ltrap_354
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_354
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_354
	movq %rax, %rsi
	popq %rdi
	movq -32(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1205 9
	# storeTransact: storeReplyLength = length;
	movq -32(%rbp), %rax	# length
	movq %rax, var.storeReplyLength(%rip)	# storeReplyLength =
	.loc 1 1206 9
	# storeTransact: return length;
	movq -32(%rbp), %rax	# length
	jmp .Lreturn_333
	jmp .Lwhile_343
.Lendwhile_344:
.Lreturn_333:
	leave
	ret
.Ltrap_337:
	leaq .Lstring168(%rip), %rdi	# trap: kernel.ts:1176:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_338:
	leaq .Lstring169(%rip), %rdi	# trap: kernel.ts:1177:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_339:
	leaq .Lstring170(%rip), %rdi	# trap: kernel.ts:1178:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_340:
	leaq .Lstring171(%rip), %rdi	# trap: kernel.ts:1179:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_341:
	leaq .Lstring172(%rip), %rdi	# trap: kernel.ts:1180:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_347:
	leaq .Lstring173(%rip), %rdi	# trap: kernel.ts:1192:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_349:
	leaq .Lstring174(%rip), %rdi	# trap: kernel.ts:1193:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_350:
	leaq .Lstring175(%rip), %rdi	# trap: kernel.ts:1195:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_352:
	leaq .Lstring176(%rip), %rdi	# trap: kernel.ts:1201:20: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_353:
	leaq .Lstring177(%rip), %rdi	# trap: kernel.ts:1202:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_354:
	leaq .Lstring178(%rip), %rdi	# trap: kernel.ts:1204:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeTransact, .-fn.storeTransact

# function storeReceiveUnsolicited()
	.type fn.storeReceiveUnsolicited,@function
fn.storeReceiveUnsolicited:
	.loc 1 1212 1
	# storeReceiveUnsolicited: function storeReceiveUnsolicited(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1213 5
	# storeReceiveUnsolicited: while (true) {
.Lwhile_356:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_357
	.loc 1 1214 9
	# storeReceiveUnsolicited: const available = storeBytesAvailable();
	call fn.storeBytesAvailable
	movq %rax, -8(%rbp)	# available
	.loc 1 1215 9
	# storeReceiveUnsolicited: if (available <= 0) {
	movq -8(%rbp), %rax	# available
	cmpq $0, %rax	# compare with 0
	jg .Lelse_358
	.loc 1 1216 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_355
.Lelse_358:
	.loc 1 1218 9
	# storeReceiveUnsolicited: const kind = storeReceiveMessage();
	call fn.storeReceiveMessage
	movq %rax, -16(%rbp)	# kind
	.loc 1 1219 9
	# storeReceiveUnsolicited: if (kind < 0) {
	movq -16(%rbp), %rax	# kind
	cmpq $0, %rax	# compare with 0
	jge .Lelse_359
	.loc 1 1220 13
	# storeReceiveUnsolicited: return;
	jmp .Lreturn_355
.Lelse_359:
	.loc 1 1222 9
	# storeReceiveUnsolicited: if (kind === 1) {
	movq -16(%rbp), %rax	# kind
	cmpq $1, %rax	# compare with 1
	jne .Lelse_360
	.loc 1 1223 13
	# storeReceiveUnsolicited: print("xenstore: dropped an unexpected reply to request ");
	leaq .Lstring179(%rip), %rdi	# "xenstore: dropped an unexpected reply t
	call fn.print
	.loc 1 1224 13
	# storeReceiveUnsolicited: printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
	leaq buf.storeMessage(%rip), %rax	# storeMessage
	movq $4, %rdi	# XS_HEADER_REQ_ID
	addq %rdi, %rax	# +
	jo .Ltrap_361
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_361
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_361
	movl (%rax), %eax	# load32: read memory at the address in %rax
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 1225 13
	# storeReceiveUnsolicited: endLine();
	call fn.endLine
.Lelse_360:
	jmp .Lwhile_356
.Lendwhile_357:
.Lreturn_355:
	leave
	ret
.Ltrap_361:
	leaq .Lstring180(%rip), %rdi	# trap: kernel.ts:1224:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.storeReceiveUnsolicited, .-fn.storeReceiveUnsolicited

# function storeTransactStatus()
	.type fn.storeTransactStatus,@function
fn.storeTransactStatus:
	.loc 1 1237 1
	# storeTransactStatus: function storeTransactStatus(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1238 5
	# storeTransactStatus: const result = storeTransact();
	call fn.storeTransact
	movq %rax, -8(%rbp)	# result
	.loc 1 1239 5
	# storeTransactStatus: return result < 0 ? result : 0;
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_363
	movq -8(%rbp), %rax	# result
	jmp .Lendcond_364
.Lelse_363:
	movq $0, %rax
.Lendcond_364:
.Lreturn_362:
	leave
	ret
	.size fn.storeTransactStatus, .-fn.storeTransactStatus

# function storeRead(path)
	.type fn.storeRead,@function
fn.storeRead:
	.loc 1 1242 1
	# storeRead: function storeRead(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1243 5
	# storeRead: requestBegin(XS_READ);
	movq $2, %rdi	# XS_READ
	call fn.requestBegin
	.loc 1 1244 5
	# storeRead: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1245 5
	# storeRead: return storeTransact();
	call fn.storeTransact
.Lreturn_365:
	leave
	ret
	.size fn.storeRead, .-fn.storeRead

# function storeWrite(path, value, valueLength)
	.type fn.storeWrite,@function
fn.storeWrite:
	.loc 1 1249 1
	# storeWrite: function storeWrite(path: string, value: number, valueLength: number)...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	movq %rdx, -24(%rbp)	# parameter valueLength
	.loc 1 1250 5
	# storeWrite: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1251 5
	# storeWrite: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1252 5
	# storeWrite: requestAppendBytes(value, valueLength);
	movq -16(%rbp), %rdi	# value
	movq -24(%rbp), %rsi	# valueLength
	call fn.requestAppendBytes
	.loc 1 1253 5
	# storeWrite: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_366:
	leave
	ret
	.size fn.storeWrite, .-fn.storeWrite

# function storeWriteText(path, value)
	.type fn.storeWriteText,@function
fn.storeWriteText:
	.loc 1 1257 1
	# storeWriteText: function storeWriteText(path: string, value: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter value
	.loc 1 1258 5
	# storeWriteText: requestBegin(XS_WRITE);
	movq $11, %rdi	# XS_WRITE
	call fn.requestBegin
	.loc 1 1259 5
	# storeWriteText: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1260 5
	# storeWriteText: requestAppendText(value);
	movq -16(%rbp), %rdi	# value
	call fn.requestAppendText
	.loc 1 1261 5
	# storeWriteText: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_367:
	leave
	ret
	.size fn.storeWriteText, .-fn.storeWriteText

# function storeRemove(path)
	.type fn.storeRemove,@function
fn.storeRemove:
	.loc 1 1264 1
	# storeRemove: function storeRemove(path: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1265 5
	# storeRemove: requestBegin(XS_RM);
	movq $13, %rdi	# XS_RM
	call fn.requestBegin
	.loc 1 1266 5
	# storeRemove: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1267 5
	# storeRemove: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_368:
	leave
	ret
	.size fn.storeRemove, .-fn.storeRemove

# function storeWatch(path, token)
	.type fn.storeWatch,@function
fn.storeWatch:
	.loc 1 1270 1
	# storeWatch: function storeWatch(path: string, token: string): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1271 5
	# storeWatch: requestBegin(XS_WATCH);
	movq $4, %rdi	# XS_WATCH
	call fn.requestBegin
	.loc 1 1272 5
	# storeWatch: requestAppendString(path);
	movq -8(%rbp), %rdi	# path
	call fn.requestAppendString
	.loc 1 1273 5
	# storeWatch: requestAppendString(token);
	movq -16(%rbp), %rdi	# token
	call fn.requestAppendString
	.loc 1 1274 5
	# storeWatch: return storeTransactStatus();
	call fn.storeTransactStatus
.Lreturn_369:
	leave
	ret
	.size fn.storeWatch, .-fn.storeWatch

# function readDomainId()
	.type fn.readDomainId,@function
fn.readDomainId:
	.loc 1 1281 1
	# readDomainId: function readDomainId(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1282 5
	# readDomainId: const length = storeRead("domid");
	leaq .Lstring181(%rip), %rdi	# "domid"
	call fn.storeRead
	movq %rax, -8(%rbp)	# length
	.loc 1 1283 5
	# readDomainId: return length >= 0 ? decimalFromBytes(storeReply, length) : -1;
	movq -8(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jl .Lelse_371
	leaq buf.storeReply(%rip), %rdi	# storeReply
	movq -8(%rbp), %rsi	# length
	call fn.decimalFromBytes
	jmp .Lendcond_372
.Lelse_371:
	movq $-1, %rax
.Lendcond_372:
.Lreturn_370:
	leave
	ret
	.size fn.readDomainId, .-fn.readDomainId

# function logPathError(what, path, error)
	.type fn.logPathError,@function
fn.logPathError:
	.loc 1 1287 1
	# logPathError: function logPathError(what: string, path: string, error: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter path
	movq %rdx, -24(%rbp)	# parameter error
	.loc 1 1288 5
	# logPathError: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 1289 5
	# logPathError: print(path);
	movq -16(%rbp), %rdi	# path
	call fn.print
	.loc 1 1290 5
	# logPathError: print(": ");
	leaq .Lstring182(%rip), %rdi	# ": "
	call fn.print
	.loc 1 1291 5
	# logPathError: log(storeErrorName(error));
	movq -24(%rbp), %rdi	# error
	call fn.storeErrorName
	movq %rax, %rdi
	call fn.log
.Lreturn_373:
	leave
	ret
	.size fn.logPathError, .-fn.logPathError

# function actionName(action)
	.type fn.actionName,@function
fn.actionName:
	.loc 1 1365 1
	# actionName: function actionName(action: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 1366 5
	# actionName: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_376
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_377
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_378
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_379
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_380
	cmpq $6, %rax	# case ACTION_IGNORE
	je .Lcase_381
	jmp .Lcase_382
.Lcase_376:
	.loc 1 1367 31
	# actionName: return "poweroff";
	leaq .Lstring183(%rip), %rax	# "poweroff"
	jmp .Lreturn_374
.Lcase_377:
	.loc 1 1368 29
	# actionName: return "reboot";
	leaq .Lstring184(%rip), %rax	# "reboot"
	jmp .Lreturn_374
.Lcase_378:
	.loc 1 1369 27
	# actionName: return "halt";
	leaq .Lstring185(%rip), %rax	# "halt"
	jmp .Lreturn_374
.Lcase_379:
	.loc 1 1370 28
	# actionName: return "crash";
	leaq .Lstring186(%rip), %rax	# "crash"
	jmp .Lreturn_374
.Lcase_380:
	.loc 1 1371 30
	# actionName: return "suspend";
	leaq .Lstring187(%rip), %rax	# "suspend"
	jmp .Lreturn_374
.Lcase_381:
	.loc 1 1372 29
	# actionName: return "ignore";
	leaq .Lstring188(%rip), %rax	# "ignore"
	jmp .Lreturn_374
.Lcase_382:
	.loc 1 1373 18
	# actionName: return "none";
	leaq .Lstring189(%rip), %rax	# "none"
	jmp .Lreturn_374
.Lendswitch_375:
.Lreturn_374:
	leave
	ret
	.size fn.actionName, .-fn.actionName

# function actionFromBytes(address, length)
	.type fn.actionFromBytes,@function
fn.actionFromBytes:
	.loc 1 1378 1
	# actionFromBytes: function actionFromBytes(address: number, length: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter length
	.loc 1 1379 5
	# actionFromBytes: for (let action = ACTION_POWEROFF; action <= ACTION_IGNORE; action++) {
	movq $1, %rax	# ACTION_POWEROFF
	movq %rax, -24(%rbp)	# action
.Lfor_384:
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jg .Lendfor_386
	.loc 1 1380 9
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
	je .Lelse_387
	.loc 1 1381 13
	# actionFromBytes: return action;
	movq -24(%rbp), %rax	# action
	jmp .Lreturn_383
.Lelse_387:
.Lfornext_385:
	.loc 1 1379 65
	# actionFromBytes: action++
	movq -24(%rbp), %rax	# action
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_388
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_388
	movq %rax, -24(%rbp)	# action =
	jmp .Lfor_384
.Lendfor_386:
	.loc 1 1384 5
	# actionFromBytes: return ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
.Lreturn_383:
	leave
	ret
.Ltrap_388:
	leaq .Lstring190(%rip), %rdi	# trap: kernel.ts:1379:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.actionFromBytes, .-fn.actionFromBytes

# function setOverride(action, ackMode, ackText, ackLength)
	.type fn.setOverride,@function
fn.setOverride:
	.loc 1 1399 1
	# setOverride: function setOverride(action: number, ackMode: number, ackText: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	movq %rsi, -16(%rbp)	# parameter ackMode
	movq %rdx, -24(%rbp)	# parameter ackText
	movq %rcx, -32(%rbp)	# parameter ackLength
	.loc 1 1400 5
	# setOverride: overrideAction = action;
	movq -8(%rbp), %rax	# action
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1401 5
	# setOverride: overrideAckMode = ackMode;
	movq -16(%rbp), %rax	# ackMode
	movq %rax, var.overrideAckMode(%rip)	# overrideAckMode =
	.loc 1 1402 5
	# setOverride: copyBytes(overrideAckText, ackText, ackLength);
	leaq buf.overrideAckText(%rip), %rdi	# overrideAckText
	movq -24(%rbp), %rsi	# ackText
	movq -32(%rbp), %rdx	# ackLength
	call fn.copyBytes
	.loc 1 1403 5
	# setOverride: overrideAckLength = ackLength;
	movq -32(%rbp), %rax	# ackLength
	movq %rax, var.overrideAckLength(%rip)	# overrideAckLength =
	.loc 1 1404 5
	# setOverride: print("override set: ");
	leaq .Lstring191(%rip), %rdi	# "override set: "
	call fn.print
	.loc 1 1405 5
	# setOverride: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
.Lreturn_389:
	leave
	ret
	.size fn.setOverride, .-fn.setOverride

# function remember(record, address, length)
	.type fn.remember,@function
fn.remember:
	.loc 1 1416 1
	# remember: function remember(record: number, address: number, length: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1417 5
	# remember: store64(record, length);
	movq -8(%rbp), %rdi	# record
	movq -24(%rbp), %rax	# length
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 1418 5
	# remember: copyBytes(record + 8, address, length);
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_391
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_391
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_391
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.copyBytes
.Lreturn_390:
	leave
	ret
.Ltrap_391:
	leaq .Lstring192(%rip), %rdi	# trap: kernel.ts:1418:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remember, .-fn.remember

# function forget(record)
	.type fn.forget,@function
fn.forget:
	.loc 1 1421 1
	# forget: function forget(record: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	.loc 1 1422 5
	# forget: store64(record, 0);
	movq -8(%rbp), %rdi	# record
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lreturn_392:
	leave
	ret
	.size fn.forget, .-fn.forget

# function isRemembered(record, address, length)
	.type fn.isRemembered,@function
fn.isRemembered:
	.loc 1 1425 1
	# isRemembered: function isRemembered(record: number, address: number, length: number...
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter record
	movq %rsi, -16(%rbp)	# parameter address
	movq %rdx, -24(%rbp)	# parameter length
	.loc 1 1426 5
	# isRemembered: return length > 0 && load64(record) === length && bytesMatch(record +...
	movq -24(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	setg %al	# >
	movzbl %al, %eax
	testq %rax, %rax
	je .Lendlogic_395
	movq -8(%rbp), %rax	# record
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_396
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_396
	movq -24(%rbp), %rdi	# length
	cmpq %rdi, %rax
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_395:
	testq %rax, %rax
	je .Lendlogic_394
	movq -8(%rbp), %rax	# record
	movq $8, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_397
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_397
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_397
	movq %rax, %rdi
	movq -16(%rbp), %rsi	# address
	movq -24(%rbp), %rdx	# length
	call fn.bytesMatch
.Lendlogic_394:
.Lreturn_393:
	leave
	ret
.Ltrap_396:
	leaq .Lstring193(%rip), %rdi	# trap: kernel.ts:1426:26: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_397:
	leaq .Lstring194(%rip), %rdi	# trap: kernel.ts:1426:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.isRemembered, .-fn.isRemembered

# function alreadyHandled(guard, last)
	.type fn.alreadyHandled,@function
fn.alreadyHandled:
	.loc 1 1441 1
	# alreadyHandled: function alreadyHandled(guard: boolean, last: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter guard
	movq %rsi, -16(%rbp)	# parameter last
	.loc 1 1442 5
	# alreadyHandled: if (guard && isRemembered(last, commandValue, commandLength)) {
	movq -8(%rbp), %rax	# guard
	testq %rax, %rax
	je .Lelse_399
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_399
	.loc 1 1443 9
	# alreadyHandled: log("already handled before the suspend; not again");
	leaq .Lstring195(%rip), %rdi	# "already handled before the suspend; not
	call fn.log
	.loc 1 1444 9
	# alreadyHandled: return true;
	movq $1, %rax	# true
	jmp .Lreturn_398
.Lelse_399:
	.loc 1 1446 5
	# alreadyHandled: remember(last, commandValue, commandLength);
	movq -16(%rbp), %rdi	# last
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.remember
	.loc 1 1447 5
	# alreadyHandled: return false;
	movq $0, %rax	# false
.Lreturn_398:
	leave
	ret
	.size fn.alreadyHandled, .-fn.alreadyHandled

# function readControlKey(path)
	.type fn.readControlKey,@function
fn.readControlKey:
	.loc 1 1452 1
	# readControlKey: function readControlKey(path: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1453 5
	# readControlKey: const length = storeRead(path);
	movq -8(%rbp), %rdi	# path
	call fn.storeRead
	movq %rax, -16(%rbp)	# length
	.loc 1 1454 5
	# readControlKey: if (length === XSE_ENOENT) {
	movq -16(%rbp), %rax	# length
	cmpq $-5, %rax	# compare with XSE_ENOENT
	jne .Lelse_401
	.loc 1 1455 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_400
.Lelse_401:
	.loc 1 1457 5
	# readControlKey: if (length < 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jge .Lelse_402
	.loc 1 1458 9
	# readControlKey: logPathError("xenstore: cannot read ", path, length);
	leaq .Lstring196(%rip), %rdi	# "xenstore: cannot read "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# length
	call fn.logPathError
	.loc 1 1459 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_400
.Lelse_402:
	.loc 1 1461 5
	# readControlKey: if (length === 0) {
	movq -16(%rbp), %rax	# length
	cmpq $0, %rax	# compare with 0
	jne .Lelse_403
	.loc 1 1462 9
	# readControlKey: return false;
	movq $0, %rax	# false
	jmp .Lreturn_400
.Lelse_403:
	.loc 1 1464 5
	# readControlKey: copyBytes(commandValue, storeReply, length);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	leaq buf.storeReply(%rip), %rsi	# storeReply
	movq -16(%rbp), %rdx	# length
	call fn.copyBytes
	.loc 1 1465 5
	# readControlKey: commandLength = length;
	movq -16(%rbp), %rax	# length
	movq %rax, var.commandLength(%rip)	# commandLength =
	.loc 1 1466 5
	# readControlKey: print(path);
	movq -8(%rbp), %rdi	# path
	call fn.print
	.loc 1 1467 5
	# readControlKey: print(" = ");
	leaq .Lstring197(%rip), %rdi	# " = "
	call fn.print
	.loc 1 1468 5
	# readControlKey: printQuoted(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.printQuoted
	.loc 1 1469 5
	# readControlKey: endLine();
	call fn.endLine
	.loc 1 1470 5
	# readControlKey: return true;
	movq $1, %rax	# true
.Lreturn_400:
	leave
	ret
	.size fn.readControlKey, .-fn.readControlKey

# function acknowledge(path)
	.type fn.acknowledge,@function
fn.acknowledge:
	.loc 1 1473 1
	# acknowledge: function acknowledge(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1474 5
	# acknowledge: const result = storeWriteText(path, "");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring29(%rip), %rsi	# ""
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1475 5
	# acknowledge: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_405
	.loc 1 1476 9
	# acknowledge: logPathError("ack failed: ", path, result);
	leaq .Lstring198(%rip), %rdi	# "ack failed: "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_405:
.Lreturn_404:
	leave
	ret
	.size fn.acknowledge, .-fn.acknowledge

# function handleShutdownRequest()
	.type fn.handleShutdownRequest,@function
fn.handleShutdownRequest:
	.loc 1 1482 1
	# handleShutdownRequest: function handleShutdownRequest(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1483 5
	# handleShutdownRequest: const guard = shutdownRepeatGuard;
	movq var.shutdownRepeatGuard(%rip), %rax	# shutdownRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1484 5
	# handleShutdownRequest: shutdownRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 1485 5
	# handleShutdownRequest: if (!readControlKey("control/shutdown")) {
	leaq .Lstring199(%rip), %rdi	# "control/shutdown"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_407
	.loc 1 1486 9
	# handleShutdownRequest: return;
	jmp .Lreturn_406
.Lelse_407:
	.loc 1 1488 5
	# handleShutdownRequest: if (alreadyHandled(guard, lastShutdownValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastShutdownValue(%rip), %rsi	# lastShutdownValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_408
	.loc 1 1489 9
	# handleShutdownRequest: return;
	jmp .Lreturn_406
.Lelse_408:
	.loc 1 1491 5
	# handleShutdownRequest: if (isRemembered(ownShutdownAck, commandValue, commandLength)) {
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.commandValue(%rip), %rsi	# commandValue
	movq var.commandLength(%rip), %rdx	# commandLength
	call fn.isRemembered
	testq %rax, %rax
	je .Lelse_409
	.loc 1 1492 9
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1493 9
	# handleShutdownRequest: log("that is our own acknowledgement; nothing to do");
	leaq .Lstring200(%rip), %rdi	# "that is our own acknowledgement; nothin
	call fn.log
	.loc 1 1494 9
	# handleShutdownRequest: return;
	jmp .Lreturn_406
.Lelse_409:
	.loc 1 1496 5
	# handleShutdownRequest: forget(ownShutdownAck);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	call fn.forget
	.loc 1 1497 5
	# handleShutdownRequest: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_410
	.loc 1 1498 9
	# handleShutdownRequest: const action = overrideAction;
	movq var.overrideAction(%rip), %rax	# overrideAction
	movq %rax, -16(%rbp)	# action
	.loc 1 1499 9
	# handleShutdownRequest: overrideAction = ACTION_NONE;
	movq $0, %rax	# ACTION_NONE
	movq %rax, var.overrideAction(%rip)	# overrideAction =
	.loc 1 1500 9
	# handleShutdownRequest: print("override ");
	leaq .Lstring201(%rip), %rdi	# "override "
	call fn.print
	.loc 1 1501 9
	# handleShutdownRequest: print(actionName(action));
	movq -16(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 1502 9
	# handleShutdownRequest: log(" replaces the request");
	leaq .Lstring202(%rip), %rdi	# " replaces the request"
	call fn.log
	.loc 1 1503 9
	# handleShutdownRequest: acknowledgeShutdownPerOverride();
	call fn.acknowledgeShutdownPerOverride
	.loc 1 1504 9
	# handleShutdownRequest: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1505 9
	# handleShutdownRequest: return;
	jmp .Lreturn_406
.Lelse_410:
	.loc 1 1507 5
	# handleShutdownRequest: acknowledge("control/shutdown");
	leaq .Lstring199(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	.loc 1 1508 5
	# handleShutdownRequest: const action = actionFromBytes(commandValue, commandLength);
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1509 5
	# handleShutdownRequest: if (action === ACTION_NONE || action === ACTION_IGNORE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lskip_412
	movq -24(%rbp), %rax	# action
	cmpq $6, %rax	# compare with ACTION_IGNORE
	jne .Lelse_411
.Lskip_412:
	.loc 1 1510 9
	# handleShutdownRequest: log("unknown shutdown request; ignored");
	leaq .Lstring203(%rip), %rdi	# "unknown shutdown request; ignored"
	call fn.log
	.loc 1 1511 9
	# handleShutdownRequest: return;
	jmp .Lreturn_406
.Lelse_411:
	.loc 1 1513 5
	# handleShutdownRequest: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
.Lreturn_406:
	leave
	ret
	.size fn.handleShutdownRequest, .-fn.handleShutdownRequest

# function acknowledgeShutdownPerOverride()
	.type fn.acknowledgeShutdownPerOverride,@function
fn.acknowledgeShutdownPerOverride:
	.loc 1 1516 1
	# acknowledgeShutdownPerOverride: function acknowledgeShutdownPerOverride(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1517 5
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_OK) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $0, %rax	# compare with ACK_OK
	jne .Lelse_414
	.loc 1 1518 9
	# acknowledgeShutdownPerOverride: acknowledge("control/shutdown");
	leaq .Lstring199(%rip), %rdi	# "control/shutdown"
	call fn.acknowledge
	jmp .Lendif_415
.Lelse_414:
	.loc 1 1519 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_NONE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $1, %rax	# compare with ACK_NONE
	jne .Lelse_416
	.loc 1 1520 9
	# acknowledgeShutdownPerOverride: log("request left in place, as the override asked");
	leaq .Lstring204(%rip), %rdi	# "request left in place, as the override 
	call fn.log
	jmp .Lendif_417
.Lelse_416:
	.loc 1 1521 12
	# acknowledgeShutdownPerOverride: if (overrideAckMode === ACK_DELETE) {
	movq var.overrideAckMode(%rip), %rax	# overrideAckMode
	cmpq $2, %rax	# compare with ACK_DELETE
	jne .Lelse_418
	.loc 1 1522 9
	# acknowledgeShutdownPerOverride: const result = storeRemove("control/shutdown");
	leaq .Lstring199(%rip), %rdi	# "control/shutdown"
	call fn.storeRemove
	movq %rax, -8(%rbp)	# result
	.loc 1 1523 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_419
	.loc 1 1524 13
	# acknowledgeShutdownPerOverride: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring198(%rip), %rdi	# "ack failed: "
	leaq .Lstring199(%rip), %rsi	# "control/shutdown"
	movq -8(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_419:
	jmp .Lendif_420
.Lelse_418:
	.loc 1 1527 9
	# acknowledgeShutdownPerOverride: const result = storeWrite("control/shutdown", overrideAckText, overri...
	leaq .Lstring199(%rip), %rdi	# "control/shutdown"
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.storeWrite
	movq %rax, -16(%rbp)	# result
	.loc 1 1528 9
	# acknowledgeShutdownPerOverride: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_421
	.loc 1 1529 13
	# acknowledgeShutdownPerOverride: logPathError("ack failed: ", "control/shutdown", result);
	leaq .Lstring198(%rip), %rdi	# "ack failed: "
	leaq .Lstring199(%rip), %rsi	# "control/shutdown"
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
	jmp .Lendif_422
.Lelse_421:
	.loc 1 1531 13
	# acknowledgeShutdownPerOverride: remember(ownShutdownAck, overrideAckText, overrideAckLength);
	leaq buf.ownShutdownAck(%rip), %rdi	# ownShutdownAck
	leaq buf.overrideAckText(%rip), %rsi	# overrideAckText
	movq var.overrideAckLength(%rip), %rdx	# overrideAckLength
	call fn.remember
.Lendif_422:
.Lendif_420:
.Lendif_417:
.Lendif_415:
.Lreturn_413:
	leave
	ret
	.size fn.acknowledgeShutdownPerOverride, .-fn.acknowledgeShutdownPerOverride

# function bogusReason(reason)
	.type fn.bogusReason,@function
fn.bogusReason:
	.loc 1 1551 1
	# bogusReason: function bogusReason(reason: number): string {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1552 5
	# bogusReason: switch (reason) {
	movq -8(%rbp), %rax	# reason
	cmpq $1, %rax	# case BOGUS_NEITHER
	je .Lcase_425
	cmpq $2, %rax	# case BOGUS_UNKNOWN_ACTION
	je .Lcase_426
	cmpq $3, %rax	# case BOGUS_BAD_JSON
	je .Lcase_427
	cmpq $4, %rax	# case BOGUS_TRAILING
	je .Lcase_428
	cmpq $5, %rax	# case BOGUS_TOO_DEEP
	je .Lcase_429
	cmpq $6, %rax	# case BOGUS_MISSING_WHEN
	je .Lcase_430
	cmpq $7, %rax	# case BOGUS_MISSING_ACK
	je .Lcase_431
	cmpq $8, %rax	# case BOGUS_MISSING_ACTION
	je .Lcase_432
	cmpq $9, %rax	# case BOGUS_WHEN_NOT_STRING
	je .Lcase_433
	cmpq $10, %rax	# case BOGUS_ACK_NOT_STRING
	je .Lcase_434
	cmpq $11, %rax	# case BOGUS_ACTION_NOT_STRING
	je .Lcase_435
	cmpq $12, %rax	# case BOGUS_UNKNOWN_WHEN
	je .Lcase_436
	jmp .Lcase_437
.Lcase_425:
	.loc 1 1553 29
	# bogusReason: return "expected now:<action>, next:<action> or a JSON object";
	leaq .Lstring205(%rip), %rax	# "expected now:<action>, next:<action> or
	jmp .Lreturn_423
.Lcase_426:
	.loc 1 1554 36
	# bogusReason: return "unknown action";
	leaq .Lstring206(%rip), %rax	# "unknown action"
	jmp .Lreturn_423
.Lcase_427:
	.loc 1 1555 30
	# bogusReason: return "malformed JSON";
	leaq .Lstring207(%rip), %rax	# "malformed JSON"
	jmp .Lreturn_423
.Lcase_428:
	.loc 1 1556 30
	# bogusReason: return "text after the JSON object";
	leaq .Lstring208(%rip), %rax	# "text after the JSON object"
	jmp .Lreturn_423
.Lcase_429:
	.loc 1 1557 30
	# bogusReason: return "JSON nested too deeply";
	leaq .Lstring209(%rip), %rax	# "JSON nested too deeply"
	jmp .Lreturn_423
.Lcase_430:
	.loc 1 1558 34
	# bogusReason: return "missing member \"when\"";
	leaq .Lstring210(%rip), %rax	# "missing member \"when\""
	jmp .Lreturn_423
.Lcase_431:
	.loc 1 1559 33
	# bogusReason: return "missing member \"ack\"";
	leaq .Lstring211(%rip), %rax	# "missing member \"ack\""
	jmp .Lreturn_423
.Lcase_432:
	.loc 1 1560 36
	# bogusReason: return "missing member \"action\"";
	leaq .Lstring212(%rip), %rax	# "missing member \"action\""
	jmp .Lreturn_423
.Lcase_433:
	.loc 1 1561 37
	# bogusReason: return "member \"when\" is not a string";
	leaq .Lstring213(%rip), %rax	# "member \"when\" is not a string"
	jmp .Lreturn_423
.Lcase_434:
	.loc 1 1562 36
	# bogusReason: return "member \"ack\" is not a string";
	leaq .Lstring214(%rip), %rax	# "member \"ack\" is not a string"
	jmp .Lreturn_423
.Lcase_435:
	.loc 1 1563 39
	# bogusReason: return "member \"action\" is not a string";
	leaq .Lstring215(%rip), %rax	# "member \"action\" is not a string"
	jmp .Lreturn_423
.Lcase_436:
	.loc 1 1564 34
	# bogusReason: return "\"when\" is neither \"now\" nor \"onshutdown\"";
	leaq .Lstring216(%rip), %rax	# "\"when\" is neither \"now\" nor \"onshu
	jmp .Lreturn_423
.Lcase_437:
	.loc 1 1565 18
	# bogusReason: return "unreadable command";
	leaq .Lstring217(%rip), %rax	# "unreadable command"
	jmp .Lreturn_423
.Lendswitch_424:
.Lreturn_423:
	leave
	ret
	.size fn.bogusReason, .-fn.bogusReason

# function reportBogus(reason)
	.type fn.reportBogus,@function
fn.reportBogus:
	.loc 1 1569 1
	# reportBogus: function reportBogus(reason: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1570 5
	# reportBogus: print("bogus command: ");
	leaq .Lstring218(%rip), %rdi	# "bogus command: "
	call fn.print
	.loc 1 1571 5
	# reportBogus: log(bogusReason(reason));
	movq -8(%rbp), %rdi	# reason
	call fn.bogusReason
	movq %rax, %rdi
	call fn.log
.Lreturn_438:
	leave
	ret
	.size fn.reportBogus, .-fn.reportBogus

# function handleTestingCommand()
	.type fn.handleTestingCommand,@function
fn.handleTestingCommand:
	.loc 1 1574 1
	# handleTestingCommand: function handleTestingCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 1575 5
	# handleTestingCommand: const guard = testingRepeatGuard;
	movq var.testingRepeatGuard(%rip), %rax	# testingRepeatGuard
	movq %rax, -8(%rbp)	# guard
	.loc 1 1576 5
	# handleTestingCommand: testingRepeatGuard = false;
	movq $0, %rax	# false
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 1577 5
	# handleTestingCommand: if (!readControlKey("control/testing")) {
	leaq .Lstring219(%rip), %rdi	# "control/testing"
	call fn.readControlKey
	testq %rax, %rax
	jne .Lelse_440
	.loc 1 1578 9
	# handleTestingCommand: return;
	jmp .Lreturn_439
.Lelse_440:
	.loc 1 1580 5
	# handleTestingCommand: if (alreadyHandled(guard, lastTestingValue)) {
	movq -8(%rbp), %rdi	# guard
	leaq buf.lastTestingValue(%rip), %rsi	# lastTestingValue
	call fn.alreadyHandled
	testq %rax, %rax
	je .Lelse_441
	.loc 1 1581 9
	# handleTestingCommand: return;
	jmp .Lreturn_439
.Lelse_441:
	.loc 1 1583 5
	# handleTestingCommand: acknowledge("control/testing");
	leaq .Lstring219(%rip), %rdi	# "control/testing"
	call fn.acknowledge
	.loc 1 1585 5
	# handleTestingCommand: let start = 0;
	movq $0, %rax
	movq %rax, -16(%rbp)	# start
	.loc 1 1586 5
	# handleTestingCommand: while (start < commandLength && isJsonSpace(load8(commandValue + star...
.Lwhile_442:
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lendwhile_443
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_444
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_444
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_444
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_443
	.loc 1 1587 9
	# handleTestingCommand: start = start + 1;
	movq -16(%rbp), %rax	# start
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_445
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_445
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_445
	movq %rax, -16(%rbp)	# start =
	jmp .Lwhile_442
.Lendwhile_443:
	.loc 1 1589 5
	# handleTestingCommand: if (start < commandLength && load8(commandValue + start) === 123) {  ...
	movq -16(%rbp), %rax	# start
	movq var.commandLength(%rip), %rdi	# commandLength
	cmpq %rdi, %rax
	jge .Lelse_446
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq -16(%rbp), %rdi	# start
	addq %rdi, %rax	# +
	jo .Ltrap_447
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_447
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_447
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $123, %rax	# compare with 123
	jne .Lelse_446
	.loc 1 1590 9
	# handleTestingCommand: handleJsonCommand();
	call fn.handleJsonCommand
	.loc 1 1591 9
	# handleTestingCommand: return;
	jmp .Lreturn_439
.Lelse_446:
	.loc 1 1593 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "now:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring220(%rip), %rdx	# "now:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_448
	.loc 1 1594 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 4, commandLength - 4);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_449
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_449
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_449
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $4, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_450
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_450
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_450
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -24(%rbp)	# action
	.loc 1 1595 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -24(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_451
	.loc 1 1596 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1597 13
	# handleTestingCommand: return;
	jmp .Lreturn_439
.Lelse_451:
	.loc 1 1599 9
	# handleTestingCommand: performAction(action);
	movq -24(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1600 9
	# handleTestingCommand: return;
	jmp .Lreturn_439
.Lelse_448:
	.loc 1 1602 5
	# handleTestingCommand: if (bytesStartWith(commandValue, commandLength, "next:")) {
	leaq buf.commandValue(%rip), %rdi	# commandValue
	movq var.commandLength(%rip), %rsi	# commandLength
	leaq .Lstring221(%rip), %rdx	# "next:"
	call fn.bytesStartWith
	testq %rax, %rax
	je .Lelse_452
	.loc 1 1603 9
	# handleTestingCommand: const action = actionFromBytes(commandValue + 5, commandLength - 5);
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq $5, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_453
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_453
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_453
	pushq %rax
	movq var.commandLength(%rip), %rax	# commandLength
	movq $5, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_454
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_454
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_454
	movq %rax, %rsi
	popq %rdi
	call fn.actionFromBytes
	movq %rax, -32(%rbp)	# action
	.loc 1 1604 9
	# handleTestingCommand: if (action === ACTION_NONE) {
	movq -32(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_455
	.loc 1 1605 13
	# handleTestingCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1606 13
	# handleTestingCommand: return;
	jmp .Lreturn_439
.Lelse_455:
	.loc 1 1608 9
	# handleTestingCommand: setOverride(action, ACK_OK, 0, 0);
	movq -32(%rbp), %rdi	# action
	movq $0, %rsi	# ACK_OK
	movq $0, %rdx
	movq $0, %rcx
	call fn.setOverride
	.loc 1 1609 9
	# handleTestingCommand: return;
	jmp .Lreturn_439
.Lelse_452:
	.loc 1 1611 5
	# handleTestingCommand: reportBogus(BOGUS_NEITHER);
	movq $1, %rdi	# BOGUS_NEITHER
	call fn.reportBogus
.Lreturn_439:
	leave
	ret
.Ltrap_444:
	leaq .Lstring222(%rip), %rdi	# trap: kernel.ts:1586:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_445:
	leaq .Lstring223(%rip), %rdi	# trap: kernel.ts:1587:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_447:
	leaq .Lstring224(%rip), %rdi	# trap: kernel.ts:1589:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_449:
	leaq .Lstring225(%rip), %rdi	# trap: kernel.ts:1594:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_450:
	leaq .Lstring226(%rip), %rdi	# trap: kernel.ts:1594:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_453:
	leaq .Lstring227(%rip), %rdi	# trap: kernel.ts:1603:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_454:
	leaq .Lstring228(%rip), %rdi	# trap: kernel.ts:1603:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.handleTestingCommand, .-fn.handleTestingCommand

# function handleJsonCommand()
	.type fn.handleJsonCommand,@function
fn.handleJsonCommand:
	.loc 1 1616 1
	# handleJsonCommand: function handleJsonCommand(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1617 5
	# handleJsonCommand: const refusal = readJsonCommand();
	call fn.readJsonCommand
	movq %rax, -8(%rbp)	# refusal
	.loc 1 1618 5
	# handleJsonCommand: if (refusal !== 0) {
	movq -8(%rbp), %rax	# refusal
	cmpq $0, %rax	# compare with 0
	je .Lelse_457
	.loc 1 1619 9
	# handleJsonCommand: reportBogus(refusal);
	movq -8(%rbp), %rdi	# refusal
	call fn.reportBogus
	.loc 1 1620 9
	# handleJsonCommand: return;
	jmp .Lreturn_456
.Lelse_457:
	.loc 1 1622 5
	# handleJsonCommand: const action = actionFromBytes(jsonAction, jsonActionLength);
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq var.jsonActionLength(%rip), %rsi	# jsonActionLength
	call fn.actionFromBytes
	movq %rax, -16(%rbp)	# action
	.loc 1 1623 5
	# handleJsonCommand: if (action === ACTION_NONE) {
	movq -16(%rbp), %rax	# action
	cmpq $0, %rax	# compare with ACTION_NONE
	jne .Lelse_458
	.loc 1 1624 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_ACTION);
	movq $2, %rdi	# BOGUS_UNKNOWN_ACTION
	call fn.reportBogus
	.loc 1 1625 9
	# handleJsonCommand: return;
	jmp .Lreturn_456
.Lelse_458:
	.loc 1 1627 5
	# handleJsonCommand: if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring229(%rip), %rdx	# "now"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_459
	.loc 1 1628 9
	# handleJsonCommand: performAction(action);
	movq -16(%rbp), %rdi	# action
	call fn.performAction
	.loc 1 1629 9
	# handleJsonCommand: return;
	jmp .Lreturn_456
.Lelse_459:
	.loc 1 1631 5
	# handleJsonCommand: if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq var.jsonWhenLength(%rip), %rsi	# jsonWhenLength
	leaq .Lstring230(%rip), %rdx	# "onshutdown"
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_460
	.loc 1 1632 9
	# handleJsonCommand: reportBogus(BOGUS_UNKNOWN_WHEN);
	movq $12, %rdi	# BOGUS_UNKNOWN_WHEN
	call fn.reportBogus
	.loc 1 1633 9
	# handleJsonCommand: return;
	jmp .Lreturn_456
.Lelse_460:
	.loc 1 1635 5
	# handleJsonCommand: let ackMode = ACK_CUSTOM;
	movq $3, %rax	# ACK_CUSTOM
	movq %rax, -24(%rbp)	# ackMode
	.loc 1 1636 5
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring231(%rip), %rdx	# "ok"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_461
	.loc 1 1637 9
	# handleJsonCommand: ackMode = ACK_OK;
	movq $0, %rax	# ACK_OK
	movq %rax, -24(%rbp)	# ackMode =
	jmp .Lendif_462
.Lelse_461:
	.loc 1 1638 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "none")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring189(%rip), %rdx	# "none"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_463
	.loc 1 1639 9
	# handleJsonCommand: ackMode = ACK_NONE;
	movq $1, %rax	# ACK_NONE
	movq %rax, -24(%rbp)	# ackMode =
	jmp .Lendif_464
.Lelse_463:
	.loc 1 1640 12
	# handleJsonCommand: if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq var.jsonAckLength(%rip), %rsi	# jsonAckLength
	leaq .Lstring232(%rip), %rdx	# "delete"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_465
	.loc 1 1641 9
	# handleJsonCommand: ackMode = ACK_DELETE;
	movq $2, %rax	# ACK_DELETE
	movq %rax, -24(%rbp)	# ackMode =
.Lelse_465:
.Lendif_464:
.Lendif_462:
	.loc 1 1643 5
	# handleJsonCommand: setOverride(action, ackMode, jsonAck, jsonAckLength);
	movq -16(%rbp), %rdi	# action
	movq -24(%rbp), %rsi	# ackMode
	leaq buf.jsonAck(%rip), %rdx	# jsonAck
	movq var.jsonAckLength(%rip), %rcx	# jsonAckLength
	call fn.setOverride
.Lreturn_456:
	leave
	ret
	.size fn.handleJsonCommand, .-fn.handleJsonCommand

# function watch(path, token)
	.type fn.watch,@function
fn.watch:
	.loc 1 1653 1
	# watch: function watch(path: string, token: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	movq %rsi, -16(%rbp)	# parameter token
	.loc 1 1654 5
	# watch: const result = storeWatch(path, token);
	movq -8(%rbp), %rdi	# path
	movq -16(%rbp), %rsi	# token
	call fn.storeWatch
	movq %rax, -24(%rbp)	# result
	.loc 1 1655 5
	# watch: if (result < 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_467
	.loc 1 1656 9
	# watch: logPathError("xenstore: cannot watch ", path, result);
	leaq .Lstring233(%rip), %rdi	# "xenstore: cannot watch "
	movq -8(%rbp), %rsi	# path
	movq -24(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_467:
.Lreturn_466:
	leave
	ret
	.size fn.watch, .-fn.watch

# function advertise(path)
	.type fn.advertise,@function
fn.advertise:
	.loc 1 1660 1
	# advertise: function advertise(path: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter path
	.loc 1 1661 5
	# advertise: const result = storeWriteText(path, "1");
	movq -8(%rbp), %rdi	# path
	leaq .Lstring234(%rip), %rsi	# "1"
	call fn.storeWriteText
	movq %rax, -16(%rbp)	# result
	.loc 1 1662 5
	# advertise: if (result < 0) {
	movq -16(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jge .Lelse_469
	.loc 1 1663 9
	# advertise: logPathError("xenstore: cannot write ", path, result);
	leaq .Lstring235(%rip), %rdi	# "xenstore: cannot write "
	movq -8(%rbp), %rsi	# path
	movq -16(%rbp), %rdx	# result
	call fn.logPathError
.Lelse_469:
.Lreturn_468:
	leave
	ret
	.size fn.advertise, .-fn.advertise

# function connectControlKeys()
	.type fn.connectControlKeys,@function
fn.connectControlKeys:
	.loc 1 1667 1
	# connectControlKeys: function connectControlKeys(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1668 5
	# connectControlKeys: watch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
	leaq .Lstring199(%rip), %rdi	# "control/shutdown"
	leaq .Lstring151(%rip), %rsi	# WATCH_TOKEN_SHUTDOWN
	call fn.watch
	.loc 1 1669 5
	# connectControlKeys: watch("control/testing", WATCH_TOKEN_TESTING);
	leaq .Lstring219(%rip), %rdi	# "control/testing"
	leaq .Lstring152(%rip), %rsi	# WATCH_TOKEN_TESTING
	call fn.watch
	.loc 1 1670 5
	# connectControlKeys: advertise("control/feature-poweroff");
	leaq .Lstring236(%rip), %rdi	# "control/feature-poweroff"
	call fn.advertise
	.loc 1 1671 5
	# connectControlKeys: advertise("control/feature-reboot");
	leaq .Lstring237(%rip), %rdi	# "control/feature-reboot"
	call fn.advertise
	.loc 1 1672 5
	# connectControlKeys: advertise("control/feature-suspend");
	leaq .Lstring238(%rip), %rdi	# "control/feature-suspend"
	call fn.advertise
.Lreturn_470:
	leave
	ret
	.size fn.connectControlKeys, .-fn.connectControlKeys

# function isJsonSpace(byte)
	.type fn.isJsonSpace,@function
fn.isJsonSpace:
	.loc 1 1705 1
	# isJsonSpace: function isJsonSpace(byte: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1706 5
	# isJsonSpace: return byte === 32 || byte === 9 || byte === 10 || byte === 13;
	movq -8(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	sete %al	# ===
	movzbl %al, %eax
	testq %rax, %rax
	jne .Lendlogic_474
	movq -8(%rbp), %rax	# byte
	cmpq $9, %rax	# compare with 9
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_474:
	testq %rax, %rax
	jne .Lendlogic_473
	movq -8(%rbp), %rax	# byte
	cmpq $10, %rax	# compare with 10
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_473:
	testq %rax, %rax
	jne .Lendlogic_472
	movq -8(%rbp), %rax	# byte
	cmpq $13, %rax	# compare with 13
	sete %al	# ===
	movzbl %al, %eax
.Lendlogic_472:
.Lreturn_471:
	leave
	ret
	.size fn.isJsonSpace, .-fn.isJsonSpace

# function jsonPeek()
	.type fn.jsonPeek,@function
fn.jsonPeek:
	.loc 1 1709 1
	# jsonPeek: function jsonPeek(): number {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1710 5
	# jsonPeek: return jsonAt < jsonEnd ? load8(jsonAt) : -1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_476
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	jmp .Lendcond_477
.Lelse_476:
	movq $-1, %rax
.Lendcond_477:
.Lreturn_475:
	leave
	ret
	.size fn.jsonPeek, .-fn.jsonPeek

# function jsonSkipSpace()
	.type fn.jsonSkipSpace,@function
fn.jsonSkipSpace:
	.loc 1 1713 1
	# jsonSkipSpace: function jsonSkipSpace(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1714 5
	# jsonSkipSpace: while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
.Lwhile_479:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_480
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.isJsonSpace
	testq %rax, %rax
	je .Lendwhile_480
	.loc 1 1715 9
	# jsonSkipSpace: jsonAt = jsonAt + 1;
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
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lwhile_479
.Lendwhile_480:
.Lreturn_478:
	leave
	ret
.Ltrap_481:
	leaq .Lstring239(%rip), %rdi	# trap: kernel.ts:1715:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipSpace, .-fn.jsonSkipSpace

# function jsonFail(reason)
	.type fn.jsonFail,@function
fn.jsonFail:
	.loc 1 1719 1
	# jsonFail: function jsonFail(reason: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter reason
	.loc 1 1720 5
	# jsonFail: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_483
	.loc 1 1721 9
	# jsonFail: jsonError = reason;
	movq -8(%rbp), %rax	# reason
	movq %rax, var.jsonError(%rip)	# jsonError =
.Lelse_483:
	.loc 1 1723 5
	# jsonFail: return false;
	movq $0, %rax	# false
.Lreturn_482:
	leave
	ret
	.size fn.jsonFail, .-fn.jsonFail

# function hexValue(byte)
	.type fn.hexValue,@function
fn.hexValue:
	.loc 1 1726 1
	# hexValue: function hexValue(byte: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter byte
	.loc 1 1727 5
	# hexValue: if (byte >= 48 && byte <= 57) {
	movq -8(%rbp), %rax	# byte
	cmpq $48, %rax	# compare with 48
	jl .Lelse_485
	movq -8(%rbp), %rax	# byte
	cmpq $57, %rax	# compare with 57
	jg .Lelse_485
	.loc 1 1728 9
	# hexValue: return byte - 48;
	movq -8(%rbp), %rax	# byte
	movq $48, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_486
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_486
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_486
	jmp .Lreturn_484
.Lelse_485:
	.loc 1 1730 5
	# hexValue: if (byte >= 97 && byte <= 102) {
	movq -8(%rbp), %rax	# byte
	cmpq $97, %rax	# compare with 97
	jl .Lelse_487
	movq -8(%rbp), %rax	# byte
	cmpq $102, %rax	# compare with 102
	jg .Lelse_487
	.loc 1 1731 9
	# hexValue: return byte - 87;
	movq -8(%rbp), %rax	# byte
	movq $87, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_488
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_488
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_488
	jmp .Lreturn_484
.Lelse_487:
	.loc 1 1733 5
	# hexValue: if (byte >= 65 && byte <= 70) {
	movq -8(%rbp), %rax	# byte
	cmpq $65, %rax	# compare with 65
	jl .Lelse_489
	movq -8(%rbp), %rax	# byte
	cmpq $70, %rax	# compare with 70
	jg .Lelse_489
	.loc 1 1734 9
	# hexValue: return byte - 55;
	movq -8(%rbp), %rax	# byte
	movq $55, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_490
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_490
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_490
	jmp .Lreturn_484
.Lelse_489:
	.loc 1 1736 5
	# hexValue: return -1;
	movq $-1, %rax
.Lreturn_484:
	leave
	ret
.Ltrap_486:
	leaq .Lstring240(%rip), %rdi	# trap: kernel.ts:1728:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_488:
	leaq .Lstring241(%rip), %rdi	# trap: kernel.ts:1731:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_490:
	leaq .Lstring242(%rip), %rdi	# trap: kernel.ts:1734:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.hexValue, .-fn.hexValue

# function jsonReadHex4()
	.type fn.jsonReadHex4,@function
fn.jsonReadHex4:
	.loc 1 1740 1
	# jsonReadHex4: function jsonReadHex4(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 1741 5
	# jsonReadHex4: if (jsonEnd - jsonAt < 4) {
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_493
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_493
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_493
	cmpq $4, %rax	# compare with 4
	jge .Lelse_492
	.loc 1 1742 9
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_491
.Lelse_492:
	.loc 1 1744 5
	# jsonReadHex4: let value = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# value
	.loc 1 1745 5
	# jsonReadHex4: for (let i = 0; i < 4; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_494:
	movq -16(%rbp), %rax	# i
	cmpq $4, %rax	# compare with 4
	jge .Lendfor_496
	.loc 1 1746 9
	# jsonReadHex4: const digit = hexValue(load8(jsonAt + i));
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_497
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_497
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_497
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, %rdi
	call fn.hexValue
	movq %rax, -24(%rbp)	# digit
	.loc 1 1747 9
	# jsonReadHex4: if (digit < 0) {
	movq -24(%rbp), %rax	# digit
	cmpq $0, %rax	# compare with 0
	jge .Lelse_498
	.loc 1 1748 13
	# jsonReadHex4: return -1;
	movq $-1, %rax
	jmp .Lreturn_491
.Lelse_498:
	.loc 1 1750 9
	# jsonReadHex4: value = value * 16 + digit;
	movq -8(%rbp), %rax	# value
	movq $16, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_499
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_499
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_499
	movq -24(%rbp), %rdi	# digit
	addq %rdi, %rax	# +
	jo .Ltrap_499
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_499
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_499
	movq %rax, -8(%rbp)	# value =
.Lfornext_495:
	.loc 1 1745 28
	# jsonReadHex4: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_500
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_500
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_494
.Lendfor_496:
	.loc 1 1752 5
	# jsonReadHex4: jsonAt = jsonAt + 4;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $4, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_501
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_501
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_501
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1753 5
	# jsonReadHex4: return value;
	movq -8(%rbp), %rax	# value
.Lreturn_491:
	leave
	ret
.Ltrap_493:
	leaq .Lstring243(%rip), %rdi	# trap: kernel.ts:1741:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_497:
	leaq .Lstring244(%rip), %rdi	# trap: kernel.ts:1746:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_499:
	leaq .Lstring245(%rip), %rdi	# trap: kernel.ts:1750:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_500:
	leaq .Lstring246(%rip), %rdi	# trap: kernel.ts:1745:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_501:
	leaq .Lstring247(%rip), %rdi	# trap: kernel.ts:1752:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonReadHex4, .-fn.jsonReadHex4

# function jsonEmit(destination, byte)
	.type fn.jsonEmit,@function
fn.jsonEmit:
	.loc 1 1756 1
	# jsonEmit: function jsonEmit(destination: number, byte: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter byte
	.loc 1 1757 5
	# jsonEmit: if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
	movq -8(%rbp), %rax	# destination
	cmpq $0, %rax	# compare with 0
	je .Lelse_503
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	cmpq $4096, %rax	# compare with XS_PAYLOAD_MAX
	jge .Lelse_503
	.loc 1 1758 9
	# jsonEmit: store8(destination + jsonDecodedLength, byte);
	movq -8(%rbp), %rax	# destination
	movq var.jsonDecodedLength(%rip), %rdi	# jsonDecodedLength
	addq %rdi, %rax	# +
	jo .Ltrap_504
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_504
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_504
	movq %rax, %rdi
	movq -16(%rbp), %rax	# byte
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lelse_503:
	.loc 1 1760 5
	# jsonEmit: jsonDecodedLength = jsonDecodedLength + 1;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_505
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_505
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_505
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
.Lreturn_502:
	leave
	ret
.Ltrap_504:
	leaq .Lstring248(%rip), %rdi	# trap: kernel.ts:1758:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_505:
	leaq .Lstring249(%rip), %rdi	# trap: kernel.ts:1760:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmit, .-fn.jsonEmit

# function jsonEmitCodePoint(destination, codePoint)
	.type fn.jsonEmitCodePoint,@function
fn.jsonEmitCodePoint:
	.loc 1 1763 1
	# jsonEmitCodePoint: function jsonEmitCodePoint(destination: number, codePoint: number): v...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter codePoint
	.loc 1 1764 5
	# jsonEmitCodePoint: if (codePoint < 0x80) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $128, %rax	# compare with 0x80
	jge .Lelse_507
	.loc 1 1765 9
	# jsonEmitCodePoint: jsonEmit(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# codePoint
	call fn.jsonEmit
	jmp .Lendif_508
.Lelse_507:
	.loc 1 1766 12
	# jsonEmitCodePoint: if (codePoint < 0x800) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $2048, %rax	# compare with 0x800
	jge .Lelse_509
	.loc 1 1767 9
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
	jo .Ltrap_510
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_510
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_510
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1768 9
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
	jo .Ltrap_511
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_511
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_511
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_512
.Lelse_509:
	.loc 1 1769 12
	# jsonEmitCodePoint: if (codePoint < 0x10000) {
	movq -16(%rbp), %rax	# codePoint
	cmpq $65536, %rax	# compare with 0x10000
	jge .Lelse_513
	.loc 1 1770 9
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
	jo .Ltrap_514
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_514
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_514
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1771 9
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
	jo .Ltrap_515
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_515
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_515
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1772 9
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
	jo .Ltrap_516
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_516
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_516
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	jmp .Lendif_517
.Lelse_513:
	.loc 1 1774 9
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
	jo .Ltrap_518
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_518
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_518
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1775 9
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
	jo .Ltrap_519
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_519
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_519
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1776 9
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
	jo .Ltrap_520
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_520
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_520
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
	.loc 1 1777 9
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
	jo .Ltrap_521
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_521
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_521
	movq %rax, %rsi
	popq %rdi
	call fn.jsonEmit
.Lendif_517:
.Lendif_512:
.Lendif_508:
.Lreturn_506:
	leave
	ret
.Ltrap_510:
	leaq .Lstring250(%rip), %rdi	# trap: kernel.ts:1767:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_511:
	leaq .Lstring251(%rip), %rdi	# trap: kernel.ts:1768:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_514:
	leaq .Lstring252(%rip), %rdi	# trap: kernel.ts:1770:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_515:
	leaq .Lstring253(%rip), %rdi	# trap: kernel.ts:1771:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_516:
	leaq .Lstring254(%rip), %rdi	# trap: kernel.ts:1772:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_518:
	leaq .Lstring255(%rip), %rdi	# trap: kernel.ts:1774:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_519:
	leaq .Lstring256(%rip), %rdi	# trap: kernel.ts:1775:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_520:
	leaq .Lstring257(%rip), %rdi	# trap: kernel.ts:1776:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_521:
	leaq .Lstring258(%rip), %rdi	# trap: kernel.ts:1777:31: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonEmitCodePoint, .-fn.jsonEmitCodePoint

# function jsonString(destination)
	.type fn.jsonString,@function
fn.jsonString:
	.loc 1 1783 1
	# jsonString: function jsonString(destination: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $48, %rsp	# 6 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	.loc 1 1784 5
	# jsonString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_523
	.loc 1 1785 9
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_522
.Lelse_523:
	.loc 1 1787 5
	# jsonString: jsonAt = jsonAt + 1;
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
	.loc 1 1788 5
	# jsonString: jsonDecodedLength = 0;
	movq $0, %rax
	movq %rax, var.jsonDecodedLength(%rip)	# jsonDecodedLength =
	.loc 1 1789 5
	# jsonString: while (true) {
.Lwhile_525:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_526
	.loc 1 1790 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_527
	.loc 1 1791 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_522
.Lelse_527:
	.loc 1 1793 9
	# jsonString: const byte = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -16(%rbp)	# byte
	.loc 1 1794 9
	# jsonString: jsonAt = jsonAt + 1;
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
	.loc 1 1795 9
	# jsonString: if (byte === 34) {
	movq -16(%rbp), %rax	# byte
	cmpq $34, %rax	# compare with 34
	jne .Lelse_529
	.loc 1 1796 13
	# jsonString: return true;
	movq $1, %rax	# true
	jmp .Lreturn_522
.Lelse_529:
	.loc 1 1798 9
	# jsonString: if (byte < 32) {
	movq -16(%rbp), %rax	# byte
	cmpq $32, %rax	# compare with 32
	jge .Lelse_530
	.loc 1 1799 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_522
.Lelse_530:
	.loc 1 1801 9
	# jsonString: if (byte !== 92) {
	movq -16(%rbp), %rax	# byte
	cmpq $92, %rax	# compare with 92
	je .Lelse_531
	.loc 1 1802 13
	# jsonString: jsonEmit(destination, byte);
	movq -8(%rbp), %rdi	# destination
	movq -16(%rbp), %rsi	# byte
	call fn.jsonEmit
	.loc 1 1803 13
	# jsonString: continue;
	jmp .Lwhile_525
.Lelse_531:
	.loc 1 1805 9
	# jsonString: if (jsonAt >= jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jl .Lelse_532
	.loc 1 1806 13
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_522
.Lelse_532:
	.loc 1 1808 9
	# jsonString: const escape = load8(jsonAt);
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -24(%rbp)	# escape
	.loc 1 1809 9
	# jsonString: jsonAt = jsonAt + 1;
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
	.loc 1 1810 9
	# jsonString: switch (escape) {
	movq -24(%rbp), %rax	# escape
	cmpq $34, %rax	# case 34
	je .Lcase_535
	cmpq $92, %rax	# case 92
	je .Lcase_536
	cmpq $47, %rax	# case 47
	je .Lcase_537
	cmpq $98, %rax	# case 98
	je .Lcase_538
	cmpq $102, %rax	# case 102
	je .Lcase_539
	cmpq $110, %rax	# case 110
	je .Lcase_540
	cmpq $114, %rax	# case 114
	je .Lcase_541
	cmpq $116, %rax	# case 116
	je .Lcase_542
	cmpq $117, %rax	# case 117
	je .Lcase_543
	jmp .Lcase_544
.Lcase_535:
	.loc 1 1811 22
	# jsonString: jsonEmit(destination, 34);
	movq -8(%rbp), %rdi	# destination
	movq $34, %rsi
	call fn.jsonEmit
	.loc 1 1811 49
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_536:
	.loc 1 1812 22
	# jsonString: jsonEmit(destination, 92);
	movq -8(%rbp), %rdi	# destination
	movq $92, %rsi
	call fn.jsonEmit
	.loc 1 1812 49
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_537:
	.loc 1 1813 22
	# jsonString: jsonEmit(destination, 47);
	movq -8(%rbp), %rdi	# destination
	movq $47, %rsi
	call fn.jsonEmit
	.loc 1 1813 49
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_538:
	.loc 1 1814 22
	# jsonString: jsonEmit(destination, 8);
	movq -8(%rbp), %rdi	# destination
	movq $8, %rsi
	call fn.jsonEmit
	.loc 1 1814 48
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_539:
	.loc 1 1815 23
	# jsonString: jsonEmit(destination, 12);
	movq -8(%rbp), %rdi	# destination
	movq $12, %rsi
	call fn.jsonEmit
	.loc 1 1815 50
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_540:
	.loc 1 1816 23
	# jsonString: jsonEmit(destination, 10);
	movq -8(%rbp), %rdi	# destination
	movq $10, %rsi
	call fn.jsonEmit
	.loc 1 1816 50
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_541:
	.loc 1 1817 23
	# jsonString: jsonEmit(destination, 13);
	movq -8(%rbp), %rdi	# destination
	movq $13, %rsi
	call fn.jsonEmit
	.loc 1 1817 50
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_542:
	.loc 1 1818 23
	# jsonString: jsonEmit(destination, 9);
	movq -8(%rbp), %rdi	# destination
	movq $9, %rsi
	call fn.jsonEmit
	.loc 1 1818 49
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_543:
	.loc 1 1820 17
	# jsonString: let codePoint = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -32(%rbp)	# codePoint
	.loc 1 1821 17
	# jsonString: if (codePoint < 0) {
	movq -32(%rbp), %rax	# codePoint
	cmpq $0, %rax	# compare with 0
	jge .Lelse_545
	.loc 1 1822 21
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_522
.Lelse_545:
	.loc 1 1825 17
	# jsonString: if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= ...
	movq -32(%rbp), %rax	# codePoint
	cmpq $55296, %rax	# compare with 0xd800
	jl .Lelse_546
	movq -32(%rbp), %rax	# codePoint
	cmpq $56320, %rax	# compare with 0xdc00
	jge .Lelse_546
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_547
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_547
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_547
	cmpq $6, %rax	# compare with 6
	jl .Lelse_546
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $92, %rax	# compare with 92
	jne .Lelse_546
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
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $117, %rax	# compare with 117
	jne .Lelse_546
	.loc 1 1827 21
	# jsonString: const saved = jsonAt;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq %rax, -40(%rbp)	# saved
	.loc 1 1828 21
	# jsonString: jsonAt = jsonAt + 2;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $2, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_549
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_549
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_549
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1829 21
	# jsonString: const low = jsonReadHex4();
	call fn.jsonReadHex4
	movq %rax, -48(%rbp)	# low
	.loc 1 1830 21
	# jsonString: if (low >= 0xdc00 && low < 0xe000) {
	movq -48(%rbp), %rax	# low
	cmpq $56320, %rax	# compare with 0xdc00
	jl .Lelse_550
	movq -48(%rbp), %rax	# low
	cmpq $57344, %rax	# compare with 0xe000
	jge .Lelse_550
	.loc 1 1831 25
	# jsonString: codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
	movq $65536, %rax
	pushq %rax
	movq -32(%rbp), %rax	# codePoint
	movq $55296, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_551
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_551
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_551
	movq $1024, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_552
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_552
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_552
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_553
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_553
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_553
	pushq %rax
	movq -48(%rbp), %rax	# low
	movq $56320, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_554
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_554
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_554
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_553
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_553
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_553
	movq %rax, -32(%rbp)	# codePoint =
	jmp .Lendif_555
.Lelse_550:
	.loc 1 1833 25
	# jsonString: jsonAt = saved;
	movq -40(%rbp), %rax	# saved
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lendif_555:
.Lelse_546:
	.loc 1 1836 17
	# jsonString: jsonEmitCodePoint(destination, codePoint);
	movq -8(%rbp), %rdi	# destination
	movq -32(%rbp), %rsi	# codePoint
	call fn.jsonEmitCodePoint
	.loc 1 1837 17
	# jsonString: break;
	jmp .Lendswitch_534
.Lcase_544:
	.loc 1 1840 17
	# jsonString: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_522
.Lendswitch_534:
	jmp .Lwhile_525
.Lendwhile_526:
.Lreturn_522:
	leave
	ret
.Ltrap_524:
	leaq .Lstring259(%rip), %rdi	# trap: kernel.ts:1787:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_528:
	leaq .Lstring260(%rip), %rdi	# trap: kernel.ts:1794:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_533:
	leaq .Lstring261(%rip), %rdi	# trap: kernel.ts:1809:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_547:
	leaq .Lstring262(%rip), %rdi	# trap: kernel.ts:1825:66: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_548:
	leaq .Lstring263(%rip), %rdi	# trap: kernel.ts:1826:51: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_549:
	leaq .Lstring264(%rip), %rdi	# trap: kernel.ts:1828:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_551:
	leaq .Lstring265(%rip), %rdi	# trap: kernel.ts:1831:48: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_552:
	leaq .Lstring266(%rip), %rdi	# trap: kernel.ts:1831:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_553:
	leaq .Lstring267(%rip), %rdi	# trap: kernel.ts:1831:37: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_554:
	leaq .Lstring268(%rip), %rdi	# trap: kernel.ts:1831:78: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonString, .-fn.jsonString

# function jsonDigits()
	.type fn.jsonDigits,@function
fn.jsonDigits:
	.loc 1 1845 1
	# jsonDigits: function jsonDigits(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 1846 5
	# jsonDigits: let count = 0;
	movq $0, %rax
	movq %rax, -8(%rbp)	# count
	.loc 1 1847 5
	# jsonDigits: while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
.Lwhile_557:
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lendwhile_558
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $48, %rax	# compare with 48
	jl .Lendwhile_558
	movq var.jsonAt(%rip), %rax	# jsonAt
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $57, %rax	# compare with 57
	jg .Lendwhile_558
	.loc 1 1848 9
	# jsonDigits: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_559
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_559
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_559
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1849 9
	# jsonDigits: count = count + 1;
	movq -8(%rbp), %rax	# count
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_560
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_560
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_560
	movq %rax, -8(%rbp)	# count =
	jmp .Lwhile_557
.Lendwhile_558:
	.loc 1 1851 5
	# jsonDigits: return count;
	movq -8(%rbp), %rax	# count
.Lreturn_556:
	leave
	ret
.Ltrap_559:
	leaq .Lstring269(%rip), %rdi	# trap: kernel.ts:1848:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_560:
	leaq .Lstring270(%rip), %rdi	# trap: kernel.ts:1849:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonDigits, .-fn.jsonDigits

# function jsonNumber()
	.type fn.jsonNumber,@function
fn.jsonNumber:
	.loc 1 1855 1
	# jsonNumber: function jsonNumber(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 1856 5
	# jsonNumber: if (jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_562
	.loc 1 1857 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_563
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_563
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_563
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_562:
	.loc 1 1859 5
	# jsonNumber: if (jsonPeek() === 48) {
	call fn.jsonPeek
	cmpq $48, %rax	# compare with 48
	jne .Lelse_564
	.loc 1 1860 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_565
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_565
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_565
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_566
.Lelse_564:
	.loc 1 1861 12
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_567
	.loc 1 1862 9
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_561
.Lelse_567:
.Lendif_566:
	.loc 1 1864 5
	# jsonNumber: if (jsonPeek() === 46) {
	call fn.jsonPeek
	cmpq $46, %rax	# compare with 46
	jne .Lelse_568
	.loc 1 1865 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_569
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_569
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_569
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1866 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_570
	.loc 1 1867 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_561
.Lelse_570:
.Lelse_568:
	.loc 1 1870 5
	# jsonNumber: if (jsonPeek() === 101 || jsonPeek() === 69) {
	call fn.jsonPeek
	cmpq $101, %rax	# compare with 101
	je .Lskip_572
	call fn.jsonPeek
	cmpq $69, %rax	# compare with 69
	jne .Lelse_571
.Lskip_572:
	.loc 1 1871 9
	# jsonNumber: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_573
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_573
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_573
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1872 9
	# jsonNumber: if (jsonPeek() === 43 || jsonPeek() === 45) {
	call fn.jsonPeek
	cmpq $43, %rax	# compare with 43
	je .Lskip_575
	call fn.jsonPeek
	cmpq $45, %rax	# compare with 45
	jne .Lelse_574
.Lskip_575:
	.loc 1 1873 13
	# jsonNumber: jsonAt = jsonAt + 1;
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
.Lelse_574:
	.loc 1 1875 9
	# jsonNumber: if (jsonDigits() === 0) {
	call fn.jsonDigits
	cmpq $0, %rax	# compare with 0
	jne .Lelse_577
	.loc 1 1876 13
	# jsonNumber: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_561
.Lelse_577:
.Lelse_571:
	.loc 1 1879 5
	# jsonNumber: return true;
	movq $1, %rax	# true
.Lreturn_561:
	leave
	ret
.Ltrap_563:
	leaq .Lstring271(%rip), %rdi	# trap: kernel.ts:1857:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_565:
	leaq .Lstring272(%rip), %rdi	# trap: kernel.ts:1860:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_569:
	leaq .Lstring273(%rip), %rdi	# trap: kernel.ts:1865:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_573:
	leaq .Lstring274(%rip), %rdi	# trap: kernel.ts:1871:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_576:
	leaq .Lstring275(%rip), %rdi	# trap: kernel.ts:1873:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonNumber, .-fn.jsonNumber

# function jsonLiteral(word)
	.type fn.jsonLiteral,@function
fn.jsonLiteral:
	.loc 1 1882 1
	# jsonLiteral: function jsonLiteral(word: string): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter word
	.loc 1 1883 5
	# jsonLiteral: if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length...
	movq var.jsonEnd(%rip), %rax	# jsonEnd
	movq var.jsonAt(%rip), %rdi	# jsonAt
	subq %rdi, %rax	# -
	jo .Ltrap_581
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_581
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_581
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jl .Lskip_580
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rsi
	popq %rdi
	movq -8(%rbp), %rdx	# word
	call fn.bytesEqual
	testq %rax, %rax
	jne .Lelse_579
.Lskip_580:
	.loc 1 1884 9
	# jsonLiteral: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_578
.Lelse_579:
	.loc 1 1886 5
	# jsonLiteral: jsonAt = jsonAt + word.length;
	movq var.jsonAt(%rip), %rax	# jsonAt
	pushq %rax
	movq -8(%rbp), %rax	# word
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_582
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_582
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_582
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1887 5
	# jsonLiteral: return true;
	movq $1, %rax	# true
.Lreturn_578:
	leave
	ret
.Ltrap_581:
	leaq .Lstring276(%rip), %rdi	# trap: kernel.ts:1883:9: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_582:
	leaq .Lstring277(%rip), %rdi	# trap: kernel.ts:1886:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonLiteral, .-fn.jsonLiteral

# function jsonSkipValue(depth)
	.type fn.jsonSkipValue,@function
fn.jsonSkipValue:
	.loc 1 1891 1
	# jsonSkipValue: function jsonSkipValue(depth: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter depth
	.loc 1 1892 5
	# jsonSkipValue: if (depth > JSON_MAX_DEPTH) {
	movq -8(%rbp), %rax	# depth
	cmpq $32, %rax	# compare with JSON_MAX_DEPTH
	jle .Lelse_584
	.loc 1 1893 9
	# jsonSkipValue: return jsonFail(BOGUS_TOO_DEEP);
	movq $5, %rdi	# BOGUS_TOO_DEEP
	call fn.jsonFail
	jmp .Lreturn_583
.Lelse_584:
	.loc 1 1895 5
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1896 5
	# jsonSkipValue: const first = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# first
	.loc 1 1897 5
	# jsonSkipValue: if (first === 34) {
	movq -16(%rbp), %rax	# first
	cmpq $34, %rax	# compare with 34
	jne .Lelse_585
	.loc 1 1898 9
	# jsonSkipValue: return jsonString(0);
	movq $0, %rdi
	call fn.jsonString
	jmp .Lreturn_583
.Lelse_585:
	.loc 1 1900 5
	# jsonSkipValue: if (first === 123 || first === 91) {          // '{' or '['
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	je .Lskip_587
	movq -16(%rbp), %rax	# first
	cmpq $91, %rax	# compare with 91
	jne .Lelse_586
.Lskip_587:
	.loc 1 1901 9
	# jsonSkipValue: const closer = first === 123 ? 125 : 93;
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_588
	movq $125, %rax
	jmp .Lendcond_589
.Lelse_588:
	movq $93, %rax
.Lendcond_589:
	movq %rax, -24(%rbp)	# closer
	.loc 1 1902 9
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_590
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_590
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_590
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1903 9
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1904 9
	# jsonSkipValue: if (jsonPeek() === closer) {
	call fn.jsonPeek
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_591
	.loc 1 1905 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_592
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_592
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_592
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1906 13
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_583
.Lelse_591:
	.loc 1 1908 9
	# jsonSkipValue: while (true) {
.Lwhile_593:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_594
	.loc 1 1909 13
	# jsonSkipValue: if (first === 123) {
	movq -16(%rbp), %rax	# first
	cmpq $123, %rax	# compare with 123
	jne .Lelse_595
	.loc 1 1910 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1911 17
	# jsonSkipValue: if (!jsonString(0)) {
	movq $0, %rdi
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_596
	.loc 1 1912 21
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_583
.Lelse_596:
	.loc 1 1914 17
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1915 17
	# jsonSkipValue: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_597
	.loc 1 1916 21
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_583
.Lelse_597:
	.loc 1 1918 17
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_598
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_598
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_598
	movq %rax, var.jsonAt(%rip)	# jsonAt =
.Lelse_595:
	.loc 1 1920 13
	# jsonSkipValue: if (!jsonSkipValue(depth + 1)) {
	movq -8(%rbp), %rax	# depth
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_600
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_600
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_600
	movq %rax, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_599
	.loc 1 1921 17
	# jsonSkipValue: return false;
	movq $0, %rax	# false
	jmp .Lreturn_583
.Lelse_599:
	.loc 1 1923 13
	# jsonSkipValue: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1924 13
	# jsonSkipValue: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -32(%rbp)	# next
	.loc 1 1925 13
	# jsonSkipValue: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_601
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_601
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_601
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1926 13
	# jsonSkipValue: if (next === closer) {
	movq -32(%rbp), %rax	# next
	movq -24(%rbp), %rdi	# closer
	cmpq %rdi, %rax
	jne .Lelse_602
	.loc 1 1927 17
	# jsonSkipValue: return true;
	movq $1, %rax	# true
	jmp .Lreturn_583
.Lelse_602:
	.loc 1 1929 13
	# jsonSkipValue: if (next !== 44) {
	movq -32(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_603
	.loc 1 1930 17
	# jsonSkipValue: return jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	jmp .Lreturn_583
.Lelse_603:
	jmp .Lwhile_593
.Lendwhile_594:
.Lelse_586:
	.loc 1 1934 5
	# jsonSkipValue: if (first === 116) {
	movq -16(%rbp), %rax	# first
	cmpq $116, %rax	# compare with 116
	jne .Lelse_604
	.loc 1 1935 9
	# jsonSkipValue: return jsonLiteral("true");
	leaq .Lstring278(%rip), %rdi	# "true"
	call fn.jsonLiteral
	jmp .Lreturn_583
.Lelse_604:
	.loc 1 1937 5
	# jsonSkipValue: if (first === 102) {
	movq -16(%rbp), %rax	# first
	cmpq $102, %rax	# compare with 102
	jne .Lelse_605
	.loc 1 1938 9
	# jsonSkipValue: return jsonLiteral("false");
	leaq .Lstring279(%rip), %rdi	# "false"
	call fn.jsonLiteral
	jmp .Lreturn_583
.Lelse_605:
	.loc 1 1940 5
	# jsonSkipValue: if (first === 110) {
	movq -16(%rbp), %rax	# first
	cmpq $110, %rax	# compare with 110
	jne .Lelse_606
	.loc 1 1941 9
	# jsonSkipValue: return jsonLiteral("null");
	leaq .Lstring280(%rip), %rdi	# "null"
	call fn.jsonLiteral
	jmp .Lreturn_583
.Lelse_606:
	.loc 1 1943 5
	# jsonSkipValue: return jsonNumber();
	call fn.jsonNumber
.Lreturn_583:
	leave
	ret
.Ltrap_590:
	leaq .Lstring281(%rip), %rdi	# trap: kernel.ts:1902:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_592:
	leaq .Lstring282(%rip), %rdi	# trap: kernel.ts:1905:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_598:
	leaq .Lstring283(%rip), %rdi	# trap: kernel.ts:1918:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_600:
	leaq .Lstring284(%rip), %rdi	# trap: kernel.ts:1920:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_601:
	leaq .Lstring285(%rip), %rdi	# trap: kernel.ts:1925:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.jsonSkipValue, .-fn.jsonSkipValue

# function jsonMemberString(destination, notStringReason)
	.type fn.jsonMemberString,@function
fn.jsonMemberString:
	.loc 1 1947 1
	# jsonMemberString: function jsonMemberString(destination: number, notStringReason: numbe...
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter destination
	movq %rsi, -16(%rbp)	# parameter notStringReason
	.loc 1 1948 5
	# jsonMemberString: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1949 5
	# jsonMemberString: if (jsonPeek() !== 34) {
	call fn.jsonPeek
	cmpq $34, %rax	# compare with 34
	je .Lelse_608
	.loc 1 1950 9
	# jsonMemberString: if (!jsonSkipValue(1)) {
	movq $1, %rdi
	call fn.jsonSkipValue
	testq %rax, %rax
	jne .Lelse_609
	.loc 1 1951 13
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_607
.Lelse_609:
	.loc 1 1953 9
	# jsonMemberString: jsonFail(notStringReason);
	movq -16(%rbp), %rdi	# notStringReason
	call fn.jsonFail
	.loc 1 1954 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_607
.Lelse_608:
	.loc 1 1956 5
	# jsonMemberString: if (!jsonString(destination)) {
	movq -8(%rbp), %rdi	# destination
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_610
	.loc 1 1957 9
	# jsonMemberString: return -1;
	movq $-1, %rax
	jmp .Lreturn_607
.Lelse_610:
	.loc 1 1959 5
	# jsonMemberString: return jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
.Lreturn_607:
	leave
	ret
	.size fn.jsonMemberString, .-fn.jsonMemberString

# function readJsonCommand()
	.type fn.readJsonCommand,@function
fn.readJsonCommand:
	.loc 1 1964 1
	# readJsonCommand: function readJsonCommand(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 1965 5
	# readJsonCommand: jsonAt = commandValue;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1966 5
	# readJsonCommand: jsonEnd = commandValue + commandLength;
	leaq buf.commandValue(%rip), %rax	# commandValue
	movq var.commandLength(%rip), %rdi	# commandLength
	addq %rdi, %rax	# +
	jo .Ltrap_612
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_612
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_612
	movq %rax, var.jsonEnd(%rip)	# jsonEnd =
	.loc 1 1967 5
	# readJsonCommand: jsonError = 0;
	movq $0, %rax
	movq %rax, var.jsonError(%rip)	# jsonError =
	.loc 1 1968 5
	# readJsonCommand: jsonWhenLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	.loc 1 1969 5
	# readJsonCommand: jsonAckLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	.loc 1 1970 5
	# readJsonCommand: jsonActionLength = -1;
	movq $-1, %rax
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	.loc 1 1971 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1972 5
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_613
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_613
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_613
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1973 5
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1974 5
	# readJsonCommand: if (jsonPeek() === 125) {
	call fn.jsonPeek
	cmpq $125, %rax	# compare with 125
	jne .Lelse_614
	.loc 1 1975 9
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_615
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_615
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_615
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	jmp .Lendif_616
.Lelse_614:
	.loc 1 1977 9
	# readJsonCommand: while (jsonError === 0) {
.Lwhile_617:
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lendwhile_618
	.loc 1 1978 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1979 13
	# readJsonCommand: if (!jsonString(jsonKey)) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	call fn.jsonString
	testq %rax, %rax
	jne .Lelse_619
	.loc 1 1980 17
	# readJsonCommand: break;
	jmp .Lendwhile_618
.Lelse_619:
	.loc 1 1982 13
	# readJsonCommand: const keyLength = jsonDecodedLength;
	movq var.jsonDecodedLength(%rip), %rax	# jsonDecodedLength
	movq %rax, -8(%rbp)	# keyLength
	.loc 1 1983 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 1984 13
	# readJsonCommand: if (jsonPeek() !== 58) {
	call fn.jsonPeek
	cmpq $58, %rax	# compare with 58
	je .Lelse_620
	.loc 1 1985 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
	.loc 1 1986 17
	# readJsonCommand: break;
	jmp .Lendwhile_618
.Lelse_620:
	.loc 1 1988 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_621
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_621
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_621
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 1989 13
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "when")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring286(%rip), %rdx	# "when"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_622
	.loc 1 1990 17
	# readJsonCommand: jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
	leaq buf.jsonWhen(%rip), %rdi	# jsonWhen
	movq $9, %rsi	# BOGUS_WHEN_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonWhenLength(%rip)	# jsonWhenLength =
	jmp .Lendif_623
.Lelse_622:
	.loc 1 1991 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "ack")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring287(%rip), %rdx	# "ack"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_624
	.loc 1 1992 17
	# readJsonCommand: jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
	leaq buf.jsonAck(%rip), %rdi	# jsonAck
	movq $10, %rsi	# BOGUS_ACK_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonAckLength(%rip)	# jsonAckLength =
	jmp .Lendif_625
.Lelse_624:
	.loc 1 1993 20
	# readJsonCommand: if (bytesEqual(jsonKey, keyLength, "action")) {
	leaq buf.jsonKey(%rip), %rdi	# jsonKey
	movq -8(%rbp), %rsi	# keyLength
	leaq .Lstring288(%rip), %rdx	# "action"
	call fn.bytesEqual
	testq %rax, %rax
	je .Lelse_626
	.loc 1 1994 17
	# readJsonCommand: jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRI...
	leaq buf.jsonAction(%rip), %rdi	# jsonAction
	movq $11, %rsi	# BOGUS_ACTION_NOT_STRING
	call fn.jsonMemberString
	movq %rax, var.jsonActionLength(%rip)	# jsonActionLength =
	jmp .Lendif_627
.Lelse_626:
	.loc 1 1996 17
	# readJsonCommand: jsonSkipValue(1);
	movq $1, %rdi
	call fn.jsonSkipValue
.Lendif_627:
.Lendif_625:
.Lendif_623:
	.loc 1 1998 13
	# readJsonCommand: if (jsonError !== 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	je .Lelse_628
	.loc 1 1999 17
	# readJsonCommand: break;
	jmp .Lendwhile_618
.Lelse_628:
	.loc 1 2001 13
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2002 13
	# readJsonCommand: const next = jsonPeek();
	call fn.jsonPeek
	movq %rax, -16(%rbp)	# next
	.loc 1 2003 13
	# readJsonCommand: jsonAt = jsonAt + 1;
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_629
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_629
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_629
	movq %rax, var.jsonAt(%rip)	# jsonAt =
	.loc 1 2004 13
	# readJsonCommand: if (next === 125) {
	movq -16(%rbp), %rax	# next
	cmpq $125, %rax	# compare with 125
	jne .Lelse_630
	.loc 1 2005 17
	# readJsonCommand: break;
	jmp .Lendwhile_618
.Lelse_630:
	.loc 1 2007 13
	# readJsonCommand: if (next !== 44) {
	movq -16(%rbp), %rax	# next
	cmpq $44, %rax	# compare with 44
	je .Lelse_631
	.loc 1 2008 17
	# readJsonCommand: jsonFail(BOGUS_BAD_JSON);
	movq $3, %rdi	# BOGUS_BAD_JSON
	call fn.jsonFail
.Lelse_631:
	jmp .Lwhile_617
.Lendwhile_618:
.Lendif_616:
	.loc 1 2012 5
	# readJsonCommand: if (jsonError === 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_632
	.loc 1 2013 9
	# readJsonCommand: jsonSkipSpace();
	call fn.jsonSkipSpace
	.loc 1 2014 9
	# readJsonCommand: if (jsonAt < jsonEnd) {
	movq var.jsonAt(%rip), %rax	# jsonAt
	movq var.jsonEnd(%rip), %rdi	# jsonEnd
	cmpq %rdi, %rax
	jge .Lelse_633
	.loc 1 2015 13
	# readJsonCommand: jsonFail(BOGUS_TRAILING);
	movq $4, %rdi	# BOGUS_TRAILING
	call fn.jsonFail
.Lelse_633:
.Lelse_632:
	.loc 1 2018 5
	# readJsonCommand: if (jsonError === 0 && jsonWhenLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_634
	movq var.jsonWhenLength(%rip), %rax	# jsonWhenLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_634
	.loc 1 2019 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_WHEN);
	movq $6, %rdi	# BOGUS_MISSING_WHEN
	call fn.jsonFail
.Lelse_634:
	.loc 1 2021 5
	# readJsonCommand: if (jsonError === 0 && jsonAckLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_635
	movq var.jsonAckLength(%rip), %rax	# jsonAckLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_635
	.loc 1 2022 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACK);
	movq $7, %rdi	# BOGUS_MISSING_ACK
	call fn.jsonFail
.Lelse_635:
	.loc 1 2024 5
	# readJsonCommand: if (jsonError === 0 && jsonActionLength < 0) {
	movq var.jsonError(%rip), %rax	# jsonError
	cmpq $0, %rax	# compare with 0
	jne .Lelse_636
	movq var.jsonActionLength(%rip), %rax	# jsonActionLength
	cmpq $0, %rax	# compare with 0
	jge .Lelse_636
	.loc 1 2025 9
	# readJsonCommand: jsonFail(BOGUS_MISSING_ACTION);
	movq $8, %rdi	# BOGUS_MISSING_ACTION
	call fn.jsonFail
.Lelse_636:
	.loc 1 2027 5
	# readJsonCommand: return jsonError;
	movq var.jsonError(%rip), %rax	# jsonError
.Lreturn_611:
	leave
	ret
.Ltrap_612:
	leaq .Lstring289(%rip), %rdi	# trap: kernel.ts:1966:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_613:
	leaq .Lstring290(%rip), %rdi	# trap: kernel.ts:1972:14: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_615:
	leaq .Lstring291(%rip), %rdi	# trap: kernel.ts:1975:18: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_621:
	leaq .Lstring292(%rip), %rdi	# trap: kernel.ts:1988:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_629:
	leaq .Lstring293(%rip), %rdi	# trap: kernel.ts:2003:22: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.readJsonCommand, .-fn.readJsonCommand

# function clearWords(address, count)
	.type fn.clearWords,@function
fn.clearWords:
	.loc 1 2089 1
	# clearWords: function clearWords(address: number, count: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter count
	.loc 1 2090 5
	# clearWords: for (let i = 0; i < count; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_638:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# count
	cmpq %rdi, %rax
	jge .Lendfor_640
	.loc 1 2091 9
	# clearWords: store64(address + i * 8, 0);
	movq -8(%rbp), %rax	# address
	pushq %rax
	movq -24(%rbp), %rax	# i
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_641
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_641
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_641
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_642
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_642
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_642
	movq %rax, %rdi
	movq $0, %rax
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_639:
	.loc 1 2090 32
	# clearWords: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_643
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_643
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_638
.Lendfor_640:
.Lreturn_637:
	leave
	ret
.Ltrap_641:
	leaq .Lstring294(%rip), %rdi	# trap: kernel.ts:2091:27: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_642:
	leaq .Lstring295(%rip), %rdi	# trap: kernel.ts:2091:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_643:
	leaq .Lstring296(%rip), %rdi	# trap: kernel.ts:2090:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.clearWords, .-fn.clearWords

# function publishFrameListTree()
	.type fn.publishFrameListTree,@function
fn.publishFrameListTree:
	.loc 1 2097 1
	# publishFrameListTree: function publishFrameListTree(): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	.loc 1 2098 5
	# publishFrameListTree: const p2mPages = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - 1) ...
	movq var.domainPages(%rip), %rax	# domainPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_646
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_646
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_646
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_646
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_646
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_646
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_645
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_645
	subq $1, %rax	# then the floor is one below
.Lfloored_645:
	movq %rax, -8(%rbp)	# p2mPages
	.loc 1 2099 5
	# publishFrameListTree: const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - ...
	movq -8(%rbp), %rax	# p2mPages
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	addq %rdi, %rax	# +
	jo .Ltrap_648
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_648
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_648
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_648
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_648
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_648
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_647
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_647
	subq $1, %rax	# then the floor is one below
.Lfloored_647:
	movq %rax, -16(%rbp)	# frameListCount
	.loc 1 2100 5
	# publishFrameListTree: if (frameListCount > FRAME_LIST_PAGES_MAX) {
	movq -16(%rbp), %rax	# frameListCount
	cmpq $8, %rax	# compare with FRAME_LIST_PAGES_MAX
	jle .Lelse_649
	.loc 1 2101 9
	# publishFrameListTree: print("suspend: ");
	leaq .Lstring297(%rip), %rdi	# "suspend: "
	call fn.print
	.loc 1 2102 9
	# publishFrameListTree: printDecimal(domainPages);
	movq var.domainPages(%rip), %rdi	# domainPages
	call fn.printDecimal
	.loc 1 2103 9
	# publishFrameListTree: log(" pages are more than this kernel's p2m tree covers; save will no...
	leaq .Lstring298(%rip), %rdi	# " pages are more than this kernel's p2m 
	call fn.log
	.loc 1 2104 9
	# publishFrameListTree: return false;
	movq $0, %rax	# false
	jmp .Lreturn_644
.Lelse_649:
	.loc 1 2106 5
	# publishFrameListTree: clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
	leaq buf.frameListList(%rip), %rdi	# frameListList
	movq $512, %rsi	# P2M_ENTRIES_PER_PAGE
	call fn.clearWords
	.loc 1 2107 5
	# publishFrameListTree: clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -16(%rbp), %rax	# frameListCount
	movq $512, %rdi	# P2M_ENTRIES_PER_PAGE
	imulq %rdi, %rax	# *
	jo .Ltrap_650
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_650
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_650
	movq %rax, %rsi
	popq %rdi
	call fn.clearWords
	.loc 1 2108 5
	# publishFrameListTree: for (let page = 0; page < p2mPages; page++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# page
.Lfor_651:
	movq -24(%rbp), %rax	# page
	movq -8(%rbp), %rdi	# p2mPages
	cmpq %rdi, %rax
	jge .Lendfor_653
	.loc 1 2109 9
	# publishFrameListTree: store64(frameLists + page * 8, machineFrameOf(mfnList + page * PAGE_S...
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_654
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_654
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_654
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
	pushq %rax
	movq var.mfnList(%rip), %rax	# mfnList
	pushq %rax
	movq -24(%rbp), %rax	# page
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
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
	jo .Ltrap_657
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_657
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_657
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_652:
	.loc 1 2108 41
	# publishFrameListTree: page++
	movq -24(%rbp), %rax	# page
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_658
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_658
	movq %rax, -24(%rbp)	# page =
	jmp .Lfor_651
.Lendfor_653:
	.loc 1 2111 5
	# publishFrameListTree: for (let list = 0; list < frameListCount; list++) {
	movq $0, %rax
	movq %rax, -32(%rbp)	# list
.Lfor_659:
	movq -32(%rbp), %rax	# list
	movq -16(%rbp), %rdi	# frameListCount
	cmpq %rdi, %rax
	jge .Lendfor_661
	.loc 1 2112 9
	# publishFrameListTree: store64(frameListList + list * 8, machineFrameOf(frameLists + list * ...
	leaq buf.frameListList(%rip), %rax	# frameListList
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $8, %rdi
	imulq %rdi, %rax	# *
	jo .Ltrap_662
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_662
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_662
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	jo .Ltrap_663
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_663
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_663
	pushq %rax
	leaq buf.frameLists(%rip), %rax	# frameLists
	pushq %rax
	movq -32(%rbp), %rax	# list
	movq $4096, %rdi	# PAGE_SIZE
	imulq %rdi, %rax	# *
	jo .Ltrap_664
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_664
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_664
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
	movq %rax, %rdi
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
.Lfornext_660:
	.loc 1 2111 47
	# publishFrameListTree: list++
	movq -32(%rbp), %rax	# list
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_666
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_666
	movq %rax, -32(%rbp)	# list =
	jmp .Lfor_659
.Lendfor_661:
	.loc 1 2114 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, domainPages);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3088, %rdi	# SHARED_INFO_ARCH_MAX_PFN
	addq %rdi, %rax	# +
	jo .Ltrap_667
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_667
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_667
	movq %rax, %rdi
	movq var.domainPages(%rip), %rax	# domainPages
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2115 5
	# publishFrameListTree: writeBarrier();
	# writeBarrier: compiler barrier only; every access already happens in program order
	.loc 1 2116 5
	# publishFrameListTree: store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFra...
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $3096, %rdi	# SHARED_INFO_ARCH_FRAME_LIST_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_668
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_668
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_668
	pushq %rax
	leaq buf.frameListList(%rip), %rdi	# frameListList
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2117 5
	# publishFrameListTree: return true;
	movq $1, %rax	# true
.Lreturn_644:
	leave
	ret
.Ltrap_646:
	leaq .Lstring299(%rip), %rdi	# trap: kernel.ts:2098:34: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_648:
	leaq .Lstring300(%rip), %rdi	# trap: kernel.ts:2099:40: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_650:
	leaq .Lstring301(%rip), %rdi	# trap: kernel.ts:2107:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_654:
	leaq .Lstring302(%rip), %rdi	# trap: kernel.ts:2109:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_655:
	leaq .Lstring303(%rip), %rdi	# trap: kernel.ts:2109:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_656:
	leaq .Lstring304(%rip), %rdi	# trap: kernel.ts:2109:65: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_657:
	leaq .Lstring305(%rip), %rdi	# trap: kernel.ts:2109:55: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_658:
	leaq .Lstring306(%rip), %rdi	# trap: kernel.ts:2108:41: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_662:
	leaq .Lstring307(%rip), %rdi	# trap: kernel.ts:2112:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_663:
	leaq .Lstring308(%rip), %rdi	# trap: kernel.ts:2112:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_664:
	leaq .Lstring309(%rip), %rdi	# trap: kernel.ts:2112:71: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_665:
	leaq .Lstring310(%rip), %rdi	# trap: kernel.ts:2112:58: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_666:
	leaq .Lstring311(%rip), %rdi	# trap: kernel.ts:2111:47: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_667:
	leaq .Lstring312(%rip), %rdi	# trap: kernel.ts:2114:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_668:
	leaq .Lstring313(%rip), %rdi	# trap: kernel.ts:2116:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.publishFrameListTree, .-fn.publishFrameListTree

# function unmapSharedInfo()
	.type fn.unmapSharedInfo,@function
fn.unmapSharedInfo:
	.loc 1 2120 1
	# unmapSharedInfo: function unmapSharedInfo(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2121 5
	# unmapSharedInfo: const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage,...
	leaq buf.sharedInfoPage(%rip), %rdi	# sharedInfoPage
	movq $0, %rsi
	movq $2, %rdx	# UVMF_INVLPG
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+448
	movq %rax, -8(%rbp)	# result
	.loc 1 2122 5
	# unmapSharedInfo: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_670
	.loc 1 2123 9
	# unmapSharedInfo: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
.Lelse_670:
	.loc 1 2125 5
	# unmapSharedInfo: return result;
	movq -8(%rbp), %rax	# result
.Lreturn_669:
	leave
	ret
	.size fn.unmapSharedInfo, .-fn.unmapSharedInfo

# function suspendHypercall(startInfoFrame)
	.type fn.suspendHypercall,@function
fn.suspendHypercall:
	.loc 1 2129 1
	# suspendHypercall: function suspendHypercall(startInfoFrame: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter startInfoFrame
	.loc 1 2130 5
	# suspendHypercall: store32(hypercallArguments, SHUTDOWN_SUSPEND);
	leaq buf.hypercallArguments(%rip), %rdi	# hypercallArguments
	movq $2, %rax	# SHUTDOWN_SUSPEND
	movl %eax, (%rdi)	# store32: write the value's low bits at the address in %rdi
	.loc 1 2131 5
	# suspendHypercall: return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArgum...
	movq $2, %rdi	# SCHEDOP_SHUTDOWN
	leaq buf.hypercallArguments(%rip), %rsi	# hypercallArguments
	movq -8(%rbp), %rdx	# startInfoFrame
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+928
.Lreturn_671:
	leave
	ret
	.size fn.suspendHypercall, .-fn.suspendHypercall

# function suspendPv()
	.type fn.suspendPv,@function
fn.suspendPv:
	.loc 1 2135 1
	# suspendPv: function suspendPv(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2138 5
	# suspendPv: const startInfoFrame = machineFrameOf(startInfo);
	movq var.startInfo(%rip), %rdi	# startInfo
	call fn.machineFrameOf
	movq %rax, -8(%rbp)	# startInfoFrame
	.loc 1 2139 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_673
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_673
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_673
	pushq %rax
	movq var.storeRing(%rip), %rax	# storeRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_674
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_674
	subq $1, %rax	# then the floor is one below
.Lfloored_674:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2140 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / ...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_675
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_675
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_675
	pushq %rax
	movq var.consoleRing(%rip), %rax	# consoleRing
	movq $4096, %rdi	# PAGE_SIZE
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_676
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_676
	subq $1, %rax	# then the floor is one below
.Lfloored_676:
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2141 5
	# suspendPv: const unmapResult = unmapSharedInfo();
	call fn.unmapSharedInfo
	movq %rax, -16(%rbp)	# unmapResult
	.loc 1 2142 5
	# suspendPv: const result = unmapResult === 0 ? suspendHypercall(startInfoFrame) :...
	movq -16(%rbp), %rax	# unmapResult
	cmpq $0, %rax	# compare with 0
	jne .Lelse_677
	movq -8(%rbp), %rdi	# startInfoFrame
	call fn.suspendHypercall
	jmp .Lendcond_678
.Lelse_677:
	movq -16(%rbp), %rax	# unmapResult
.Lendcond_678:
	movq %rax, -24(%rbp)	# result
	.loc 1 2143 5
	# suspendPv: if (result === 0) {
	movq -24(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_679
	.loc 1 2144 9
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
	jmp .Lreturn_672
.Lelse_679:
	.loc 1 2149 5
	# suspendPv: store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
	movq var.startInfo(%rip), %rax	# startInfo
	movq $56, %rdi	# START_INFO_STORE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_680
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_680
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_680
	pushq %rax
	movq var.storeRing(%rip), %rdi	# storeRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2150 5
	# suspendPv: store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRin...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $72, %rdi	# START_INFO_CONSOLE_MFN
	addq %rdi, %rax	# +
	jo .Ltrap_681
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_681
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_681
	pushq %rax
	movq var.consoleRing(%rip), %rdi	# consoleRing
	subq $8, %rsp	# keep %rsp 16-byte aligned at the call
	call fn.machineFrameOf
	addq $8, %rsp
	popq %rdi
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 2151 5
	# suspendPv: if (!sharedInfoMapped) {
	movq var.sharedInfoMapped(%rip), %rax	# sharedInfoMapped
	testq %rax, %rax
	jne .Lelse_682
	.loc 1 2152 9
	# suspendPv: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
.Lelse_682:
	.loc 1 2154 5
	# suspendPv: publishFrameListTree();
	call fn.publishFrameListTree
	.loc 1 2155 5
	# suspendPv: return result;
	movq -24(%rbp), %rax	# result
.Lreturn_672:
	leave
	ret
.Ltrap_673:
	leaq .Lstring314(%rip), %rdi	# trap: kernel.ts:2139:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_675:
	leaq .Lstring315(%rip), %rdi	# trap: kernel.ts:2140:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_680:
	leaq .Lstring316(%rip), %rdi	# trap: kernel.ts:2149:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_681:
	leaq .Lstring317(%rip), %rdi	# trap: kernel.ts:2150:13: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.suspendPv, .-fn.suspendPv

# function suspendPvh()
	.type fn.suspendPvh,@function
fn.suspendPvh:
	.loc 1 2165 1
	# suspendPvh: function suspendPvh(): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	.loc 1 2166 5
	# suspendPvh: const result = suspendHypercall(0);
	movq $0, %rdi
	call fn.suspendHypercall
	movq %rax, -8(%rbp)	# result
	.loc 1 2167 5
	# suspendPvh: if (result !== 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	je .Lelse_684
	.loc 1 2168 9
	# suspendPvh: return result;
	movq -8(%rbp), %rax	# result
	jmp .Lreturn_683
.Lelse_684:
	.loc 1 2170 5
	# suspendPvh: sharedInfoMapped = false;
	movq $0, %rax	# false
	movq %rax, var.sharedInfoMapped(%rip)	# sharedInfoMapped =
	.loc 1 2171 5
	# suspendPvh: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -16(%rbp)	# missing
	.loc 1 2172 5
	# suspendPvh: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2173 5
	# suspendPvh: startTicking();
	call fn.startTicking
	.loc 1 2174 5
	# suspendPvh: if (missing.length > 0) {
	movq -16(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_685
	.loc 1 2175 9
	# suspendPvh: print("resume: Xen gave no value for ");
	leaq .Lstring318(%rip), %rdi	# "resume: Xen gave no value for "
	call fn.print
	.loc 1 2176 9
	# suspendPvh: log(missing);
	movq -16(%rbp), %rdi	# missing
	call fn.log
.Lelse_685:
	.loc 1 2178 5
	# suspendPvh: const id = readDomainId();
	call fn.readDomainId
	movq %rax, -24(%rbp)	# id
	.loc 1 2179 5
	# suspendPvh: return id >= 0 && id === domainId ? 1 : 0;
	movq -24(%rbp), %rax	# id
	cmpq $0, %rax	# compare with 0
	jl .Lelse_686
	movq -24(%rbp), %rax	# id
	movq var.domainId(%rip), %rdi	# domainId
	cmpq %rdi, %rax
	jne .Lelse_686
	movq $1, %rax
	jmp .Lendcond_687
.Lelse_686:
	movq $0, %rax
.Lendcond_687:
.Lreturn_683:
	leave
	ret
	.size fn.suspendPvh, .-fn.suspendPvh

# function suspendDomain()
	.type fn.suspendDomain,@function
fn.suspendDomain:
	.loc 1 2182 1
	# suspendDomain: function suspendDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2183 5
	# suspendDomain: if (bootMode === BOOT_MODE_PV && !publishFrameListTree()) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_689
	call fn.publishFrameListTree
	testq %rax, %rax
	jne .Lelse_689
	.loc 1 2184 9
	# suspendDomain: log("suspend refused");
	leaq .Lstring319(%rip), %rdi	# "suspend refused"
	call fn.log
	.loc 1 2185 9
	# suspendDomain: return;
	jmp .Lreturn_688
.Lelse_689:
	.loc 1 2187 5
	# suspendDomain: log("suspending");
	leaq .Lstring320(%rip), %rdi	# "suspending"
	call fn.log
	.loc 1 2188 5
	# suspendDomain: consoleDrain();
	call fn.consoleDrain
	.loc 1 2189 5
	# suspendDomain: const result = bootMode === BOOT_MODE_PV ? suspendPv() : suspendPvh();
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_690
	call fn.suspendPv
	jmp .Lendcond_691
.Lelse_690:
	call fn.suspendPvh
.Lendcond_691:
	movq %rax, -8(%rbp)	# result
	.loc 1 2190 5
	# suspendDomain: if (result === 0) {
	movq -8(%rbp), %rax	# result
	cmpq $0, %rax	# compare with 0
	jne .Lelse_692
	.loc 1 2191 9
	# suspendDomain: resumeInNewDomain();
	call fn.resumeInNewDomain
	.loc 1 2192 9
	# suspendDomain: return;
	jmp .Lreturn_688
.Lelse_692:
	.loc 1 2194 5
	# suspendDomain: startTicking();
	call fn.startTicking
	.loc 1 2195 5
	# suspendDomain: if (result === 1) {
	movq -8(%rbp), %rax	# result
	cmpq $1, %rax	# compare with 1
	jne .Lelse_693
	.loc 1 2196 9
	# suspendDomain: log("suspend cancelled");
	leaq .Lstring321(%rip), %rdi	# "suspend cancelled"
	call fn.log
	jmp .Lendif_694
.Lelse_693:
	.loc 1 2198 9
	# suspendDomain: logErrno("suspend failed: error ", result);
	leaq .Lstring322(%rip), %rdi	# "suspend failed: error "
	movq -8(%rbp), %rsi	# result
	call fn.logErrno
.Lendif_694:
.Lreturn_688:
	leave
	ret
	.size fn.suspendDomain, .-fn.suspendDomain

# function remapSharedInfoOrCrash()
	.type fn.remapSharedInfoOrCrash,@function
fn.remapSharedInfoOrCrash:
	.loc 1 2207 1
	# remapSharedInfoOrCrash: function remapSharedInfoOrCrash(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2208 5
	# remapSharedInfoOrCrash: const mapResult = mapSharedInfo();
	call fn.mapSharedInfo
	movq %rax, -8(%rbp)	# mapResult
	.loc 1 2209 5
	# remapSharedInfoOrCrash: if (mapResult !== 0) {
	movq -8(%rbp), %rax	# mapResult
	cmpq $0, %rax	# compare with 0
	je .Lelse_696
	.loc 1 2210 9
	# remapSharedInfoOrCrash: logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
	leaq .Lstring323(%rip), %rdi	# "xen-test-vm: cannot map shared_info: er
	movq -8(%rbp), %rsi	# mapResult
	call fn.logErrno
	.loc 1 2211 9
	# remapSharedInfoOrCrash: consoleDrain();
	call fn.consoleDrain
	.loc 1 2212 9
	# remapSharedInfoOrCrash: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lelse_696:
	.loc 1 2214 5
	# remapSharedInfoOrCrash: store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);
	leaq buf.sharedInfoPage(%rip), %rax	# sharedInfoPage
	movq $1, %rdi	# VCPU0_UPCALL_MASK
	addq %rdi, %rax	# +
	jo .Ltrap_697
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_697
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_697
	movq %rax, %rdi
	movq $1, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lreturn_695:
	leave
	ret
.Ltrap_697:
	leaq .Lstring324(%rip), %rdi	# trap: kernel.ts:2214:12: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.remapSharedInfoOrCrash, .-fn.remapSharedInfoOrCrash

# function resumeInNewDomain()
	.type fn.resumeInNewDomain,@function
fn.resumeInNewDomain:
	.loc 1 2217 1
	# resumeInNewDomain: function resumeInNewDomain(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2218 5
	# resumeInNewDomain: if (bootMode === BOOT_MODE_PV) {     // PVH has done this already, in...
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_699
	.loc 1 2219 9
	# resumeInNewDomain: readStartInfo();
	call fn.readStartInfo
	.loc 1 2220 9
	# resumeInNewDomain: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2221 9
	# resumeInNewDomain: startTicking();
	call fn.startTicking
	.loc 1 2222 9
	# resumeInNewDomain: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_699:
	.loc 1 2224 5
	# resumeInNewDomain: storeResynchronise();
	call fn.storeResynchronise
	.loc 1 2225 5
	# resumeInNewDomain: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 2228 5
	# resumeInNewDomain: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2229 5
	# resumeInNewDomain: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2230 5
	# resumeInNewDomain: shutdownRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.shutdownRepeatGuard(%rip)	# shutdownRepeatGuard =
	.loc 1 2231 5
	# resumeInNewDomain: testingRepeatGuard = true;
	movq $1, %rax	# true
	movq %rax, var.testingRepeatGuard(%rip)	# testingRepeatGuard =
	.loc 1 2232 5
	# resumeInNewDomain: log("resumed in a new domain");
	leaq .Lstring325(%rip), %rdi	# "resumed in a new domain"
	call fn.log
	.loc 1 2233 5
	# resumeInNewDomain: connectControlKeys();
	call fn.connectControlKeys
.Lreturn_698:
	leave
	ret
	.size fn.resumeInNewDomain, .-fn.resumeInNewDomain

# function performAction(action)
	.type fn.performAction,@function
fn.performAction:
	.loc 1 2245 1
	# performAction: function performAction(action: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter action
	.loc 1 2246 5
	# performAction: print("action: ");
	leaq .Lstring326(%rip), %rdi	# "action: "
	call fn.print
	.loc 1 2247 5
	# performAction: log(actionName(action));
	movq -8(%rbp), %rdi	# action
	call fn.actionName
	movq %rax, %rdi
	call fn.log
	.loc 1 2248 5
	# performAction: switch (action) {
	movq -8(%rbp), %rax	# action
	cmpq $1, %rax	# case ACTION_POWEROFF
	je .Lcase_702
	cmpq $3, %rax	# case ACTION_HALT
	je .Lcase_703
	cmpq $2, %rax	# case ACTION_REBOOT
	je .Lcase_704
	cmpq $4, %rax	# case ACTION_CRASH
	je .Lcase_705
	cmpq $5, %rax	# case ACTION_SUSPEND
	je .Lcase_706
	jmp .Lcase_707
.Lcase_702:
.Lcase_703:
	.loc 1 2251 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2252 13
	# performAction: shutdownForever(SHUTDOWN_POWEROFF);
	movq $0, %rdi	# SHUTDOWN_POWEROFF
	call fn.shutdownForever
	.loc 1 2253 13
	# performAction: break;
	jmp .Lendswitch_701
.Lcase_704:
	.loc 1 2255 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2256 13
	# performAction: shutdownForever(SHUTDOWN_REBOOT);
	movq $1, %rdi	# SHUTDOWN_REBOOT
	call fn.shutdownForever
	.loc 1 2257 13
	# performAction: break;
	jmp .Lendswitch_701
.Lcase_705:
	.loc 1 2259 13
	# performAction: consoleDrain();
	call fn.consoleDrain
	.loc 1 2260 13
	# performAction: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
	.loc 1 2261 13
	# performAction: break;
	jmp .Lendswitch_701
.Lcase_706:
	.loc 1 2263 13
	# performAction: suspendDomain();
	call fn.suspendDomain
	.loc 1 2264 13
	# performAction: break;
	jmp .Lendswitch_701
.Lcase_707:
	.loc 1 2266 13
	# performAction: break;
	jmp .Lendswitch_701
.Lendswitch_701:
.Lreturn_700:
	leave
	ret
	.size fn.performAction, .-fn.performAction

# function checkHypercallPage()
	.type fn.checkHypercallPage,@function
fn.checkHypercallPage:
	.loc 1 2302 1
	# checkHypercallPage: function checkHypercallPage(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2303 5
	# checkHypercallPage: if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
	leaq hypercall_page(%rip), %rax	# addressOf("hypercall_page")
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	cmpq $195, %rax	# compare with RET_OPCODE
	je .Lelse_709
	.loc 1 2304 9
	# checkHypercallPage: return;
	jmp .Lreturn_708
.Lelse_709:
	.loc 1 2306 5
	# checkHypercallPage: consolePort = 0;
	movq $0, %rax
	movq %rax, var.consolePort(%rip)	# consolePort =
	.loc 1 2307 5
	# checkHypercallPage: if (bootMode === BOOT_MODE_PVH) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_710
	.loc 1 2308 9
	# checkHypercallPage: debugPortPrint("xen-test-vm: PVH boot: Xen did not fill the hypercall...
	leaq .Lstring327(%rip), %rdi	# "xen-test-vm: PVH boot: Xen did not fill
	call fn.debugPortPrint
.Lelse_710:
	.loc 1 2310 5
	# checkHypercallPage: log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE...
	leaq .Lstring328(%rip), %rdi	# "xen-test-vm: Xen did not fill the hyper
	call fn.log
	.loc 1 2311 5
	# checkHypercallPage: while (true) {
.Lwhile_711:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_712
	.loc 1 2312 9
	# checkHypercallPage: yieldCpu();
	call fn.yieldCpu
	jmp .Lwhile_711
.Lendwhile_712:
.Lreturn_708:
	leave
	ret
	.size fn.checkHypercallPage, .-fn.checkHypercallPage

# function checkStartInfoMagic()
	.type fn.checkStartInfoMagic,@function
fn.checkStartInfoMagic:
	.loc 1 2316 1
	# checkStartInfoMagic: function checkStartInfoMagic(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2317 5
	# checkStartInfoMagic: if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64...
	movq var.startInfo(%rip), %rax	# startInfo
	movq $0, %rdi	# START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_715
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_715
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_715
	movq %rax, %rdi
	movq $32, %rsi
	leaq .Lstring329(%rip), %rdx	# "xen-3.0-x86_64"
	call fn.bytesStartWith
	testq %rax, %rax
	jne .Lelse_714
	.loc 1 2318 9
	# checkStartInfoMagic: log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; ...
	leaq .Lstring330(%rip), %rdi	# "xen-test-vm: start_info does not begin 
	call fn.log
.Lelse_714:
.Lreturn_713:
	leave
	ret
.Ltrap_715:
	leaq .Lstring331(%rip), %rdi	# trap: kernel.ts:2317:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.checkStartInfoMagic, .-fn.checkStartInfoMagic

# function debugPortPrint(text)
	.type fn.debugPortPrint,@function
fn.debugPortPrint:
	.loc 1 2328 1
	# debugPortPrint: function debugPortPrint(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 2329 5
	# debugPortPrint: for (let i = 0; i < text.length; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_717:
	movq -16(%rbp), %rax	# i
	pushq %rax
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	cmpq %rdi, %rax
	jge .Lendfor_719
	.loc 1 2330 9
	# debugPortPrint: debugPortWrite(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi	# i
	cmpq (%rax), %rdi	# charCodeAt: index below the length (unsigned, so negative fails too)?
	jae .Ltrap_720
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call debugPortWrite
.Lfornext_718:
	.loc 1 2329 38
	# debugPortPrint: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_721
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_721
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_717
.Lendfor_719:
.Lreturn_716:
	leave
	ret
.Ltrap_720:
	leaq .Lstring332(%rip), %rdi	# trap: kernel.ts:2330:24: charCodeAt index out of range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_721:
	leaq .Lstring333(%rip), %rdi	# trap: kernel.ts:2329:38: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.debugPortPrint, .-fn.debugPortPrint

# function pvhCannotBoot(what, detail)
	.type fn.pvhCannotBoot,@function
fn.pvhCannotBoot:
	.loc 1 2334 1
	# pvhCannotBoot: function pvhCannotBoot(what: string, detail: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter what
	movq %rsi, -16(%rbp)	# parameter detail
	.loc 1 2335 5
	# pvhCannotBoot: debugPortPrint("xen-test-vm: PVH boot: ");
	leaq .Lstring334(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.debugPortPrint
	.loc 1 2336 5
	# pvhCannotBoot: debugPortPrint(what);
	movq -8(%rbp), %rdi	# what
	call fn.debugPortPrint
	.loc 1 2337 5
	# pvhCannotBoot: debugPortPrint(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.debugPortPrint
	.loc 1 2338 5
	# pvhCannotBoot: debugPortPrint("; crashing\n");
	leaq .Lstring335(%rip), %rdi	# "; crashing\n"
	call fn.debugPortPrint
	.loc 1 2339 5
	# pvhCannotBoot: print("xen-test-vm: PVH boot: ");
	leaq .Lstring334(%rip), %rdi	# "xen-test-vm: PVH boot: "
	call fn.print
	.loc 1 2340 5
	# pvhCannotBoot: print(what);
	movq -8(%rbp), %rdi	# what
	call fn.print
	.loc 1 2341 5
	# pvhCannotBoot: print(detail);
	movq -16(%rbp), %rdi	# detail
	call fn.print
	.loc 1 2342 5
	# pvhCannotBoot: log("; crashing");
	leaq .Lstring336(%rip), %rdi	# "; crashing"
	call fn.log
	.loc 1 2343 5
	# pvhCannotBoot: consoleDrain();
	call fn.consoleDrain
	.loc 1 2344 5
	# pvhCannotBoot: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_722:
	leave
	ret
	.size fn.pvhCannotBoot, .-fn.pvhCannotBoot

# function enterDomain(bootInfo, mode)
	.type fn.enterDomain,@function
fn.enterDomain:
	.loc 1 2352 1
	# enterDomain: function enterDomain(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 2353 5
	# enterDomain: bootMode = mode === BOOT_MODE_PVH ? BOOT_MODE_PVH : BOOT_MODE_PV;
	movq -16(%rbp), %rax	# mode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_724
	movq $1, %rax	# BOOT_MODE_PVH
	jmp .Lendcond_725
.Lelse_724:
	movq $0, %rax	# BOOT_MODE_PV
.Lendcond_725:
	movq %rax, var.bootMode(%rip)	# bootMode =
	.loc 1 2354 5
	# enterDomain: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_726
	.loc 1 2355 9
	# enterDomain: startInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.startInfo(%rip)	# startInfo =
	.loc 1 2356 9
	# enterDomain: mfnList = load64(startInfo + START_INFO_MFN_LIST);
	movq var.startInfo(%rip), %rax	# startInfo
	movq $104, %rdi	# START_INFO_MFN_LIST
	addq %rdi, %rax	# +
	jo .Ltrap_727
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_727
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_727
	movq (%rax), %rax	# load64: read memory at the address in %rax
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_728
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_728
	movq %rax, var.mfnList(%rip)	# mfnList =
	.loc 1 2357 9
	# enterDomain: readStartInfo();
	call fn.readStartInfo
	jmp .Lendif_729
.Lelse_726:
	.loc 1 2359 9
	# enterDomain: hvmStartInfo = bootInfo;
	movq -8(%rbp), %rax	# bootInfo
	movq %rax, var.hvmStartInfo(%rip)	# hvmStartInfo =
.Lendif_729:
.Lreturn_723:
	leave
	ret
.Ltrap_727:
	leaq .Lstring337(%rip), %rdi	# trap: kernel.ts:2356:26: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_728:
	leaq .Lstring338(%rip), %rdi	# trap: kernel.ts:2356:19: load64 value outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.enterDomain, .-fn.enterDomain

# function findRings()
	.type fn.findRings,@function
fn.findRings:
	.loc 1 2363 1
	# findRings: function findRings(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2364 5
	# findRings: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_731
	.loc 1 2365 9
	# findRings: checkStartInfoMagic();
	call fn.checkStartInfoMagic
	.loc 1 2366 9
	# findRings: return;
	jmp .Lreturn_730
.Lelse_731:
	.loc 1 2368 5
	# findRings: if (load32(hvmStartInfo + HVM_START_INFO_MAGIC) !== HVM_START_MAGIC_V...
	movq var.hvmStartInfo(%rip), %rax	# hvmStartInfo
	movq $0, %rdi	# HVM_START_INFO_MAGIC
	addq %rdi, %rax	# +
	jo .Ltrap_733
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_733
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_733
	movl (%rax), %eax	# load32: read memory at the address in %rax
	cmpq $862897528, %rax	# compare with HVM_START_MAGIC_VALUE
	je .Lelse_732
	.loc 1 2369 9
	# findRings: pvhCannotBoot("hvm_start_info has the wrong magic number", "");
	leaq .Lstring339(%rip), %rdi	# "hvm_start_info has the wrong magic numb
	leaq .Lstring29(%rip), %rsi	# ""
	call fn.pvhCannotBoot
.Lelse_732:
	.loc 1 2371 5
	# findRings: const missing = readHvmParams();
	call fn.readHvmParams
	movq %rax, -8(%rbp)	# missing
	.loc 1 2372 5
	# findRings: if (missing.length > 0) {
	movq -8(%rbp), %rax	# missing
	movq (%rax), %rax	# string length
	cmpq $0, %rax	# compare with 0
	jle .Lelse_734
	.loc 1 2373 9
	# findRings: pvhCannotBoot("Xen gave no value for ", missing);
	leaq .Lstring340(%rip), %rdi	# "Xen gave no value for "
	movq -8(%rbp), %rsi	# missing
	call fn.pvhCannotBoot
.Lelse_734:
.Lreturn_730:
	leave
	ret
.Ltrap_733:
	leaq .Lstring341(%rip), %rdi	# trap: kernel.ts:2368:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.findRings, .-fn.findRings

# function printTerminated(address, limit)
	.type fn.printTerminated,@function
fn.printTerminated:
	.loc 1 2378 1
	# printTerminated: function printTerminated(address: number, limit: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	movq %rsi, -16(%rbp)	# parameter limit
	.loc 1 2379 5
	# printTerminated: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -24(%rbp)	# i
.Lfor_736:
	movq -24(%rbp), %rax	# i
	movq -16(%rbp), %rdi	# limit
	cmpq %rdi, %rax
	jge .Lendfor_738
	.loc 1 2380 9
	# printTerminated: const byte = load8(address + i);
	movq -8(%rbp), %rax	# address
	movq -24(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_739
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_739
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_739
	movzbl (%rax), %eax	# load8: read memory at the address in %rax
	movq %rax, -32(%rbp)	# byte
	.loc 1 2381 9
	# printTerminated: if (byte === 0) {
	movq -32(%rbp), %rax	# byte
	cmpq $0, %rax	# compare with 0
	jne .Lelse_740
	.loc 1 2382 13
	# printTerminated: return;
	jmp .Lreturn_735
.Lelse_740:
	.loc 1 2384 9
	# printTerminated: printEscapedByte(byte);
	movq -32(%rbp), %rdi	# byte
	call fn.printEscapedByte
.Lfornext_737:
	.loc 1 2379 32
	# printTerminated: i++
	movq -24(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_741
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_741
	movq %rax, -24(%rbp)	# i =
	jmp .Lfor_736
.Lendfor_738:
.Lreturn_735:
	leave
	ret
.Ltrap_739:
	leaq .Lstring342(%rip), %rdi	# trap: kernel.ts:2380:28: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_741:
	leaq .Lstring343(%rip), %rdi	# trap: kernel.ts:2379:32: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printTerminated, .-fn.printTerminated

# function printBanner()
	.type fn.printBanner,@function
fn.printBanner:
	.loc 1 2392 1
	# printBanner: function printBanner(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	.loc 1 2393 5
	# printBanner: domainId = readDomainId();
	call fn.readDomainId
	movq %rax, var.domainId(%rip)	# domainId =
	.loc 1 2394 5
	# printBanner: print("xen-test-vm ");
	leaq .Lstring344(%rip), %rdi	# "xen-test-vm "
	call fn.print
	.loc 1 2395 5
	# printBanner: printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
	leaq guest_version(%rip), %rax	# addressOf("guest_version")
	movq %rax, %rdi
	movq $32, %rsi	# VERSION_BYTES_MAX
	call fn.printTerminated
	.loc 1 2396 5
	# printBanner: print(bootMode === BOOT_MODE_PVH ? " PVH" : " PV");
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $1, %rax	# compare with BOOT_MODE_PVH
	jne .Lelse_743
	leaq .Lstring345(%rip), %rax	# " PVH"
	jmp .Lendcond_744
.Lelse_743:
	leaq .Lstring346(%rip), %rax	# " PV"
.Lendcond_744:
	movq %rax, %rdi
	call fn.print
	.loc 1 2397 5
	# printBanner: print(", domid ");
	leaq .Lstring347(%rip), %rdi	# ", domid "
	call fn.print
	.loc 1 2398 5
	# printBanner: if (domainId >= 0) {
	movq var.domainId(%rip), %rax	# domainId
	cmpq $0, %rax	# compare with 0
	jl .Lelse_745
	.loc 1 2399 9
	# printBanner: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	jmp .Lendif_746
.Lelse_745:
	.loc 1 2401 9
	# printBanner: print("unknown");
	leaq .Lstring348(%rip), %rdi	# "unknown"
	call fn.print
.Lendif_746:
	.loc 1 2403 5
	# printBanner: print(", memory ");
	leaq .Lstring349(%rip), %rdi	# ", memory "
	call fn.print
	.loc 1 2404 5
	# printBanner: printDecimal(Math.floor(domainPages / 256));
	movq var.domainPages(%rip), %rax	# domainPages
	movq $256, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_747
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_747
	subq $1, %rax	# then the floor is one below
.Lfloored_747:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 2405 5
	# printBanner: print(" MiB, Xen ");
	leaq .Lstring350(%rip), %rdi	# " MiB, Xen "
	call fn.print
	.loc 1 2406 5
	# printBanner: const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0...
	movq $0, %rdi	# XENVER_VERSION
	movq $0, %rsi
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	movq %rax, -8(%rbp)	# version
	.loc 1 2407 5
	# printBanner: printDecimal(Math.floor(version / 65536));
	movq -8(%rbp), %rax	# version
	movq $65536, %rdi
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_748
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_748
	subq $1, %rax	# then the floor is one below
.Lfloored_748:
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 2408 5
	# printBanner: consolePut(46);
	movq $46, %rdi
	call fn.consolePut
	.loc 1 2409 5
	# printBanner: printDecimal(version & 0xffff);
	movq -8(%rbp), %rax	# version
	movq $65535, %rdi
	andl %edi, %eax	# &
	movslq %eax, %rax	# int32 result
	movq %rax, %rdi
	call fn.printDecimal
	.loc 1 2410 5
	# printBanner: for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_749:
	movq -16(%rbp), %rax	# i
	cmpq $24, %rax	# compare with XENVER_EXTRAVERSION_BYTES + 8
	jge .Lendfor_751
	.loc 1 2411 9
	# printBanner: store8(xenExtraVersion + i, 0);
	leaq buf.xenExtraVersion(%rip), %rax	# xenExtraVersion
	movq -16(%rbp), %rdi	# i
	addq %rdi, %rax	# +
	jo .Ltrap_752
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_752
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_752
	movq %rax, %rdi
	movq $0, %rax
	movb %al, (%rdi)	# store8: write the value's low bits at the address in %rdi
.Lfornext_750:
	.loc 1 2410 56
	# printBanner: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_753
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_753
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_749
.Lendfor_751:
	.loc 1 2413 5
	# printBanner: if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVer...
	movq $1, %rdi	# XENVER_EXTRAVERSION
	leaq buf.xenExtraVersion(%rip), %rsi	# xenExtraVersion
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+544
	cmpq $0, %rax	# compare with 0
	jl .Lelse_754
	.loc 1 2414 9
	# printBanner: printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
	leaq buf.xenExtraVersion(%rip), %rdi	# xenExtraVersion
	movq $16, %rsi	# XENVER_EXTRAVERSION_BYTES
	call fn.printTerminated
.Lelse_754:
	.loc 1 2416 5
	# printBanner: endLine();
	call fn.endLine
.Lreturn_742:
	leave
	ret
.Ltrap_752:
	leaq .Lstring351(%rip), %rdi	# trap: kernel.ts:2411:16: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_753:
	leaq .Lstring352(%rip), %rdi	# trap: kernel.ts:2410:56: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.printBanner, .-fn.printBanner

# function tick()
	.type fn.tick,@function
fn.tick:
	.loc 1 2419 1
	# tick: function tick(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 2420 5
	# tick: tickCount = tickCount + 1;
	movq var.tickCount(%rip), %rax	# tickCount
	movq $1, %rdi
	addq %rdi, %rax	# +
	jo .Ltrap_756
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_756
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_756
	movq %rax, var.tickCount(%rip)	# tickCount =
	.loc 1 2421 5
	# tick: print("domain ");
	leaq .Lstring353(%rip), %rdi	# "domain "
	call fn.print
	.loc 1 2422 5
	# tick: printDecimal(domainId);
	movq var.domainId(%rip), %rdi	# domainId
	call fn.printDecimal
	.loc 1 2423 5
	# tick: print(" tick ");
	leaq .Lstring354(%rip), %rdi	# " tick "
	call fn.print
	.loc 1 2424 5
	# tick: printDecimal(tickCount);
	movq var.tickCount(%rip), %rdi	# tickCount
	call fn.printDecimal
	.loc 1 2425 5
	# tick: endLine();
	call fn.endLine
	.loc 1 2426 5
	# tick: if (overrideAction !== ACTION_NONE) {
	movq var.overrideAction(%rip), %rax	# overrideAction
	cmpq $0, %rax	# compare with ACTION_NONE
	je .Lelse_757
	.loc 1 2427 9
	# tick: print("override ");
	leaq .Lstring201(%rip), %rdi	# "override "
	call fn.print
	.loc 1 2428 9
	# tick: print(actionName(overrideAction));
	movq var.overrideAction(%rip), %rdi	# overrideAction
	call fn.actionName
	movq %rax, %rdi
	call fn.print
	.loc 1 2429 9
	# tick: log(" is active");
	leaq .Lstring355(%rip), %rdi	# " is active"
	call fn.log
.Lelse_757:
.Lreturn_755:
	leave
	ret
.Ltrap_756:
	leaq .Lstring356(%rip), %rdi	# trap: kernel.ts:2420:17: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.tick, .-fn.tick

# function mainLoop()
	.type fn.mainLoop,@function
fn.mainLoop:
	.loc 1 2437 1
	# mainLoop: function mainLoop(): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	.loc 1 2438 5
	# mainLoop: while (true) {
.Lwhile_759:
	movq $1, %rax	# true
	testq %rax, %rax
	je .Lendwhile_760
	.loc 1 2439 9
	# mainLoop: let didWork = false;
	movq $0, %rax	# false
	movq %rax, -8(%rbp)	# didWork
	.loc 1 2440 9
	# mainLoop: storeReceiveUnsolicited();
	call fn.storeReceiveUnsolicited
	.loc 1 2441 9
	# mainLoop: while (shutdownWatchFired || testingWatchFired) {
.Lwhile_761:
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	jne .Lskip_763
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lendwhile_762
.Lskip_763:
	.loc 1 2442 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	.loc 1 2443 13
	# mainLoop: if (shutdownWatchFired) {
	movq var.shutdownWatchFired(%rip), %rax	# shutdownWatchFired
	testq %rax, %rax
	je .Lelse_764
	.loc 1 2444 17
	# mainLoop: shutdownWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.shutdownWatchFired(%rip)	# shutdownWatchFired =
	.loc 1 2445 17
	# mainLoop: handleShutdownRequest();
	call fn.handleShutdownRequest
.Lelse_764:
	.loc 1 2447 13
	# mainLoop: if (testingWatchFired) {
	movq var.testingWatchFired(%rip), %rax	# testingWatchFired
	testq %rax, %rax
	je .Lelse_765
	.loc 1 2448 17
	# mainLoop: testingWatchFired = false;
	movq $0, %rax	# false
	movq %rax, var.testingWatchFired(%rip)	# testingWatchFired =
	.loc 1 2449 17
	# mainLoop: handleTestingCommand();
	call fn.handleTestingCommand
.Lelse_765:
	jmp .Lwhile_761
.Lendwhile_762:
	.loc 1 2452 9
	# mainLoop: if (consoleDroppedBytes > 0 && !consoleStalled) {
	movq var.consoleDroppedBytes(%rip), %rax	# consoleDroppedBytes
	cmpq $0, %rax	# compare with 0
	jle .Lelse_766
	movq var.consoleStalled(%rip), %rax	# consoleStalled
	testq %rax, %rax
	jne .Lelse_766
	.loc 1 2453 13
	# mainLoop: print("console: ");
	leaq .Lstring357(%rip), %rdi	# "console: "
	call fn.print
	.loc 1 2454 13
	# mainLoop: printDecimal(consoleDroppedBytes);
	movq var.consoleDroppedBytes(%rip), %rdi	# consoleDroppedBytes
	call fn.printDecimal
	.loc 1 2455 13
	# mainLoop: log(" bytes of output were dropped while the ring was stuck");
	leaq .Lstring358(%rip), %rdi	# " bytes of output were dropped while the
	call fn.log
	.loc 1 2456 13
	# mainLoop: consoleDroppedBytes = 0;
	movq $0, %rax
	movq %rax, var.consoleDroppedBytes(%rip)	# consoleDroppedBytes =
.Lelse_766:
	.loc 1 2458 9
	# mainLoop: while (ticksOwed > 0) {
.Lwhile_767:
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_768
	.loc 1 2459 13
	# mainLoop: ticksOwed = ticksOwed - 1;
	movq var.ticksOwed(%rip), %rax	# ticksOwed
	movq $1, %rdi
	subq %rdi, %rax	# -
	jo .Ltrap_769
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_769
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_769
	movq %rax, var.ticksOwed(%rip)	# ticksOwed =
	.loc 1 2460 13
	# mainLoop: tick();
	call fn.tick
	.loc 1 2461 13
	# mainLoop: didWork = true;
	movq $1, %rax	# true
	movq %rax, -8(%rbp)	# didWork =
	jmp .Lwhile_767
.Lendwhile_768:
	.loc 1 2463 9
	# mainLoop: if (didWork) {
	movq -8(%rbp), %rax	# didWork
	testq %rax, %rax
	je .Lelse_770
	.loc 1 2464 13
	# mainLoop: continue;
	jmp .Lwhile_759
.Lelse_770:
	.loc 1 2466 9
	# mainLoop: waitOnPort(storePort);
	movq var.storePort(%rip), %rdi	# storePort
	call fn.waitOnPort
	jmp .Lwhile_759
.Lendwhile_760:
.Lreturn_758:
	leave
	ret
.Ltrap_769:
	leaq .Lstring359(%rip), %rdi	# trap: kernel.ts:2459:25: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size fn.mainLoop, .-fn.mainLoop

# function main(bootInfo, mode), exported
	.globl main
	.type main,@function
main:
	.loc 1 2472 1
	# main: export function main(bootInfo: number, mode: number): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter bootInfo
	movq %rsi, -16(%rbp)	# parameter mode
	.loc 1 2473 5
	# main: enterDomain(bootInfo, mode);
	movq -8(%rbp), %rdi	# bootInfo
	movq -16(%rbp), %rsi	# mode
	call fn.enterDomain
	.loc 1 2474 5
	# main: checkHypercallPage();
	call fn.checkHypercallPage
	.loc 1 2475 5
	# main: findRings();
	call fn.findRings
	.loc 1 2476 5
	# main: remapSharedInfoOrCrash();
	call fn.remapSharedInfoOrCrash
	.loc 1 2477 5
	# main: startTicking();
	call fn.startTicking
	.loc 1 2478 5
	# main: printBanner();
	call fn.printBanner
	.loc 1 2479 5
	# main: if (bootMode === BOOT_MODE_PV) {
	movq var.bootMode(%rip), %rax	# bootMode
	cmpq $0, %rax	# compare with BOOT_MODE_PV
	jne .Lelse_772
	.loc 1 2480 9
	# main: publishFrameListTree();
	call fn.publishFrameListTree
.Lelse_772:
	.loc 1 2482 5
	# main: connectControlKeys();
	call fn.connectControlKeys
	.loc 1 2483 5
	# main: log("ready");
	leaq .Lstring360(%rip), %rdi	# "ready"
	call fn.log
	.loc 1 2484 5
	# main: mainLoop();
	call fn.mainLoop
.Lreturn_771:
	leave
	ret
	.size main, .-main

# function trap(message), exported
	.globl trap
	.type trap,@function
trap:
	.loc 1 2492 1
	# trap: export function trap(message: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter message
	.loc 1 2493 5
	# trap: if (!trapping) {
	movq var.trapping(%rip), %rax	# trapping
	testq %rax, %rax
	jne .Lelse_774
	.loc 1 2494 9
	# trap: trapping = true;
	movq $1, %rax	# true
	movq %rax, var.trapping(%rip)	# trapping =
	.loc 1 2495 9
	# trap: print("trap: ");
	leaq .Lstring361(%rip), %rdi	# "trap: "
	call fn.print
	.loc 1 2496 9
	# trap: log(message);
	movq -8(%rbp), %rdi	# message
	call fn.log
	.loc 1 2497 9
	# trap: consoleDrain();
	call fn.consoleDrain
.Lelse_774:
	.loc 1 2499 5
	# trap: shutdownForever(SHUTDOWN_CRASH);
	movq $3, %rdi	# SHUTDOWN_CRASH
	call fn.shutdownForever
.Lreturn_773:
	leave
	ret
	.size trap, .-trap

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "kernel.ts:168:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:168:29: integer result outside the exact range"
	.balign 8
.Lstring1:	# "kernel.ts:168:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:168:19: integer result outside the exact range"
	.balign 8
.Lstring2:	# "kernel.ts:168:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:168:12: load64 value outside the exact range"
	.balign 8
.Lstring3:	# "kernel.ts:174:12: machineToPhys value outside the exact range"
	.quad 61
	.ascii "kernel.ts:174:12: machineToPhys value outside the exact range"
	.balign 8
.Lstring4:	# "kernel.ts:174:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:174:12: integer result outside the exact range"
	.balign 8
.Lstring5:	# "kernel.ts:180:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:180:26: integer result outside the exact range"
	.balign 8
.Lstring6:	# "kernel.ts:180:19: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:180:19: load64 value outside the exact range"
	.balign 8
.Lstring7:	# "kernel.ts:181:48: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:181:48: integer result outside the exact range"
	.balign 8
.Lstring8:	# "kernel.ts:181:41: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:181:41: load64 value outside the exact range"
	.balign 8
.Lstring9:	# "kernel.ts:182:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:182:26: integer result outside the exact range"
	.balign 8
.Lstring10:	# "kernel.ts:183:46: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:183:46: integer result outside the exact range"
	.balign 8
.Lstring11:	# "kernel.ts:183:39: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:183:39: load64 value outside the exact range"
	.balign 8
.Lstring12:	# "kernel.ts:184:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:184:24: integer result outside the exact range"
	.balign 8
.Lstring13:	# "kernel.ts:250:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:250:13: integer result outside the exact range"
	.balign 8
.Lstring14:	# "kernel.ts:251:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:251:13: integer result outside the exact range"
	.balign 8
.Lstring15:	# "kernel.ts:252:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:252:13: integer result outside the exact range"
	.balign 8
.Lstring16:	# "kernel.ts:258:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:258:9: integer result outside the exact range"
	.balign 8
.Lstring17:	# "kernel.ts:326:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:326:13: integer result outside the exact range"
	.balign 8
.Lstring18:	# "kernel.ts:327:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:327:13: integer result outside the exact range"
	.balign 8
.Lstring19:	# "kernel.ts:332:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:332:19: integer result outside the exact range"
	.balign 8
.Lstring20:	# "kernel.ts:332:12: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:332:12: load64 value outside the exact range"
	.balign 8
.Lstring21:	# "kernel.ts:339:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:339:13: integer result outside the exact range"
	.balign 8
.Lstring22:	# "kernel.ts:340:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:340:13: integer result outside the exact range"
	.balign 8
.Lstring23:	# "kernel.ts:341:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:341:13: integer result outside the exact range"
	.balign 8
.Lstring24:	# "kernel.ts:342:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:342:13: integer result outside the exact range"
	.balign 8
.Lstring25:	# "HVM_PARAM_CONSOLE_PFN"
	.quad 21
	.ascii "HVM_PARAM_CONSOLE_PFN"
	.balign 8
.Lstring26:	# "HVM_PARAM_CONSOLE_EVTCHN"
	.quad 24
	.ascii "HVM_PARAM_CONSOLE_EVTCHN"
	.balign 8
.Lstring27:	# "HVM_PARAM_STORE_PFN"
	.quad 19
	.ascii "HVM_PARAM_STORE_PFN"
	.balign 8
.Lstring28:	# "HVM_PARAM_STORE_EVTCHN"
	.quad 22
	.ascii "HVM_PARAM_STORE_EVTCHN"
	.balign 8
.Lstring29:	# ""
	.quad 0
	.balign 8
.Lstring30:	# "kernel.ts:360:36: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:360:36: integer result outside the exact range"
	.balign 8
.Lstring31:	# "kernel.ts:362:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:362:32: integer result outside the exact range"
	.balign 8
.Lstring32:	# "kernel.ts:400:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:400:40: integer result outside the exact range"
	.balign 8
.Lstring33:	# "kernel.ts:400:33: load64 value outside the exact range"
	.quad 54
	.ascii "kernel.ts:400:33: load64 value outside the exact range"
	.balign 8
.Lstring34:	# "kernel.ts:440:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:440:32: integer result outside the exact range"
	.balign 8
.Lstring35:	# "kernel.ts:442:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:442:32: integer result outside the exact range"
	.balign 8
.Lstring36:	# "kernel.ts:443:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:443:33: integer result outside the exact range"
	.balign 8
.Lstring37:	# "kernel.ts:445:43: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:445:43: integer result outside the exact range"
	.balign 8
.Lstring38:	# "kernel.ts:453:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:453:23: integer result outside the exact range"
	.balign 8
.Lstring39:	# "kernel.ts:455:27: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:455:27: integer result outside the exact range"
	.balign 8
.Lstring40:	# "kernel.ts:456:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:456:28: integer result outside the exact range"
	.balign 8
.Lstring41:	# "kernel.ts:478:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:478:24: integer result outside the exact range"
	.balign 8
.Lstring42:	# "kernel.ts:480:9: integer result outside the exact range"
	.quad 55
	.ascii "kernel.ts:480:9: integer result outside the exact range"
	.balign 8
.Lstring43:	# "kernel.ts:480:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:480:40: integer result outside the exact range"
	.balign 8
.Lstring44:	# "kernel.ts:506:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:506:28: integer result outside the exact range"
	.balign 8
.Lstring45:	# "kernel.ts:511:24: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:511:24: integer result outside the exact range"
	.balign 8
.Lstring46:	# "kernel.ts:543:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:543:17: integer result outside the exact range"
	.balign 8
.Lstring47:	# "kernel.ts:590:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:590:29: integer result outside the exact range"
	.balign 8
.Lstring48:	# "kernel.ts:591:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:591:29: integer result outside the exact range"
	.balign 8
.Lstring49:	# "kernel.ts:593:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:593:21: integer result outside the exact range"
	.balign 8
.Lstring50:	# "kernel.ts:612:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:612:35: integer result outside the exact range"
	.balign 8
.Lstring51:	# "kernel.ts:616:37: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:616:37: integer result outside the exact range"
	.balign 8
.Lstring52:	# "kernel.ts:617:20: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:617:20: integer result outside the exact range"
	.balign 8
.Lstring53:	# "kernel.ts:617:61: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:617:61: integer result outside the exact range"
	.balign 8
.Lstring54:	# "kernel.ts:619:21: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:619:21: integer result outside the exact range"
	.balign 8
.Lstring55:	# "kernel.ts:619:54: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:619:54: integer result outside the exact range"
	.balign 8
.Lstring56:	# "kernel.ts:624:35: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:624:35: integer result outside the exact range"
	.balign 8
.Lstring57:	# "kernel.ts:629:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:629:26: integer result outside the exact range"
	.balign 8
.Lstring58:	# "kernel.ts:668:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:668:26: integer result outside the exact range"
	.balign 8
.Lstring59:	# "kernel.ts:671:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:671:26: integer result outside the exact range"
	.balign 8
.Lstring60:	# "kernel.ts:690:20: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:690:20: charCodeAt index out of range"
	.balign 8
.Lstring61:	# "kernel.ts:689:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:689:38: integer result outside the exact range"
	.balign 8
.Lstring62:	# "kernel.ts:708:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:708:16: integer result outside the exact range"
	.balign 8
.Lstring63:	# "kernel.ts:712:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:712:26: integer result outside the exact range"
	.balign 8
.Lstring64:	# "kernel.ts:712:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:712:40: integer result outside the exact range"
	.balign 8
.Lstring65:	# "\\n"
	.quad 2
	.ascii "\\n"
	.balign 8
.Lstring66:	# "\\r"
	.quad 2
	.ascii "\\r"
	.balign 8
.Lstring67:	# "\\t"
	.quad 2
	.ascii "\\t"
	.balign 8
.Lstring68:	# "\\x"
	.quad 2
	.ascii "\\x"
	.balign 8
.Lstring69:	# "...\" ("
	.quad 6
	.ascii "...\" ("
	.balign 8
.Lstring70:	# " bytes)"
	.quad 7
	.ascii " bytes)"
	.balign 8
.Lstring71:	# "kernel.ts:739:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:739:32: integer result outside the exact range"
	.balign 8
.Lstring72:	# "kernel.ts:738:32: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:738:32: integer result outside the exact range"
	.balign 8
.Lstring73:	# "kernel.ts:758:16: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:758:16: integer result outside the exact range"
	.balign 8
.Lstring74:	# "kernel.ts:758:39: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:758:39: integer result outside the exact range"
	.balign 8
.Lstring75:	# "kernel.ts:757:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:757:33: integer result outside the exact range"
	.balign 8
.Lstring76:	# "kernel.ts:768:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:768:19: integer result outside the exact range"
	.balign 8
.Lstring77:	# "kernel.ts:768:36: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:768:36: charCodeAt index out of range"
	.balign 8
.Lstring78:	# "kernel.ts:767:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:767:33: integer result outside the exact range"
	.balign 8
.Lstring79:	# "kernel.ts:778:19: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:778:19: integer result outside the exact range"
	.balign 8
.Lstring80:	# "kernel.ts:778:40: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:778:40: integer result outside the exact range"
	.balign 8
.Lstring81:	# "kernel.ts:777:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:777:33: integer result outside the exact range"
	.balign 8
.Lstring82:	# "kernel.ts:792:28: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:792:28: integer result outside the exact range"
	.balign 8
.Lstring83:	# "kernel.ts:796:17: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:796:17: integer result outside the exact range"
	.balign 8
.Lstring84:	# "kernel.ts:796:31: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:796:31: integer result outside the exact range"
	.balign 8
.Lstring85:	# "kernel.ts:791:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:791:33: integer result outside the exact range"
	.balign 8
.Lstring86:	# "EINVAL"
	.quad 6
	.ascii "EINVAL"
	.balign 8
.Lstring87:	# "EACCES"
	.quad 6
	.ascii "EACCES"
	.balign 8
.Lstring88:	# "EEXIST"
	.quad 6
	.ascii "EEXIST"
	.balign 8
.Lstring89:	# "EISDIR"
	.quad 6
	.ascii "EISDIR"
	.balign 8
.Lstring90:	# "ENOENT"
	.quad 6
	.ascii "ENOENT"
	.balign 8
.Lstring91:	# "ENOMEM"
	.quad 6
	.ascii "ENOMEM"
	.balign 8
.Lstring92:	# "ENOSPC"
	.quad 6
	.ascii "ENOSPC"
	.balign 8
.Lstring93:	# "EIO"
	.quad 3
	.ascii "EIO"
	.balign 8
.Lstring94:	# "ENOTEMPTY"
	.quad 9
	.ascii "ENOTEMPTY"
	.balign 8
.Lstring95:	# "ENOSYS"
	.quad 6
	.ascii "ENOSYS"
	.balign 8
.Lstring96:	# "EROFS"
	.quad 5
	.ascii "EROFS"
	.balign 8
.Lstring97:	# "EBUSY"
	.quad 5
	.ascii "EBUSY"
	.balign 8
.Lstring98:	# "EAGAIN"
	.quad 6
	.ascii "EAGAIN"
	.balign 8
.Lstring99:	# "EISCONN"
	.quad 7
	.ascii "EISCONN"
	.balign 8
.Lstring100:	# "E2BIG"
	.quad 5
	.ascii "E2BIG"
	.balign 8
.Lstring101:	# "EPERM"
	.quad 5
	.ascii "EPERM"
	.balign 8
.Lstring102:	# "protocol error"
	.quad 14
	.ascii "protocol error"
	.balign 8
.Lstring103:	# "no reply"
	.quad 8
	.ascii "no reply"
	.balign 8
.Lstring104:	# "unknown error"
	.quad 13
	.ascii "unknown error"
	.balign 8
.Lstring105:	# "kernel.ts:924:44: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:924:44: integer result outside the exact range"
	.balign 8
.Lstring106:	# "kernel.ts:924:74: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:924:74: integer result outside the exact range"
	.balign 8
.Lstring107:	# "kernel.ts:925:52: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:925:52: integer result outside the exact range"
	.balign 8
.Lstring108:	# "kernel.ts:953:13: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:953:13: integer result outside the exact range"
	.balign 8
.Lstring109:	# "kernel.ts:963:12: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:963:12: integer result outside the exact range"
	.balign 8
.Lstring110:	# "kernel.ts:964:26: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:964:26: integer result outside the exact range"
	.balign 8
.Lstring111:	# "kernel.ts:970:27: charCodeAt index out of range"
	.quad 47
	.ascii "kernel.ts:970:27: charCodeAt index out of range"
	.balign 8
.Lstring112:	# "kernel.ts:969:38: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:969:38: integer result outside the exact range"
	.balign 8
.Lstring113:	# "kernel.ts:982:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:982:33: integer result outside the exact range"
	.balign 8
.Lstring114:	# "kernel.ts:981:33: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:981:33: integer result outside the exact range"
	.balign 8
.Lstring115:	# "xenstore: request ring indexes make no sense (prod "
	.quad 51
	.ascii "xenstore: request ring indexes make no sense (prod "
	.balign 8
.Lstring116:	# ", cons "
	.quad 7
	.ascii ", cons "
	.balign 8
.Lstring117:	# "); request dropped"
	.quad 18
	.ascii "); request dropped"
	.balign 8
.Lstring118:	# "kernel.ts:988:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:988:29: integer result outside the exact range"
	.balign 8
.Lstring119:	# "kernel.ts:989:29: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:989:29: integer result outside the exact range"
	.balign 8
.Lstring120:	# "kernel.ts:991:23: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:991:23: integer result outside the exact range"
	.balign 8
.Lstring121:	# "kernel.ts:1000:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1000:12: integer result outside the exact range"
	.balign 8
.Lstring122:	# "kernel.ts:1007:42: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1007:42: integer result outside the exact range"
	.balign 8
.Lstring123:	# "kernel.ts:1007:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1007:17: integer result outside the exact range"
	.balign 8
.Lstring124:	# "xenstore: request ring stayed full; request abandoned"
	.quad 53
	.ascii "xenstore: request ring stayed full; request abandoned"
	.balign 8
.Lstring125:	# "kernel.ts:1031:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1031:31: integer result outside the exact range"
	.balign 8
.Lstring126:	# "kernel.ts:1039:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1039:33: integer result outside the exact range"
	.balign 8
.Lstring127:	# "kernel.ts:1040:50: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1040:50: integer result outside the exact range"
	.balign 8
.Lstring128:	# "kernel.ts:1041:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1041:20: integer result outside the exact range"
	.balign 8
.Lstring129:	# "kernel.ts:1041:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1041:54: integer result outside the exact range"
	.balign 8
.Lstring130:	# "kernel.ts:1042:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1042:23: integer result outside the exact range"
	.balign 8
.Lstring131:	# "kernel.ts:1044:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1044:17: integer result outside the exact range"
	.balign 8
.Lstring132:	# "kernel.ts:1044:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1044:43: integer result outside the exact range"
	.balign 8
.Lstring133:	# "kernel.ts:1045:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1045:16: integer result outside the exact range"
	.balign 8
.Lstring134:	# "kernel.ts:1060:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1060:29: integer result outside the exact range"
	.balign 8
.Lstring135:	# "kernel.ts:1062:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1062:13: integer result outside the exact range"
	.balign 8
.Lstring136:	# "xenstore: reply ring indexes make no sense (prod "
	.quad 49
	.ascii "xenstore: reply ring indexes make no sense (prod "
	.balign 8
.Lstring137:	# "); resynchronising"
	.quad 18
	.ascii "); resynchronising"
	.balign 8
.Lstring138:	# "kernel.ts:1068:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1068:29: integer result outside the exact range"
	.balign 8
.Lstring139:	# "kernel.ts:1069:29: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1069:29: integer result outside the exact range"
	.balign 8
.Lstring140:	# "kernel.ts:1071:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1071:24: integer result outside the exact range"
	.balign 8
.Lstring141:	# "xenstore: no reply from xenstored; giving up on this request"
	.quad 60
	.ascii "xenstore: no reply from xenstored; giving up on this request"
	.balign 8
.Lstring142:	# "kernel.ts:1095:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1095:31: integer result outside the exact range"
	.balign 8
.Lstring143:	# "kernel.ts:1104:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1104:33: integer result outside the exact range"
	.balign 8
.Lstring144:	# "kernel.ts:1105:54: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1105:54: integer result outside the exact range"
	.balign 8
.Lstring145:	# "kernel.ts:1106:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1106:22: integer result outside the exact range"
	.balign 8
.Lstring146:	# "kernel.ts:1106:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1106:56: integer result outside the exact range"
	.balign 8
.Lstring147:	# "kernel.ts:1107:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1107:19: integer result outside the exact range"
	.balign 8
.Lstring148:	# "kernel.ts:1109:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1109:17: integer result outside the exact range"
	.balign 8
.Lstring149:	# "kernel.ts:1109:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1109:43: integer result outside the exact range"
	.balign 8
.Lstring150:	# "kernel.ts:1111:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1111:20: integer result outside the exact range"
	.balign 8
.Lstring151:	# "shutdown-watch"
	.quad 14
	.ascii "shutdown-watch"
	.balign 8
.Lstring152:	# "testing-watch"
	.quad 13
	.ascii "testing-watch"
	.balign 8
.Lstring153:	# "xenstore: watch event with an unknown token "
	.quad 44
	.ascii "xenstore: watch event with an unknown token "
	.balign 8
.Lstring154:	# "kernel.ts:1119:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1119:38: integer result outside the exact range"
	.balign 8
.Lstring155:	# "kernel.ts:1120:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1120:19: integer result outside the exact range"
	.balign 8
.Lstring156:	# "kernel.ts:1122:19: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1122:19: integer result outside the exact range"
	.balign 8
.Lstring157:	# "kernel.ts:1123:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1123:23: integer result outside the exact range"
	.balign 8
.Lstring158:	# "kernel.ts:1124:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1124:34: integer result outside the exact range"
	.balign 8
.Lstring159:	# "kernel.ts:1125:23: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1125:23: integer result outside the exact range"
	.balign 8
.Lstring160:	# "xenstore: message of "
	.quad 21
	.ascii "xenstore: message of "
	.balign 8
.Lstring161:	# " bytes exceeds the 4096-byte limit; resynchronising"
	.quad 51
	.ascii " bytes exceeds the 4096-byte limit; resynchronising"
	.balign 8
.Lstring162:	# "kernel.ts:1148:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1148:27: integer result outside the exact range"
	.balign 8
.Lstring163:	# "kernel.ts:1156:43: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1156:43: integer result outside the exact range"
	.balign 8
.Lstring164:	# "kernel.ts:1160:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1160:16: integer result outside the exact range"
	.balign 8
.Lstring165:	# "kernel.ts:1161:24: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1161:24: integer result outside the exact range"
	.balign 8
.Lstring166:	# "xenstore: dropped a reply to request "
	.quad 37
	.ascii "xenstore: dropped a reply to request "
	.balign 8
.Lstring167:	# " while waiting for "
	.quad 19
	.ascii " while waiting for "
	.balign 8
.Lstring168:	# "kernel.ts:1176:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1176:65: integer result outside the exact range"
	.balign 8
.Lstring169:	# "kernel.ts:1177:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1177:13: integer result outside the exact range"
	.balign 8
.Lstring170:	# "kernel.ts:1178:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1178:13: integer result outside the exact range"
	.balign 8
.Lstring171:	# "kernel.ts:1179:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1179:13: integer result outside the exact range"
	.balign 8
.Lstring172:	# "kernel.ts:1180:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1180:55: integer result outside the exact range"
	.balign 8
.Lstring173:	# "kernel.ts:1192:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1192:31: integer result outside the exact range"
	.balign 8
.Lstring174:	# "kernel.ts:1193:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1193:20: integer result outside the exact range"
	.balign 8
.Lstring175:	# "kernel.ts:1195:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1195:33: integer result outside the exact range"
	.balign 8
.Lstring176:	# "kernel.ts:1201:20: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1201:20: integer result outside the exact range"
	.balign 8
.Lstring177:	# "kernel.ts:1202:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1202:40: integer result outside the exact range"
	.balign 8
.Lstring178:	# "kernel.ts:1204:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1204:31: integer result outside the exact range"
	.balign 8
.Lstring179:	# "xenstore: dropped an unexpected reply to request "
	.quad 49
	.ascii "xenstore: dropped an unexpected reply to request "
	.balign 8
.Lstring180:	# "kernel.ts:1224:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1224:33: integer result outside the exact range"
	.balign 8
.Lstring181:	# "domid"
	.quad 5
	.ascii "domid"
	.balign 8
.Lstring182:	# ": "
	.quad 2
	.ascii ": "
	.balign 8
.Lstring183:	# "poweroff"
	.quad 8
	.ascii "poweroff"
	.balign 8
.Lstring184:	# "reboot"
	.quad 6
	.ascii "reboot"
	.balign 8
.Lstring185:	# "halt"
	.quad 4
	.ascii "halt"
	.balign 8
.Lstring186:	# "crash"
	.quad 5
	.ascii "crash"
	.balign 8
.Lstring187:	# "suspend"
	.quad 7
	.ascii "suspend"
	.balign 8
.Lstring188:	# "ignore"
	.quad 6
	.ascii "ignore"
	.balign 8
.Lstring189:	# "none"
	.quad 4
	.ascii "none"
	.balign 8
.Lstring190:	# "kernel.ts:1379:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1379:65: integer result outside the exact range"
	.balign 8
.Lstring191:	# "override set: "
	.quad 14
	.ascii "override set: "
	.balign 8
.Lstring192:	# "kernel.ts:1418:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1418:15: integer result outside the exact range"
	.balign 8
.Lstring193:	# "kernel.ts:1426:26: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:1426:26: load64 value outside the exact range"
	.balign 8
.Lstring194:	# "kernel.ts:1426:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1426:66: integer result outside the exact range"
	.balign 8
.Lstring195:	# "already handled before the suspend; not again"
	.quad 45
	.ascii "already handled before the suspend; not again"
	.balign 8
.Lstring196:	# "xenstore: cannot read "
	.quad 22
	.ascii "xenstore: cannot read "
	.balign 8
.Lstring197:	# " = "
	.quad 3
	.ascii " = "
	.balign 8
.Lstring198:	# "ack failed: "
	.quad 12
	.ascii "ack failed: "
	.balign 8
.Lstring199:	# "control/shutdown"
	.quad 16
	.ascii "control/shutdown"
	.balign 8
.Lstring200:	# "that is our own acknowledgement; nothing to do"
	.quad 46
	.ascii "that is our own acknowledgement; nothing to do"
	.balign 8
.Lstring201:	# "override "
	.quad 9
	.ascii "override "
	.balign 8
.Lstring202:	# " replaces the request"
	.quad 21
	.ascii " replaces the request"
	.balign 8
.Lstring203:	# "unknown shutdown request; ignored"
	.quad 33
	.ascii "unknown shutdown request; ignored"
	.balign 8
.Lstring204:	# "request left in place, as the override asked"
	.quad 44
	.ascii "request left in place, as the override asked"
	.balign 8
.Lstring205:	# "expected now:<action>, next:<action> or a JSON object"
	.quad 53
	.ascii "expected now:<action>, next:<action> or a JSON object"
	.balign 8
.Lstring206:	# "unknown action"
	.quad 14
	.ascii "unknown action"
	.balign 8
.Lstring207:	# "malformed JSON"
	.quad 14
	.ascii "malformed JSON"
	.balign 8
.Lstring208:	# "text after the JSON object"
	.quad 26
	.ascii "text after the JSON object"
	.balign 8
.Lstring209:	# "JSON nested too deeply"
	.quad 22
	.ascii "JSON nested too deeply"
	.balign 8
.Lstring210:	# "missing member \"when\""
	.quad 21
	.ascii "missing member \"when\""
	.balign 8
.Lstring211:	# "missing member \"ack\""
	.quad 20
	.ascii "missing member \"ack\""
	.balign 8
.Lstring212:	# "missing member \"action\""
	.quad 23
	.ascii "missing member \"action\""
	.balign 8
.Lstring213:	# "member \"when\" is not a string"
	.quad 29
	.ascii "member \"when\" is not a string"
	.balign 8
.Lstring214:	# "member \"ack\" is not a string"
	.quad 28
	.ascii "member \"ack\" is not a string"
	.balign 8
.Lstring215:	# "member \"action\" is not a string"
	.quad 31
	.ascii "member \"action\" is not a string"
	.balign 8
.Lstring216:	# "\"when\" is neither \"now\" nor \"onshutdown\""
	.quad 40
	.ascii "\"when\" is neither \"now\" nor \"onshutdown\""
	.balign 8
.Lstring217:	# "unreadable command"
	.quad 18
	.ascii "unreadable command"
	.balign 8
.Lstring218:	# "bogus command: "
	.quad 15
	.ascii "bogus command: "
	.balign 8
.Lstring219:	# "control/testing"
	.quad 15
	.ascii "control/testing"
	.balign 8
.Lstring220:	# "now:"
	.quad 4
	.ascii "now:"
	.balign 8
.Lstring221:	# "next:"
	.quad 5
	.ascii "next:"
	.balign 8
.Lstring222:	# "kernel.ts:1586:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1586:55: integer result outside the exact range"
	.balign 8
.Lstring223:	# "kernel.ts:1587:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1587:17: integer result outside the exact range"
	.balign 8
.Lstring224:	# "kernel.ts:1589:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1589:40: integer result outside the exact range"
	.balign 8
.Lstring225:	# "kernel.ts:1594:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1594:40: integer result outside the exact range"
	.balign 8
.Lstring226:	# "kernel.ts:1594:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1594:58: integer result outside the exact range"
	.balign 8
.Lstring227:	# "kernel.ts:1603:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1603:40: integer result outside the exact range"
	.balign 8
.Lstring228:	# "kernel.ts:1603:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1603:58: integer result outside the exact range"
	.balign 8
.Lstring229:	# "now"
	.quad 3
	.ascii "now"
	.balign 8
.Lstring230:	# "onshutdown"
	.quad 10
	.ascii "onshutdown"
	.balign 8
.Lstring231:	# "ok"
	.quad 2
	.ascii "ok"
	.balign 8
.Lstring232:	# "delete"
	.quad 6
	.ascii "delete"
	.balign 8
.Lstring233:	# "xenstore: cannot watch "
	.quad 23
	.ascii "xenstore: cannot watch "
	.balign 8
.Lstring234:	# "1"
	.quad 1
	.ascii "1"
	.balign 8
.Lstring235:	# "xenstore: cannot write "
	.quad 23
	.ascii "xenstore: cannot write "
	.balign 8
.Lstring236:	# "control/feature-poweroff"
	.quad 24
	.ascii "control/feature-poweroff"
	.balign 8
.Lstring237:	# "control/feature-reboot"
	.quad 22
	.ascii "control/feature-reboot"
	.balign 8
.Lstring238:	# "control/feature-suspend"
	.quad 23
	.ascii "control/feature-suspend"
	.balign 8
.Lstring239:	# "kernel.ts:1715:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1715:18: integer result outside the exact range"
	.balign 8
.Lstring240:	# "kernel.ts:1728:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1728:16: integer result outside the exact range"
	.balign 8
.Lstring241:	# "kernel.ts:1731:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1731:16: integer result outside the exact range"
	.balign 8
.Lstring242:	# "kernel.ts:1734:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1734:16: integer result outside the exact range"
	.balign 8
.Lstring243:	# "kernel.ts:1741:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1741:9: integer result outside the exact range"
	.balign 8
.Lstring244:	# "kernel.ts:1746:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1746:38: integer result outside the exact range"
	.balign 8
.Lstring245:	# "kernel.ts:1750:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1750:17: integer result outside the exact range"
	.balign 8
.Lstring246:	# "kernel.ts:1745:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1745:28: integer result outside the exact range"
	.balign 8
.Lstring247:	# "kernel.ts:1752:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1752:14: integer result outside the exact range"
	.balign 8
.Lstring248:	# "kernel.ts:1758:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1758:16: integer result outside the exact range"
	.balign 8
.Lstring249:	# "kernel.ts:1760:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1760:25: integer result outside the exact range"
	.balign 8
.Lstring250:	# "kernel.ts:1767:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1767:31: integer result outside the exact range"
	.balign 8
.Lstring251:	# "kernel.ts:1768:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1768:31: integer result outside the exact range"
	.balign 8
.Lstring252:	# "kernel.ts:1770:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1770:31: integer result outside the exact range"
	.balign 8
.Lstring253:	# "kernel.ts:1771:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1771:31: integer result outside the exact range"
	.balign 8
.Lstring254:	# "kernel.ts:1772:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1772:31: integer result outside the exact range"
	.balign 8
.Lstring255:	# "kernel.ts:1774:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1774:31: integer result outside the exact range"
	.balign 8
.Lstring256:	# "kernel.ts:1775:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1775:31: integer result outside the exact range"
	.balign 8
.Lstring257:	# "kernel.ts:1776:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1776:31: integer result outside the exact range"
	.balign 8
.Lstring258:	# "kernel.ts:1777:31: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1777:31: integer result outside the exact range"
	.balign 8
.Lstring259:	# "kernel.ts:1787:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1787:14: integer result outside the exact range"
	.balign 8
.Lstring260:	# "kernel.ts:1794:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1794:18: integer result outside the exact range"
	.balign 8
.Lstring261:	# "kernel.ts:1809:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1809:18: integer result outside the exact range"
	.balign 8
.Lstring262:	# "kernel.ts:1825:66: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1825:66: integer result outside the exact range"
	.balign 8
.Lstring263:	# "kernel.ts:1826:51: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1826:51: integer result outside the exact range"
	.balign 8
.Lstring264:	# "kernel.ts:1828:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1828:30: integer result outside the exact range"
	.balign 8
.Lstring265:	# "kernel.ts:1831:48: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1831:48: integer result outside the exact range"
	.balign 8
.Lstring266:	# "kernel.ts:1831:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1831:47: integer result outside the exact range"
	.balign 8
.Lstring267:	# "kernel.ts:1831:37: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1831:37: integer result outside the exact range"
	.balign 8
.Lstring268:	# "kernel.ts:1831:78: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1831:78: integer result outside the exact range"
	.balign 8
.Lstring269:	# "kernel.ts:1848:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1848:18: integer result outside the exact range"
	.balign 8
.Lstring270:	# "kernel.ts:1849:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1849:17: integer result outside the exact range"
	.balign 8
.Lstring271:	# "kernel.ts:1857:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1857:18: integer result outside the exact range"
	.balign 8
.Lstring272:	# "kernel.ts:1860:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1860:18: integer result outside the exact range"
	.balign 8
.Lstring273:	# "kernel.ts:1865:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1865:18: integer result outside the exact range"
	.balign 8
.Lstring274:	# "kernel.ts:1871:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1871:18: integer result outside the exact range"
	.balign 8
.Lstring275:	# "kernel.ts:1873:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1873:22: integer result outside the exact range"
	.balign 8
.Lstring276:	# "kernel.ts:1883:9: integer result outside the exact range"
	.quad 56
	.ascii "kernel.ts:1883:9: integer result outside the exact range"
	.balign 8
.Lstring277:	# "kernel.ts:1886:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1886:14: integer result outside the exact range"
	.balign 8
.Lstring278:	# "true"
	.quad 4
	.ascii "true"
	.balign 8
.Lstring279:	# "false"
	.quad 5
	.ascii "false"
	.balign 8
.Lstring280:	# "null"
	.quad 4
	.ascii "null"
	.balign 8
.Lstring281:	# "kernel.ts:1902:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1902:18: integer result outside the exact range"
	.balign 8
.Lstring282:	# "kernel.ts:1905:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1905:22: integer result outside the exact range"
	.balign 8
.Lstring283:	# "kernel.ts:1918:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1918:26: integer result outside the exact range"
	.balign 8
.Lstring284:	# "kernel.ts:1920:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1920:32: integer result outside the exact range"
	.balign 8
.Lstring285:	# "kernel.ts:1925:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1925:22: integer result outside the exact range"
	.balign 8
.Lstring286:	# "when"
	.quad 4
	.ascii "when"
	.balign 8
.Lstring287:	# "ack"
	.quad 3
	.ascii "ack"
	.balign 8
.Lstring288:	# "action"
	.quad 6
	.ascii "action"
	.balign 8
.Lstring289:	# "kernel.ts:1966:15: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1966:15: integer result outside the exact range"
	.balign 8
.Lstring290:	# "kernel.ts:1972:14: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1972:14: integer result outside the exact range"
	.balign 8
.Lstring291:	# "kernel.ts:1975:18: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1975:18: integer result outside the exact range"
	.balign 8
.Lstring292:	# "kernel.ts:1988:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:1988:22: integer result outside the exact range"
	.balign 8
.Lstring293:	# "kernel.ts:2003:22: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2003:22: integer result outside the exact range"
	.balign 8
.Lstring294:	# "kernel.ts:2091:27: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2091:27: integer result outside the exact range"
	.balign 8
.Lstring295:	# "kernel.ts:2091:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2091:17: integer result outside the exact range"
	.balign 8
.Lstring296:	# "kernel.ts:2090:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2090:32: integer result outside the exact range"
	.balign 8
.Lstring297:	# "suspend: "
	.quad 9
	.ascii "suspend: "
	.balign 8
.Lstring298:	# " pages are more than this kernel's p2m tree covers; save will not wor
	.quad 70
	.ascii " pages are more than this kernel's p2m tree covers; save will not work"
	.balign 8
.Lstring299:	# "kernel.ts:2098:34: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2098:34: integer result outside the exact range"
	.balign 8
.Lstring300:	# "kernel.ts:2099:40: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2099:40: integer result outside the exact range"
	.balign 8
.Lstring301:	# "kernel.ts:2107:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2107:28: integer result outside the exact range"
	.balign 8
.Lstring302:	# "kernel.ts:2109:30: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2109:30: integer result outside the exact range"
	.balign 8
.Lstring303:	# "kernel.ts:2109:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2109:17: integer result outside the exact range"
	.balign 8
.Lstring304:	# "kernel.ts:2109:65: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2109:65: integer result outside the exact range"
	.balign 8
.Lstring305:	# "kernel.ts:2109:55: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2109:55: integer result outside the exact range"
	.balign 8
.Lstring306:	# "kernel.ts:2108:41: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2108:41: integer result outside the exact range"
	.balign 8
.Lstring307:	# "kernel.ts:2112:33: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2112:33: integer result outside the exact range"
	.balign 8
.Lstring308:	# "kernel.ts:2112:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2112:17: integer result outside the exact range"
	.balign 8
.Lstring309:	# "kernel.ts:2112:71: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2112:71: integer result outside the exact range"
	.balign 8
.Lstring310:	# "kernel.ts:2112:58: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2112:58: integer result outside the exact range"
	.balign 8
.Lstring311:	# "kernel.ts:2111:47: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2111:47: integer result outside the exact range"
	.balign 8
.Lstring312:	# "kernel.ts:2114:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2114:13: integer result outside the exact range"
	.balign 8
.Lstring313:	# "kernel.ts:2116:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2116:13: integer result outside the exact range"
	.balign 8
.Lstring314:	# "kernel.ts:2139:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2139:13: integer result outside the exact range"
	.balign 8
.Lstring315:	# "kernel.ts:2140:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2140:13: integer result outside the exact range"
	.balign 8
.Lstring316:	# "kernel.ts:2149:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2149:13: integer result outside the exact range"
	.balign 8
.Lstring317:	# "kernel.ts:2150:13: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2150:13: integer result outside the exact range"
	.balign 8
.Lstring318:	# "resume: Xen gave no value for "
	.quad 30
	.ascii "resume: Xen gave no value for "
	.balign 8
.Lstring319:	# "suspend refused"
	.quad 15
	.ascii "suspend refused"
	.balign 8
.Lstring320:	# "suspending"
	.quad 10
	.ascii "suspending"
	.balign 8
.Lstring321:	# "suspend cancelled"
	.quad 17
	.ascii "suspend cancelled"
	.balign 8
.Lstring322:	# "suspend failed: error "
	.quad 22
	.ascii "suspend failed: error "
	.balign 8
.Lstring323:	# "xen-test-vm: cannot map shared_info: error "
	.quad 43
	.ascii "xen-test-vm: cannot map shared_info: error "
	.balign 8
.Lstring324:	# "kernel.ts:2214:12: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2214:12: integer result outside the exact range"
	.balign 8
.Lstring325:	# "resumed in a new domain"
	.quad 23
	.ascii "resumed in a new domain"
	.balign 8
.Lstring326:	# "action: "
	.quad 8
	.ascii "action: "
	.balign 8
.Lstring327:	# "xen-test-vm: PVH boot: Xen did not fill the hypercall page\n"
	.quad 59
	.ascii "xen-test-vm: PVH boot: Xen did not fill the hypercall page\012"
	.balign 8
.Lstring328:	# "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note
	.quad 79
	.ascii "xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)"
	.balign 8
.Lstring329:	# "xen-3.0-x86_64"
	.quad 14
	.ascii "xen-3.0-x86_64"
	.balign 8
.Lstring330:	# "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carry
	.quad 84
	.ascii "xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless"
	.balign 8
.Lstring331:	# "kernel.ts:2317:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2317:25: integer result outside the exact range"
	.balign 8
.Lstring332:	# "kernel.ts:2330:24: charCodeAt index out of range"
	.quad 48
	.ascii "kernel.ts:2330:24: charCodeAt index out of range"
	.balign 8
.Lstring333:	# "kernel.ts:2329:38: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2329:38: integer result outside the exact range"
	.balign 8
.Lstring334:	# "xen-test-vm: PVH boot: "
	.quad 23
	.ascii "xen-test-vm: PVH boot: "
	.balign 8
.Lstring335:	# "; crashing\n"
	.quad 11
	.ascii "; crashing\012"
	.balign 8
.Lstring336:	# "; crashing"
	.quad 10
	.ascii "; crashing"
	.balign 8
.Lstring337:	# "kernel.ts:2356:26: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2356:26: integer result outside the exact range"
	.balign 8
.Lstring338:	# "kernel.ts:2356:19: load64 value outside the exact range"
	.quad 55
	.ascii "kernel.ts:2356:19: load64 value outside the exact range"
	.balign 8
.Lstring339:	# "hvm_start_info has the wrong magic number"
	.quad 41
	.ascii "hvm_start_info has the wrong magic number"
	.balign 8
.Lstring340:	# "Xen gave no value for "
	.quad 22
	.ascii "Xen gave no value for "
	.balign 8
.Lstring341:	# "kernel.ts:2368:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2368:16: integer result outside the exact range"
	.balign 8
.Lstring342:	# "kernel.ts:2380:28: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2380:28: integer result outside the exact range"
	.balign 8
.Lstring343:	# "kernel.ts:2379:32: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2379:32: integer result outside the exact range"
	.balign 8
.Lstring344:	# "xen-test-vm "
	.quad 12
	.ascii "xen-test-vm "
	.balign 8
.Lstring345:	# " PVH"
	.quad 4
	.ascii " PVH"
	.balign 8
.Lstring346:	# " PV"
	.quad 3
	.ascii " PV"
	.balign 8
.Lstring347:	# ", domid "
	.quad 8
	.ascii ", domid "
	.balign 8
.Lstring348:	# "unknown"
	.quad 7
	.ascii "unknown"
	.balign 8
.Lstring349:	# ", memory "
	.quad 9
	.ascii ", memory "
	.balign 8
.Lstring350:	# " MiB, Xen "
	.quad 10
	.ascii " MiB, Xen "
	.balign 8
.Lstring351:	# "kernel.ts:2411:16: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2411:16: integer result outside the exact range"
	.balign 8
.Lstring352:	# "kernel.ts:2410:56: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2410:56: integer result outside the exact range"
	.balign 8
.Lstring353:	# "domain "
	.quad 7
	.ascii "domain "
	.balign 8
.Lstring354:	# " tick "
	.quad 6
	.ascii " tick "
	.balign 8
.Lstring355:	# " is active"
	.quad 10
	.ascii " is active"
	.balign 8
.Lstring356:	# "kernel.ts:2420:17: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2420:17: integer result outside the exact range"
	.balign 8
.Lstring357:	# "console: "
	.quad 9
	.ascii "console: "
	.balign 8
.Lstring358:	# " bytes of output were dropped while the ring was stuck"
	.quad 54
	.ascii " bytes of output were dropped while the ring was stuck"
	.balign 8
.Lstring359:	# "kernel.ts:2459:25: integer result outside the exact range"
	.quad 57
	.ascii "kernel.ts:2459:25: integer result outside the exact range"
	.balign 8
.Lstring360:	# "ready"
	.quad 5
	.ascii "ready"
	.balign 8
.Lstring361:	# "trap: "
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

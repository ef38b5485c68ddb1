# Two commands set everything up on a fresh machine: `make demo` and `make test`.
# Both install what they need first (idempotent: stamps skip work already done).

PYTHON   ?= python3
VENV     := .venv
PY       := $(VENV)/bin/python
PIP_PIN  := pip==25.3
# uv installs the pinned packages: same versions as pip (compared with pip freeze), on a
# fresh machine the main venv in 40 s against pip's 115, the Label Studio one in 10 s
UV_PIN   := uv==0.13.10
JAVA_HOME ?= $(firstword $(wildcard /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-*))
export JAVA_HOME
export TZ := UTC

.PHONY: test-deps setup system-deps jars jvm-archive jars-s3 s3proxy checkov web-assets demo test test-fast bench lint typecheck format airflow simulator clean-lake label label-venv

# Debian packages: Tesseract OCR (Russian + English) for burned-in text in DICOM pixels;
# PostgreSQL server binaries for the throwaway Airflow metadata DB (ozero.infra.pg_server);
# Chromium for the dataset catalog's real-browser test (headless, offline).
DEB_PACKAGES := tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng fonts-dejavu-core postgresql \
                chromium

setup: system-deps $(VENV)/.installed jars web-assets jvm-archive

system-deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "WARNING: missing Debian packages ($$missing); run: sudo apt-get install $$missing"; \
	    echo "         without Tesseract, DICOM images at risk of burned-in text are quarantined;"; \
	    echo "         without PostgreSQL, the Airflow-on-PostgreSQL test is skipped"; \
	  fi; \
	fi

$(VENV)/.installed: setup.cfg pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q $(PIP_PIN) $(UV_PIN)
	$(VENV)/bin/uv pip install -q --python $(PY) -c constraints.txt -e '.[dev,bench]'
	touch $@

jars: .jars/.delta
.jars/.delta: jvm/pom.xml
	mvn -q -B -f jvm/pom.xml dependency:copy-dependencies -DoutputDirectory=../.jars
	touch $@

# The driver JVM's classes archived for class data sharing (ozero/jvm_archive.py): each new
# process's Spark session starts with ~4 CPU-s less. Keyed by the JDK, PySpark's jars and the
# JVM options, so it is checked every time (instant when the file for this key exists).
jvm-archive: $(VENV)/.installed jars
	$(PY) -m ozero.jvm_archive

# Great Expectations' Data Docs load Bootstrap, jQuery, Vega… from CDNs (blank offline): the
# pinned files (ozero/infra/web_assets.py) come from the npm registry once, ~3.5 MB
web-assets: .web-assets/.fetched
.web-assets/.fetched: ozero/infra/web_assets.py $(VENV)/.installed
	$(PY) -m ozero.infra.web_assets fetch
	touch $@

# S3A connector + the AWS SDK modules it uses (~10 MB): for lakes on s3a:// and the S3 tests
jars-s3: .jars/.s3
.jars/.s3: jvm/pom.xml
	mvn -q -B -f jvm/pom.xml -Ps3 dependency:copy-dependencies -DoutputDirectory=../.jars
	touch $@

# S3Proxy, the S3 server of the tests and of `OZERO_AIRFLOW_STORAGE=s3 make airflow`: one jar
# (~55 MB) pinned in jvm/pom.xml, kept outside the clone (its name carries the version)
OZERO_S3PROXY_DIR ?= $(HOME)/.cache/ozero/s3proxy
export OZERO_S3PROXY_DIR
S3PROXY_VERSION := $(shell sed -n 's:.*<s3proxy.version>\(.*\)</s3proxy.version>.*:\1:p' jvm/pom.xml)
S3PROXY_JAR := $(OZERO_S3PROXY_DIR)/s3proxy-$(S3PROXY_VERSION)-jar-with-dependencies.jar
s3proxy: $(S3PROXY_JAR)
$(S3PROXY_JAR):
	mvn -q -B -f jvm/pom.xml -Ps3proxy dependency:copy-dependencies -DincludeGroupIds=org.gaul \
	  -DoutputDirectory=$(OZERO_S3PROXY_DIR)
	test -s $@

# checkov, the static checker of infra/terraform (offline: --skip-download): its own
# virtualenv outside the clone, pinned by infra/checkov/requirements.txt (a new pin file, a
# new venv; an unchanged one is reused by every clone)
OZERO_CHECKOV_DIR ?= $(HOME)/.cache/ozero/checkov-$(shell sha1sum infra/checkov/requirements.txt | cut -c1-12)
export OZERO_CHECKOV_DIR
checkov: $(OZERO_CHECKOV_DIR)/.installed
$(OZERO_CHECKOV_DIR)/.installed:
	test -x $(OZERO_CHECKOV_DIR)/bin/python || $(PYTHON) -m venv $(OZERO_CHECKOV_DIR)
	$(OZERO_CHECKOV_DIR)/bin/python -m pip install -q $(PIP_PIN) $(UV_PIN)
	$(OZERO_CHECKOV_DIR)/bin/uv pip install -q --python $(OZERO_CHECKOV_DIR)/bin/python \
	  --no-deps -r infra/checkov/requirements.txt
	touch $@

demo: setup
	$(PY) -m ozero.demo

# Two pytest-xdist workers: a single run leaves a core idle while Spark, Airflow and the
# simulator wait on each other. Tests sharing an expensive fixture stay in one worker
# (tests/conftest.py groups them); the longest tests start first.
PYTEST_PARALLEL := -n 2 --dist loadgroup --no-loadscope-reorder --durations=40

# what the tests need installed (CI runs it alone first, to time set-up apart from the tests)
test-deps: setup jars-s3 s3proxy checkov label-venv

test: test-deps
	$(VENV)/bin/pytest -q -ra $(PYTEST_PARALLEL)

test-fast: test-deps
	$(VENV)/bin/pytest -q -ra $(PYTEST_PARALLEL) -m "not slow"

# ruff (lint + format) over the code, tests and benches, then mypy ([tool.mypy] in pyproject.toml)
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check ozero dags jobs tests bench
	$(VENV)/bin/ruff format --check ozero dags jobs tests bench
	$(VENV)/bin/mypy

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

format:
	$(VENV)/bin/ruff format ozero dags jobs tests bench
	$(VENV)/bin/ruff check --fix ozero dags jobs tests bench

# The real Airflow stack (api-server, scheduler, dag-processor, triggerer) + simulator;
# OZERO_AIRFLOW_STORAGE=s3 puts the lake on local S3 servers, one bucket per privacy zone.
airflow: setup $(if $(filter s3,$(OZERO_AIRFLOW_STORAGE)),jars-s3 s3proxy)
	$(PY) -m ozero.airflow_stack

# Label Studio, the annotation server of labelling rounds (docs/labelling.md), in its own venv:
# its pins (Django, …) conflict with Airflow's. Data (PostgreSQL cluster, uploads, admin
# credentials) under .label-studio/, kept across restarts. Measured on 2 cores: install ~100 s,
# first start 0.5-1.5 min (initdb + database migrations), a restart ~5 s.
LABEL_VENV := .venv-label
label-venv: $(LABEL_VENV)/.installed
$(LABEL_VENV)/.installed: requirements-label.txt constraints-label.txt
	test -x $(LABEL_VENV)/bin/python || $(PYTHON) -m venv $(LABEL_VENV)
	$(LABEL_VENV)/bin/python -m pip install -q $(PIP_PIN) $(UV_PIN)
	$(LABEL_VENV)/bin/uv pip install -q --python $(LABEL_VENV)/bin/python \
	  -c constraints-label.txt -r requirements-label.txt
	touch $@

# Airflow is on 8080 (Label Studio's own default), the dataset catalog on 8090
OZERO_LABEL_PORT ?= 8095
label: setup label-venv
	$(PY) -m ozero.infra.label_studio serve --port $(OZERO_LABEL_PORT)

simulator: setup
	$(VENV)/bin/ozero simulator serve

clean-lake:
	rm -rf lake .airflow .s3

# Two commands set everything up on a fresh machine: `make demo` and `make test`.
# Both install what they need first (idempotent: stamps skip work already done).

PYTHON   ?= python3
VENV     := .venv
PY       := $(VENV)/bin/python
PIP_PIN  := pip==25.3
JAVA_HOME ?= $(firstword $(wildcard /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-*))
export JAVA_HOME
export TZ := UTC

.PHONY: setup jars jars-s3 demo test test-fast lint format airflow simulator clean-lake

setup: $(VENV)/.installed jars

$(VENV)/.installed: setup.cfg pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q $(PIP_PIN)
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	touch $@

jars: .jars/.delta
.jars/.delta: jvm/pom.xml
	mvn -q -B -f jvm/pom.xml dependency:copy-dependencies -DoutputDirectory=../.jars
	touch $@

# S3A connector + AWS SDK bundle (~700 MB): only for lakes on s3a://
jars-s3: jvm/pom.xml
	mvn -q -B -f jvm/pom.xml -Ps3 dependency:copy-dependencies -DoutputDirectory=../.jars

demo: setup
	$(PY) -m ozero.demo

test: setup
	$(VENV)/bin/pytest -q -ra

test-fast: setup
	$(VENV)/bin/pytest -q -m "not slow"

lint:
	$(VENV)/bin/ruff check ozero dags jobs tests
	$(VENV)/bin/ruff format --check ozero dags jobs tests

format:
	$(VENV)/bin/ruff format ozero dags jobs tests
	$(VENV)/bin/ruff check --fix ozero dags jobs tests

# The real Airflow stack (api-server, scheduler, dag-processor, triggerer) + simulator.
airflow: setup
	$(PY) -m ozero.airflow_stack

simulator: setup
	$(VENV)/bin/ozero simulator serve

clean-lake:
	rm -rf lake .airflow

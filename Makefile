# Set-up and everyday commands. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= dateline.db
STAMP := $(VENV)/.installed

.PHONY: demo test install bench eval clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dateline ingest examples/ --db $(DB)
	@echo; echo "== Top speakers: dateline speakers"
	$(BIN)/dateline speakers --db $(DB) --limit 5
	@echo; echo "== Quotes about the ports bill: dateline quotes bill"
	$(BIN)/dateline quotes bill --db $(DB) --limit 5
	@echo; echo "== A speaker's quotes, however printed: dateline quotes --speaker 'Park Min-jun'"
	$(BIN)/dateline quotes --speaker "Park Min-jun" --db $(DB) --limit 5
	@echo; echo "== An entity timeline: dateline timeline 'Sarah Whitfield'"
	$(BIN)/dateline timeline "Sarah Whitfield" --db $(DB) --limit 12

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# Quality on the shared gold data (../shared/eval) and on the examples' expected facts.
eval: $(STAMP)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[eval]"
	$(BIN)/python evaluation/score_timex.py --no-heideltime
	$(BIN)/python evaluation/score_timex.py --heideltime-limit 30
	$(BIN)/python evaluation/score_quotes.py
	$(BIN)/python evaluation/score_quotes.py --gold evaluation/gold/examples-quotes.jsonl
	$(BIN)/python evaluation/examples_check.py
	$(BIN)/python evaluation/score_entities.py --set dev
	$(BIN)/python evaluation/score_entities.py --set heldout3
	$(BIN)/python evaluation/score_entities.py --set heldout4
	$(BIN)/python evaluation/score_entities.py --set heldout5
	$(BIN)/python evaluation/score_entities.py --set heldout6
	$(BIN)/python evaluation/score_entities.py --set heldout7
	$(BIN)/python evaluation/score_entities.py --set heldout8
	$(BIN)/python evaluation/score_entities.py --set heldout9
	$(BIN)/python evaluation/score_crossdoc.py
	$(BIN)/python evaluation/gate.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm

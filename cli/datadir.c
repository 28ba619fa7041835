/* datadir.c — the data directory compiled into the truce binary.
 *
 * The build compiles this file with TRUCE_DATADIR set to its own build
 * directory, so ./truce (or a copy of it) finds build/gazetteer.bin while
 * the tree is there; `make install` compiles it again with
 * PREFIX/share/truce for the binary it installs. data.c looks here last,
 * after the places the user names and those beside the executable.
 */
#include "cli.h"

#ifndef TRUCE_DATADIR
#define TRUCE_DATADIR ""
#endif

const char cli_datadir[] = TRUCE_DATADIR;

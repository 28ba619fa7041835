/* truce_int.h — everything shared inside src/, never installed.
 *
 * A thin umbrella over the layers' internal headers, for the modules that
 * use more than one layer (the coder, the gazetteer): base.h (arena,
 * strings, interning, dates, errors, buffers, the trie) and kb.h (tokens,
 * the knowledge base, morphology, images). Dependencies point one way:
 * base <- knowledge (text, lex, kb, loaders) <- code <- write.
 */
#ifndef TRUCE_INT_H
#define TRUCE_INT_H

#include "base.h"
#include "kb.h"

#endif

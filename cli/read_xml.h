/* read_xml.h — PETRARCH's XML story input (see read_xml.c). */
#ifndef TRUCE_READ_XML_H
#define TRUCE_READ_XML_H

#include <stdbool.h>
#include <stddef.h>

#include "truce.h"

typedef struct {
    /* a sentence read: its strings live during the call only */
    void (*story)(void *user, const truce_story *st, unsigned line);
    /* a sentence that cannot be coded (id is its id, or NULL when the XML
     * itself is broken and reading stops), at line:col (0 = unknown) */
    void (*error)(void *user, const char *id, unsigned line, unsigned col, const char *msg);
    void *user;
} xml_reader;

/* Whether an input is PETRARCH XML: a name ending in .xml, or text
 * starting with <?xml, <Sentences or <Validation. */
bool xml_looks_like(const char *name, const char *buf, size_t len);
/* Read every <Sentence> of buf in order; the number read. */
size_t xml_read(const char *buf, size_t len, truce_day default_date, const xml_reader *rd);

#endif

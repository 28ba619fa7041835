/* read_xml.c — PETRARCH's XML input for `truce code` and `truce ingest`.
 *
 *   <Sentences>
 *     <Sentence date="20150805" id="AFP_ENG_20150805.0001_1" source="AFP" sentence="True">
 *       <Text>...</Text>
 *       <Parse>(ROOT ...)</Parse>
 *     </Sentence>
 *   </Sentences>
 *
 * Each <Sentence> becomes one story (PETRARCH codes sentence by sentence):
 * its id, its date (YYYYMMDD, or YYYY-MM-DD), its source, the text of its
 * <Text>. The <Parse> tree is not needed: truce parses the text itself. A sentence without an id,
 * text or a valid date is an error record of its own; XML that is not well
 * formed stops the file with one error naming line and column, after the
 * sentences before that line have been coded. libxml2 reads the file with
 * no network access and no entity expansion.
 */
#include "read_xml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    unsigned line, col;
    char msg[200];
    bool set;
} first_error;

static void on_error(void *user, const xmlError *e)
{
    first_error *fe = user;
    if (fe->set || !e || e->level < XML_ERR_ERROR) {
        return;
    }
    fe->set = true;
    fe->line = e->line > 0 ? (unsigned)e->line : 0;
    fe->col = e->int2 > 0 ? (unsigned)e->int2 : 0;
    snprintf(fe->msg, sizeof fe->msg, "%s", e->message ? e->message : "malformed XML");
    size_t n = strlen(fe->msg);
    while (n && (fe->msg[n - 1] == '\n' || fe->msg[n - 1] == ' ')) {
        fe->msg[--n] = 0;
    }
}

/* libxml2 2.9 passes a non-const error pointer */
static void on_error_v(void *user, xmlErrorPtr e)
{
    on_error(user, e);
}

/* YYYYMMDD or YYYY-MM-DD */
static bool parse_date(const char *s, truce_day *out)
{
    size_t n = strlen(s);
    if (n == 10) {
        return truce_day_parse(s, n, out);
    }
    if (n != 8) {
        return false;
    }
    char iso[11];
    snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
    for (size_t i = 0; i < 8; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return truce_day_parse(iso, 10, out);
}

static bool is_named(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *)name) == 0;
}

/* One <Sentence> element, expanded. */
static void sentence(xmlNodePtr s, unsigned line, truce_day default_date, const xml_reader *rd)
{
    xmlChar *id = xmlGetProp(s, (const xmlChar *)"id");
    xmlChar *date = xmlGetProp(s, (const xmlChar *)"date");
    xmlChar *source = xmlGetProp(s, (const xmlChar *)"source");
    xmlChar *text = NULL;
    for (xmlNodePtr c = s->children; c; c = c->next) {
        if (is_named(c, "Text")) {
            text = xmlNodeGetContent(c);
            break;
        }
    }
    char fallback[32];
    snprintf(fallback, sizeof fallback, "line %u", line);
    const char *sid = id && id[0] ? (const char *)id : fallback;
    truce_day d = default_date;
    char msg[200] = "";
    if (!id || !id[0]) {
        snprintf(msg, sizeof msg, "<Sentence> without an id attribute");
    } else if (!text) {
        snprintf(msg, sizeof msg, "<Sentence id=\"%.100s\"> without <Text>", sid);
    } else if (date && !parse_date((const char *)date, &d)) {
        snprintf(msg, sizeof msg, "bad date \"%.40s\" (expected YYYYMMDD)", (const char *)date);
    }
    if (msg[0]) {
        rd->error(rd->user, sid, line, 0, msg);
    } else {
        /* the text as written between the tags, without the line breaks
         * and indentation that wrap it */
        const char *t = (const char *)text;
        size_t tl = strlen(t);
        while (tl && (t[0] == ' ' || t[0] == '\n' || t[0] == '\r' || t[0] == '\t')) {
            t++;
            tl--;
        }
        while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\n' || t[tl - 1] == '\r' || t[tl - 1] == '\t')) {
            tl--;
        }
        truce_story st;
        memset(&st, 0, sizeof st);
        st.id = sid;
        st.id_len = strlen(sid);
        st.text = t;
        st.text_len = tl;
        st.date = d;
        st.date_from = date ? TRUCE_DATE_INPUT : d != TRUCE_NODAY ? TRUCE_DATE_OPTION : TRUCE_DATE_NONE;
        if (source && source[0]) {
            st.source = (const char *)source;
            st.source_len = strlen((const char *)source);
        }
        rd->story(rd->user, &st, line);
    }
    xmlFree(id);
    xmlFree(date);
    xmlFree(source);
    xmlFree(text);
}

bool xml_looks_like(const char *name, const char *buf, size_t len)
{
    size_t n = strlen(name);
    if (n >= 4 && strcmp(name + n - 4, ".xml") == 0) {
        return true;
    }
    size_t i = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        i = 3;
    }
    while (i < len && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) {
        i++;
    }
    static const char *const starts[] = {"<?xml", "<Sentences", "<Validation"};
    for (size_t k = 0; k < sizeof starts / sizeof *starts; k++) {
        size_t m = strlen(starts[k]);
        if (len - i >= m && memcmp(buf + i, starts[k], m) == 0) {
            return true;
        }
    }
    return false;
}

/* Every <Sentence> below n, in document order, up to the first error. */
static void walk(xmlNodePtr n, unsigned stop_line, truce_day default_date, const xml_reader *rd, size_t *count)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) {
            continue;
        }
        unsigned line = (unsigned)xmlGetLineNo(n);
        if (stop_line && line >= stop_line) {
            return;
        }
        if (is_named(n, "Sentence")) {
            sentence(n, line, default_date, rd);
            (*count)++;
        } else {
            walk(n->children, stop_line, default_date, rd, count);
        }
    }
}

size_t xml_read(const char *buf, size_t len, truce_day default_date, const xml_reader *rd)
{
    if (len > (size_t)INT32_MAX) {
        rd->error(rd->user, NULL, 0, 0, "XML file over 2 GiB");
        return 0;
    }
    /* recover what can be read, so that the sentences before a fault are
     * coded; those from the fault's line on are not (the error says so) */
    xmlParserCtxtPtr ctx = xmlNewParserCtxt();
    if (!ctx) {
        rd->error(rd->user, NULL, 0, 0, "out of memory reading XML");
        return 0;
    }
    first_error fe = {0};
    xmlSetStructuredErrorFunc(&fe, on_error_v);
    xmlDocPtr doc = xmlCtxtReadMemory(ctx, buf, (int)len, NULL, NULL,
                                      XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOWARNING |
                                      XML_PARSE_NOERROR | XML_PARSE_BIG_LINES);
    xmlSetStructuredErrorFunc(NULL, NULL);
    size_t n = 0;
    if (doc) {
        walk(xmlDocGetRootElement(doc), fe.set ? (fe.line ? fe.line : 1) : 0, default_date, rd, &n);
    }
    if (fe.set || !doc) {
        rd->error(rd->user, NULL, fe.line, fe.col, fe.set ? fe.msg : "not XML");
    }
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctx);
    return n;
}

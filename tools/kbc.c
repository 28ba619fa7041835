/* kbc.c — compiles the built-in knowledge (data/ and the lists made from
 * packages, embedded as text) into the image that libtruce links in.
 *
 * usage: kbc OUT
 * It runs the library's own loader and truce_kb_compile(), the same path
 * as `truce dict compile`, in a build of the library that has no image
 * yet (src/kbimage.c without TRUCE_KB_IMAGE).
 */
#include "truce.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: kbc OUT\n");
        return 2;
    }
    truce_error err = {0};
    truce_kb *kb = truce_kb_open_dicts(NULL, 0, true, NULL, NULL, NULL, &err);
    if (!kb) {
        if (err.line) {
            fprintf(stderr, "kbc: %s:%u:%u: %s\n", err.path ? err.path : "?", err.line, err.col, err.msg);
        } else {
            fprintf(stderr, "kbc: %s%s%s\n", err.path ? err.path : "", err.path ? ": " : "", err.msg);
        }
        return 1;
    }
    truce_buf out = {0};
    int rc = 0;
    if (truce_kb_compile(kb, "built-in knowledge (data/, WordNet, iso-codes, en-lexicon) of truce " TRUCE_VERSION,
                         &out, &err) != TRUCE_OK) {
        fprintf(stderr, "kbc: %s\n", err.msg);
        rc = 1;
    } else {
        FILE *f = fopen(argv[1], "wb");
        if (!f || fwrite(out.p, 1, out.len, f) != out.len || fclose(f) != 0) {
            perror(argv[1]);
            rc = 1;
        }
    }
    truce_buf_free(&out);
    truce_kb_close(kb);
    return rc;
}

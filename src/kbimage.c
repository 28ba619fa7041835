/* kbimage.c — links the built-in knowledge's compiled image into libtruce.
 *
 * The build compiles data/ (and the lists made from packages) with
 * tools/kbc, which runs truce_kb_compile() over the text knowledge, and
 * then compiles this file with TRUCE_KB_IMAGE naming the image file: the
 * assembler includes its bytes in the writable data section, where
 * kbfile.c relocates them in place on first use. Without TRUCE_KB_IMAGE
 * (tools/kbc itself) there is no image and the knowledge is built from its
 * text.
 */
#include "kb.h"

#ifdef TRUCE_KB_IMAGE
__asm__(".pushsection .data\n"
        ".balign 64\n"
        "truce_kb_image_start:\n"
        ".incbin \"" TRUCE_KB_IMAGE "\"\n"
        "truce_kb_image_end:\n"
        ".popsection\n");
extern uint8_t truce_kb_image_start[], truce_kb_image_end[];

uint8_t *truce_kb_image(size_t *len)
{
    *len = (size_t)(truce_kb_image_end - truce_kb_image_start);
    return truce_kb_image_start;
}
#else
uint8_t *truce_kb_image(size_t *len)
{
    *len = 0;
    return NULL;
}
#endif

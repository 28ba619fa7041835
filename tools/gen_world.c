/* gen_world.c — country shapes for `truce report`'s map, as C tables.
 *
 * usage: gen_world countries-50m.json iso_3166-1.json LABEL > world.c
 * Reads Natural Earth's Admin 0 countries as the npm package world-atlas
 * ships them (TopoJSON: quantized, delta-encoded arcs; polygons as lists
 * of arc indexes, ~i for arc i reversed) and writes the tables of
 * cli/world.h: every arc decoded to degrees x 100 (int16, consecutive
 * equal points dropped), rings as arc lists, and one row per country
 * with its ISO 3166-1 alpha-3 code (from the numeric code, through
 * Debian's iso-codes), name and bounding box. LABEL names the source in
 * the output (world_source). Run by the build; the output is not
 * committed.
 */
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *path, const char *what)
{
    fprintf(stderr, "gen_world: %s: %s\n", path, what);
    return 1;
}

/* A growable array of int32. */
typedef struct {
    int32_t *v;
    size_t n, cap;
} vec;

static void push(vec *a, int32_t x)
{
    if (a->n == a->cap) {
        a->cap = a->cap ? 2 * a->cap : 1024;
        a->v = realloc(a->v, a->cap * sizeof *a->v);
        if (!a->v) {
            fprintf(stderr, "gen_world: out of memory\n");
            exit(1);
        }
    }
    a->v[a->n++] = x;
}

static void put_c_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') {
            fputc('\\', f);
        }
        fputc(*s, f);
    }
    fputc('"', f);
}

/* The alpha-3 code of an ISO 3166-1 numeric code ("051"), or "". */
static const char *alpha3(json_t *iso, const char *num)
{
    size_t i;
    json_t *c;
    json_array_foreach(iso, i, c) {
        json_t *n = json_object_get(c, "numeric");
        if (json_is_string(n) && strcmp(json_string_value(n), num) == 0) {
            json_t *a = json_object_get(c, "alpha_3");
            return json_is_string(a) ? json_string_value(a) : "";
        }
    }
    return "";
}

/* Add a polygon's rings (a JSON array of arrays of arc indexes). */
static bool add_polygon(json_t *poly, size_t n_arcs, vec *rings, vec *refs)
{
    size_t i, j;
    json_t *ring, *ref;
    json_array_foreach(poly, i, ring) {
        if (!json_is_array(ring) || json_array_size(ring) == 0) {
            return false;
        }
        push(rings, (int32_t)refs->n);
        json_array_foreach(ring, j, ref) {
            if (!json_is_integer(ref)) {
                return false;
            }
            json_int_t a = json_integer_value(ref);
            json_int_t k = a < 0 ? ~a : a;
            if (k >= (json_int_t)n_arcs) {
                return false;
            }
            push(refs, (int32_t)a);
        }
    }
    return true;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: gen_world countries-50m.json iso_3166-1.json LABEL > world.c\n");
        return 2;
    }
    json_error_t e;
    json_t *topo = json_load_file(argv[1], 0, &e);
    if (!topo) {
        fprintf(stderr, "gen_world: %s:%d:%d: %s\n", argv[1], e.line, e.column, e.text);
        return 1;
    }
    json_t *isodoc = json_load_file(argv[2], 0, &e);
    if (!isodoc) {
        fprintf(stderr, "gen_world: %s:%d:%d: %s\n", argv[2], e.line, e.column, e.text);
        return 1;
    }
    json_t *iso = json_object_get(isodoc, "3166-1");
    json_t *tr = json_object_get(topo, "transform");
    json_t *arcs = json_object_get(topo, "arcs");
    json_t *geoms = json_object_get(json_object_get(json_object_get(topo, "objects"), "countries"), "geometries");
    if (!json_is_array(iso)) {
        return fail(argv[2], "expected an object with a \"3166-1\" array");
    }
    if (!json_is_object(tr) || !json_is_array(arcs) || !json_is_array(geoms)) {
        return fail(argv[1], "expected a quantized TopoJSON topology with objects.countries");
    }
    double sx = json_number_value(json_array_get(json_object_get(tr, "scale"), 0));
    double sy = json_number_value(json_array_get(json_object_get(tr, "scale"), 1));
    double tx = json_number_value(json_array_get(json_object_get(tr, "translate"), 0));
    double ty = json_number_value(json_array_get(json_object_get(tr, "translate"), 1));
    if (sx <= 0 || sy <= 0) {
        return fail(argv[1], "expected transform.scale of two positive numbers");
    }

    /* arcs: decode the deltas, round to 1/100 degree, drop repeats (an
     * arc keeps its two ends, which its neighbours share) */
    vec xy = {0}, arc_start = {0};
    size_t n_arcs = json_array_size(arcs);
    for (size_t a = 0; a < n_arcs; a++) {
        json_t *arc = json_array_get(arcs, a);
        size_t n = json_array_size(arc);
        if (!json_is_array(arc) || n < 2) {
            return fail(argv[1], "expected every arc to have at least two points");
        }
        push(&arc_start, (int32_t)(xy.n / 2));
        long qx = 0, qy = 0;
        for (size_t i = 0; i < n; i++) {
            json_t *p = json_array_get(arc, i);
            json_t *dx = json_array_get(p, 0), *dy = json_array_get(p, 1);
            if (!json_is_integer(dx) || !json_is_integer(dy)) {
                return fail(argv[1], "expected quantized (integer) arc points");
            }
            qx += (long)json_integer_value(dx);
            qy += (long)json_integer_value(dy);
            double lon = qx * sx + tx, lat = qy * sy + ty;
            int32_t x = (int32_t)lround(lon * 100), y = (int32_t)lround(lat * 100);
            if (x < -18000 || x > 18000 || y < -9000 || y > 9000) {
                return fail(argv[1], "expected longitudes and latitudes in degrees");
            }
            size_t have = xy.n / 2 - (size_t)arc_start.v[a];
            if (have && xy.v[xy.n - 2] == x && xy.v[xy.n - 1] == y) {
                continue;
            }
            push(&xy, x);
            push(&xy, y);
        }
        if (xy.n / 2 - (size_t)arc_start.v[a] < 2) {
            /* an arc shorter than the rounding: its two ends are one point */
            int32_t x = xy.v[xy.n - 2], y = xy.v[xy.n - 1];
            push(&xy, x);
            push(&xy, y);
        }
    }
    push(&arc_start, (int32_t)(xy.n / 2));

    /* countries */
    vec rings = {0}, refs = {0};
    size_t n_geoms = json_array_size(geoms);
    int32_t (*rows)[3] = calloc(n_geoms, sizeof *rows);   /* first ring, rings, box index */
    const char **names = calloc(n_geoms, sizeof *names);
    const char **codes = calloc(n_geoms, sizeof *codes);
    int32_t (*box)[4] = calloc(n_geoms, sizeof *box);
    if (!rows || !names || !codes || !box) {
        return fail(argv[1], "out of memory");
    }
    size_t n_rows = 0;
    for (size_t g = 0; g < n_geoms; g++) {
        json_t *geo = json_array_get(geoms, g);
        const char *type = json_string_value(json_object_get(geo, "type"));
        json_t *ga = json_object_get(geo, "arcs");
        json_t *name = json_object_get(json_object_get(geo, "properties"), "name");
        json_t *id = json_object_get(geo, "id");
        if (!type || !json_is_array(ga) || !json_is_string(name)) {
            return fail(argv[1], "expected each country to have a type, arcs and properties.name");
        }
        size_t first = rings.n;
        bool ok = true;
        if (strcmp(type, "Polygon") == 0) {
            ok = add_polygon(ga, n_arcs, &rings, &refs);
        } else if (strcmp(type, "MultiPolygon") == 0) {
            size_t i;
            json_t *poly;
            json_array_foreach(ga, i, poly) {
                ok = ok && add_polygon(poly, n_arcs, &rings, &refs);
            }
        } else {
            continue;   /* no shape */
        }
        if (!ok) {
            return fail(argv[1], "expected polygons as lists of rings of arc indexes");
        }
        box[n_rows][0] = box[n_rows][1] = INT32_MAX;
        box[n_rows][2] = box[n_rows][3] = INT32_MIN;
        for (size_t k = first; k < rings.n; k++) {
            size_t end = k + 1 < rings.n ? (size_t)rings.v[k + 1] : refs.n;
            for (size_t r = (size_t)rings.v[k]; r < end; r++) {
                int32_t a = refs.v[r] < 0 ? ~refs.v[r] : refs.v[r];
                for (int32_t p = arc_start.v[a]; p < arc_start.v[a + 1]; p++) {
                    int32_t x = xy.v[2 * p], y = xy.v[2 * p + 1];
                    box[n_rows][0] = x < box[n_rows][0] ? x : box[n_rows][0];
                    box[n_rows][1] = y < box[n_rows][1] ? y : box[n_rows][1];
                    box[n_rows][2] = x > box[n_rows][2] ? x : box[n_rows][2];
                    box[n_rows][3] = y > box[n_rows][3] ? y : box[n_rows][3];
                }
            }
        }
        rows[n_rows][0] = (int32_t)first;
        rows[n_rows][1] = (int32_t)(rings.n - first);
        names[n_rows] = json_string_value(name);
        codes[n_rows] = json_is_string(id) ? alpha3(iso, json_string_value(id)) : "";
        n_rows++;
    }
    push(&rings, (int32_t)refs.n);

    FILE *f = stdout;
    fprintf(f, "/* generated by tools/gen_world from %s; do not edit */\n", argv[3]);
    fprintf(f, "#include \"world.h\"\n\nconst char world_source[] = ");
    put_c_string(f, argv[3]);
    fprintf(f, ";\nconst uint32_t world_n_countries = %zu;\n", n_rows);
    fprintf(f, "const world_country world_countries[] = {\n");
    for (size_t i = 0; i < n_rows; i++) {
        fprintf(f, "    {\"%s\", ", codes[i]);
        put_c_string(f, names[i]);
        fprintf(f, ", %d, %d, {%d, %d, %d, %d}},\n", rows[i][0], rows[i][1], box[i][0], box[i][1], box[i][2],
                box[i][3]);
    }
    fprintf(f, "};\nconst int16_t world_xy[] = {");
    for (size_t i = 0; i < xy.n; i++) {
        fprintf(f, "%s%d,", i % 16 ? "" : "\n", xy.v[i]);
    }
    fprintf(f, "\n};\nconst uint32_t world_arc[] = {");
    for (size_t i = 0; i < arc_start.n; i++) {
        fprintf(f, "%s%d,", i % 16 ? "" : "\n", arc_start.v[i]);
    }
    fprintf(f, "\n};\nconst int32_t world_ring_arc[] = {");
    for (size_t i = 0; i < refs.n; i++) {
        fprintf(f, "%s%d,", i % 16 ? "" : "\n", refs.v[i]);
    }
    fprintf(f, "\n};\nconst uint32_t world_ring[] = {");
    for (size_t i = 0; i < rings.n; i++) {
        fprintf(f, "%s%d,", i % 16 ? "" : "\n", rings.v[i]);
    }
    fprintf(f, "\n};\n");
    fprintf(stderr, "gen_world: %zu countries, %zu rings, %zu arcs, %zu points\n", n_rows, rings.n - 1,
            n_arcs, xy.n / 2);
    json_decref(topo);
    json_decref(isodoc);
    free(rows);
    free(names);
    free(codes);
    free(box);
    free(xy.v);
    free(arc_start.v);
    free(rings.v);
    free(refs.v);
    return ferror(f) ? 1 : 0;
}

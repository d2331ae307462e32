/*
 * sweep_ref.c - exhaustive fp32 -> T -> fp32 round-trip sweep in plain C, the comparison point for
 * the Swift sweep engine (Sources/Sweep). T is bf16 or fp16, given on the command line.
 *
 *   gcc -O3 -march=native -mprefer-vector-width=512 -fopenmp sweep_ref.c -o sweep_ref -lm
 *   OMP_NUM_THREADS=2 ./sweep_ref bf16        # or fp16; add --verify to check the conversions
 *
 * Every one of the 2^32 float32 patterns x is converted, y = roundtrip(x), and every statistic is
 * computed per element (see README.md for the list). Work is split into the 65536 chunks of 2^16
 * patterns sharing their upper 16 bits (one sign, one exponent field, so one input binade and one
 * ULP; the two chunks holding +-0 and the smallest subnormals are cut into one range per binade).
 * Each range runs one branch-free `omp simd` loop that gcc vectorises with AVX-512 (16 float lanes,
 * doubles in pairs of zmm registers); its partial results go into a per-range record, and the records
 * are folded serially in pattern order at the end, so the output does not depend on the thread count
 * and the first input reaching each maximum is found by rescanning the one range that holds it.
 */
#include <immintrin.h>
#include <inttypes.h>
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCHUNK 65536
#define BMIN (-149) /* binades of the input: floor(log2|x|) from -149 to 127 */
#define BMAX 127
#define NBIN (BMAX - BMIN + 1)
#define NO_BINADE (-1000)

static inline float f_of(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
static inline uint32_t u_of(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }

/* ---- round trips, on the float32 bit pattern -------------------------------------------------- */

/* bf16, round to nearest even; finite inputs (and +-inf) only. Overflow carries into inf. */
static inline uint32_t rt_bf16_finite(uint32_t b) {
    return (b + 0x7fffu + ((b >> 16) & 1u)) & 0xffff0000u;
}
static inline uint32_t rt_bf16(uint32_t b) {
    uint32_t nan = (b & 0x7fffffffu) > 0x7f800000u;
    return nan ? ((b | 0x00400000u) & 0xffff0000u) : rt_bf16_finite(b); /* NaN stays NaN, quiet */
}

/* IEEE binary16, round to nearest even; finite inputs (and +-inf) only. In fp16's normal range the
 * significand is rounded at bit 13 in integer arithmetic (anything rounding to 2^16 or above is
 * inf); below 2^-14 the value is rounded to a multiple of 2^-24 by adding and subtracting 0.5
 * (|x| + 0.5 lies in [0.5, 1), whose float spacing is 2^-24; both operations are RNE). */
static inline uint32_t rt_fp16_finite(uint32_t b) {
    uint32_t s = b & 0x80000000u, a = b & 0x7fffffffu;
    uint32_t rn = (a + 0xfffu + ((a >> 13) & 1u)) & 0xffffe000u;
    rn = rn >= 0x47800000u ? 0x7f800000u : rn;
    uint32_t rs = u_of((f_of(a) + 0.5f) - 0.5f);
    uint32_t sub = 0u - (uint32_t)(a < 0x38800000u); /* a mask, not ?: (which gcc if-converts badly here) */
    return s | (rs & sub) | (rn & ~sub);
}
static inline uint32_t rt_fp16(uint32_t b) {
    uint32_t a = b & 0x7fffffffu;
    /* NaN: quiet, significand cut to fp16's 10 bits (what F16C does) */
    return a > 0x7f800000u ? ((b & 0x80000000u) | 0x7fc00000u | (a & 0x007fe000u)) : rt_fp16_finite(b);
}

/* ---- per-range record ------------------------------------------------------------------------- */

typedef struct {
    uint32_t lo, n;          /* patterns lo .. lo+n-1 */
    int binade;              /* floor(log2|x|) of every non-zero x in the range, or NO_BINADE */
    int finite;              /* 0: exponent field 255 (inf/NaN inputs) */
    uint32_t fin, nzfin, ovf, unf, exact, sub, ge[9], nan_in, inf_in, bad;
    float maxabs;
    double maxrel, sabs, ssq, sx2, srel;
} Rec;

typedef struct { int fp16, m, emin, emax; uint32_t minnorm; const char *name; } Target;

/* The hot loop: n patterns from lo, all finite, one binade, one ULP u = 2^ue. ge[k] counts
 * |y-x| >= 2^(k-6) u, i.e. ULP error >= 2^(k-6) (exact: both sides are floats, u a power of two).
 * Written so that gcc if-converts and vectorises it: the only selects are on integers or plain
 * floats, the counters are bumped under single conditions (masked vpaddd), and no floating-point
 * operation depends on a condition (gcc does not if-convert a conditional trapping operation). */
static inline __attribute__((always_inline)) void finite_range(Rec *r, int ue, uint32_t minnorm, const int fp16) {
    const uint32_t lo = r->lo, n = r->n;
    const float t0 = ldexpf(1.0f, ue - 6), t1 = ldexpf(1.0f, ue - 5), t2 = ldexpf(1.0f, ue - 4),
                t3 = ldexpf(1.0f, ue - 3), t4 = ldexpf(1.0f, ue - 2), t5 = ldexpf(1.0f, ue - 1),
                t6 = ldexpf(1.0f, ue), t7 = ldexpf(1.0f, ue + 1), t8 = ldexpf(1.0f, ue + 2);
    const uint32_t mn1 = minnorm - 1u;
    int c_ovf = 0, c_zero = 0, c_unf = 0, c_ex = 0, c_sub = 0;
    int g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0, g8 = 0;
    float mabs = 0.0f;
    double sabs = 0.0, ssq = 0.0, sx2 = 0.0, srel = 0.0, mrel = 0.0;
#pragma omp simd reduction(+ : c_ovf, c_zero, c_unf, c_ex, c_sub, g0, g1, g2, g3, g4, g5, g6, g7, g8, \
                               sabs, ssq, sx2, srel) reduction(max : mabs, mrel)
    for (uint32_t i = 0; i < n; i++) {
        const uint32_t b = lo + i, ax = b & 0x7fffffffu;
        const uint32_t yb = fp16 ? rt_fp16_finite(b) : rt_bf16_finite(b), ay = yb & 0x7fffffffu;
        const float x = f_of(b), y = f_of(yb);
        const int ovf = ay == 0x7f800000u;            /* finite x, y = +-inf */
        c_ovf += ovf;
        if (ax == 0) c_zero++;
        c_unf += (ax != 0) & (ay == 0);
        if (ay - 1u < mn1) c_sub++;                   /* 0 < |y| < target's min normal */
        if (y == x) c_ex++;                           /* +0 == -0; inf != finite */
        /* finite pairs only: an overflow lane gets d = 0 and x^2 = 0 */
        const float yc = ovf ? x : y;
        const float xk = f_of(b & (0u - (uint32_t)!ovf));
        const float d = fabsf(yc - x);                /* |y-x|, exact (Sterbenz lemma) */
        if (d >= t0) g0++;
        if (d >= t1) g1++;
        if (d >= t2) g2++;
        if (d >= t3) g3++;
        if (d >= t4) g4++;
        if (d >= t5) g5++;
        if (d >= t6) g6++;
        if (d >= t7) g7++;
        if (d >= t8) g8++;
        mabs = d > mabs ? d : mabs;
        const double dd = d, xd = xk;
        const float den = f_of(ax > 1u ? ax : 1u);    /* |x|; x = 0 gives 0 / 2^-149 = 0 */
#ifdef REL_F32
        const double rel = d / den;                   /* float32 quotient (what the Swift fast path sums) */
#else
        const double rel = dd / (double)den;          /* correctly rounded double quotient */
#endif
        sabs += dd;
        ssq += dd * dd;
        sx2 += xd * xd;
        srel += rel;
        mrel = rel > mrel ? rel : mrel;
    }
    /* all x here are finite: finite pairs = n - overflows, non-zero ones also less the zeros */
    r->fin = n - c_ovf; r->nzfin = n - c_ovf - c_zero;
    r->ovf = c_ovf; r->unf = c_unf; r->exact = c_ex; r->sub = c_sub;
    r->ge[0] = g0; r->ge[1] = g1; r->ge[2] = g2; r->ge[3] = g3; r->ge[4] = g4;
    r->ge[5] = g5; r->ge[6] = g6; r->ge[7] = g7; r->ge[8] = g8;
    r->maxabs = mabs; r->maxrel = mrel;
    r->sabs = sabs; r->ssq = ssq; r->sx2 = sx2; r->srel = srel;
}

/* Exponent field 255: count NaN and inf inputs, and check the round trip keeps them. */
static inline __attribute__((always_inline)) void nonfinite_range(Rec *r, const int fp16) {
    const uint32_t lo = r->lo, n = r->n;
    int c_nan = 0, c_inf = 0, c_bad = 0;
#pragma omp simd reduction(+ : c_nan, c_inf, c_bad)
    for (uint32_t i = 0; i < n; i++) {
        const uint32_t b = lo + i, a = b & 0x7fffffffu;
        const uint32_t yb = fp16 ? rt_fp16(b) : rt_bf16(b);
        const int isnan_x = a > 0x7f800000u, isinf_x = a == 0x7f800000u;
        c_nan += isnan_x;
        c_inf += isinf_x;
        c_bad += (isnan_x & ((yb & 0x7fffffffu) <= 0x7f800000u)) | (isinf_x & (yb != b));
    }
    r->nan_in = c_nan; r->inf_in = c_inf; r->bad = c_bad;
}

static void run_range_bf16(Rec *r, int ue, uint32_t mn) { finite_range(r, ue, mn, 0); }
static void run_range_fp16(Rec *r, int ue, uint32_t mn) { finite_range(r, ue, mn, 1); }
static void run_nonfinite_bf16(Rec *r) { nonfinite_range(r, 0); }
static void run_nonfinite_fp16(Rec *r) { nonfinite_range(r, 1); }

static void do_range(Rec *r, const Target *t) {
    if (!r->finite) {
        (t->fp16 ? run_nonfinite_fp16 : run_nonfinite_bf16)(r);
        return;
    }
    const int e = r->binade == NO_BINADE ? t->emin : r->binade;
    const int ue = (e > t->emin ? e : t->emin) - t->m;
    (t->fp16 ? run_range_fp16 : run_range_bf16)(r, ue, t->minnorm);
}

/* Chunk c = upper 16 bits. Chunks 0x0000 / 0x8000 (zero and subnormals below 2^-133) are cut into
 * [0], [1], [2,4), ..., [2^15, 2^16): one binade each. */
static int special_chunk(uint32_t c) { return (c & 0x7fffu) == 0; }

static void setup_chunk(uint32_t c, Rec *rec, Rec *spec) {
    const uint32_t base = c << 16, ef = (c >> 7) & 0xffu, hi7 = c & 0x7fu;
    if (special_chunk(c)) {
        Rec *s = spec + (c >> 15) * 17;
        memset(s, 0, 17 * sizeof *s);
        s[0] = (Rec){.lo = base, .n = 1, .binade = NO_BINADE, .finite = 1};
        for (int j = 0; j < 16; j++)
            s[j + 1] = (Rec){.lo = base + (1u << j), .n = 1u << j, .binade = j + BMIN, .finite = 1};
        return;
    }
    Rec *r = rec + c;
    memset(r, 0, sizeof *r);
    r->lo = base; r->n = 1u << 16; r->finite = ef != 255;
    if (ef == 255) r->binade = NO_BINADE;
    else if (ef == 0) r->binade = (31 - __builtin_clz(hi7)) + 16 + BMIN; /* subnormal: top bit in hi7 */
    else r->binade = (int)ef - 127;
}

/* ---- totals ----------------------------------------------------------------------------------- */

typedef struct {
    uint64_t nan_in, inf_in, bad, ovf, unf, fin, nzfin, exact, sub, hist[11];
    double sabs, ssq, sx2, srel;
    float maxabs; const Rec *maxabs_rec;
    double maxrel; const Rec *maxrel_rec;
    uint64_t bcount[NBIN];
    double bsrel[NBIN], bmaxrel[NBIN], bssq[NBIN], bsx2[NBIN];
} Totals;

static void fold(Totals *T, const Rec *r) {
    if (!r->finite) { T->nan_in += r->nan_in; T->inf_in += r->inf_in; T->bad += r->bad; return; }
    T->ovf += r->ovf; T->unf += r->unf; T->fin += r->fin; T->nzfin += r->nzfin;
    T->exact += r->exact; T->sub += r->sub;
    T->hist[0] += r->exact;
    T->hist[1] += (uint64_t)(r->fin - r->exact) - r->ge[0];
    for (int k = 2; k <= 9; k++) T->hist[k] += r->ge[k - 2] - r->ge[k - 1];
    T->hist[10] += r->ge[8];
    T->sabs += r->sabs; T->ssq += r->ssq; T->sx2 += r->sx2; T->srel += r->srel;
    /* strictly greater: records are folded in pattern order, so the first range holding the max wins */
    if (!T->maxabs_rec || r->maxabs > T->maxabs) { T->maxabs = r->maxabs; T->maxabs_rec = r; }
    if (!T->maxrel_rec || r->maxrel > T->maxrel) { T->maxrel = r->maxrel; T->maxrel_rec = r; }
    if (r->binade != NO_BINADE) {
        const int k = r->binade - BMIN;
        T->bcount[k] += r->nzfin; T->bsrel[k] += r->srel; T->bssq[k] += r->ssq; T->bsx2[k] += r->sx2;
        if (r->maxrel > T->bmaxrel[k]) T->bmaxrel[k] = r->maxrel;
    }
}

/* First pattern of the range whose |y-x| (or |y-x|/|x|) equals the range's maximum: same arithmetic
 * as the hot loop (exact float difference, one correctly rounded double division). */
static uint32_t first_at(const Rec *r, const Target *t, int relative) {
    for (uint32_t i = 0; i < r->n; i++) {
        const uint32_t b = r->lo + i, yb = t->fp16 ? rt_fp16(b) : rt_bf16(b);
        const float x = f_of(b), y = f_of(yb);
        if ((yb & 0x7fffffffu) == 0x7f800000u) continue;
        const float d = fabsf(y - x);
        if (!relative && d == r->maxabs) return b;
#ifdef REL_F32
        if (relative && x != 0 && (double)(d / fabsf(x)) == r->maxrel) return b;
#else
        if (relative && x != 0 && (double)d / (double)fabsf(x) == r->maxrel) return b;
#endif
    }
    return r->lo;
}

/* ---- verification of the round trips (--verify) ----------------------------------------------- */

/* Reference: round |x| to a multiple of 2^(max(e, emin) - m) in double with nearbyint (RNE), inf
 * above the largest finite value. */
static float ref_round(float x, const Target *t) {
    if (isnan(x) || isinf(x) || x == 0) return x;
    int e;
    frexp(x, &e);
    e -= 1;
    const int q = (e > t->emin ? e : t->emin) - t->m;
    const double y = ldexp(nearbyint(ldexp((double)x, -q)), q);
    const double maxfin = ldexp(2.0 - ldexp(1.0, -t->m), t->emax);
    return fabs(y) > maxfin ? copysignf(INFINITY, x) : (float)y;
}

static int verify(const Target *t) {
    static const uint32_t lows[] = {0, 1, 2, 0xfff, 0x1000, 0x1001, 0x1fff, 0x2000, 0x2fff, 0x3000,
                                    0x3001, 0x5fff, 0x6000, 0x6001, 0x7fff, 0x8000, 0x8001, 0x9000,
                                    0xa000, 0xbfff, 0xe000, 0xffff};
    uint64_t bad_ref = 0, checked_ref = 0, bad_hw = 0;
#pragma omp parallel for schedule(static) reduction(+ : bad_ref, checked_ref)
    for (uint32_t c = 0; c < NCHUNK; c++) {
        uint32_t lcg = c * 2654435761u + 12345u;
        const int all = ((c >> 7) & 0xffu) == 0; /* every fp32 subnormal */
        const uint32_t cnt = all ? 65536u : (uint32_t)(sizeof lows / sizeof *lows) + 32u;
        for (uint32_t k = 0; k < cnt; k++) {
            uint32_t lo;
            if (all) lo = k;
            else if (k < sizeof lows / sizeof *lows) lo = lows[k];
            else { lcg = lcg * 1664525u + 1013904223u; lo = lcg >> 16; }
            const uint32_t b = (c << 16) | lo, yb = t->fp16 ? rt_fp16(b) : rt_bf16(b);
            const float x = f_of(b), want = ref_round(x, t);
            const int ok = isnan(x) ? isnan(f_of(yb)) : u_of(want) == yb;
            checked_ref++;
            if (!ok) { bad_ref++; if (bad_ref < 5) printf("  mismatch %08x: got %08x, reference %08x\n", b, yb, u_of(want)); }
        }
    }
    /* hardware: F16C for fp16 on all 2^32 patterns; AVX512-BF16 (which reads fp32 subnormals as 0)
     * on every pattern with a non-zero exponent field for bf16. With AVX-512 16 lanes at a time; on a
     * CPU with AVX2 and F16C only (no AVX-512), 8 lanes at a time for fp16 and no bf16 hardware check.
     * The sweep's statistics never use these intrinsics. */
#if defined(__AVX512F__) && defined(__AVX512BF16__)
#define BF16_HARDWARE "AVX512-BF16 vcvtneps2bf16, all but fp32 subnormals"
#else
#define BF16_HARDWARE "none, skipped"
#endif
#if defined(__AVX512F__)
#pragma omp parallel for schedule(static) reduction(+ : bad_hw)
    for (uint32_t c = 0; c < NCHUNK; c++) {
        if (!t->fp16 && ((c >> 7) & 0xffu) == 0) continue;
        const __m512i step = _mm512_set1_epi32(16);
        __m512i v = _mm512_add_epi32(_mm512_set1_epi32((int)(c << 16)),
                                     _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
        for (int i = 0; i < 65536; i += 16, v = _mm512_add_epi32(v, step)) {
            __m512i hw;
            if (t->fp16) {
                __m256i h = _mm512_cvtps_ph(_mm512_castsi512_ps(v), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
                hw = _mm512_castps_si512(_mm512_cvtph_ps(h));
            } else {
#ifdef __AVX512BF16__
                __m256bh h = _mm512_cvtneps_pbh(_mm512_castsi512_ps(v));
                hw = _mm512_slli_epi32(_mm512_cvtepu16_epi32((__m256i)h), 16);
#else
                hw = _mm512_setzero_si512();
                if (i == 0 && c == 1) printf("  (no AVX512-BF16: bf16 hardware check skipped)\n");
                break;
#endif
            }
            uint32_t in[16], got[16], want[16];
            _mm512_storeu_si512(in, v);
            _mm512_storeu_si512(want, hw);
            for (int j = 0; j < 16; j++) got[j] = t->fp16 ? rt_fp16(in[j]) : rt_bf16(in[j]);
            for (int j = 0; j < 16; j++) bad_hw += got[j] != want[j];
        }
    }
#elif defined(__AVX2__) && defined(__F16C__)
    if (!t->fp16) printf("  (no AVX-512: bf16 hardware check skipped)\n");
#pragma omp parallel for schedule(static) reduction(+ : bad_hw)
    for (uint32_t c = 0; c < NCHUNK; c++) {
        if (!t->fp16) continue;
        const __m256i step = _mm256_set1_epi32(8);
        __m256i v = _mm256_add_epi32(_mm256_set1_epi32((int)(c << 16)), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
        for (int i = 0; i < 65536; i += 8, v = _mm256_add_epi32(v, step)) {
            __m128i h = _mm256_cvtps_ph(_mm256_castsi256_ps(v), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
            __m256i hw = _mm256_castps_si256(_mm256_cvtph_ps(h));
            uint32_t in[8], want[8];
            _mm256_storeu_si256((__m256i *)in, v);
            _mm256_storeu_si256((__m256i *)want, hw);
            for (int j = 0; j < 8; j++) bad_hw += rt_fp16(in[j]) != want[j];
        }
    }
#else
    printf("  (neither AVX-512 nor AVX2 with F16C: hardware check skipped)\n");
#endif
    printf("verify %s: %" PRIu64 " patterns against the nearbyint reference, %" PRIu64
           " mismatches; hardware (%s) check: %" PRIu64 " mismatches\n",
           t->name, checked_ref, bad_ref, t->fp16 ? "F16C, all 2^32" : BF16_HARDWARE,
           bad_hw);
    return bad_ref || bad_hw;
}

/* ---- main ------------------------------------------------------------------------------------- */

int main(int argc, char **argv) {
    if (argc < 2 || (strcmp(argv[1], "bf16") && strcmp(argv[1], "fp16"))) {
        fprintf(stderr, "usage: %s bf16|fp16 [--verify]\n", argv[0]);
        return 2;
    }
    const Target t = !strcmp(argv[1], "fp16")
        ? (Target){.fp16 = 1, .m = 10, .emin = -14, .emax = 15, .minnorm = 0x38800000u, .name = "fp16"}
        : (Target){.fp16 = 0, .m = 7, .emin = -126, .emax = 127, .minnorm = 0x00800000u, .name = "bf16"};
    if (argc > 2 && !strcmp(argv[2], "--verify")) return verify(&t);

    Rec *rec = aligned_alloc(64, NCHUNK * sizeof(Rec));
    Rec spec[2 * 17];
    Totals *T = calloc(1, sizeof *T);
    if (!rec || !T) return 1;

    const double t0 = omp_get_wtime();
#pragma omp parallel for schedule(static)
    for (uint32_t c = 0; c < NCHUNK; c++) {
        setup_chunk(c, rec, spec);
        if (special_chunk(c)) {
            for (int j = 0; j < 17; j++) do_range(&spec[(c >> 15) * 17 + j], &t);
        } else {
            do_range(&rec[c], &t);
        }
    }
    for (uint32_t c = 0; c < NCHUNK; c++) {
        if (special_chunk(c)) for (int j = 0; j < 17; j++) fold(T, &spec[(c >> 15) * 17 + j]);
        else fold(T, &rec[c]);
    }
    const uint32_t maxabs_at = first_at(T->maxabs_rec, &t, 0), maxrel_at = first_at(T->maxrel_rec, &t, 1);
    const double elapsed = omp_get_wtime() - t0;

    const uint64_t total = T->nan_in + T->inf_in + T->ovf + T->fin;
    printf("%s: elapsed %.3f s (%d thread(s))\n", t.name, elapsed, omp_get_max_threads());
    printf("patterns                      %" PRIu64 "%s\n", total, total == (1ull << 32) ? "" : "  (!= 2^32)");
    printf("NaN inputs                    %" PRIu64 "\n", T->nan_in);
    printf("infinite inputs               %" PRIu64 "\n", T->inf_in);
    printf("inf/NaN not kept              %" PRIu64 "\n", T->bad);
    printf("overflow (finite -> inf)      %" PRIu64 "\n", T->ovf);
    printf("underflow (non-zero -> 0)     %" PRIu64 "\n", T->unf);
    printf("finite pairs                  %" PRIu64 "\n", T->fin);
    printf("non-zero finite pairs         %" PRIu64 "\n", T->nzfin);
    printf("exact (y == x)                %" PRIu64 "\n", T->exact);
    printf("subnormal results             %" PRIu64 "\n", T->sub);
    printf("sum |y-x|                     %.17g\n", T->sabs);
    printf("sum (y-x)^2                   %.17g\n", T->ssq);
    printf("sum x^2                       %.17g\n", T->sx2);
    printf("SQNR dB                       %.17g\n", 10.0 * log10(T->sx2 / T->ssq));
    printf("max |y-x|                     %.17g at 0x%08x\n", (double)T->maxabs, maxabs_at);
    printf("sum |y-x|/|x|                 %.17g\n", T->srel);
    printf("mean |y-x|/|x|                %.17g\n", T->srel / (double)T->nzfin);
    printf("max |y-x|/|x|                 %.17g at 0x%08x\n", T->maxrel, maxrel_at);
    static const char *labels[11] = {"exact", "(0,2^-6)", "[2^-6,2^-5)", "[2^-5,2^-4)", "[2^-4,2^-3)",
                                     "[2^-3,2^-2)", "[2^-2,2^-1)", "[2^-1,1)", "[1,2)", "[2,4)", ">=4"};
    uint64_t hsum = 0;
    printf("ULP histogram:");
    for (int k = 0; k < 11; k++) { printf(" %s %" PRIu64 "%s", labels[k], T->hist[k], k < 10 ? "," : "\n"); hsum += T->hist[k]; }
    printf("  (histogram total %" PRIu64 "%s)\n", hsum, hsum == T->fin ? " = finite pairs" : " != finite pairs!");
    for (int e = -126; e <= 0; e += 126) {
        const int k = e - BMIN;
        printf("binade %4d: count %" PRIu64 ", sum rel %.17g, max rel %.17g, sum (y-x)^2 %.17g, sum x^2 %.17g\n",
               e, T->bcount[k], T->bsrel[k], T->bmaxrel[k], T->bssq[k], T->bsx2[k]);
    }
    uint64_t nn = 0; double sr = 0.0, mr_fp32 = 0.0, mr_t = 0.0;
    for (int e = -126; e <= 127; e++) {
        const int k = e - BMIN;
        nn += T->bcount[k]; sr += T->bsrel[k];
        if (T->bmaxrel[k] > mr_fp32) mr_fp32 = T->bmaxrel[k];
        if (e >= t.emin && e <= t.emax && T->bmaxrel[k] > mr_t) mr_t = T->bmaxrel[k];
    }
    printf("fp32-normal inputs (binades -126..127): count %" PRIu64 ", mean rel %.17g, max rel %.17g\n", nn, sr / (double)nn, mr_fp32);
    printf("%s normal range (binades %d..%d): max rel %.17g\n", t.name, t.emin, t.emax, mr_t);
    free(rec);
    free(T);
    return 0;
}

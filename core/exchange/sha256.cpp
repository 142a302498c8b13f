// SHA-256 (FIPS 180-4) with the x86 SHA-NI instructions, falling back to QCryptographicHash.
#include "exchange/sha256.h"

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define OW_SHA_NI 1
#endif

namespace ow::package {
namespace {

#ifdef OW_SHA_NI
alignas(16) constexpr uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & (1u << 29));
}

// Compresses `blocks` 64-byte blocks into `state`. The SHA-NI round instruction works on the state
// split as (A,B,E,F) and (C,D,G,H); each loop step does four rounds and extends the schedule by
// four words: w[i+4] = msg2(msg1(w[i], w[i+1]) + alignr(w[i+3], w[i+2]), w[i+3]).
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(uint32_t state[8], const unsigned char* data,
                                                               size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));
    __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4));
    abcd = _mm_shuffle_epi32(abcd, 0xB1);             // C D A B (high to low: B A D C)
    efgh = _mm_shuffle_epi32(efgh, 0x1B);             // H G F E
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);    // A B E F
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0); // C D G H
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i savedAbef = abef, savedCdgh = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * i)), byteSwap);
        for (int i = 0; i < 16; ++i) {
            __m128i& cur = w[i & 3];
            __m128i msg = _mm_add_epi32(cur, _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * i)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, msg);
            if (i < 12) {
                // The words four steps ahead replace w[i & 3] once it has been used.
                const __m128i& w1 = w[(i + 1) & 3];
                const __m128i& w2 = w[(i + 2) & 3];
                const __m128i& w3 = w[(i + 3) & 3];
                __m128i next = _mm_sha256msg1_epu32(cur, w1);
                next = _mm_add_epi32(next, _mm_alignr_epi8(w3, w2, 4));
                cur = _mm_sha256msg2_epu32(next, w3);
            }
        }
        abef = _mm_add_epi32(abef, savedAbef);
        cdgh = _mm_add_epi32(cdgh, savedCdgh);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

} // namespace

Sha256::Sha256(bool forcePortable)
{
#ifdef OW_SHA_NI
    static const bool shaNi = cpuHasShaNi();
    if (shaNi && !forcePortable) {
        static constexpr uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
        std::memcpy(m_state, initial, sizeof m_state);
        return;
    }
#endif
    (void)forcePortable;
    m_portable = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

void Sha256::addData(const char* data, qsizetype size)
{
    if (m_portable) {
        m_portable->addData(QByteArrayView(data, size));
        return;
    }
#ifdef OW_SHA_NI
    m_length += quint64(size);
    auto* in = reinterpret_cast<const unsigned char*>(data);
    if (m_fill > 0) {
        const qsizetype take = std::min<qsizetype>(64 - m_fill, size);
        std::memcpy(m_block + m_fill, in, size_t(take));
        m_fill += take;
        in += take;
        size -= take;
        if (m_fill < 64)
            return;
        compressShaNi(m_state, m_block, 1);
        m_fill = 0;
    }
    if (size >= 64) {
        compressShaNi(m_state, in, size_t(size / 64));
        in += size / 64 * 64;
        size %= 64;
    }
    std::memcpy(m_block, in, size_t(size));
    m_fill = size;
#endif
}

QByteArray Sha256::result()
{
    if (m_portable)
        return m_portable->result();
    QByteArray digest(32, '\0');
#ifdef OW_SHA_NI
    // Padding: 0x80, zeros to 56 mod 64, the message length in bits as a big-endian 64-bit number.
    const quint64 bits = m_length * 8;
    unsigned char pad[72] = {0x80};
    const qsizetype padLen = (m_fill < 56 ? 56 : 120) - m_fill;
    for (int i = 0; i < 8; ++i)
        pad[padLen + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(reinterpret_cast<const char*>(pad), padLen + 8);
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(m_state[i] >> (24 - 8 * j));
#endif
    return digest;
}

} // namespace ow::package

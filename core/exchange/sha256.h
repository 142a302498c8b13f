// Streaming SHA-256 for package checksums: the x86 SHA extensions where the CPU has them (about ten
// times Qt's portable code, which made hashing a 100,000-case package cost a second), otherwise
// QCryptographicHash. Both give the same digest; tests compare them.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <cstdint>
#include <memory>

namespace ow::package {

class Sha256
{
public:
    // forcePortable: always use QCryptographicHash (for tests that compare the two).
    explicit Sha256(bool forcePortable = false);
    void addData(const char* data, qsizetype size);
    void addData(const QByteArray& bytes) { addData(bytes.constData(), bytes.size()); }
    QByteArray result(); // the 32-byte digest; call once
    bool accelerated() const { return !m_portable; }

private:
    std::unique_ptr<QCryptographicHash> m_portable;
    uint32_t m_state[8];
    unsigned char m_block[64];
    qsizetype m_fill = 0;
    quint64 m_length = 0;
};

} // namespace ow::package

// Fuzz target: a ledger file as the import checks it (decoding, CSV, header, every cell of every
// row), a dry run on the sample county. Any bytes give a report: imported rows, or problems that
// say where and why; nothing is ever written.
#include "fuzz_support.h"

#include "exchange/ledger_import.h"

#include <QSqlQuery>
#include <cstdio>
#include <cstdlib>

using namespace ow;

namespace {
[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "fuzz_ledger: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::init();
    (void)fuzz::sampleDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Database& db = fuzz::sampleDatabase();
    LedgerOptions options;
    options.dryRun = true;
    // The last byte chooses: detected, or forced either way.
    if (size > 0 && data[size - 1] == '\x01')
        options.encoding = QStringLiteral("gb18030");
    else if (size > 0 && data[size - 1] == '\x02')
        options.encoding = QStringLiteral("utf-8");
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const LedgerReport r = LedgerImporter(db).importBytes(bytes, QStringLiteral("fuzz.csv"), options);
    if (!r.ok && r.fileError.isEmpty() && r.problemCount() == 0)
        broken("refused without a reason");
    if (r.ok && r.problemCount() > 0)
        broken("accepted with problems");
    for (const LedgerProblem& p : r.problems)
        if (p.line < 1 || p.reason.isEmpty())
            broken("a problem without a line or a reason");
    if (r.errorLines().isEmpty() != r.ok)
        broken("error lines and the outcome disagree");
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next() || q.value(0).toInt() != 0)
        broken("a dry run wrote cases");
    return 0;
}

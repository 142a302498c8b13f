// Fuzz target: any bytes as a consolidation package (.owpkg) given to the county's import preview,
// which verifies the file (header, SQLite integrity, manifest, checksum, tables, site) before
// anything else. Every file is refused with a reason or previewed; the database is never written.
#include "fuzz_support.h"

#include "exchange/package_import.h"

#include <QFile>
#include <QSqlQuery>
#include <cstdio>
#include <cstdlib>

using namespace ow;

namespace {
[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "fuzz_package: %s\n", what);
    std::abort();
}

int count(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        broken("cannot count rows");
    return q.value(0).toInt();
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
    static const QString path = fuzz::scratchPath(QStringLiteral("township.owpkg"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            broken("cannot write the package file");
    }
    const auto plan = PackageImporter(db).preview(path);
    if (!plan && plan.error().isEmpty())
        broken("refused without a reason");
    if (count(db, QStringLiteral("cases")) != 0 || count(db, QStringLiteral("import_log")) != 0)
        broken("a preview wrote to the database");
    return 0;
}

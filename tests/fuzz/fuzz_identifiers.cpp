// Fuzz target: ID numbers, credit codes, phone numbers and ledger dates as a clerk or a ledger may
// give them. Every input is accepted or refused with a message; what is accepted comes back in its
// normalized form, plain ASCII, and that form is accepted again unchanged (it is what gets stored
// and checked again when the case is edited or exported).
#include "fuzz_support.h"

#include "validation/identifiers.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace ow;

namespace {

[[noreturn]] void broken(const char* what, const QString& input, const QString& detail)
{
    std::fprintf(stderr, "fuzz_identifiers: %s: input \"%s\" gave \"%s\"\n", what, input.toUtf8().constData(),
                 detail.toUtf8().constData());
    std::abort();
}

bool onlyOf(const QString& s, const char* allowed)
{
    for (QChar c : s)
        if (c.unicode() > 127 || !std::strchr(allowed, char(c.unicode())))
            return false;
    return true;
}

template <typename T> void refusedWithMessage(const Result<T>& r, const QString& input)
{
    if (!r && r.error().isEmpty())
        broken("refused without a message", input, {});
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const auto id = validation::residentId(input);
    refusedWithMessage(id, input);
    if (id) {
        if (!onlyOf(*id, "0123456789X") || (id->size() != 18 && id->size() != 15))
            broken("resident ID not normalized", input, *id);
        if (!validation::birthDateOf(*id).isValid())
            broken("resident ID without a birth date", input, *id);
        const auto again = validation::residentId(*id);
        if (!again || *again != *id)
            broken("normalized resident ID not accepted as itself", input, again ? *again : again.error());
        if (validation::maskedId(*id).size() != id->size())
            broken("masked ID of another length", input, validation::maskedId(*id));
    }

    const auto code = validation::creditCode(input);
    refusedWithMessage(code, input);
    if (code) {
        if (code->size() != 18 || !onlyOf(*code, "0123456789ABCDEFGHJKLMNPQRTUWXY"))
            broken("credit code not normalized", input, *code);
        const auto again = validation::creditCode(*code);
        if (!again || *again != *code)
            broken("normalized credit code not accepted as itself", input, again ? *again : again.error());
    }

    const auto phone = validation::phone(input);
    refusedWithMessage(phone, input);
    if (phone) {
        if (!onlyOf(*phone, "0123456789-"))
            broken("phone number not normalized to digits and hyphens", input, *phone);
        const auto again = validation::phone(*phone);
        if (!again || *again != *phone)
            broken("normalized phone number not accepted as itself", input, again ? *again : again.error());
        (void)validation::maskedPhone(*phone);
    }
    (void)validation::maskedPhone(input);
    (void)validation::maskedId(input);

    const auto date = validation::ledgerDate(input);
    refusedWithMessage(date, input);
    if (date) {
        if (!date->isValid() || date->year() < 1900)
            broken("invalid date accepted", input, date->toString(Qt::ISODate));
        const auto again = validation::ledgerDate(date->toString(Qt::ISODate));
        if (!again || *again != *date)
            broken("a date's ISO form not read as the same date", input, date->toString(Qt::ISODate));
    }
    return 0;
}

// Validation of identifiers a clerk types or a ledger carries: resident IDs, credit codes, phones, dates.
#include "support/catch.h"

#include "validation/identifiers.h"

using namespace ow;
using namespace ow::validation;

TEST_CASE("valid 18-digit resident IDs are accepted and normalized")
{
    auto r = residentId(QStringLiteral("11010519491231002X"));
    REQUIRE(r.ok());
    CHECK(*r == QStringLiteral("11010519491231002X"));
    CHECK(birthDateOf(*r) == QDate(1949, 12, 31));

    // Lower-case x, surrounding spaces and full-width digits are tolerated.
    auto lower = residentId(QStringLiteral("  11010519491231002x "));
    REQUIRE(lower.ok());
    CHECK(*lower == QStringLiteral("11010519491231002X"));
    auto fullWidth = residentId(QStringLiteral("１５０８２４１９８５０３１２００３３"));
    REQUIRE(fullWidth.ok());
    CHECK(*fullWidth == QStringLiteral("150824198503120033"));

    // A pre-2003 Bayannur region code (1528xx, since renumbered) is still a valid ID.
    auto bayannur = residentId(QStringLiteral("152824198001150015"));
    REQUIRE(bayannur.ok());
    CHECK(birthDateOf(*bayannur) == QDate(1980, 1, 15));

    // Leap day in a leap year.
    CHECK(residentId(QStringLiteral("150824200002290042")).ok());
}

TEST_CASE("a wrong check digit is refused; the message asks to re-read the card, not to change the last digit")
{
    // The message never offers the last digit that would fit: a clerk would type it and save a wrong
    // number (the mistake is as likely anywhere else).
    auto r = residentId(QStringLiteral("110105194912310021"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("校验码")));
    CHECK(r.error().contains(QStringLiteral("重新核对整个号码")));
    CHECK_FALSE(r.error().contains(QStringLiteral("X")));
    auto r2 = residentId(QStringLiteral("152824198001150016"));
    REQUIRE_FALSE(r2.ok());
    CHECK_FALSE(r2.error().contains(QStringLiteral("5")));
}

TEST_CASE("impossible or future birth dates and malformed IDs are refused")
{
    // 1990-02-30 does not exist, even with a matching check digit.
    CHECK_FALSE(residentId(QStringLiteral("150824199002300014")).ok());
    // 2099-12-31 is in the future (check digit correct).
    CHECK_FALSE(residentId(QStringLiteral("150824209912310015")).ok());
    CHECK_FALSE(residentId(QStringLiteral("15082419850312003")).ok());   // 17 characters
    CHECK_FALSE(residentId(QStringLiteral("1508241985031200331")).ok()); // 19 characters
    CHECK_FALSE(residentId(QStringLiteral("15082419850312A033")).ok());  // letter inside
    CHECK_FALSE(residentId(QStringLiteral("15082419850312003Y")).ok());  // last char not digit/X
    CHECK_FALSE(residentId(QString()).ok());
    CHECK(!residentId(QStringLiteral("1508241985031200")).error().isEmpty());
}

TEST_CASE("a birth date of today is accepted and tomorrow's refused, whatever was checked before")
{
    // The check remembers the last today it read; dates up to it are answered without the clock.
    auto withCheck = [](const QDate& birth) -> QString {
        const QString body =
            QStringLiteral("150824") + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("001");
        static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += body.at(i).digitValue() * w[i];
        return body + QLatin1Char("10X98765432"[sum % 11]);
    };
    const QDate today = QDate::currentDate();
    CHECK(residentId(withCheck(QDate(1985, 3, 12))).ok());
    CHECK(residentId(withCheck(today)).ok());
    CHECK(residentId(withCheck(today.addDays(-1))).ok());
    const auto tomorrow = residentId(withCheck(today.addDays(1)));
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.error().contains(today.addDays(1).toString(Qt::ISODate)));
    CHECK(residentId(withCheck(today)).ok());
}

TEST_CASE("15-digit legacy IDs are accepted with a 19yy birth date")
{
    auto r = residentId(QStringLiteral("150824850312003"));
    REQUIRE(r.ok());
    CHECK(*r == QStringLiteral("150824850312003"));
    CHECK(birthDateOf(*r) == QDate(1985, 3, 12));
    CHECK_FALSE(residentId(QStringLiteral("150824850230003")).ok()); // 1985-02-30
    CHECK_FALSE(residentId(QStringLiteral("15082485031200X")).ok()); // no check char in 15-digit IDs
}

TEST_CASE("unified social credit codes follow GB 32100")
{
    auto r = creditCode(QStringLiteral("91350100M000100Y43"));
    REQUIRE(r.ok());
    CHECK(*r == QStringLiteral("91350100M000100Y43"));
    CHECK(creditCode(QStringLiteral("91150824ma0n12345p")).ok()); // lower case folded
    CHECK(*creditCode(QStringLiteral("91150824ma0n12345p")) == QStringLiteral("91150824MA0N12345P"));
    CHECK(creditCode(QStringLiteral("121508240112345670")).ok());
    CHECK(creditCode(QStringLiteral("Y1150824MA0N1234AH")).ok());

    auto wrong = creditCode(QStringLiteral("91350100M000100Y44"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("营业执照")));
    CHECK_FALSE(wrong.error().contains(QStringLiteral("3")));
    CHECK_FALSE(creditCode(QStringLiteral("91350100M000100Y4")).ok());  // 17 characters
    CHECK_FALSE(creditCode(QStringLiteral("91350100I000100Y43")).ok()); // I never used
    CHECK_FALSE(creditCode(QStringLiteral("91350100O000100Y43")).ok()); // O never used
    CHECK_FALSE(creditCode(QStringLiteral("91350100S000100Y43")).ok()); // S never used
    CHECK_FALSE(creditCode(QStringLiteral("B1150824MA0N12345P")).ok()); // first char B not allowed
    CHECK_FALSE(creditCode(QString()).ok());
}

TEST_CASE("credit code check character: computed examples pass, one changed character or a letter never used fails")
{
    // Check characters computed by hand from GB 32100-2015 (weights 3^i mod 31, 31 - sum mod 31).
    const QStringList valid{QStringLiteral("91150824MA0N2B3C4M"), QStringLiteral("91150800MA13K7PQ2G"),
                            QStringLiteral("121508240115934262"), QStringLiteral("52150824MJ09000010")};
    for (const QString& code : valid) {
        INFO(code.toStdString());
        CHECK(creditCode(code).ok());
        // One character misread in the middle: refused, and the message does not name the check character.
        QString flipped = code;
        flipped[9] = flipped[9] == QLatin1Char('1') ? QLatin1Char('7') : QLatin1Char('1');
        const auto r = creditCode(flipped);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("校验码不符")));
        CHECK(r.error().contains(QStringLiteral("营业执照")));
        CHECK_FALSE(r.error().contains(code.right(1)));
        CHECK_FALSE(r.error().contains(QStringLiteral("最后一位应")));
    }
    CHECK_FALSE(creditCode(QStringLiteral("91150824MA0N2B3C4")).ok());   // 17 characters
    CHECK_FALSE(creditCode(QStringLiteral("91150824MA0N2B3C4MM")).ok()); // 19 characters
    for (const char* letter : {"I", "O", "Z", "S", "V"}) {
        const auto r = creditCode(QStringLiteral("91150824MA0N2B3C4%1").arg(QLatin1String(letter)));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QLatin1String(letter)));
    }
}

TEST_CASE("mainland mobile numbers are normalized to 11 digits")
{
    CHECK(*phone(QStringLiteral("13800138000")) == QStringLiteral("13800138000"));
    CHECK(*phone(QStringLiteral("+86 138 0013 8000")) == QStringLiteral("13800138000"));
    CHECK(*phone(QStringLiteral("+8613800138000")) == QStringLiteral("13800138000"));
    CHECK(*phone(QStringLiteral("0086-138-0013-8000")) == QStringLiteral("13800138000"));
    CHECK(*phone(QStringLiteral("１９９１２３４５６７８")) == QStringLiteral("19912345678"));

    CHECK_FALSE(phone(QStringLiteral("12800138000")).ok());  // 12x is not a mobile prefix
    CHECK_FALSE(phone(QStringLiteral("1380013800")).ok());   // 10 digits
    CHECK_FALSE(phone(QStringLiteral("138001380001")).ok()); // 12 digits
    CHECK_FALSE(phone(QStringLiteral("+1 415 555 0100")).ok());
    CHECK_FALSE(phone(QStringLiteral("138abc38000")).ok());
    CHECK_FALSE(phone(QString()).ok());
}

TEST_CASE("landlines need an area code and are normalized to 0AREA-NUMBER")
{
    CHECK(*phone(QStringLiteral("0478-8212345")) == QStringLiteral("0478-8212345"));
    CHECK(*phone(QStringLiteral("0478 8212345")) == QStringLiteral("0478-8212345"));
    CHECK(*phone(QStringLiteral("04788212345")) == QStringLiteral("0478-8212345"));
    CHECK(*phone(QStringLiteral("010-62345678")) == QStringLiteral("010-62345678"));
    CHECK(*phone(QStringLiteral("01062345678")) == QStringLiteral("010-62345678"));
    CHECK(*phone(QStringLiteral("0478-8212345-802")) == QStringLiteral("0478-8212345-802"));
    CHECK(*phone(QStringLiteral("0478-8212345转802")) == QStringLiteral("0478-8212345-802"));

    auto noArea = phone(QStringLiteral("8212345"));
    REQUIRE_FALSE(noArea.ok());
    CHECK(noArea.error().contains(QStringLiteral("0478-8212345")));
    CHECK_FALSE(phone(QStringLiteral("0478-821234")).ok());    // 6-digit number
    CHECK_FALSE(phone(QStringLiteral("0478-821234567")).ok()); // 9-digit number
    CHECK_FALSE(phone(QStringLiteral("04781-8212345")).ok());  // 5-digit area code

    // Found by fuzz_identifiers: "00" starts an international prefix, never an area code, so a
    // number that would store as "0086-…" (and fail its own check later) is refused up front.
    for (const char* s : {"-00868212345转3", "+860086-8212345", "0012-8212345", "00128212345"}) {
        const auto r = phone(QString::fromUtf8(s));
        CAPTURE(s);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().isEmpty());
    }
    CHECK(*phone(QStringLiteral("-0086 138 0013 8000")) == QStringLiteral("13800138000"));
}

TEST_CASE("ledger dates in every accepted format")
{
    const QDate may7(2024, 5, 7);
    CHECK(*ledgerDate(QStringLiteral("2024-05-07")) == may7);
    CHECK(*ledgerDate(QStringLiteral("2024-5-7")) == may7);
    CHECK(*ledgerDate(QStringLiteral("2024/5/7")) == may7);
    CHECK(*ledgerDate(QStringLiteral("2024/05/07")) == may7);
    CHECK(*ledgerDate(QStringLiteral("2024.5.7")) == may7);
    CHECK(*ledgerDate(QStringLiteral("2024年5月7日")) == may7);
    CHECK(*ledgerDate(QStringLiteral("2024年05月07日")) == may7);
    CHECK(*ledgerDate(QStringLiteral("２０２４年５月７日")) == may7);
    CHECK(*ledgerDate(QStringLiteral("２０２４－０５－０７")) == may7);
    CHECK(*ledgerDate(QStringLiteral(" 2024/5/7 ")) == may7);
    CHECK(*ledgerDate(QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
}

TEST_CASE("impossible and malformed ledger dates are refused with a hint")
{
    auto feb30 = ledgerDate(QStringLiteral("2024-02-30"));
    REQUIRE_FALSE(feb30.ok());
    CHECK(feb30.error().contains(QStringLiteral("2024-02-30")));
    CHECK_FALSE(ledgerDate(QStringLiteral("2023-02-29")).ok());
    CHECK_FALSE(ledgerDate(QStringLiteral("2024/13/1")).ok());
    CHECK_FALSE(ledgerDate(QStringLiteral("2024年4月31日")).ok());
    CHECK_FALSE(ledgerDate(QStringLiteral("2024-5/7")).ok()); // mixed separators
    CHECK_FALSE(ledgerDate(QStringLiteral("5/7/2024")).ok());
    CHECK_FALSE(ledgerDate(QStringLiteral("昨天")).ok());
    auto empty = ledgerDate(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("2024/5/7")));
}

TEST_CASE("masking keeps what a clerk needs to recognise a person")
{
    CHECK(maskedId(QStringLiteral("150824198503120033")) == QStringLiteral("150824********0033"));
    CHECK(maskedId(QStringLiteral("150824850312003")) == QStringLiteral("150824*****2003"));
    CHECK(maskedPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskedPhone(QStringLiteral("0478-8212345")) == QStringLiteral("0478-***2345"));
    CHECK(maskedId(QString()).isEmpty());
    CHECK(maskedPhone(QString()).isEmpty());
}

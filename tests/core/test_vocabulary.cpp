// The code lists of vocabulary.md: parsing by code and label, full-width forms, short labels.
#include "support/catch.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"

#include <QSet>

using namespace ow;
using vocab::List;

TEST_CASE("a value parses by code, Chinese label and English label")
{
    CHECK(vocab::parse(List::Status, QStringLiteral("in_progress")) == QStringLiteral("in_progress"));
    CHECK(vocab::parse(List::Status, QStringLiteral("办理中")) == QStringLiteral("in_progress"));
    CHECK(vocab::parse(List::Status, QStringLiteral("In progress")) == QStringLiteral("in_progress"));
    CHECK(vocab::parse(List::CaseType, QStringLiteral("信访事项")) == QStringLiteral("petition"));
    CHECK(vocab::parse(List::Outcome, QStringLiteral("调解成功")) == QStringLiteral("mediated"));
    CHECK(vocab::parse(List::Satisfaction, QStringLiteral("基本满意")) == QStringLiteral("basically_satisfied"));
    CHECK(vocab::parse(List::PartyRole, QStringLiteral("被申请人")) == QStringLiteral("respondent"));
    CHECK(vocab::parse(List::MediationType, QStringLiteral("律师调解")) == QStringLiteral("lawyer"));
    CHECK(vocab::parse(List::SiteLevel, QStringLiteral("county")) == QStringLiteral("county"));
}

TEST_CASE("spaces and full-width characters are ignored")
{
    CHECK(vocab::parse(List::Status, QStringLiteral("  已办结 ")) == QStringLiteral("closed"));
    CHECK(vocab::parse(List::Status, QStringLiteral("已\u3000办结")) == QStringLiteral("closed"));
    CHECK(vocab::parse(List::Status, QStringLiteral("ｃｌｏｓｅｄ")) == QStringLiteral("closed"));
    CHECK(vocab::parse(List::Status, QStringLiteral("CLOSED")) == QStringLiteral("closed"));
    // Full label with half-width brackets, as typed on an English keyboard.
    CHECK(vocab::parse(List::Source, QStringLiteral("来电(含12345热线)")) == QStringLiteral("phone"));
    CHECK(vocab::parse(List::Source, QStringLiteral("来电（含１２３４５热线）")) == QStringLiteral("phone"));
}

TEST_CASE("the short form of a label before its bracket is accepted")
{
    CHECK(vocab::parse(List::Source, QStringLiteral("来电")) == QStringLiteral("phone"));
    CHECK(vocab::parse(List::Source, QStringLiteral("村")) == QStringLiteral("village_transfer"));
    CHECK(vocab::parse(List::Source, QStringLiteral("乡镇")) == QStringLiteral("township_transfer"));
    CHECK(vocab::parse(List::ResolutionLevel, QStringLiteral("村")) == QStringLiteral("village"));
    CHECK(vocab::parse(List::ResolutionLevel, QStringLiteral("县")) == QStringLiteral("county"));
    CHECK(vocab::parse(List::CaseType, QStringLiteral("诉前调解")) == QStringLiteral("court_prelitigation"));
}

TEST_CASE("unknown values give nullopt")
{
    CHECK_FALSE(vocab::parse(List::Status, QStringLiteral("已完成")).has_value());
    CHECK_FALSE(vocab::parse(List::Status, QString()).has_value());
    CHECK_FALSE(vocab::parse(List::Status, QStringLiteral("   ")).has_value());
    CHECK_FALSE(vocab::parse(List::Source, QStringLiteral("来")).has_value());
    CHECK_FALSE(vocab::parse(List::CaseType, QStringLiteral("closed")).has_value()); // a code of another list
    CHECK_FALSE(vocab::isCode(List::Status, QStringLiteral("办理中")));
    CHECK(vocab::isCode(List::Status, QStringLiteral("in_progress")));
}

TEST_CASE("every list: each code and each label round-trips, codes are unique")
{
    const List lists[] = {List::Status,        List::CaseType,        List::Source,
                          List::Outcome,       List::ResolutionLevel, List::Satisfaction,
                          List::MediationType, List::SiteLevel,       List::PartyRole};
    for (List list : lists) {
        const QStringList codes = vocab::codes(list);
        REQUIRE_FALSE(codes.isEmpty());
        CHECK(QSet<QString>(codes.begin(), codes.end()).size() == codes.size());
        CHECK_FALSE(vocab::listName(list).isEmpty());
        for (const QString& code : codes) {
            INFO(code.toStdString());
            CHECK(vocab::parse(list, code) == code);
            CHECK(vocab::parse(list, vocab::labelZh(list, code)) == code);
            CHECK(vocab::parse(list, vocab::labelEn(list, code)) == code);
            CHECK(vocab::labelZh(list, code) != code);
            CHECK(vocab::isCode(list, code));
        }
    }
    CHECK(vocab::codes(List::Status).size() == 11);
    CHECK(vocab::codes(List::CaseType).size() == 6);
    CHECK(vocab::codes(List::Source).size() == 11);
    CHECK(vocab::label(List::Status, QStringLiteral("closed")) == QStringLiteral("已办结")); // tests run in zh_CN
}

TEST_CASE("terminal statuses and resolution counting")
{
    CHECK(vocab::isTerminalStatus(QStringLiteral("closed")));
    CHECK(vocab::isTerminalStatus(QStringLiteral("withdrawn")));
    CHECK_FALSE(vocab::isTerminalStatus(QStringLiteral("in_progress")));
    CHECK_FALSE(vocab::isTerminalStatus(QStringLiteral("suspended")));
    CHECK(vocab::outcomeCountsAsResolved(QStringLiteral("mediated")));
    CHECK_FALSE(vocab::outcomeCountsAsResolved(QStringLiteral("mediation_failed")));
}

TEST_CASE("each case status has the code of docs/vocabulary.md, in its order, and reads back")
{
    const QStringList codes = vocab::codes(List::Status);
    REQUIRE(codes.size() == kCaseStatusCount);
    for (int i = 0; i < kCaseStatusCount; ++i) {
        const auto s = CaseStatus(i);
        CHECK(QString(statusCode(s)) == codes[i]);
        CHECK(caseStatusOf(codes[i]) == s);
        CHECK(hasStatus(codes[i], s));
    }
    CHECK(statusCode(CaseStatus::InProgress) == QLatin1String("in_progress"));
    CHECK_FALSE(caseStatusOf(QStringLiteral("办理中"))); // a label is not a code
    CHECK_FALSE(caseStatusOf(QString()));
    const CaseStatusSet open{CaseStatus::Filed, CaseStatus::Suspended};
    CHECK(open.contains(CaseStatus::Suspended));
    CHECK_FALSE(open.contains(CaseStatus::Reported));
}

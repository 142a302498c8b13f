// CSV reading: quoting (doubled quotes), line ends and the rows Excel shows; writing and reading
// back random cells; strict decoding of UTF-8 and GB18030 with the line and column of the first
// bad byte; the limits of a cell, a row and a file; the check of what a stored field may contain,
// and case number keys.
#include "support/catch.h"

#include "util/csv.h"
#include "util/limits.h"
#include "util/text.h"

#include <QStringEncoder>

#include <random>

using namespace ow;

TEST_CASE("quoted cells: doubled quotes, commas and line breaks inside, CRLF; lines are the rows Excel shows")
{
    const QString text = QStringLiteral("名称,数量,说明\r\n"
                                        "\"他说\"\"好\"\"\",\"1,5\",\"第一行\r\n第二行\"\r\n"
                                        "\r\n"
                                        "乙,2,\"a\nb\nc\"\n"
                                        "丙,3,尾\"巴\n");
    const csv::ParseResult r = csv::parse(text);
    CHECK_FALSE(r.error);
    CHECK(r.unterminatedQuoteLine == 0);
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[0].line == 1);
    CHECK(r.records[1].fields ==
          QStringList{QStringLiteral("他说\"好\""), QStringLiteral("1,5"), QStringLiteral("第一行\n第二行")});
    CHECK(r.records[1].line == 2);
    // Excel shows the cell of two lines in row 2, the blank line as row 3 and the next record, whose
    // cell has three lines, in row 4 (lines 5 to 7 of the file); the last record is row 5 (line 8).
    CHECK(r.records[2].line == 4);
    CHECK(r.records[2].fields.last() == QStringLiteral("a\nb\nc"));
    CHECK(r.records[3].line == 5);
    CHECK(r.records[3].fields.last() == QStringLiteral("尾\"巴")); // a quote inside an unquoted cell is kept

    const csv::ParseResult open = csv::parse(QStringLiteral("a,b\n1,\"never\nends\n"));
    CHECK(open.unterminatedQuoteLine == 2);
    const csv::ParseResult openLater = csv::parse(QStringLiteral("a,b\n\"x\ny\",1\n2,\"never\nends\n"));
    CHECK(openLater.unterminatedQuoteLine == 3); // row 3, though the quote opens on line 4 of the file
}

TEST_CASE("doubled quotes inside quoted cells are one quote; elsewhere quotes are kept as written")
{
    const QList<QPair<QString, QStringList>> cases{
        {QStringLiteral("\"a\"\"b\""), {QStringLiteral("a\"b")}},
        {QStringLiteral("\"\"\"\""), {QStringLiteral("\"")}},
        {QStringLiteral("\"\",x"), {QString(), QStringLiteral("x")}},
        {QStringLiteral("\"\"\"引号\"\"\""), {QStringLiteral("\"引号\"")}},
        {QStringLiteral("\"a\"\"\",b"), {QStringLiteral("a\""), QStringLiteral("b")}},
        {QStringLiteral("\"x\"\",\"\"y\",z"), {QStringLiteral("x\",\"y"), QStringLiteral("z")}},
        {QStringLiteral("\"\"\"\"\"\",\"\"\"\n\"\"\""), {QStringLiteral("\"\""), QStringLiteral("\"\n\"")}},
        {QStringLiteral("a\"\"b,c\""), {QStringLiteral("a\"\"b"), QStringLiteral("c\"")}}, // not quoted: literal
    };
    for (const auto& [text, fields] : cases) {
        INFO(text.toStdString());
        const csv::ParseResult r = csv::parse(text);
        CHECK_FALSE(r.error);
        CHECK(r.unterminatedQuoteLine == 0);
        REQUIRE(r.records.size() == 1);
        CHECK(r.records[0].fields == fields);
    }
    // The cell that ends in a doubled quote does not close early: the next line is a record of its own.
    const csv::ParseResult r = csv::parse(QStringLiteral("\"他说\"\"\"\n下一行,2\n"));
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == QStringList{QStringLiteral("他说\"")});
    CHECK(r.records[1].fields == QStringList{QStringLiteral("下一行"), QStringLiteral("2")});
    CHECK(r.records[1].line == 2);
}

TEST_CASE("line ends: CRLF, LF and CR alone end a row; CRLF inside a quoted cell reads as LF")
{
    for (const char* eol : {"\r\n", "\n", "\r"}) {
        INFO("line end " << QByteArray(eol).toHex().toStdString());
        const QString e = QString::fromLatin1(eol);
        const csv::ParseResult r = csv::parse(QStringLiteral("h1,h2") + e + QStringLiteral("1,\"x") + e +
                                              QStringLiteral("y\"") + e + e + QStringLiteral("2,z") + e);
        CHECK_FALSE(r.error);
        REQUIRE(r.records.size() == 3);
        CHECK(r.records[1].fields.last() ==
              (e == QStringLiteral("\r") ? QStringLiteral("x\ry") : QStringLiteral("x\ny")));
        CHECK(r.records[1].line == 2);
        CHECK(r.records[2].line == 4); // after the blank row 3
        CHECK(r.records[2].fields == QStringList{QStringLiteral("2"), QStringLiteral("z")});
    }
    // No line end after the last record, and a file of nothing but line ends.
    CHECK(csv::parse(QStringLiteral("a,b\r\n1,2")).records.size() == 2);
    CHECK(csv::parse(QStringLiteral("\r\n\n\r")).records.isEmpty());
    // A byte-order mark and spaces around a header name do not change the column's name.
    const csv::Table t = csv::parseTable(QStringLiteral("\uFEFF名称 , 说明\r\n甲,\"多\r\n行\"\r\n乙,尾\r\n"));
    CHECK(t.columns == QStringList{QStringLiteral("名称"), QStringLiteral("说明")});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].value(QStringLiteral("说明")) == QStringLiteral("多\n行"));
    CHECK(t.rows[1].line == 3);
}

TEST_CASE("random cells written with joinRecord read back the same, formula-neutralised (seeded, 3,000 files)")
{
    // Cells made of the characters that matter to CSV, Chinese and a character beyond U+FFFF.
    const QStringList pieces{QStringLiteral("\""),   QStringLiteral(","), QStringLiteral("\n"), QStringLiteral("\r\n"),
                             QStringLiteral(" "),    QStringLiteral("a"), QStringLiteral("王"), QStringLiteral("𠀀"),
                             QStringLiteral("\"\""), QStringLiteral("1")};
    std::mt19937 rng(20261206);
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    for (int file = 0; file < 3000; ++file) {
        QList<QStringList> records;
        QString text;
        const QString eol = pick(2) ? QStringLiteral("\r\n") : QStringLiteral("\n");
        int row = 1;
        QList<int> rows;
        for (int r = 0, nr = 1 + pick(4); r < nr; ++r) {
            QStringList fields;
            for (int f = 0, nf = 1 + pick(4); f < nf; ++f) {
                QString cell;
                for (int k = 0, nk = pick(6); k < nk; ++k)
                    cell += pieces[pick(int(pieces.size()))];
                fields << cell;
            }
            if (fields.size() == 1 && fields.first().isEmpty())
                fields.first() = QStringLiteral("x"); // a lone empty cell is a blank line
            rows << row++;
            records << fields;
            text += csv::joinRecord(fields) + eol;
        }
        INFO("file " << file << ": " << text.toStdString());
        const csv::ParseResult parsed = csv::parse(text);
        CHECK_FALSE(parsed.error);
        CHECK(parsed.unterminatedQuoteLine == 0);
        REQUIRE(parsed.records.size() == records.size());
        for (qsizetype r = 0; r < records.size(); ++r) {
            QStringList expected = records[r];
            for (QString& f : expected) {
                f = csv::neutralizeFormula(f);                           // a cell opening with CR gets a '
                f.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // inside quotes CRLF reads as LF
            }
            CHECK(parsed.records[r].fields == expected);
            CHECK(parsed.records[r].line == rows[r]); // one row per record, however many lines its cells have
        }
    }
}

TEST_CASE("limits: a cell, a row's cells and characters, a file's rows; parsing stops at the first")
{
    csv::ParseLimits small;
    small.cellChars = 5;
    small.cells = 3;
    small.recordChars = 12;
    small.dataRecords = 2;
    {
        const csv::ParseResult r = csv::parse(QStringLiteral("h\n12345\n123456\nnot read\n"), small);
        CHECK(r.error.kind == csv::ParseError::Kind::CellTooLong);
        CHECK(r.error.line == 3);
        CHECK(r.error.cell == 1);
        CHECK_FALSE(r.error.quoted);
        CHECK(r.records.size() == 2);
    }
    {
        // A quote that never closes swallows the rest of the file: the cell that starts on line 2 is
        // beyond the limit, and the message says what may be wrong.
        const csv::ParseResult r = csv::parse(QStringLiteral("h,i\nx,\"abc\ndef\nghi\n"), small);
        CHECK(r.error.kind == csv::ParseError::Kind::CellTooLong);
        CHECK(r.error.line == 2);
        CHECK(r.error.cell == 2);
        CHECK(r.error.quoted);
        CHECK(csv::describe(r.error).contains(QStringLiteral("引号")));
    }
    {
        const csv::ParseResult r = csv::parse(QStringLiteral("a,b,c\n1,2,3,4\n"), small);
        CHECK(r.error.kind == csv::ParseError::Kind::TooManyCells);
        CHECK(r.error.line == 2);
    }
    {
        const csv::ParseResult r = csv::parse(QStringLiteral("a,b\n12345,12345,1\n"), small);
        CHECK(r.error.kind == csv::ParseError::Kind::RecordTooLong);
        CHECK(r.error.line == 2);
        CHECK(csv::parse(QStringLiteral("a,b\n12345,123456\n"), small).error.kind ==
              csv::ParseError::Kind::CellTooLong);
        CHECK_FALSE(csv::parse(QStringLiteral("a,b\n12345,12345,\n"), small).error); // 12 characters
    }
    {
        const csv::ParseResult r = csv::parse(QStringLiteral("h\n1\n\n2\n3\n4\n"), small);
        CHECK(r.error.kind == csv::ParseError::Kind::TooManyRecords);
        CHECK(r.error.line == 5);
        CHECK(r.records.size() == 3);
        CHECK(csv::describe(r.error).contains(QStringLiteral("2")));
    }
    // The defaults: a cell of 10,000 characters is read, one more is not, counted in characters
    // (a character beyond U+FFFF is one, not two).
    const QString big(limits::kCellChars, QChar(u'调'));
    CHECK_FALSE(csv::parse(QStringLiteral("h\n") + big).error);
    CHECK(csv::parse(QStringLiteral("h\n") + big + QStringLiteral("调")).error.kind ==
          csv::ParseError::Kind::CellTooLong);
    QString wide;
    for (int i = 0; i < limits::kCellChars; ++i)
        wide += QStringLiteral("𠀀");
    CHECK_FALSE(csv::parse(QStringLiteral("h\n") + wide).error);
}

TEST_CASE("decoding: UTF-8 with or without BOM; an invalid byte is refused with its line and column")
{
    const QByteArray good = QStringLiteral("姓名,电话\n王五,1\n").toUtf8();
    auto plain = csv::decode(good);
    REQUIRE(plain);
    CHECK(plain->encoding == QStringLiteral("utf-8"));
    CHECK(plain->note.isEmpty());
    CHECK(plain->text == QStringLiteral("姓名,电话\n王五,1\n"));
    auto bom = csv::decode(QByteArray("\xEF\xBB\xBF") + good);
    REQUIRE(bom);
    CHECK(bom->text == plain->text);
    // Only the file's own mark is skipped: a second one (the fuzzer's find) is kept as U+FEFF, so the
    // text gives back the file's bytes; the ledger's header reading drops it from the column name.
    auto twice = csv::decode(QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF") + good);
    REQUIRE(twice);
    CHECK(twice->text == QChar(0xFEFF) + plain->text);

    // One stray 0xFF in UTF-8 text: not GB18030 (that would store 王五 as 鐜嬩簲), but refused.
    QByteArray stray = good;
    stray.insert(good.indexOf("五") + 3, '\xFF'); // line 2, after 王五
    auto refused = csv::decode(stray);
    REQUIRE_FALSE(refused);
    INFO(refused.error().toStdString());
    CHECK(refused.error().startsWith(QStringLiteral("第 2 行第 3 列：")));
    CHECK(refused.error().contains(QStringLiteral("0xFF")));
    CHECK(refused.error().contains(QStringLiteral("UTF-8")));
    CHECK(refused.error().contains(QStringLiteral("--encoding gb18030")));

    // With a BOM the file says it is UTF-8: invalid bytes are refused, not made U+FFFD.
    auto bomBad = csv::decode(QByteArray("\xEF\xBB\xBF") + QByteArray("a,b\n\xE4\xB8,c\n"));
    REQUIRE_FALSE(bomBad);
    CHECK(bomBad.error().startsWith(QStringLiteral("第 2 行第 1 列：")));
    // Forced UTF-8 too; an overlong form and an encoded surrogate are not UTF-8 either.
    CHECK_FALSE(csv::decode(QByteArray("a\xC0\xAF"), QStringLiteral("utf-8")));
    CHECK_FALSE(csv::decode(QByteArray("a,\xED\xA0\x80")));
    CHECK_FALSE(csv::decode(QByteArray("\xFF\xFE"
                                       "a\0",
                                       4)));
    CHECK(csv::decode(QByteArray("\xFF\xFE"
                                 "a\0",
                                 4))
              .error()
              .contains(QStringLiteral("UTF-16")));
    CHECK(csv::decode(QByteArray("\xFE\xFF\0a", 4)).error().contains(QStringLiteral("UTF-16"))); // big-endian too
    CHECK_FALSE(csv::decode(good, QStringLiteral("latin1")));
}

TEST_CASE("decoding: GB18030 is detected with its evidence, or forced; invalid GB18030 is refused")
{
    const QString text = QStringLiteral("姓名,所属乡镇\n王五,海流图镇\n赵丽娟,乌加河镇\n");
    const QByteArray gb = QStringEncoder("GB18030")(text);
    auto detected = csv::decode(gb);
    REQUIRE(detected);
    CHECK(detected->encoding == QStringLiteral("gb18030"));
    CHECK(detected->text == text);
    INFO(detected->note.toStdString());
    CHECK(detected->note.contains(QStringLiteral("GB18030")));
    CHECK(detected->note.contains(QStringLiteral("第 1 行"))); // the first byte that is not UTF-8
    CHECK(detected->note.contains(QStringLiteral("19 个")));   // its Chinese characters, all valid GB18030
    auto forced = csv::decode(gb, QStringLiteral("gb18030"));
    REQUIRE(forced);
    CHECK(forced->text == text);
    CHECK(forced->note.isEmpty()); // chosen by the user: nothing to explain

    // A truncated character at the end, a byte that starts none (0xFF), a four-byte sequence
    // outside the mapped ranges: refused naming line and column.
    const QByteArray cut = gb.left(gb.size() - 2); // the last 镇 loses its second byte, the line break goes
    auto truncated = csv::decode(cut, QStringLiteral("gb18030"));
    REQUIRE_FALSE(truncated);
    CHECK(truncated.error().startsWith(QStringLiteral("第 3 行第 8 列：")));
    QByteArray ff = gb;
    ff.insert(gb.indexOf('\n') + 1, '\xFF');
    auto badLead = csv::decode(ff);
    REQUIRE_FALSE(badLead);
    CHECK(badLead.error().startsWith(QStringLiteral("第 2 行第 1 列：")));
    CHECK(badLead.error().contains(QStringLiteral("0xFF")));
    CHECK_FALSE(csv::decode(QByteArray("a,\x85\x30\x81\x30\n"), QStringLiteral("gb18030")));
    CHECK(csv::decode(QByteArray("a,\x95\x32\x82\x36\n"), QStringLiteral("gb18030"))->text == QStringLiteral("a,𠀀\n"));
    // Quotes, doubled quotes and a cell of two lines read the same from GB18030 as from UTF-8.
    const QString quoted =
        QStringLiteral("姓名,事由摘要\r\n王五,\"他说\"\"不行\"\"，\r\n第二天又来\"\r\n赵丽娟,无\r\n");
    auto gbQuoted = csv::decode(QStringEncoder("GB18030")(quoted));
    REQUIRE(gbQuoted);
    CHECK(gbQuoted->encoding == QStringLiteral("gb18030"));
    const csv::ParseResult fromGb = csv::parse(gbQuoted->text);
    const csv::ParseResult fromUtf8 = csv::parse(csv::decode(quoted.toUtf8())->text);
    REQUIRE(fromGb.records.size() == 3);
    CHECK(fromGb.records[1].fields.last() == QStringLiteral("他说\"不行\"，\n第二天又来"));
    CHECK(fromGb.records[2].line == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(fromGb.records[i].fields == fromUtf8.records[i].fields);
    // The mark of a UTF-8 file and --encoding gb18030 contradict each other.
    CHECK_FALSE(csv::decode(QByteArray("\xEF\xBB\xBF") + gb, QStringLiteral("gb18030")));
}

TEST_CASE("a stored field refuses U+FFFD, control and direction characters, and lengths beyond the limit")
{
    using text::Field;
    const QString name = QStringLiteral("申请人");
    CHECK(text::fieldProblem(QStringLiteral("王五"), Field::Name, name).isEmpty());
    CHECK(text::fieldProblem(QStringLiteral("Zhang San-Li"), Field::Name, name).isEmpty());
    const QString nul = QStringLiteral("王") + QChar(0) + QStringLiteral("五");
    CHECK(text::fieldProblem(nul, Field::Name, name) ==
          QStringLiteral("申请人：第 2 个字符是控制字符 U+0000，不能保存；请删除它。"));
    CHECK(text::fieldProblem(QString::fromUtf8("王\xE2\x80\xAE五"), Field::Name, name)
              .contains(QStringLiteral("U+202E")));
    for (char32_t bidi :
         {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
        const QString s = QStringLiteral("王") + QString::fromUcs4(&bidi, 1) + QStringLiteral("五");
        CHECK_FALSE(text::fieldProblem(s, Field::Name, name).isEmpty());
        CHECK_FALSE(text::fieldProblem(s, Field::Text, name).isEmpty());
    }
    CHECK(text::fieldProblem(QStringLiteral("王\uFFFD"), Field::Name, name).contains(QStringLiteral("U+FFFD")));
    CHECK_FALSE(text::fieldProblem(QStringLiteral("王") + QChar(0x7F), Field::Name, name).isEmpty());
    CHECK_FALSE(text::fieldProblem(QStringLiteral("王") + QChar(0x85), Field::Name, name).isEmpty());
    CHECK_FALSE(text::fieldProblem(QString(QChar(0xD800)) + QStringLiteral("五"), Field::Name, name).isEmpty());
    // Tabs and line breaks: in a text, not in a name.
    CHECK(text::fieldProblem(QStringLiteral("第一行\n\t第二行"), Field::Text, name).isEmpty());
    CHECK(text::fieldProblem(QStringLiteral("王\n五"), Field::Name, name).contains(QStringLiteral("换行")));
    CHECK_FALSE(text::fieldProblem(QStringLiteral("王\t五"), Field::Name, name).isEmpty());
    CHECK_FALSE(text::fieldProblem(QStringLiteral("a\rb"), Field::Text, name).isEmpty());
    // Lengths in characters: 100 for a name, 4,000 for a text.
    CHECK(text::fieldProblem(QString(100, QChar(u'王')), Field::Name, name).isEmpty());
    CHECK(text::fieldProblem(QString(101, QChar(u'王')), Field::Name, name) ==
          QStringLiteral("申请人有 101 个字符，最多允许 100 个。"));
    CHECK(text::fieldProblem(QString(4000, QChar(u'调')), Field::Text, name).isEmpty());
    CHECK_FALSE(text::fieldProblem(QString(4001, QChar(u'调')), Field::Text, name).isEmpty());
    CHECK_FALSE(text::fieldProblem(QString(33, QChar(u'1')), Field::Number, name).isEmpty());
    CHECK(text::maxChars(Field::Address) == 200);
}

TEST_CASE("case numbers: invisible characters and full-width forms do not make another number")
{
    const QString no = QStringLiteral("（2025）乌中矛调字第0001号");
    CHECK(text::caseNumber(QStringLiteral(" （2025）乌中矛调字第\u200B0001号\uFEFF ")) == no);
    CHECK(text::caseNumber(no) == no); // the official form keeps its full-width brackets
    const QString key = text::caseNumberKey(no);
    CHECK(key == QStringLiteral("(2025)乌中矛调字第0001号"));
    for (const QString& variant :
         {QStringLiteral("（2025）乌中矛调字第0001\u200C号"), QStringLiteral("（2025）乌中矛调\u200D字第0001号"),
          QStringLiteral("\u2060(2025)乌中矛调字第0001号"), QStringLiteral("（２０２５）乌中矛调字第０００１号")})
        CHECK(text::caseNumberKey(variant) == key);
    CHECK(text::caseNumberKey(QStringLiteral("（2025）乌中矛调字第0002号")) != key);
    // Beyond the characters folded by hand, the full NFKC: a circled digit, a compatibility ideograph.
    CHECK(text::caseNumberKey(QStringLiteral("（2025）乌中矛调字第000①号")) == key);
    CHECK(text::caseNumberKey(QStringLiteral("\uF900-1")) == QStringLiteral("\u8C48-1"));
    CHECK(text::caseNumberKey(QStringLiteral("Ａ　1")) == QStringLiteral("A 1"));
    // Invisible characters do not count towards the length; a direction control is refused.
    CHECK(text::fieldProblem(QString(64, QChar(u'1')) + QStringLiteral("\u200B"), text::Field::CaseNumber,
                             QStringLiteral("案件编号"))
              .isEmpty());
    CHECK_FALSE(text::fieldProblem(no + QStringLiteral("\u202E"), text::Field::CaseNumber, QStringLiteral("案件编号"))
                    .isEmpty());
    CHECK(text::visible(QStringLiteral("A\u202EB") + QChar(0)) == QStringLiteral("A<U+202E>B<U+0000>"));
    CHECK(text::visible(QString(50, QChar(u'长'))) == QString(40, QChar(u'长')) + QChar(0x2026));
}

TEST_CASE("cells a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection)")
{
    for (const char* cell : {"=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                             "@SUM(1,1)", "\tx", "\rx"}) {
        const QString in = QString::fromUtf8(cell);
        CHECK(csv::neutralizeFormula(in) == QLatin1Char('\'') + in);
    }
    // Plain numbers stay numbers; ordinary text and empty cells stay as they are.
    for (const char* cell : {"-12", "+3.5", "0", "张三", "a=b", ""})
        CHECK(csv::neutralizeFormula(QString::fromUtf8(cell)) == QString::fromUtf8(cell));
    CHECK(csv::joinRecord({QStringLiteral("=1+1"), QStringLiteral("-7")}) == QStringLiteral("'=1+1,-7"));
    // Quoting still applies on top: the apostrophe is inside the quotes.
    CHECK(csv::joinRecord({QStringLiteral("=A1,\"x\"")}) == QStringLiteral("\"'=A1,\"\"x\"\"\""));
}

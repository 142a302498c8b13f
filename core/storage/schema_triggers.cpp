// The expected triggers of the schema (one list, next to the migrations that create them) and their
// comparison with a file's sqlite_master.
#include "storage/schema_triggers.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlQuery>

namespace ow::schema {

QString sqlDigest(const QString& sql)
{
    return QString::fromLatin1(QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<ExpectedTrigger> expectedTriggers()
{
    // name, table, SHA-256 of the SQL (v001 timeline and audit log, v002 search index, v006 exchange
    // base, v012 audit anchors, v013 the exchange triggers of the leaders' and agency tables).
    static const QList<ExpectedTrigger> list{
        {QStringLiteral("agreements_exchange_base"), QStringLiteral("agreements"),
         QStringLiteral("c6659ff4f6e02f351dbe43847886485d0830495ff9b661a49296b31611302335")},
        {QStringLiteral("agreements_exchange_base_gone"), QStringLiteral("agreements"),
         QStringLiteral("2624210c14170d27ff1708839ea01de3f432a5bcd5e30352a1e75129bc2f935e")},
        {QStringLiteral("attachments_exchange_base"), QStringLiteral("attachments"),
         QStringLiteral("0cf4bacaccb6392de8957a4075617b504a6ca3a5088e4c765d7cae689ca6442e")},
        {QStringLiteral("attachments_exchange_base_gone"), QStringLiteral("attachments"),
         QStringLiteral("11066818cd6da02e42b4c1e1ed5408aa51c733d7747d7974154e408292fb060c")},
        {QStringLiteral("audit_anchors_no_delete"), QStringLiteral("audit_anchors"),
         QStringLiteral("3b22eda68f205ce0f34a87867db5f2154fcee42ad7c44ee0ad7765348adb80f7")},
        {QStringLiteral("audit_anchors_no_update"), QStringLiteral("audit_anchors"),
         QStringLiteral("00ec946472a3fc612cfac2639a144eaf23c4de2baa23a91ffbf3379f558e88e7")},
        {QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log"),
         QStringLiteral("1d2f68ca81af9d17079eeb1f4bbf6f2fa2ef9a7d3cf54875f436b2de06ac169d")},
        {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log"),
         QStringLiteral("3df66735f4ead15c2c00405854395793596cf49a7e4216c813703e178f9205bd")},
        {QStringLiteral("case_closures_exchange_base"), QStringLiteral("case_closures"),
         QStringLiteral("cad075d8f5667b4232b04fec21196071ee417ddc099a5b004321ebbb9f5917e2")},
        {QStringLiteral("case_closures_exchange_base_gone"), QStringLiteral("case_closures"),
         QStringLiteral("56d4be7c7387c36310f7213f638ea9853076b372ab692f5d4d5b3d1b7120ac49")},
        {QStringLiteral("case_departments_exchange_base"), QStringLiteral("case_departments"),
         QStringLiteral("e661fa15afc1568bb2e39859e2d246a5803d261ac85dd9d548634c22e5821837")},
        {QStringLiteral("case_departments_exchange_base_gone"), QStringLiteral("case_departments"),
         QStringLiteral("ea9915f98641b365385c42ce170c437f33ee8f0c7027955edba4dc923aaf3fc4")},
        {QStringLiteral("case_events_no_delete"), QStringLiteral("case_events"),
         QStringLiteral("1b117d9b355b7718c2f63e757e08141fe38c2a212972521287a25935816a1917")},
        {QStringLiteral("case_events_no_update"), QStringLiteral("case_events"),
         QStringLiteral("e5e8dad5f06d812840c9dbaa587ef6881167d097dc6ce12ae2448e0730f91ef2")},
        {QStringLiteral("case_transfers_exchange_base"), QStringLiteral("case_transfers"),
         QStringLiteral("33895d2e3148f434fce408484ad872ec2ea575549ff03f07877f7178e935a2e8")},
        {QStringLiteral("case_transfers_exchange_base_gone"), QStringLiteral("case_transfers"),
         QStringLiteral("d2190ab87711bf473fa3a0180bceae6299e703cd0aab357682a383a698891037")},
        {QStringLiteral("cases_exchange_base"), QStringLiteral("cases"),
         QStringLiteral("8579a961d33f53c97063589492345cfa3ecb65db8995750a41843b424a03b658")},
        {QStringLiteral("cases_exchange_base_gone"), QStringLiteral("cases"),
         QStringLiteral("8b1c84fb5d8936117ebaa4b85e484f11acc48886ae1e169f01d44eb3b54e9932")},
        {QStringLiteral("cases_search_delete"), QStringLiteral("cases"),
         QStringLiteral("fd44534142ec84f3705cd6aa076d145bb59d35fe048f9f5273ff67f524bd3615")},
        {QStringLiteral("cases_search_insert"), QStringLiteral("cases"),
         QStringLiteral("9eb894fe190d9369257380b83702fbf3e9f1c80ccc0eac81c049ea3577990037")},
        {QStringLiteral("cases_search_update"), QStringLiteral("cases"),
         QStringLiteral("ed9e997015059e75e776d922ba0fd872c2fdb5f676c791ede50767f1786e8e7d")},
        {QStringLiteral("followups_exchange_base"), QStringLiteral("followups"),
         QStringLiteral("c8df9a5bf8ac9d91579a25a138967791bd53f23f9b0c81012e81483141c3f55c")},
        {QStringLiteral("followups_exchange_base_gone"), QStringLiteral("followups"),
         QStringLiteral("285087470ae51b217ff0301e2e5bc6d8a0a410d95d879357a6314a3329557033")},
        {QStringLiteral("judicial_confirmations_exchange_base"), QStringLiteral("judicial_confirmations"),
         QStringLiteral("0f61a9f2f12092a21d8e0b4770aa106bc398909d84fb0e3f6b777652fb6db78a")},
        {QStringLiteral("judicial_confirmations_exchange_base_gone"), QStringLiteral("judicial_confirmations"),
         QStringLiteral("b30c35bb22ac1d2bb025beedc80c12fb9bab048997b7aa29f15c2eb050727cea")},
        {QStringLiteral("mediation_rooms_exchange_base"), QStringLiteral("mediation_rooms"),
         QStringLiteral("701c4f94ebe9cc8339fb2001d79e0612fe8692ee30412f7fd786f0e9b2152af7")},
        {QStringLiteral("mediation_rooms_exchange_base_gone"), QStringLiteral("mediation_rooms"),
         QStringLiteral("da3cb2f31068cca387596b8811254cde625cb845bbbdd5692b09614479814e8c")},
        {QStringLiteral("mediation_sessions_exchange_base"), QStringLiteral("mediation_sessions"),
         QStringLiteral("2bf9aae1e50e603cd4e1beaeba10853be276af00f97cc2167d22d651c445ef2b")},
        {QStringLiteral("mediation_sessions_exchange_base_gone"), QStringLiteral("mediation_sessions"),
         QStringLiteral("f41ecc8e650ec8e31696149009c29bce67834715371d648676cca69df1c73fe9")},
        {QStringLiteral("milestones_exchange_base"), QStringLiteral("milestones"),
         QStringLiteral("6de87ef5b84f8c23bb9bc0ed4d03c39a5f131c2705740095d80441a23bab560b")},
        {QStringLiteral("milestones_exchange_base_gone"), QStringLiteral("milestones"),
         QStringLiteral("ea7c8691c13f3fd6ddd10d84527f5f63061ab49f7fa14426112c0dc7ad6dad62")},
        {QStringLiteral("parties_exchange_base"), QStringLiteral("parties"),
         QStringLiteral("d1b0f0aa75072e79580062b5126900bf0710ddd7b60d0e4a010d46c62aeff872")},
        {QStringLiteral("parties_exchange_base_gone"), QStringLiteral("parties"),
         QStringLiteral("b5f1484d50b0802c766c7fee10d4d7807c10551eaa4a104d83a2de4d548f47f6")},
        {QStringLiteral("parties_search_delete"), QStringLiteral("parties"),
         QStringLiteral("e5c270dabf09681dea170f069b3f7337c68b307690c1adb7423ebc2cc02915dd")},
        {QStringLiteral("parties_search_insert"), QStringLiteral("parties"),
         QStringLiteral("8c42bb68a117e67dd7a44833483ecab175f6b7510c63681d52573ed31101994f")},
        {QStringLiteral("parties_search_update"), QStringLiteral("parties"),
         QStringLiteral("bafb2f37aa921f860a1849764ea668b2cc8af878208b1fb0fa8a64165c6452f6")},
        {QStringLiteral("performances_exchange_base"), QStringLiteral("performances"),
         QStringLiteral("ed9cab0249187628dcce566f95ae1cb1bdd43739efa34c2eb5f752240e5e6889")},
        {QStringLiteral("performances_exchange_base_gone"), QStringLiteral("performances"),
         QStringLiteral("843184d21b6de6033091095d62a7d9d73e2a38dcb81811f7db3aa17b377e97fc")},
        {QStringLiteral("agency_agents_exchange_base"), QStringLiteral("agency_agents"),
         QStringLiteral("122f0f7e7c0889cb67ab394f00a36c2322ff61acc3f54b85cd333c33c476f612")},
        {QStringLiteral("agency_agents_exchange_base_gone"), QStringLiteral("agency_agents"),
         QStringLiteral("9a158191530113babc3e8c71aa9374d7bddccd09c91bad6675dc5a565caeb9d9")},
        {QStringLiteral("agency_cases_exchange_base"), QStringLiteral("agency_cases"),
         QStringLiteral("71936da5092ce3c402089977253a17d3ff579715f9f05f21c85f739e0011887d")},
        {QStringLiteral("agency_cases_exchange_base_gone"), QStringLiteral("agency_cases"),
         QStringLiteral("10fca987d579bcb9897fd910c63bd21201903ca6d99029e85f09f4987e161712")},
        {QStringLiteral("agency_points_exchange_base"), QStringLiteral("agency_points"),
         QStringLiteral("be7513122a47ea217bc3ebd3662424000cc9753adc4f575316818c752421eb49")},
        {QStringLiteral("agency_points_exchange_base_gone"), QStringLiteral("agency_points"),
         QStringLiteral("17a2fbec085df3d8f223d72ab8677cc8ae52b0aedd40267e0d85f627bc8bd6c6")},
        {QStringLiteral("leader_assignments_exchange_base"), QStringLiteral("leader_assignments"),
         QStringLiteral("2ed6065d5c97e88134914cb3fe036a4c4ce13f8f82a3fd3882986aa83939f778")},
        {QStringLiteral("leader_assignments_exchange_base_gone"), QStringLiteral("leader_assignments"),
         QStringLiteral("a133904400df7c3dd0fab2e51e9c3477280d0433d8e0d1d88dbaed1084b59e42")},
        {QStringLiteral("leaders_exchange_base"), QStringLiteral("leaders"),
         QStringLiteral("3ab6948e76d9cc8d0687dddc047a5f19c6f4cbe8a8fd641a7fce6c8bc31d5837")},
        {QStringLiteral("leaders_exchange_base_gone"), QStringLiteral("leaders"),
         QStringLiteral("502c070e24dd7d64071bf142f1dd9ef0ff7e5e42236bb2850f735577036a7adf")},
        {QStringLiteral("reception_days_exchange_base"), QStringLiteral("reception_days"),
         QStringLiteral("f4330d88bedae1be8dd94e7d250e14e45ddbb299c79d9a5a1ce546e86c0f5564")},
        {QStringLiteral("reception_days_exchange_base_gone"), QStringLiteral("reception_days"),
         QStringLiteral("8780141b0faca46e28713397dace1a7123c00f69be30156a46c9ad12e171cfd5")},
        {QStringLiteral("reception_visits_exchange_base"), QStringLiteral("reception_visits"),
         QStringLiteral("8af33e4819513614591ad8c01d9c7c90f2f96fb3b91a3a274137423f0d3065d3")},
        {QStringLiteral("reception_visits_exchange_base_gone"), QStringLiteral("reception_visits"),
         QStringLiteral("b786f3a1e9381f8d2113d6b8ec13c41e1bbe1f51ff542ee32fec4699abb40871")},
    };
    return list;
}

namespace {

struct Present
{
    QString table;
    QString digest;
    bool enabled = true;
};

QMap<QString, Present> presentTriggers(Database& db)
{
    QMap<QString, Present> present;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!db.isServer()) {
        q.exec(QStringLiteral("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger'"));
        while (q.next())
            present.insert(q.value(0).toString(), {q.value(1).toString(), sqlDigest(q.value(2).toString())});
        return present;
    }
    // Not the internal triggers that enforce the foreign keys (integrity_check looks at those).
    q.exec(QStringLiteral("SELECT t.tgname, c.relname, t.tgenabled, replace(pg_get_triggerdef(t.oid), "
                          "quote_ident(n.nspname) || '.', ''), p.prosrc FROM pg_trigger t JOIN pg_class c ON c.oid = "
                          "t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid "
                          "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"));
    while (q.next())
        present.insert(q.value(0).toString(),
                       {q.value(1).toString(),
                        sqlDigest(q.value(3).toString() + QLatin1Char('\n') + q.value(4).toString()),
                        q.value(2).toString() == QLatin1String("O")});
    return present;
}

} // namespace

QList<ExpectedTrigger> expectedTriggers(const Database& db)
{
    return db.isServer() ? expectedServerTriggers() : expectedTriggers();
}

QList<TriggerProblem> compareTriggers(Database& db)
{
    QMap<QString, Present> present = presentTriggers(db);
    QList<TriggerProblem> problems;
    for (const ExpectedTrigger& t : expectedTriggers(db)) {
        const auto it = present.constFind(t.name);
        if (it == present.cend())
            problems << TriggerProblem{TriggerProblem::Kind::Missing, t.name, t.table};
        else if (it->table != t.table || it->digest != t.sqlSha256)
            problems << TriggerProblem{TriggerProblem::Kind::Altered, t.name, t.table};
        else if (!it->enabled)
            problems << TriggerProblem{TriggerProblem::Kind::Disabled, t.name, t.table};
        present.remove(t.name);
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        problems << TriggerProblem{TriggerProblem::Kind::Unexpected, it.key(), it->table};
    return problems;
}

} // namespace ow::schema

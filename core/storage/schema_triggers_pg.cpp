// The triggers of a center's database on a PostgreSQL server, for `check` (storage/schema_triggers.h):
// the baseline's (storage/migrations/pg_v013_baseline.cpp: append-only, exchange base, change
// notices, the row audit's journal) and the search's (storage/pg_search.cpp). Each digest is a
// SHA-256 of pg_get_triggerdef without the schema's name, a line break, and the called function's
// body (pg_proc.prosrc). Made from a new server database with this query, as the login role:
//   SELECT t.tgname, c.relname, encode(sha256(convert_to(replace(pg_get_triggerdef(t.oid),
//          quote_ident(n.nspname) || '.', '') || E'\n' || p.prosrc, 'UTF8')), 'hex')
//   FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
//   JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY 1
// A migration that creates, drops or changes a trigger or its function on a server changes this list in
// the same commit (test_pg_check compares it with a new server database).
#include "storage/schema_triggers.h"

namespace ow::schema {

namespace {

struct Row
{
    const char* name;
    const char* table;
    const char* digest;
};

constexpr Row kRows[] = {
    {"agency_agents_exchange_base", "agency_agents",
     "e9e72eab5f1853c875c6fced572fd0d506dae241708bf10661b57094775530d9"},
    {"agency_agents_exchange_base_gone", "agency_agents",
     "b2805b8f2eddf8f6107ecf2de3791f5056fa08835dca01243fe8a13d2c68319f"},
    {"agency_agents_notify", "agency_agents", "657aac9ecf8d55be66d97e31af85a1003170015315164b813527ec28012141a0"},
    {"agency_cases_exchange_base", "agency_cases", "7a8be1f0b8c1e57455539c26d36d0f301eddaea58082512b3c91be34a70130cd"},
    {"agency_cases_exchange_base_gone", "agency_cases",
     "2c498534d48459afdf5ed3ed293e75ceafc5f8c1afd50114f6d115d2d2d7a2d1"},
    {"agency_cases_notify", "agency_cases", "34fd77caadab896df0bb9398a75503f0bdbce6989cb05321f89ea93f86abc019"},
    {"agency_points_exchange_base", "agency_points",
     "93d4882a76a7a7f2c35101cdecd6b85464e03ff4e31231b45016b9e6c93faee1"},
    {"agency_points_exchange_base_gone", "agency_points",
     "dec68e413830c491b14c620cfe4680ee0f675309b03eaea17ab2bfcb9a5ddf37"},
    {"agency_points_notify", "agency_points", "62055633fa2448cbbf3c3bfc8333c5996c1480e44eea290dd00d80ea0a29521f"},
    {"agency_seen_notify", "agency_seen", "787da7b0cda4dfa0af922eff7aa08f0c300288853effa25214ad18d10ee8a537"},
    {"agreements_exchange_base", "agreements", "df2d599943c230a4fc0f7bbf8164cfba18f5425f57e4c390dbbbfab01411199e"},
    {"agreements_exchange_base_gone", "agreements", "8e8e3be2080b1c84419afd4572fa2778259eb84751098947566dffc7e0d697fb"},
    {"agreements_notify", "agreements", "7d6958597c5bd417b577fbaecfa71f6fb05af10aabfffb5d29a742a2c2d7e734"},
    {"attachments_exchange_base", "attachments", "dedab45b39f9ff19126cf16edc070620ce59b826c386b309c733a59448d54a3c"},
    {"attachments_exchange_base_gone", "attachments",
     "8d972312acd1f63ea5223e030706f8b69c2f9b978d3b2d41b06c021a3cba0611"},
    {"attachments_notify", "attachments", "240b4dadb0ccc7ec66d540911690c87b6152cd254cb18da0d56ad89ae666ed9c"},
    {"audit_anchors_no_delete", "audit_anchors", "d430058f597d6258966cb2651431c36129e497fd5acf952f5048c92b795f21ae"},
    {"audit_anchors_no_truncate", "audit_anchors", "d4d0abcea3fff33ec66944d7a64026b5c57dbdda1ebe1748d0efa3325b109e42"},
    {"audit_anchors_no_update", "audit_anchors", "c2931459b4a953844fb74eb6bfb14c4045cf755b01fbef85c642915f8cb9edae"},
    {"audit_anchors_notify", "audit_anchors", "000cccefdcc0a8b7d9aaa3f1b7e179129766bb23d9479c9b4864b6383e2c35b9"},
    {"audit_log_no_delete", "audit_log", "e8b1a35b9f53345e3b81ad750461ec650bf9d3339e78e8ebefb1bc8558466842"},
    {"audit_log_no_truncate", "audit_log", "b449a0ddf5e2feef8fc40c6dc73e2e8681cc3757413b62be7ad1fc69ab959477"},
    {"audit_log_no_update", "audit_log", "752f94d17dadb3a5411aa36595e273e654d1a44299c8082c0a741c770e99bb21"},
    {"audit_log_notify", "audit_log", "5273249a801858ca18da9e8789f4cbea2d6cce664403ba8b76a3ae0caa277474"},
    {"audit_rows_notify", "audit_rows", "92a0a28b04ec6f6cfd27831af08b948070d7957d805e4bb57d302d8b574444cb"},
    {"case_closures_exchange_base", "case_closures",
     "af159b953273437694671894a4cb70f3a5cdf197945d3bca0166d3efce202b11"},
    {"case_closures_exchange_base_gone", "case_closures",
     "e93c3791ff0572984bb93768832dbc655ce3f34dddf21cb93322c48ccb1b1ce1"},
    {"case_closures_notify", "case_closures", "f7f9b1de63ac4ab345eb788e262d6a49ac363d66651e1a29860a421219c9174e"},
    {"case_departments_exchange_base", "case_departments",
     "9d227269bc224a9ad3cc7a4af9f6d3d26e795f02e65ceb831f1af8a739eb170a"},
    {"case_departments_exchange_base_gone", "case_departments",
     "1f00cc3f23a249fd87b0ea4d4096d8a3040d694b6c3dcc97e8534c3c5784a959"},
    {"case_departments_notify", "case_departments", "7cea925703791b413c659b0edc80382ecf39d5dab7389a8aca59b437fb0bdfa5"},
    {"case_events_no_delete", "case_events", "39090ebc4b7c5b5ade9edd100e84086d53078d80821b90b222405be8007bd481"},
    {"case_events_no_truncate", "case_events", "b541d4390e15d582440ba3eb47d7c93a21b45a9f7b450af0b25cff736705b3db"},
    {"case_events_no_update", "case_events", "81767f316c92311e6cbfffb4cfffff87fae5623eea79b3683e301fd8752727d1"},
    {"case_events_notify", "case_events", "9ac92bf0956ce875abd7301bedcf943cee0318895c8955642a186dad9fdf0148"},
    {"case_numbers_notify", "case_numbers", "dc7cc71a8b19157f2f101fc53ddb66741edbbfb10b03831215b2ae74227bd802"},
    {"case_transfers_exchange_base", "case_transfers",
     "9cc8ccd8760258e7b6d870228e81b73f9b14c846c8adac39aaf2d873a880543e"},
    {"case_transfers_exchange_base_gone", "case_transfers",
     "4ec61108f402a250eef30ee857ec384b370c523e81c1f308d2e03c99cf74a360"},
    {"case_transfers_notify", "case_transfers", "21fdd67b7e603bfba534ec98a8e96be36f74b772a050afc777f8d0fbd914044a"},
    {"cases_exchange_base", "cases", "1d09c750f41dc2502038c689ee6d5a005ac1f1f9499083a09873bbbb4bd8954c"},
    {"cases_exchange_base_gone", "cases", "bf7b460f2506502b021f60e3320a6c5af7d61ffe18491acf97dee13a6d3d694c"},
    {"cases_notify", "cases", "020314b2666f4b38d3822ddebde36381528a7cbed7afc95d93487b9dc07d64a5"},
    {"cases_search_delete", "cases", "f1dd010333a1629e66da5586a45ae0f29fdb199256b9815e47b049c71fc61795"},
    {"cases_search_insert", "cases", "40f73e743e709f245e852b0b365b6ee5206566c51ddc20483e381d0c3a7d5437"},
    {"cases_search_update", "cases", "5ce74e2d7a354e13f94d663bdc7238fe9dc5b1b9da7bb683ec0fa3c446495d3f"},
    {"categories_notify", "categories", "578200003a29b5e13d5f0590cede803cd16c0cab09d1bb72f16e18a04beb8d7a"},
    {"conflicts_notify", "conflicts", "9cdff2177d1a2bfa552bf3e846b2c030d6021c13c2e85ba9b85fcb31ebed8a6f"},
    {"deadline_rules_notify", "deadline_rules", "af84f12b7ea61f1ece5b41c576474d00a0f8bc5844f548387acc097f29556985"},
    {"departments_notify", "departments", "4b09d49986c749775a4f918d6dd0658645407f112cc5894d75bbf0fe6859555b"},
    {"divisions_notify", "divisions", "e6f8a942da63a9f9b5725f80f37a4f2ce85b2ff98647f531e2647a062864b4d4"},
    {"exchange_base_notify", "exchange_base", "9efc0b416aae67e40f4eb1a118044f2a1772a61c6b94921d9fc728ab8c2b2a12"},
    {"export_log_notify", "export_log", "7d4621776c9840131913af5e1480f68eb8bef97a3447c1a93b928349b9f04613"},
    {"followups_exchange_base", "followups", "cfff81a202440c3fd60e1af9fad05fce670ad9035bca12ec91ea619f8d3431b3"},
    {"followups_exchange_base_gone", "followups", "6d2ab5fa35220ffb5122a320a473134a5f465ab3a6b91cc4fb62146e86c9dbe0"},
    {"followups_notify", "followups", "141afa18f522367ad32d34611605be75789279c33a873e1b757e93db40f90284"},
    {"holidays_notify", "holidays", "4d27b45e982be152891ceae510b95458d8fc9554aae950bc6d0cb05f52fe48a0"},
    {"import_log_notify", "import_log", "29d491b0e30425069e0c04afaf9d7d0e01a65c000e8b8b4f8dda41833161c171"},
    {"judicial_confirmations_exchange_base", "judicial_confirmations",
     "16aa5e41349e41a2d283001cb11f17e7d637f0238856cc20224d0641f6c3f7e0"},
    {"judicial_confirmations_exchange_base_gone", "judicial_confirmations",
     "2a25926a4963674669d4cbb7da67fd5b101d0613cbbe1ff16525a7b7054b1284"},
    {"judicial_confirmations_notify", "judicial_confirmations",
     "2c25127a883175114687835429fdd646905401f60e546833755871c9be49f27c"},
    {"leader_assignments_exchange_base", "leader_assignments",
     "d61fd61443251a6fb14e2137ec582fd2729e910f9de4d755df2cf8ba4bb40fe3"},
    {"leader_assignments_exchange_base_gone", "leader_assignments",
     "ecfd81f72fa31032ac8262a26e116268e3db07deb35060bbda05dafd17d95bd7"},
    {"leader_assignments_notify", "leader_assignments",
     "c5fbc5209d2d24612f63cbfede4dd3fec72ec6e6e6a96272906cc76c9bed60b8"},
    {"leaders_exchange_base", "leaders", "d21e563f5804fc7bea0a654e1da944f9513d745aa1ce2f677a43790968790513"},
    {"leaders_exchange_base_gone", "leaders", "f564fd70f46a1236c7a2b0c221cf8d204a298defd6cbd591774ad625fc15ad8a"},
    {"leaders_notify", "leaders", "eee45eebc948fcb0dff17afb1e2e828f44f9ef13d6504710757516db6764d216"},
    {"mediation_rooms_exchange_base", "mediation_rooms",
     "9d8af24e826a49cddf6e0f777c32113785635e124f666704e05f91aa7a7d089c"},
    {"mediation_rooms_exchange_base_gone", "mediation_rooms",
     "ef3bd077301aa5f8a374d3af1c90a76edbf33c3b9a46eb9c0b7467307e60652e"},
    {"mediation_rooms_notify", "mediation_rooms", "38074a911fcba348ae14bb7f1ba9a3e822f2c71ebc30bcbda5f66925a98bdfad"},
    {"mediation_sessions_exchange_base", "mediation_sessions",
     "44ce65b73393ac7142f3d6a84bbaa950cc591ce9405067f72ec0240eee4ab1af"},
    {"mediation_sessions_exchange_base_gone", "mediation_sessions",
     "e73cc0f22943824ad47f11598d66cca7de0833c1b8717bd7cc3f0c078c3ee957"},
    {"mediation_sessions_notify", "mediation_sessions",
     "903fa6cce9d99f00104ffb9f75be68bc63c13a9898141c10d21d24b912beb3fd"},
    {"mediators_notify", "mediators", "ccd23ae633e03531e872e9fd132222c3962a4417346243d51028c5d161ed29e9"},
    {"milestones_exchange_base", "milestones", "1019de1055484ac41e65fa75f91a194a52daa841cef1c72db7a2be51f2d9f315"},
    {"milestones_exchange_base_gone", "milestones", "cae114e9081bcae14720e961885a09e1fd0046d54874ec401610753aa59c2125"},
    {"milestones_notify", "milestones", "5baca2e5807914770d9ea09e83942bb117e55fbc2bfcb290fd5c4359c0312e96"},
    {"ow_journal_cases_delete", "cases", "7e7639d16d7da78629f05437c1bac92f239a20ce993ad944d850b7982403d93e"},
    {"ow_journal_cases_insert", "cases", "7fdbbd5b6145e966b1812277fa39f83fa51fc2f9240d42a8acb49b0c1ecef32b"},
    {"ow_journal_cases_update", "cases", "ce41645cfb979170ec2eb7a55051e4ff27798abd6381ab359b7a0c341e0975cc"},
    {"ow_journal_users_delete", "users", "1844504baadf2f1c86ccca990b9ba010c34d2a6cb1cba227ab82f0c726a06d0a"},
    {"ow_journal_users_insert", "users", "e3575c54ef3e167e731eb5498164ec8b68e0cb978c0785ffed206660b67512fd"},
    {"ow_journal_users_update", "users", "4d3c111d297a9920d481f747e9c5a487c25f2717051673a941dde1c522bc4cc2"},
    {"parties_exchange_base", "parties", "5feeffbab3dd59923bf812fb2d36cf646105504df525a359228f4db9ba1bd208"},
    {"parties_exchange_base_gone", "parties", "eeda3597ba3460b15601ece4365c7ec94034a497d6bfd20f450f4b6bdc5a9322"},
    {"parties_notify", "parties", "f7ae7c53a8c049f9258fbc921ed8ca9ef130d33c2ea2d4d1a681e6a188d60b06"},
    {"parties_search_delete", "parties", "ffa9afc20b5e286a6f54581c7eeeafc7077d47b594b5124dc7751b3af6695ceb"},
    {"parties_search_insert", "parties", "68e17708615f6684af098ab254335d5e3983d60be1c724d82d334e8f4dd35445"},
    {"parties_search_update", "parties", "9be80c261ddbd31e308b5fb77d366e20f70e56a5f2591d5506c4909d8fb5abfa"},
    {"performances_exchange_base", "performances", "b3982e0b2dd5e4e26ec0af9a67c524a07aa9abc326cbe49ae2826c6d568c5549"},
    {"performances_exchange_base_gone", "performances",
     "b6ac54c223e4fba8d36729042e46108647e53ed713a4f62db629f9ea4bd837d7"},
    {"performances_notify", "performances", "1b359812637e74d4960fbe5cd2d83a529e8e765aeb7196d117daef3e9b7ef9b0"},
    {"reception_days_exchange_base", "reception_days",
     "6343f787e98c9ba4b6da5c938d55ec45713b39f15523de4c17faccc537862ed7"},
    {"reception_days_exchange_base_gone", "reception_days",
     "96173ff085abd825ec1bf318502de9f37bce27fa77dbd5a3e0ed2f93416d90ad"},
    {"reception_days_notify", "reception_days", "e492d89c93c5a2608de93571114f9364adc265e858ef9d8dc85548b0b50b3243"},
    {"reception_visits_exchange_base", "reception_visits",
     "1d9be4009cda86115c05f039dcf939e7ea67291ebbdddaa6afe1baaddbf6942a"},
    {"reception_visits_exchange_base_gone", "reception_visits",
     "877a13b4b37bd07e939eaf65119de58d9aa9c256ef8097215132f12a315198bb"},
    {"reception_visits_notify", "reception_visits", "977b2d0dfb0ad2b2e6e20c8eea99808e39a1ec91c06565ea142eb751760b4b45"},
    {"routing_rules_notify", "routing_rules", "28f9196851db9748651f0a91393b574a849d567b6aee009f33556610d755caed"},
    {"settings_notify", "settings", "ded5827b6ce2ce1e246ffa8ef52c3e0eeecfb64cd57aa20ec420726e13d6d2c1"},
    {"sign_in_failures_notify", "sign_in_failures", "5bf3663252e47794bbe3d176bfd2e32a4743662661e028d36ffa48e6ad0213ee"},
    {"signing_keys_notify", "signing_keys", "845e9f35f94cf7b22e583d2747ceb4702764f052f730c4cc1bfeccfbb596b5cd"},
    {"site_audit_heads_notify", "site_audit_heads", "c55d8a4da8f34dd85728c251edfc27e4f0dec819b8cc6e769613060951829caa"},
    {"site_keys_notify", "site_keys", "f3b5b18236005e3de32ce332312314936a56fbcd044073d8521f0fff7413270b"},
    {"sites_notify", "sites", "a8d4308b763654ae23a6fcb4699ffd4c859f11f265738635db691e8c221c8d10"},
    {"users_notify", "users", "fc3cc5e49b6c3885868a12841c1462eabfaeb6603ffb5f160d9c564115218cd5"},
};

} // namespace

QList<ExpectedTrigger> expectedServerTriggers()
{
    static const QList<ExpectedTrigger> list = [] {
        QList<ExpectedTrigger> l;
        for (const Row& r : kRows)
            l.append({QLatin1String(r.name), QLatin1String(r.table), QLatin1String(r.digest)});
        return l;
    }();
    return list;
}

} // namespace ow::schema

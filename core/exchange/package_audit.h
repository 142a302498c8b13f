// The township's audit chain in a package (docs/package-format.md, "Audit chain"): the county accepts a
// package only when its signed head continues the log it saw last from that township.
#pragma once

#include "exchange/package_import.h"
#include "util/result.h"

namespace ow {

class Database;

// The head is signed by the package's key, the carried entries lead from the stated start to the head,
// and they contain the head the county stored for the site last (same seq, same hash). Otherwise the
// package is refused with a message naming the site, the head last seen and what is missing.
Status checkAuditChain(Database& db, const PackageInfo& info);
// Keeps the package's head as the last one seen of its site (inside the import's transaction).
Status storeAuditHead(Database& db, const PackageInfo& info);

} // namespace ow

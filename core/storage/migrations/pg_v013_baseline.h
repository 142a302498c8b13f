// The DDL of the second half of the PostgreSQL baseline (pg_v013_baseline_tables.cpp), run by
// migrations::pgV13Baseline (pg_v013_baseline.cpp). Frozen like every shipped step.
#pragma once

namespace ow::migrations::pgv13 {

extern const char kMediation[];
extern const char kSecurity[];
extern const char kLeaders[];

} // namespace ow::migrations::pgv13

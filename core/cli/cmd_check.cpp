// Placeholder until the command is implemented.
#include "cli/cli.h"

namespace ow::cli {

int cmdCheck(Context& ctx)
{
    return ctx.usageError(QStringLiteral("not implemented yet"));
}

} // namespace ow::cli

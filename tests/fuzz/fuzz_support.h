// What the fuzz targets share: a Qt application object, and a database of the sample county that
// lives as long as the process.
#pragma once

#include "storage/database.h"

#include <QString>

namespace ow::fuzz {

// Creates the QCoreApplication (once) and sets the language to Chinese, as the programs run.
void init();
// A fresh database of the sample county in a temporary folder, made on the first call.
Database& sampleDatabase();
// A folder for scratch files, removed when the process ends.
QString scratchPath(const QString& name);

} // namespace ow::fuzz

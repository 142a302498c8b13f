// Choosing a combo box entry by its data (a code), the first entry when the code is not there.
#pragma once

#include <QComboBox>
#include <QVariant>
#include <algorithm>

namespace ow::ui {

inline void selectData(QComboBox* box, const QVariant& data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace ow::ui

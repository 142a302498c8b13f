// One include for Catch2 2.13 (Debian 12) and Catch2 3.x (newer distributions).
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <ostream>

// Readable QString values in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

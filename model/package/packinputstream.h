#pragma once

#include <QString>

#include <expected>

namespace ovf::package {

// The bytes of one file of a package being packed (see PackInput::openFile): read(), until
// it returns 0, gives exactly the file's bytes. Errors name the file. Not thread-safe.
class PackInputStream
{
public:
    virtual ~PackInputStream() = default;
    // Up to `max` bytes into `buffer`; 0 at the end. A file that turns out shorter or longer
    // than the size PackInput announced is an error.
    virtual std::expected<qint64, QString> read(char *buffer, qint64 max) = 0;
};

} // namespace ovf::package

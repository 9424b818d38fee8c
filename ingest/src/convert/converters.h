// One function per format; convert.cc detects the format and picks one.
#pragma once

#include <string_view>

#include "rolegraph/ingest/convert.h"

namespace rolegraph::ingest::convert {

Result<ConvertedDocument> ConvertHtml(std::string_view bytes, const ConvertOptions& options);
Result<ConvertedDocument> ConvertDocx(std::string_view bytes, const ConvertOptions& options);
Result<ConvertedDocument> ConvertOdt(std::string_view bytes, const ConvertOptions& options);
// The XML inside the zip, for the fuzzers (zip bytes rarely survive
// mutation long enough to reach the XML).
Result<ConvertedDocument> ConvertDocxXml(std::string_view document_xml, std::string_view styles_xml);
Result<ConvertedDocument> ConvertOdtXml(std::string_view content_xml);
Result<ConvertedDocument> ConvertPdf(std::string_view bytes, const ConvertOptions& options);

}  // namespace rolegraph::ingest::convert

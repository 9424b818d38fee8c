// Builds document files at test time from one small block model, so the
// same document exists as text, HTML, DOCX, ODT and PDF: DOCX and ODT are
// zipped with libzip, the PDF is written by hand (Helvetica, WinAnsi, one
// text object per line) so no converter tool is needed.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace rolegraph::testing {

struct FixtureBlock {
  enum Kind { kHeading, kParagraph, kListItem, kRow } kind;
  std::vector<std::string> text;  // one entry; a row: its cells
};
using FixtureDoc = std::vector<FixtureBlock>;

// The text every converter should produce: the shapes of convert.h.
inline std::string ExpectedText(const FixtureDoc& doc) {
  std::string out;
  for (const auto& b : doc) {
    if (b.kind == FixtureBlock::kRow) {
      out += "|";
      for (const auto& c : b.text) out += " " + c + " |";
    } else {
      if (b.kind == FixtureBlock::kListItem) out += "- ";
      out += b.text[0];
    }
    out += "\n";
  }
  return out;
}

inline std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

// With `furniture`, the page also has a menu, a sidebar, a footer, a comment
// form and a script, none of which may reach the text.
inline std::string ToHtml(const FixtureDoc& doc, bool furniture = true) {
  std::string body;
  bool in_list = false, in_table = false;
  for (const auto& b : doc) {
    if (in_list && b.kind != FixtureBlock::kListItem) body += "</ul>\n", in_list = false;
    if (in_table && b.kind != FixtureBlock::kRow) body += "</table>\n", in_table = false;
    switch (b.kind) {
      case FixtureBlock::kHeading:
        body += "<h2>" + XmlEscape(b.text[0]) + "</h2>\n";
        break;
      case FixtureBlock::kParagraph:
        // Source line breaks and inline markup, as real pages have them.
        body += "<p>\n  <span>" + XmlEscape(b.text[0]) + "</span>\n</p>\n";
        break;
      case FixtureBlock::kListItem:
        if (!in_list) body += "<ul>\n", in_list = true;
        body += "<li>" + XmlEscape(b.text[0]) + "</li>\n";
        break;
      case FixtureBlock::kRow:
        if (!in_table) body += "<table>\n", in_table = true;
        body += "<tr>";
        for (const auto& c : b.text) body += "<td>" + XmlEscape(c) + "</td>";
        body += "</tr>\n";
        break;
    }
  }
  if (in_list) body += "</ul>\n";
  if (in_table) body += "</table>\n";
  std::string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Site | Page</title>"
                     "<style>p { color: red; }</style></head><body>\n";
  if (furniture) {
    page += "<header><a href=\"/\">Home</a> Manager of the site menu</header>\n"
            "<nav><ul><li>The CEO page</li><li>The CFO page</li></ul></nav>\n"
            "<div role=\"navigation\">Breadcrumb: Director of links</div>\n";
  }
  page += "<main><article>\n" + body + "</article></main>\n";
  if (furniture) {
    page += "<aside>The Chief Marketing Officer handles sidebar advertising.</aside>\n"
            "<!-- The CTO is responsible for comments. -->\n"
            "<form><label>Your comment</label><textarea>The Head of Sales approves comments.</textarea>"
            "<button>Send</button></form>\n"
            "<footer>Copyright. The Treasurer manages this footer.</footer>\n"
            "<script>var role = 'The COO runs scripts.';</script>\n";
  }
  return page + "</body></html>\n";
}

// Writes a zip (entries in order, deflated unless `store`) and returns it.
inline std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries, bool store_first = false) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("rolegraph-fixture-" + std::to_string(::getpid()) + ".zip");
  std::filesystem::remove(path);
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (size_t i = 0; i < entries.size(); ++i) {
    const auto& [name, data] = entries[i];
    zip_source_t* src = zip_source_buffer(archive, data.data(), data.size(), 0);
    REQUIRE(src != nullptr);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), src, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    zip_set_file_compression(archive, index, (store_first && i == 0) ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
  }
  REQUIRE(zip_close(archive) == 0);  // the sources are read here, while `entries` lives
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

inline std::string DocxXml(const FixtureDoc& doc) {
  std::string body;
  bool in_table = false;
  auto run = [](const std::string& t) { return "<w:r><w:t xml:space=\"preserve\">" + XmlEscape(t) + "</w:t></w:r>"; };
  for (const auto& b : doc) {
    if (in_table && b.kind != FixtureBlock::kRow) body += "</w:tbl>", in_table = false;
    switch (b.kind) {
      case FixtureBlock::kHeading:
        body += "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>" + run(b.text[0]) + "</w:p>";
        break;
      case FixtureBlock::kParagraph: {
        // Split into two runs, as Word does at formatting changes.
        const std::string& t = b.text[0];
        const size_t half = t.find(' ', t.size() / 2);
        if (half == std::string::npos) body += "<w:p>" + run(t) + "</w:p>";
        else body += "<w:p>" + run(t.substr(0, half)) + run(t.substr(half)) + "</w:p>";
        break;
      }
      case FixtureBlock::kListItem:
        body += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                "</w:numPr></w:pPr>" + run(b.text[0]) + "</w:p>";
        break;
      case FixtureBlock::kRow:
        if (!in_table) body += "<w:tbl>", in_table = true;
        body += "<w:tr>";
        for (const auto& c : b.text) body += "<w:tc><w:p>" + run(c) + "</w:p></w:tc>";
        body += "</w:tr>";
        break;
    }
  }
  if (in_table) body += "</w:tbl>";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "<w:sectPr/></w:body></w:document>";
}

inline std::string ToDocx(const FixtureDoc& doc) {
  const std::string styles =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/></w:style>"
      "</w:styles>";
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  return MakeZip({{"[Content_Types].xml", types}, {"word/document.xml", DocxXml(doc)}, {"word/styles.xml", styles}});
}

inline std::string ToOdt(const FixtureDoc& doc) {
  std::string body;
  bool in_list = false, in_table = false;
  for (const auto& b : doc) {
    if (in_list && b.kind != FixtureBlock::kListItem) body += "</text:list>", in_list = false;
    if (in_table && b.kind != FixtureBlock::kRow) body += "</table:table>", in_table = false;
    switch (b.kind) {
      case FixtureBlock::kHeading:
        body += "<text:h text:outline-level=\"2\">" + XmlEscape(b.text[0]) + "</text:h>";
        break;
      case FixtureBlock::kParagraph:
        body += "<text:p text:style-name=\"P1\"><text:span>" + XmlEscape(b.text[0]) + "</text:span></text:p>";
        break;
      case FixtureBlock::kListItem:
        if (!in_list) body += "<text:list>", in_list = true;
        body += "<text:list-item><text:p>" + XmlEscape(b.text[0]) + "</text:p></text:list-item>";
        break;
      case FixtureBlock::kRow:
        if (!in_table) body += "<table:table>", in_table = true;
        body += "<table:table-row>";
        for (const auto& c : b.text) body += "<table:table-cell><text:p>" + XmlEscape(c) + "</text:p></table:table-cell>";
        body += "</table:table-row>";
        break;
    }
  }
  if (in_list) body += "</text:list>";
  if (in_table) body += "</table:table>";
  const std::string content =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
      "<office:automatic-styles/><office:body><office:text>" +
      body + "</office:text></office:body></office:document-content>";
  return MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}},
                 /*store_first=*/true);
}

// ---- PDF ----

struct PdfLine {
  double size;
  std::string text;  // ASCII
};

inline std::string PdfString(const std::string& s) {
  std::string out = "(";
  for (char c : s) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// Objects in order (1-based), a correct xref table; `extra_trailer` goes
// into the trailer dictionary (an /Encrypt entry, for instance).
inline std::string PdfFile(const std::vector<std::string>& objects, const std::string& extra_trailer = "") {
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " + extra_trailer +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// Pages of positioned lines (Helvetica); `gap_before` points of extra space.
inline std::string PdfFromPages(const std::vector<std::string>& page_streams, const std::string& extra_trailer = "") {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"};
  std::string kids;
  for (size_t i = 0; i < page_streams.size(); ++i) {
    const size_t page_obj = objects.size() + 1, stream_obj = objects.size() + 2;
    kids += std::to_string(page_obj) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                      "/Contents " + std::to_string(stream_obj) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(page_streams[i].size()) + " >>\nstream\n" + page_streams[i] +
                      "\nendstream");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_streams.size()) + " >>";
  return PdfFile(objects, extra_trailer);
}

// The document set in 11 pt body text wrapped at ~70 characters, 16 pt
// headings, blank space between paragraphs, new pages as needed.
inline std::string ToPdf(const FixtureDoc& doc) {
  std::vector<std::string> pages(1);
  double y = 740;
  auto emit = [&](double size, const std::string& text, double gap) {
    y -= gap;
    if (y < 72) pages.emplace_back(), y = 740;
    char pos[64];
    std::snprintf(pos, sizeof pos, "%.1f", y);
    pages.back() += "BT /F1 " + std::to_string(static_cast<int>(size)) + " Tf 1 0 0 1 72 " + pos + " Tm " +
                    PdfString(text) + " Tj ET\n";
  };
  for (const auto& b : doc) {
    REQUIRE(b.kind != FixtureBlock::kRow);  // PDFs have no table structure to read back
    const double size = b.kind == FixtureBlock::kHeading ? 16 : 11;
    std::string text = (b.kind == FixtureBlock::kListItem ? "- " : "") + b.text[0];
    // Wrap at spaces.
    std::vector<std::string> lines;
    while (text.size() > 70) {
      size_t cut = text.rfind(' ', 70);
      if (cut == std::string::npos) cut = 70;
      lines.push_back(text.substr(0, cut));
      text = text.substr(cut + (text[cut] == ' ' ? 1 : 0));
    }
    lines.push_back(text);
    for (size_t i = 0; i < lines.size(); ++i) emit(size, lines[i], i == 0 ? size * 2.2 : size * 1.25);
  }
  return PdfFromPages(pages);
}

}  // namespace rolegraph::testing

// Document formats: each converter turns the same document into the same
// text lines; hostile files get a clear error, never a crash.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/format_fixtures.h"
#include "rolegraph/ingest/convert.h"

namespace rolegraph::ingest {
namespace {

using testing::FixtureBlock;
using testing::FixtureDoc;

const FixtureDoc& SampleDocument() {
  static const FixtureDoc doc = {
      {FixtureBlock::kHeading, {"Roles in the product team"}},
      {FixtureBlock::kParagraph,
       {"The Product Owner sets the priorities of the backlog and works with the engineering lead every week."}},
      {FixtureBlock::kHeading, {"Duties"}},
      {FixtureBlock::kListItem, {"The Scrum Master removes impediments."}},
      {FixtureBlock::kListItem, {"The QA Engineer tests every release."}},
      {FixtureBlock::kParagraph, {"Kepala Divisi Keuangan menyusun anggaran tahunan perusahaan (budget & forecast)."}},
  };
  return doc;
}

FixtureDoc WithTable() {
  FixtureDoc doc = SampleDocument();
  doc.push_back({FixtureBlock::kRow, {"Role", "Duty"}});
  doc.push_back({FixtureBlock::kRow, {"CFO", "approves the budget"}});
  return doc;
}

TEST_CASE("convert: every format gives the same text lines as the document model") {
  struct Row {
    const char* what;
    std::string bytes;
    const char* file_name;
    DocumentFormat format;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"html page with furniture", testing::ToHtml(WithTable()), "page.html", DocumentFormat::kHtml,
       testing::ExpectedText(WithTable())},
      {"docx", testing::ToDocx(WithTable()), "roles.docx", DocumentFormat::kDocx, testing::ExpectedText(WithTable())},
      {"odt", testing::ToOdt(WithTable()), "roles.odt", DocumentFormat::kOdt, testing::ExpectedText(WithTable())},
      {"pdf", testing::ToPdf(SampleDocument()), "roles.pdf", DocumentFormat::kPdf,
       testing::ExpectedText(SampleDocument())},
      {"pdf renamed .docx: the content decides", testing::ToPdf(SampleDocument()), "roles.docx",
       DocumentFormat::kPdf, testing::ExpectedText(SampleDocument())},
      {"docx without an extension", testing::ToDocx(WithTable()), "roles", DocumentFormat::kDocx,
       testing::ExpectedText(WithTable())},
      {"markdown stays byte for byte", "# Title\n\nThe CTO  runs IT.\n", "a.md", DocumentFormat::kMarkdown,
       "# Title\n\nThe CTO  runs IT.\n"},
      {"text stays byte for byte", "Title\nThe CTO runs IT.", "a.txt", DocumentFormat::kText,
       "Title\nThe CTO runs IT."},
      {"text that mentions the PDF signature", "Notes\nA PDF starts with %PDF- and a version.\n", "n.txt",
       DocumentFormat::kText, "Notes\nA PDF starts with %PDF- and a version.\n"},
      {"html fragment named .html", "<p>The CTO <b>runs</b> IT.</p><p>Next.</p>", "f.html", DocumentFormat::kHtml,
       "The CTO runs IT.\nNext.\n"},
  };
  for (const auto& row : rows) {
    CAPTURE(std::string(row.what));
    CHECK(DetectFormat(row.bytes, row.file_name) == row.format);
    auto converted = ConvertDocument(row.bytes, row.file_name);
    REQUIRE_MESSAGE(converted.ok(), converted.status().ToString());
    CHECK(converted->format == row.format);
    CHECK(converted->text == row.expected);
  }
}

TEST_CASE("convert: HTML page furniture yields no text") {
  const std::string page = testing::ToHtml(SampleDocument(), /*furniture=*/true);
  auto converted = ConvertDocument(page, "page.html");
  REQUIRE(converted.ok());
  for (const char* furniture : {"menu", "CFO page", "Breadcrumb", "sidebar", "comment", "footer", "scripts",
                                "color: red", "Site | Page"}) {
    CAPTURE(std::string(furniture));
    CHECK(converted->text.find(furniture) == std::string::npos);
  }
  // Without <main>, the body minus furniture is the content.
  auto no_main = ConvertDocument(
      "<html><body><nav>Menu: the CEO</nav><div><p>The CTO runs IT.</p></div>"
      "<div role=\"contentinfo\">The CFO footer</div><p hidden>The COO hides.</p></body></html>",
      "x.html");
  REQUIRE(no_main.ok());
  CHECK(no_main->text == "The CTO runs IT.\n");
}

TEST_CASE("convert: HTML details") {
  struct Row {
    const char* what;
    const char* html;
    const char* text;
    const char* title;
  };
  const std::vector<Row> rows = {
      {"entities and nbsp-free spacing", "<html><body><p>R&amp;D&nbsp;lead &lt;CTO&gt;</p></body></html>",
       "R&D\xC2\xA0lead <CTO>\n", ""},
      {"br joins lines of one paragraph", "<html><body><p>The CTO<br>runs IT.</p></body></html>",
       "The CTO runs IT.\n", ""},
      {"title when there is no heading", "<html><head><title>CTO vs CIO</title></head><body><p>Text.</p></body></html>",
       "Text.\n", "CTO vs CIO"},
      {"no title taken when a heading exists",
       "<html><head><title>Site</title></head><body><h1>CTO vs CIO</h1><p>Text.</p></body></html>",
       "CTO vs CIO\nText.\n", ""},
      {"nested list", "<html><body><ul><li>Lead<ul><li>Sub</li></ul></li></ul></body></html>", "- Lead\n- Sub\n",
       ""},
      {"latin-1 page with a charset", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9</p></body></html>",
       "Caf\xC3\xA9\n", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(std::string(row.what));
    auto converted = ConvertDocument(row.html, "x.html");
    REQUIRE_MESSAGE(converted.ok(), converted.status().ToString());
    CHECK(converted->text == row.text);
    CHECK(converted->title == row.title);
  }
}

std::string PdfWithText(const std::string& stream, const std::string& trailer = "") {
  return testing::PdfFromPages({stream}, trailer);
}

TEST_CASE("convert: hostile files get a clear error") {
  std::string bomb_xml(40u << 20, ' ');  // 40 MiB of spaces deflates about 1000:1
  const std::string bomb = testing::MakeZip({{"word/document.xml", bomb_xml}});
  bomb_xml.clear();
  std::string deep_html = "<html><body>";
  for (int i = 0; i < 5000; ++i) deep_html += "<div>";
  deep_html += "The CTO runs IT.</body></html>";
  std::vector<std::string> many_pages(500, "BT /F1 11 Tf 72 700 Td (The CTO runs IT.) Tj ET");
  const std::string encrypt =
      "/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + std::string(64, 'A') + "> /U <" + std::string(64, 'B') +
      "> /P -4 >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]";
  struct Row {
    const char* what;
    std::string bytes;
    const char* file_name;
    const char* message;  // part of the error
  };
  const std::vector<Row> rows = {
      {"zip bomb", bomb, "bomb.docx", "zip bomb"},
      {"zip that is no office file", testing::MakeZip({{"a.txt", "The CTO runs IT."}}), "a.docx",
       "neither DOCX nor ODT"},
      {"truncated zip", testing::ToDocx(SampleDocument()).substr(0, 200), "cut.docx", "zip"},
      {"docx with broken XML", testing::MakeZip({{"word/document.xml", "<w:document><w:body>"}}), "b.docx",
       "not well-formed"},
      {"deeply nested HTML", deep_html, "deep.html", "deeper than"},
      {"encrypted PDF", PdfWithText("BT /F1 11 Tf 72 700 Td (Secret) Tj ET", encrypt), "secret.pdf", "encrypted"},
      {"corrupt PDF", "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n", "bad.pdf", "PDF"},
      {"scanned PDF without text", PdfWithText("0 0 0 rg 72 72 400 600 re f"), "scan.pdf", "no text layer"},
      {"500-page PDF", testing::PdfFromPages(many_pages), "long.pdf", "500 pages"},
      {"binary data", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "image.txt", "unsupported format"},
      {"latin-1 text", "Caf\xe9 manager", "notes.txt", "not valid UTF-8"},
  };
  for (const auto& row : rows) {
    CAPTURE(std::string(row.what));
    auto converted = ConvertDocument(row.bytes, row.file_name);
    REQUIRE_FALSE(converted.ok());
    CHECK(converted.status().IsInvalidArgument());
    CHECK_MESSAGE(converted.status().message().find(row.message) != std::string::npos,
                  converted.status().message());
  }
}

TEST_CASE("convert: file names the folder walk picks up") {
  for (const char* name : {"a.txt", "a.md", "A.HTML", "b.htm", "c.docx", "d.odt", "e.PDF", "dir/f.markdown"})
    CHECK_MESSAGE(IsDocumentFileName(name), name);
  for (const char* name : {"a.png", "manifest.json", "README", "a.doc", "x.zip"})
    CHECK_FALSE_MESSAGE(IsDocumentFileName(name), name);
}

}  // namespace
}  // namespace rolegraph::ingest

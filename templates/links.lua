-- variorum: links of the witnesses that cannot work in the edition are kept as text.
-- A witness's relative link (to a file of its own) or a link to an anchor the edition does
-- not have would be a dead link in the HTML, a path into the build folder in the PDF and
-- an error in the EPUB; its words stay, only the link goes. Web and mail links stay links.
-- Images are given by their description: the edition is text, and nothing may be fetched
-- from the web while it is built.

local ids = {}

local function collect(el)
  if el.identifier and el.identifier ~= "" then ids[el.identifier] = true end
end

local function works(target)
  if target:match("^[%a][%w+.-]*:") then return true end  -- has a scheme: http:, mailto:, ...
  local frag = target:match("^#(.+)$")
  return frag ~= nil and ids[frag] == true
end

function Pandoc(doc)
  doc:walk({ Span = collect, Div = collect, Header = collect, Link = collect, Code = collect,
             Image = collect, Table = collect, CodeBlock = collect })
  return doc:walk({
    Link = function(el)
      if works(el.target) then return nil end
      return pandoc.Span(el.content, pandoc.Attr("", { "dead-link" }))
    end,
    Image = function(el)
      return pandoc.Span(el.caption, pandoc.Attr("", { "image-text" }))
    end,
  })
end

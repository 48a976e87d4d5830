-- Neovim 0.7 as an LSP client of `rsnet lsp`: attach the server to the buffer given on the command
-- line, wait for its diagnostics and write them to $RSNET_NVIM_OUT as JSON, then quit. Started by
-- NeovimClientTest with `nvim --headless --clean -c "luafile this-file" model.rsnet`.
local out = os.getenv("RSNET_NVIM_OUT")
vim.bo.filetype = "rsnet"
local client = vim.lsp.start_client({
  name = "rsnet",
  cmd = { os.getenv("RSNET_JAVA"), "-jar", os.getenv("RSNET_JAR"), "lsp" },
  root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":p:h"),
})
vim.lsp.buf_attach_client(0, client)
local received = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local file = io.open(out, "w")
file:write(vim.fn.json_encode({ received = received, diagnostics = vim.diagnostic.get(0) }))
file:close()
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
vim.cmd("qa!")

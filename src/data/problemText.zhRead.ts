/**
 * Chinese for the messages and fixes of reading a file: fetching, decoding, JSON syntax, kinds of
 * file, `?data=` addresses. Rules as in problemText.zh.ts.
 */
import type { Rule } from './problemText.zh.ts';

/** Whole messages and fixes, most specific first. */
export const READ_RULES: readonly Rule[] = [
  // dataUrl.ts
  [/^the data address is empty$/, '数据地址为空'],
  [/^give the address of a data file after \?data=$/, '请在 ?data= 后面写上数据文件的地址'],
  [/^the data address is too long$/, '数据地址太长'],
  [/^use a shorter address$/, '请使用较短的地址'],
  [/^"(.*)" is not a web address$/, '“$1”不是网址'],
  [/^give a full address such as (\S+)$/, '请给出完整地址，例如 $1'],
  [/^"(.*)" addresses cannot be loaded; only http and https can$/, '无法加载“$1”地址；只支持 http 和 https'],
  [
    /^give an http\(s\) address of a data file; to use a file on your computer, drop it on the data panel$/,
    '请给出数据文件的 http(s) 地址；如要使用本机上的文件，请把它拖放到数据面板',
  ],
  [
    /^the address is not secure \(http\) while this page is \(https\); the browser would block it$/,
    '该地址不安全（http），而本页使用 https，浏览器会拦截它',
  ],
  [/^use the https:\/\/ address of the data file$/, '请使用数据文件的 https:// 地址'],
  [/^the address contains a user name or password$/, '地址中含有用户名或密码'],
  [
    /^remove the credentials from the address; data must be public$/,
    '请从地址中删除用户名和密码；数据必须公开',
  ],
  // decode.ts, jsonText.ts
  [/^the file is empty \(0 bytes\)$/, '文件是空的（0 字节）'],
  [/^the file is empty$/, '文件是空的'],
  [
    /^choose the data file itself; if it was downloaded, download it again$/,
    '请选择数据文件本身；如果是下载的，请重新下载',
  ],
  [/^this is (.+), not a text data file$/, '这是%1，不是文本数据文件'],
  [/^choose a \.json data file$/, '请选择 .json 数据文件'],
  [
    /^the text encoding is not UTF-8, and it does not read as GBK Chinese either$/,
    '文本编码不是 UTF-8，按 GBK 中文读取也不对',
  ],
  [
    /^the file is not UTF-8 text \(JSON files must be UTF-8\)$/,
    '文件不是 UTF-8 文本（JSON 文件必须使用 UTF-8 编码）',
  ],
  [
    /^save it again as UTF-8 text \(in Excel: File › Save As › "CSV UTF-8"\)$/,
    '请重新保存为 UTF-8 文本（Excel 中：文件 › 另存为 › 保存类型选“CSV UTF-8（逗号分隔）”）',
  ],
  [/^this is an HTML web page, not JSON data$/, '这是 HTML 网页，不是 JSON 数据'],
  [
    /^the server answered with a page instead of the data file — often its "page not found" fallback\. Check the path or address$/,
    '服务器返回的是网页而不是数据文件（通常是“页面未找到”页）。请检查路径或地址',
  ],
  [/^this is XML or SVG, not JSON data$/, '这是 XML 或 SVG，不是 JSON 数据'],
  [/^nested more than (\d+) levels deep$/, '嵌套超过 $1 层'],
  [
    /^a ChainAtlas file never nests this deep — the file is damaged or is not a dataset$/,
    'ChainAtlas 文件不会嵌套这么深：文件已损坏，或不是数据集',
  ],
  [/^not valid JSON: (.+)$/, '不是有效的 JSON：%1'],
  [
    /^fix the JSON at that place \(a missing comma, quote or bracket is the usual cause\), or export the file again$/,
    '请修改该位置的 JSON（通常是缺了逗号、引号或括号），或重新导出文件',
  ],
  // fetchBytes.ts
  [/^loading was cancelled$/, '已取消加载'],
  [/^load the file again when you are ready$/, '准备好后请重新加载文件'],
  [/^the file is too big \((.+); the limit is (.+)\)$/, '文件太大（$1，上限为 $2）'],
  [
    /^split it into smaller files \(one per cluster\), or leave out what you do not need$/,
    '请拆分成较小的文件（每个集群一个），或删掉不需要的内容',
  ],
  [
    /^the browser does not let a page opened from a file:\/\/ address read data files$/,
    '浏览器不允许从 file:// 地址打开的页面读取数据文件',
  ],
  [
    /^open the app through a web server \(for example `npm run preview`\), not by double-clicking index\.html$/,
    '请通过网页服务器打开本应用（例如 `npm run preview`），不要直接双击 index.html',
  ],
  [
    /^could not read it from (.+): the server did not allow this page to read it \(CORS\), or could not be reached$/,
    '无法从 $1 读取：该服务器不允许本页读取（CORS），或无法连接',
  ],
  [
    /^the site must send an Access-Control-Allow-Origin header for this page — or download the file and drop it here instead$/,
    '该网站须为本页发送 Access-Control-Allow-Origin 响应头；也可以下载文件后拖放到这里',
  ],
  [/^could not reach the server \(network error\)$/, '无法连接服务器（网络错误）'],
  [
    /^check the connection and that the server is running, then reload the page$/,
    '请检查网络连接和服务器是否在运行，然后刷新页面',
  ],
  [/^not found on the server \(HTTP (\d+)\) at (.+)$/, '服务器上找不到该文件（HTTP $1）：$2'],
  [
    /^check the path or address; the file may have been moved or not deployed$/,
    '请检查路径或地址；文件可能已被移走或尚未部署',
  ],
  [/^the server refused access \(HTTP (\d+)\)$/, '服务器拒绝访问（HTTP $1）'],
  [
    /^the file must be readable without signing in; ask its owner to publish it$/,
    '文件必须无需登录即可读取；请联系文件所有者公开它',
  ],
  [/^the server failed \(HTTP (\d+)\)$/, '服务器出错（HTTP $1）'],
  [/^try again later; if it persists, tell the site owner$/, '请稍后重试；如果问题持续，请告知网站管理者'],
  [/^the server answered HTTP (\d+) instead of the file$/, '服务器返回了 HTTP $1，而不是该文件'],
  [/^check the address$/, '请检查地址'],
  // load.ts, userData.ts, mergeUser.ts, parseClient.ts
  [/^"(.*)" points outside the dataset's own site$/, '“$1”指向了数据集所在网站以外的地方'],
  [/^list files by a path relative to manifest\.json$/, '请用相对于 manifest.json 的路径列出文件'],
  [/^this is a single cluster file, not a whole dataset$/, '这是单个集群文件，不是完整的数据集'],
  [
    /^this is not a ChainAtlas dataset \(no "files" or "clusters" field\)$/,
    '这不是 ChainAtlas 数据集（没有 "files" 或 "clusters" 字段）',
  ],
  [
    /^load it as an addition to the current data, or give the address of manifest\.json$/,
    '请把它作为当前数据的补充加载，或给出 manifest.json 的地址',
  ],
  [
    /^give the address of a manifest\.json or of a single-file dataset$/,
    '请给出 manifest.json 或单文件数据集的地址',
  ],
  [
    /^this is a manifest\.json: it only lists other files, which a dropped file cannot reach$/,
    '这是 manifest.json：它只列出其他文件，而拖放进来的文件无法读取这些文件',
  ],
  [
    /^load the dataset by address \(add \?data=<address of manifest\.json> to the page address\), or combine it into a single-file dataset \(data\/README\.md\)$/,
    '请通过地址加载数据集（在页面地址后加上 ?data=<manifest.json 的地址>），或把它合并成单文件数据集（见 data/README.md）',
  ],
  [
    /^this is not a ChainAtlas data file: it has neither "clusters" \(a whole dataset\) nor "cluster" \(one cluster\)$/,
    '这不是 ChainAtlas 数据文件：既没有 "clusters"（完整数据集），也没有 "cluster"（单个集群）',
  ],
  [
    /^see data\/README\.md for the two file formats, or load a CSV list of enterprises$/,
    '两种文件格式见 data/README.md；也可以加载企业名单 CSV',
  ],
  [/^the browser could not read this file$/, '浏览器无法读取此文件'],
  [
    /^check that the file still exists and is not open elsewhere, then try again$/,
    '请确认文件仍然存在且没有在别处打开，然后重试',
  ],
  [/^only one whole dataset can be shown at a time; (.*) was used$/, '一次只能显示一个完整数据集；已使用 $1'],
  [/^load this file on its own to see it$/, '如要查看此文件，请单独加载它'],
  [/^there is no dataset to add this file to$/, '没有可以添加此文件的数据集'],
  [
    /^load a whole dataset first, or wait until the bundled data has loaded$/,
    '请先加载完整数据集，或等内置数据加载完成',
  ],
  [
    /^source "(.*)" is already defined differently in (.+)$/,
    (g) => `来源“${g[1]}”已在${g[2] === 'the dataset' ? '数据集' : ` ${g[2]} `}中以不同内容定义`,
  ],
  [
    /^give your source its own id, or cite the existing one without redefining it$/,
    '请为你的来源设置不同的 id，或直接引用已有来源而不要重新定义',
  ],
  [/^the file has a header but no rows to add$/, '文件只有表头，没有可添加的行'],
  [/^add one row per enterprise below the header$/, '请在表头下面为每家企业写一行'],
  [/^the file could not be read: the parser stopped unexpectedly$/, '无法读取文件：解析程序意外中止'],
  [
    /^the file could not be added: an unexpected error stopped the merge$/,
    '无法添加文件：合并时发生意外错误',
  ],
  [
    /^reload the page and try again; if it persists, the file may be too complex$/,
    '请刷新页面后重试；如果问题持续，文件可能过于复杂',
  ],
];

/** Phrases that only occur inside a message (decode.ts binaryKind, jsonSyntax.ts), behind a `%n`. */
export const PART_RULES: readonly Rule[] = [
  [/^a ZIP archive — probably an Excel workbook \(\.xlsx\)$/, '一个 ZIP 压缩包（可能是 Excel 工作簿 .xlsx）'],
  [/^an old Excel or Word file \(\.xls\/\.doc\)$/, '一个旧版 Excel 或 Word 文件（.xls/.doc）'],
  [/^a PDF document$/, '一个 PDF 文档'],
  [/^a PNG image$/, '一张 PNG 图片'],
  [/^a JPEG image$/, '一张 JPEG 图片'],
  [/^a gzip-compressed file$/, '一个 gzip 压缩文件'],
  [/^a binary file, not text$/, '一个二进制文件（不是文本）'],
  [/^a \\u escape needs four hex digits$/, '\\u 转义后面需要四位十六进制数字'],
  [/^"\\(.*)" is not a valid escape in a JSON string$/, '“\\$1”不是 JSON 字符串中允许的转义'],
  [/^a line break or control character inside a string$/, '字符串中有换行符或控制字符'],
  [/^a string that starts here is never closed \(missing "\)$/, '从这里开始的字符串没有结束（缺少 "）'],
  [
    /^the file ends before every "\{" or "\[" is closed \((\d+) still open\)$/,
    '文件在所有“{”或“[”闭合之前就结束了（还有 $1 个未闭合）',
  ],
  [/^the file ends where a value was expected$/, '文件在应当出现值的地方结束了'],
  [/^more text after the end of the JSON value$/, 'JSON 值结束后还有多余的内容'],
  [/^expected "," or "(.)" after a value, found (.+)$/, '值后面应为“,”或“$1”，实际是%2'],
  [/^a trailing comma before "([}\]])"$/, '“$1”前面多了一个逗号'],
  [/^expected a property name in double quotes, found (.+)$/, '这里应为带双引号的属性名，实际是%1'],
  [/^expected ":" after a property name, found (.+)$/, '属性名后面应为“:”，实际是%1'],
  [/^an invalid number$/, '无效的数字'],
  [/^expected a value, found (.+)$/, '这里应为一个值，实际是%1'],
  [/^single quotes \(JSON strings use double quotes "\)$/, '单引号（JSON 字符串要用双引号 "）'],
  [/^a comment \(JSON does not allow comments\)$/, '注释（JSON 不允许注释）'],
  [/^unexpected character "(.*)"$/, '意外的字符“$1”'],
  // csvEnterprises.ts prefixes a zod message with the field's path: "name.zh: Too big: …".
  [/^([\w.]*): (.+)$/, '$1：%2'],
];

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>บันทึกทั้งหมด</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ใช่(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ใช่ทั้งหมด(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>ไม่(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ไม่ทั้งหมด(&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ยุติ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ลองใหม่</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ทิ้งการแก้ไข</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>วิธีใช้</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>ใช้</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ตั้งค่าใหม่</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>คืนค่าเริ่มต้น</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>ตกลง(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>บันทึก(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>ยกเลิก(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>ปิด(&amp;C)</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>ปิดโดยไม่บันทึก</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>แสดงรายละเอียด...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ซ่อนรายละเอียด...</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>ค้นใน(&amp;L):</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ชื่อไฟล์(&amp;N):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ชนิดไฟล์(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>เปิด(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>บันทึก(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ลบ(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>เปลี่ยนชื่อ(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>โฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>แสดงไฟล์ที่ซ่อน(&amp;H)</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>แสดง </translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>โฟลเดอร์แม่</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ไปที่โฟลเดอร์แม่</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>มุมมองรายการ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>มุมมองรายละเอียด</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>แถบข้าง</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>รายการที่ตั้งและที่คั่นไว้</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>คอมพิวเตอร์ของฉัน</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ที่ตั้งล่าสุด</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 มีอยู่แล้ว
ต้องการเขียนทับหรือไม่</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>ต้องการลบ '%1' ใช่หรือไม่</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบชื่อไฟล์</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบชื่อโฟลเดอร์</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ขนาด</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ชนิด</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>วันที่แก้ไข</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>คอมพิวเตอร์</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>ไดรฟ์</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
</TS>

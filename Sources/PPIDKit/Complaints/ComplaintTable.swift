/// One `pengaduan/*.csv` file as read: where it is and where our columns stand in it.
public typealias ComplaintTable = ExportTable<ComplaintColumn>
